import type { LedgerRow } from '../../domain/export/export-rows.model.js';
import { isOverdue } from '../../domain/hazard/deadline.js';
import { ACTIVE_STATUSES } from '../../domain/hazard/hazard.js';
import type { I18n } from '../../i18n/index.js';
import { USER_IDS, type PeopleDirectory } from '../people.js';
import type { XlsxColumn } from './xlsx-table.js';

/** Whether a hazard is overdue on `today`: derived, never stored (DOMAIN.md §B1): in an open state and past its deadline. */
export const ledgerOverdue = (r: Pick<LedgerRow, 'status' | 'deadline'>, today: string): boolean => ACTIVE_STATUSES.includes(r.status) && r.deadline !== null && isOverdue(r.deadline, today);

/** The columns of the 隐患台账 (DOMAIN.md §B1, the fields anjian records), headers in the reader's language. */
export function hazardLedgerColumns(i18n: I18n, today: string, people: PeopleDirectory = USER_IDS): XlsxColumn<LedgerRow>[] {
  const who = (id: string | null) => (id === null ? null : people.known(id));
  const { t } = i18n;
  const yesNo = (v: boolean) => t(v ? 'export.yes' : 'export.no');
  const col = (key: Parameters<typeof t>[0], width: number, kind: XlsxColumn<LedgerRow>['kind'], value: XlsxColumn<LedgerRow>['value']): XlsxColumn<LedgerRow> => ({ header: t(key), width, kind, value });
  return [
    col('export.col.number', 15, 'text', (r) => r.number),
    col('export.col.source', 10, 'text', (r) => t(`hazard.source.${r.source}`)),
    col('export.col.inspection', 15, 'text', (r) => r.inspectionNumber),
    col('export.col.unit', 28, 'text', (r) => r.unitName),
    col('export.col.credit_code', 21, 'text', (r) => r.creditCode),
    col('export.col.industry', 12, 'text', (r) => t(`industry.${r.industry}`)),
    col('export.col.town', 12, 'text', (r) => r.town),
    col('export.col.tier', 8, 'text', (r) => t(`tier.${r.tier}`)),
    col('export.col.major_hazard_source', 8, 'text', (r) => yesNo(r.majorHazardSource)),
    col('export.col.found_date', 12, 'date', (r) => r.foundDate),
    col('export.col.found_by', 13, 'text', (r) => who(r.foundBy)),
    col('export.col.location', 16, 'text', (r) => r.location),
    col('export.col.title', 24, 'text', (r) => r.title),
    col('export.col.description', 40, 'text', (r) => r.description),
    col('export.col.category', 10, 'text', (r) => t(`hazard.category.${r.category}`)),
    col('export.col.level', 10, 'text', (r) => t(`hazard.level.${r.level}`)),
    col('export.col.responsible', 12, 'text', (r) => r.responsiblePerson),
    col('export.col.assignee', 13, 'text', (r) => who(r.assignee)),
    col('export.col.order_number', 15, 'text', (r) => r.orderNumber),
    col('export.col.measures', 32, 'text', (r) => r.orderMeasures),
    col('export.col.deadline', 12, 'date', (r) => r.deadline),
    col('export.col.funding', 14, 'money', (r) => r.funding),
    col('export.col.status', 11, 'text', (r) => t(`hazard.status.${r.status}`)),
    col('export.col.overdue', 8, 'text', (r) => yesNo(ledgerOverdue(r, today))),
    col('export.col.listing_level', 12, 'text', (r) => (r.listingLevel ? t(`hazard.listing_level.${r.listingLevel}`) : null)),
    col('export.col.listing_document', 20, 'text', (r) => r.listingDocument),
    col('export.col.listing_leader', 13, 'text', (r) => who(r.listingLeader)),
    col('export.col.closed_date', 12, 'date', (r) => (r.closedAt ? i18n.localDate(r.closedAt) : null)),
    col('export.col.closure_kind', 10, 'text', (r) => (r.closureKind ? t(`hazard.closure.${r.closureKind}`) : null)),
    col('export.col.closed_by', 13, 'text', (r) => who(r.closedBy)),
  ];
}
