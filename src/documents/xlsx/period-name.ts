import type { ReportPeriod } from '../../domain/report/report-period.js';
import type { Translate } from '../../i18n/index.js';

/** A period in words: 2026年第4季度 / Q4 2026, 2026年11月, 2026年度 … (titles, file comments, the reminder). */
export function periodName(t: Translate, p: Pick<ReportPeriod, 'kind' | 'year' | 'index'>): string {
  return t(`export.period.${p.kind}`, { year: p.year, index: p.index });
}
