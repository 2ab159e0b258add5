import type { ReportPeriod } from '../report/report-period.js';
import type { UnitStatsRow } from '../report/unit-stats.js';
import type { LedgerStatusFilter } from './export-request.js';
import type { InspectionExportRow, LedgerRow, UnitExportRow } from './export-rows.model.js';

interface Prepared<K extends string, R> {
  readonly kind: K;
  /** Today in APP_TIMEZONE when the export was prepared (overdue is derived against it; the table says "as of"). */
  readonly today: string;
  /** When it was prepared (the injected clock): the workbook's creation time. */
  readonly createdAt: Date;
  /** Rows the export will have (read when prepared; rows added meanwhile may make the real count differ a little). */
  readonly total: number;
  /** The rows, page by page. */
  pages(): AsyncGenerator<readonly R[]>;
}

/** An export checked and counted, ready to be read page by page (src/services/export/export.service.ts prepares it). */
export type PreparedExport =
  | (Prepared<'hazards', LedgerRow> & { readonly period: ReportPeriod; readonly status: LedgerStatusFilter })
  | Prepared<'units', UnitExportRow>
  | (Prepared<'inspections', InspectionExportRow> & { readonly period: ReportPeriod })
  | (Prepared<'stats', UnitStatsRow> & { readonly period: ReportPeriod });
