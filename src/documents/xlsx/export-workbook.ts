import type { ExportKind, LedgerStatusFilter } from '../../domain/export/export-request.js';
import type { PreparedExport } from '../../domain/export/prepared-export.model.js';
import type { ReportPeriod } from '../../domain/report/report-period.js';
import type { UnitStatsRow } from '../../domain/report/unit-stats.js';
import type { I18n } from '../../i18n/index.js';
import { hazardLedgerColumns } from './hazard-ledger.xlsx.js';
import { inspectionColumns } from './inspections.xlsx.js';
import { periodName } from './period-name.js';
import { StatsTotals, unitStatsColumns } from './unit-stats.xlsx.js';
import { unitColumns } from './units.xlsx.js';
import { buildXlsxTable } from './xlsx-table.js';
import { USER_IDS, withNames, type PeopleDirectory } from '../people.js';

/** A finished export file. */
export interface ExportFile {
  readonly bytes: Buffer;
  /** Data rows written (the statistics' totals row not counted). */
  readonly rows: number;
  readonly filename: string;
  /** What it is, in words (the file's title; "2026年第4季度隐患排查治理统计表"). */
  readonly what: string;
}

/** What an export is called, in the reader's language (known before a row is read: the progress message uses it). */
export function exportWhat(i18n: I18n, e: { readonly kind: ExportKind; readonly period?: ReportPeriod; readonly status?: LedgerStatusFilter }): string {
  const { t } = i18n;
  const period = e.period ? periodName(t, e.period) : '';
  switch (e.kind) {
    case 'hazards':
      return t('export.what.hazards', { period, status: t(`export.status.${e.status ?? 'all'}`) });
    case 'units':
      return t('export.what.units');
    case 'inspections':
      return t('export.what.inspections', { period });
    case 'stats':
      return t('export.what.stats', { period });
  }
}

/** A file name every system accepts: no path separators, reserved or control characters. */
export function xlsxFilename(base: string): string {
  const clean = base.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 120);
  return `${clean || 'export'}.xlsx`;
}

/**
 * Builds the .xlsx of a prepared export in the reader's language: reads its pages, writes the table, and tells
 * `onRows` how many rows are written so far after each page. People are named through `people` (looked up page by
 * page before it is written; by default their Slack user ids).
 */
export async function buildExportFile(e: PreparedExport, i18n: I18n, onRows?: (written: number) => unknown, people: PeopleDirectory = USER_IDS): Promise<ExportFile> {
  const { t } = i18n;
  const what = exportWhat(i18n, e);
  const base = { sheetName: t(`export.kind.${e.kind}`), created: e.createdAt };
  const done = (built: { bytes: Buffer; rows: number }, name: string): ExportFile => ({ ...built, what, filename: xlsxFilename(name) });
  switch (e.kind) {
    case 'hazards':
      return done(await buildXlsxTable({ ...base, columns: hazardLedgerColumns(i18n, e.today, people) }, withNames(e.pages(), people, (r) => [r.foundBy, r.assignee, r.listingLeader, r.closedBy]), onRows), t('export.filename.hazards', { period: e.period.label, status: t(`export.status.${e.status}`) }));
    case 'units':
      return done(await buildXlsxTable({ ...base, columns: unitColumns(i18n, people) }, withNames(e.pages(), people, (r) => r.slackContacts), onRows), t('export.filename.units', { date: e.today }));
    case 'inspections':
      return done(await buildXlsxTable({ ...base, columns: inspectionColumns(i18n, people) }, withNames(e.pages(), people, (r) => r.inspectors.map((p) => p.userId)), onRows), t('export.filename.inspections', { period: e.period.label }));
    case 'stats': {
      const totals = new StatsTotals();
      async function* counted(): AsyncGenerator<readonly UnitStatsRow[]> {
        for await (const page of (e as Extract<PreparedExport, { kind: 'stats' }>).pages()) {
          totals.add(page);
          yield page;
        }
      }
      const period = periodName(t, e.period);
      const asOf = i18n.date(e.today);
      const built = await buildXlsxTable({
        ...base,
        title: t('export.stats.title', { period, asOf }),
        columns: unitStatsColumns(i18n),
        footer: () => ({ rows: [totals.row(i18n)], lines: [t('export.stats.note', { period, asOf }), t('export.stats.signature')] }),
      }, counted(), onRows);
      return done(built, t('export.filename.stats', { period: e.period.label }));
    }
  }
}
