import type { ReportKind } from './report-period.js';

/** The words a person may type for a report's period kind, in either language. */
const KIND_WORDS: Readonly<Record<string, ReportKind>> = {
  week: 'week', weekly: 'week', w: 'week', 周: 'week', 本周: 'week', 週: 'week',
  month: 'month', monthly: 'month', m: 'month', 月: 'month', 月度: 'month', 本月: 'month',
  quarter: 'quarter', quarterly: 'quarter', q: 'quarter', 季度: 'quarter', 季: 'quarter', 本季度: 'quarter',
  year: 'year', yearly: 'year', annual: 'year', y: 'year', 年: 'year', 年度: 'year', 本年: 'year',
};

/** `week`, `月`, `季度` … → the kind, or null. */
export function parseReportKind(word: string): ReportKind | null {
  return KIND_WORDS[word.trim().toLowerCase()] ?? null;
}
