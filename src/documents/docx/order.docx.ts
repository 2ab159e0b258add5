import type { Translate } from '../../i18n/index.js';
import { centered, dateInWords, inspectorLine, pack, para, spacer, title, type DocPerson } from './docx-helpers.js';
import { appealText, officeHeading, sealLine, type OfficeOnPaper } from './office.js';

/** One problem found: what, where (may be empty), and its description. */
export interface OrderProblem {
  readonly title: string;
  readonly location: string;
  readonly description: string;
}

/** What a 责令限期整改指令书 says (DOMAIN.md §B2). Dates are YYYY-MM-DD. */
export interface OrderDocData {
  /** The order's record number, ZG-YYYY-NNNN. */
  readonly orderNumber: string;
  /** Its document number as printed: （郑）应急责改〔2026〕1号. */
  readonly documentNumber: string;
  /** The hazards it covers (YH numbers, in the order of `problems`). */
  readonly hazardNumbers: readonly string[];
  readonly office: OfficeOnPaper;
  readonly unitName: string;
  /** The problems found, numbered 1, 2 … in the document. */
  readonly problems: readonly OrderProblem[];
  /** The 1-based numbers of the problems that are major hazards (none: the sentence is left out). */
  readonly majorItems: readonly number[];
  /** The rectification the order requires. */
  readonly measures: string;
  readonly deadline: string;
  readonly issuedDate: string;
  /** The two enforcement officers who sign it, each with their card number (older orders: the inspectors on record). */
  readonly inspectors: readonly DocPerson[];
}

/**
 * 责令限期整改指令书: number, unit, the problems, which are major, the deadline, the warning and appeal text, the
 * inspectors with their card numbers, the unit head's signature, the authority's seal, the date, 一式两份.
 */
export function buildOrderDocx(d: OrderDocData, t: Translate): Promise<Buffer> {
  const sep = t('common.list_separator');
  // The deadline binds the general items; a major hazard is remediated by its own plan (16号令 Art 15).
  const general = d.problems.map((_, i) => i + 1).filter((n) => !d.majorItems.includes(n));
  return pack(t('document.order.title'), [
    ...officeHeading(d.office),
    title(t('document.order.title')),
    centered(d.documentNumber),
    para(t('document.order.addressee', { unit: d.unitName })),
    para(t('document.order.found'), { indent: true }),
    ...d.problems.map((p, i) => para(t('document.order.item', { n: i + 1, text: problemText(p, t) }), { indent: true })),
    para(t('document.order.measures', { measures: d.measures }), { indent: true }),
    ...(d.majorItems.length > 0 ? [para(t('document.order.major_items', { items: d.majorItems.join(sep) }), { indent: true }), para(t('document.order.major_route', { items: d.majorItems.join(sep) }), { indent: true })] : []),
    ...(general.length > 0 ? [para(t('document.order.deadline', { items: general.join(sep), date: dateInWords(d.deadline, t) }), { indent: true })] : []),
    para(t('document.order.warning'), { indent: true }),
    para(appealText(d.office, t), { indent: true }),
    spacer(),
    ...d.inspectors.map((p) => inspectorLine(p, t)),
    para(t('document.unit_head_line')),
    spacer(),
    para(sealLine(d.office, t), { align: 'right' }),
    para(dateInWords(d.issuedDate, t), { align: 'right' }),
    spacer(),
    para(t('document.hazard_ref', { number: d.hazardNumbers.join(t('common.list_separator')) })),
    para(t('document.copies')),
  ]);
}

function problemText(p: OrderProblem, t: Translate): string {
  const place = p.location.trim() ? t('document.order.problem_place', { title: p.title, location: p.location.trim() }) : p.title;
  return p.description.trim() && p.description.trim() !== p.title ? t('document.order.problem', { problem: place, description: p.description.trim() }) : place;
}
