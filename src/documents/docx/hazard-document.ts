import type { Translate } from '../../i18n/index.js';
import { buildClosureDocx, type ClosureDocData } from './closure.docx.js';
import { safeFilename } from './docx-helpers.js';
import { buildOrderDocx, type OrderDocData } from './order.docx.js';
import { buildReinspectionDocx, type ReinspectionDocData } from './reinspection.docx.js';

/** A hazard document with everything it says (read from the database by src/services/hazard/documents.ts). */
export type HazardDocument =
  | { readonly kind: 'order'; readonly data: OrderDocData }
  | { readonly kind: 'reinspection'; readonly data: ReinspectionDocData }
  | { readonly kind: 'closure'; readonly data: ClosureDocData };

/** A built document ready to share: its file name, title, bytes, and the line posted with it. */
export interface DocumentFile {
  readonly filename: string;
  readonly title: string;
  readonly bytes: Buffer;
  readonly comment: string;
}

/** Builds the .docx of a hazard document in the language of `t`, with a file name of safe characters. */
export async function buildHazardDocument(doc: HazardDocument, t: Translate): Promise<DocumentFile> {
  switch (doc.kind) {
    case 'order': {
      const d = doc.data;
      const base = t('document.order.filename', { number: d.orderNumber });
      return { filename: safeFilename(base), title: base, bytes: await buildOrderDocx(d, t), comment: t('document.order.comment', { number: d.orderNumber, hazard: d.hazardNumbers.join(t('common.list_separator')) }) };
    }
    case 'reinspection': {
      const d = doc.data;
      const base = t('document.reinspection.filename', { number: d.hazardNumber, date: d.reinspectedDate });
      const result = t(d.passed ? 'document.reinspection.passed' : 'document.reinspection.failed');
      return { filename: safeFilename(base), title: base, bytes: await buildReinspectionDocx(d, t), comment: t('document.reinspection.comment', { number: d.hazardNumber, result }) };
    }
    case 'closure': {
      const d = doc.data;
      const base = t('document.closure.filename', { number: d.hazardNumber });
      return { filename: safeFilename(base), title: base, bytes: await buildClosureDocx(d, t), comment: t('document.closure.comment', { number: d.hazardNumber }) };
    }
  }
}
