import type { Translate } from '../../i18n/index.js';
import { centered, dateInWords, inspectorLine, pack, para, paragraphs, spacer, title, type DocPerson } from './docx-helpers.js';
import { officeHeading, sealLine, type OfficeOnPaper } from './office.js';

/** What a 整改复查意见书 says. Dates are YYYY-MM-DD. */
export interface ReinspectionDocData {
  readonly hazardNumber: string;
  readonly hazardTitle: string;
  readonly unitName: string;
  /** The rectification order re-inspected against, by its document number (null: none was issued). */
  readonly order: { readonly documentNumber: string; readonly issuedDate: string } | null;
  /** This opinion's document number: （郑）应急复查〔2026〕1号. */
  readonly documentNumber: string;
  readonly office: OfficeOnPaper;
  readonly reinspectedDate: string;
  readonly passed: boolean;
  /** The inspector's opinion ('' when none was written). */
  readonly note: string;
  readonly inspector: DocPerson;
}

/** 整改复查意见书: the hazard and its order, the re-inspection date, 合格/不合格 with the next step, the opinion, signatures. */
export function buildReinspectionDocx(d: ReinspectionDocData, t: Translate): Promise<Buffer> {
  const date = dateInWords(d.reinspectedDate, t);
  const intro = d.order
    ? t('document.reinspection.intro', { order_date: dateInWords(d.order.issuedDate, t), order: d.order.documentNumber, hazard: d.hazardTitle, number: d.hazardNumber, date })
    : t('document.reinspection.intro_no_order', { hazard: d.hazardTitle, number: d.hazardNumber, date });
  return pack(t('document.reinspection.title'), [
    ...officeHeading(d.office),
    title(t('document.reinspection.title')),
    centered(d.documentNumber),
    para(t('document.reinspection.addressee', { unit: d.unitName })),
    para(intro, { indent: true }),
    para(t('document.reinspection.result', { result: t(d.passed ? 'document.reinspection.passed' : 'document.reinspection.failed') }), { indent: true, bold: true }),
    para(t(d.passed ? 'document.reinspection.next_passed' : 'document.reinspection.next_failed'), { indent: true }),
    ...(d.note.trim() ? paragraphs(t('document.reinspection.note', { note: d.note.trim() }), { indent: true }) : []),
    spacer(),
    inspectorLine(d.inspector, t),
    para(t('document.reinspection.unit_head_line')),
    spacer(),
    para(sealLine(d.office, t), { align: 'right' }),
    para(date, { align: 'right' }),
    spacer(),
    para(t('document.hazard_ref', { number: d.hazardNumber })),
    para(t('document.copies')),
  ]);
}
