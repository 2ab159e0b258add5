import type { InspectionExportRow } from '../../domain/export/export-rows.model.js';
import type { I18n } from '../../i18n/index.js';
import { USER_IDS, type PeopleDirectory } from '../people.js';
import type { XlsxColumn } from './xlsx-table.js';

/** The columns of the inspection records: number, unit, visit type, dates, state, inspectors with cards, hazards found. */
export function inspectionColumns(i18n: I18n, people: PeopleDirectory = USER_IDS): XlsxColumn<InspectionExportRow>[] {
  const { t } = i18n;
  const col = (key: Parameters<typeof t>[0], width: number, kind: XlsxColumn<InspectionExportRow>['kind'], value: XlsxColumn<InspectionExportRow>['value']): XlsxColumn<InspectionExportRow> => ({ header: t(key), width, kind, value });
  return [
    col('export.col.inspection_number', 15, 'text', (r) => r.number),
    col('export.col.unit', 28, 'text', (r) => r.unitName),
    col('export.col.visit_type', 10, 'text', (r) => t(`inspection.visit.${r.visitType}`)),
    col('export.col.planned_date', 12, 'date', (r) => r.plannedDate),
    col('export.col.inspection_status', 10, 'text', (r) => t(`inspection.status.${r.status}`)),
    col('export.col.done_date', 12, 'date', (r) => r.doneDate),
    col('export.col.inspectors', 36, 'text', (r) => i18n.list(r.inspectors.map((p) => (p.card ? t('export.inspector_card', { user: people.known(p.userId), card: p.card }) : people.known(p.userId))))),
    col('export.col.hazards_found', 10, 'integer', (r) => r.hazardsFound),
  ];
}
