import { statsRate, sumCounts, type StatsCounts, type UnitStatsRow } from '../../domain/report/unit-stats.js';
import type { I18n } from '../../i18n/index.js';
import type { CellValue, XlsxColumn } from './xlsx-table.js';

/** The rate as the table shows it: a percentage, or a dash when nothing was found. */
const rateCell = (i18n: I18n, c: StatsCounts): CellValue => statsRate(c) ?? i18n.t('export.stats.no_rate');

/** The columns of the per-unit statistics table (16号令 Art 14). */
export function unitStatsColumns(i18n: I18n): XlsxColumn<UnitStatsRow>[] {
  const { t } = i18n;
  const col = (key: Parameters<typeof t>[0], width: number, kind: XlsxColumn<UnitStatsRow>['kind'], value: XlsxColumn<UnitStatsRow>['value']): XlsxColumn<UnitStatsRow> => ({ header: t(key), width, kind, value });
  return [
    col('export.col.unit', 28, 'text', (r) => r.unitName),
    col('export.col.credit_code', 21, 'text', (r) => r.creditCode),
    col('export.col.town', 12, 'text', (r) => r.town),
    col('export.col.found', 10, 'integer', (r) => r.found),
    col('export.col.major', 10, 'integer', (r) => r.major),
    col('export.col.rectified', 10, 'integer', (r) => r.rectified),
    col('export.col.rectified_major', 12, 'integer', (r) => r.rectifiedMajor),
    col('export.col.rate', 10, 'percent', (r) => rateCell(i18n, r)),
    col('export.col.stats_funding', 14, 'money', (r) => r.funding),
  ];
}

/** Sums the rows as they go by, for the totals row at the end. */
export class StatsTotals {
  private counts: StatsCounts = sumCounts([]);
  private units = 0;

  add(rows: readonly UnitStatsRow[]): void {
    this.counts = sumCounts([this.counts, ...rows]);
    this.units += rows.length;
  }

  /** The totals row, one value per column of unitStatsColumns. */
  row(i18n: I18n): CellValue[] {
    const c = this.counts;
    return [i18n.t('export.stats.totals', { units: this.units }), null, null, c.found, c.major, c.rectified, c.rectifiedMajor, rateCell(i18n, c), c.funding];
  }
}
