import type { Paragraph } from 'docx';
import type { Translate } from '../../i18n/index.js';
import { centered } from './docx-helpers.js';

/** The office as its documents name it (OFFICE_NAME, RECONSIDERATION_BODY, COURT); unset parts are left blank for the pen. */
export interface OfficeOnPaper {
  readonly name?: string | undefined;
  readonly reconsiderationBody?: string | undefined;
  readonly court?: string | undefined;
}

/** The seal line: the office's name, or the generic department while none is configured. */
export const sealLine = (o: OfficeOnPaper, t: Translate): string => t('document.seal', { office: o.name?.trim() || t('document.office_generic') });

/** The appeal notice of an order (DOMAIN.md §B2): where to ask for reconsideration, and which court. */
export const appealText = (o: OfficeOnPaper, t: Translate): string =>
  t('document.order.appeal', { body: o.reconsiderationBody?.trim() || t('document.appeal_body_blank'), court: o.court?.trim() || t('document.court_blank') });

/** The issuing office above a document's title, as official papers carry it (nothing while it is not configured). */
export const officeHeading = (o: OfficeOnPaper): Paragraph[] => (o.name?.trim() ? [centered(o.name.trim())] : []);
