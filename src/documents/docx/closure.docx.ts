import { BorderStyle, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import type { EvaluatorKind, HazardLevel } from '../../domain/hazard/hazard.js';
import type { Translate } from '../../i18n/index.js';
import { dateInWords, pack, para, paragraphs, run, title } from './docx-helpers.js';
import { officeHeading, type OfficeOnPaper } from './office.js';

/** A signature recorded in anjian: who (display name or Slack id), what they wrote, the date (YYYY-MM-DD). */
export interface DocSignature {
  readonly name: string;
  readonly opinion: string;
  readonly date: string;
}

/** What a major hazard's 销号 form says (DOMAIN.md §B3). Dates are YYYY-MM-DD. */
export interface ClosureDocData {
  readonly hazardNumber: string;
  readonly unitName: string;
  readonly hazardTitle: string;
  readonly description: string;
  readonly level: HazardLevel;
  /** 挂牌督办 document number (null: not listed). */
  readonly listingDocumentNumber: string | null;
  /** 整改措施落实情况: what was done (the plan's methods and measures, the application's note). */
  readonly measuresDone: string;
  /** Funds in yuan (null: not recorded; then `fundingNote` if any). */
  readonly funding: number | null;
  readonly fundingNote: string | null;
  readonly applicant: { readonly name: string; readonly date: string };
  readonly evaluator: { readonly kind: EvaluatorKind; readonly name: string; readonly reportRef: string };
  readonly expert: DocSignature;
  readonly authority: DocSignature;
  readonly closedDate: string;
  /** The office whose record it is (its name above the title once configured). */
  readonly office?: OfficeOnPaper;
}

const LABEL_WIDTH = 2200;
const VALUE_WIDTH = 6800;
const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: border, bottom: border, left: border, right: border };

function row(label: string, value: Paragraph[]): TableRow {
  return new TableRow({
    children: [
      new TableCell({ width: { size: LABEL_WIDTH, type: WidthType.DXA }, borders, children: [new Paragraph({ children: [run(label, true)] })] }),
      new TableCell({ width: { size: VALUE_WIDTH, type: WidthType.DXA }, borders, children: value.length > 0 ? value : [new Paragraph({ children: [] })] }),
    ],
  });
}

/** 重大事故隐患销号表: the hazard, what was done and spent, the application, the evaluation, the three signatures, 销号日期. */
export function buildClosureDocx(d: ClosureDocData, t: Translate): Promise<Buffer> {
  const blank = t('document.blank');
  const funding = d.funding !== null ? t('document.closure.funding_amount', { amount: d.funding.toFixed(2) }) : (d.fundingNote ?? blank);
  const table = new Table({
    width: { size: LABEL_WIDTH + VALUE_WIDTH, type: WidthType.DXA },
    columnWidths: [LABEL_WIDTH, VALUE_WIDTH],
    rows: [
      row(t('document.closure.number'), [para(d.hazardNumber)]),
      row(t('document.closure.unit'), [para(d.unitName)]),
      row(t('document.closure.description'), [para(d.hazardTitle, { bold: true }), ...paragraphs(d.description)]),
      row(t('document.closure.level'), [para(t(`hazard.level.${d.level}`))]),
      row(t('document.closure.listing'), [para(d.listingDocumentNumber ?? blank)]),
      row(t('document.closure.measures'), paragraphs(d.measuresDone)),
      row(t('document.closure.funding'), paragraphs(funding)),
      row(t('document.closure.application'), [para(t('document.closure.applicant_line', { name: d.applicant.name, date: dateInWords(d.applicant.date, t) }))]),
      row(t('document.closure.evaluation'), [
        para(t('document.closure.evaluator_line', { kind: t(`hazard.evaluator.${d.evaluator.kind}`), name: d.evaluator.name, report: d.evaluator.reportRef })),
        para(t('document.closure.expert_line', { name: d.expert.name, opinion: d.expert.opinion, date: dateInWords(d.expert.date, t) })),
      ]),
      row(t('document.closure.review'), [
        para(t('document.closure.authority_line', { name: d.authority.name, result: t('document.reinspection.passed'), opinion: d.authority.opinion, date: dateInWords(d.authority.date, t) })),
      ]),
      row(t('document.closure.signatures'), paragraphs(t('document.closure.signature_line'))),
      row(t('document.closure.closed'), [para(dateInWords(d.closedDate, t))]),
    ],
  });
  return pack(t('document.closure.title'), [...officeHeading(d.office ?? {}), title(t('document.closure.title')), table]);
}
