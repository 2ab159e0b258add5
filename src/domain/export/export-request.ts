import { parseReportPeriod, type ReportPeriod } from '../report/report-period.js';

/** What `/anjian export …` can produce. */
export const EXPORT_KINDS = ['hazards', 'units', 'inspections', 'stats'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

/** Which hazards the ledger lists: not yet closed (未闭环), closed (已闭环), or all of them. */
export const LEDGER_STATUS_FILTERS = ['open', 'closed', 'all'] as const;
export type LedgerStatusFilter = (typeof LEDGER_STATUS_FILTERS)[number];

/** A parsed export request; a period left out is resolved by the service (it knows today). */
export type ExportRequest =
  | { readonly kind: 'hazards'; readonly period: ReportPeriod | null; readonly status: LedgerStatusFilter }
  | { readonly kind: 'units' }
  | { readonly kind: 'inspections'; readonly period: ReportPeriod | null }
  /** A quarter (the quarterly table) or a year (the annual table). */
  | { readonly kind: 'stats'; readonly period: ReportPeriod | null };

const KIND_WORDS: Readonly<Record<string, ExportKind>> = {
  hazards: 'hazards', hazard: 'hazards', ledger: 'hazards', 隐患: 'hazards', 台账: 'hazards', 隐患台账: 'hazards',
  units: 'units', unit: 'units', 单位: 'units',
  inspections: 'inspections', inspection: 'inspections', 检查: 'inspections',
  stats: 'stats', statistics: 'stats', 统计: 'stats', 统计表: 'stats',
};

const STATUS_WORDS: Readonly<Record<string, LedgerStatusFilter>> = {
  open: 'open', 未闭环: 'open', 未销号: 'open', closed: 'closed', 已闭环: 'closed', 已销号: 'closed', all: 'all', 全部: 'all',
};

/**
 * Reads the words after `/anjian export`: `hazards [period] [open|closed|all]` (in either order), `units`,
 * `inspections [period]`, `stats [quarter|year]`, with the Chinese words too. Returns null for anything else (an
 * unknown kind, a period that does not parse, a month for the statistics, a word too many): the caller shows usage.
 */
export function parseExportArgs(args: readonly string[]): ExportRequest | null {
  const [first, ...rest] = args;
  const kind = first === undefined ? undefined : KIND_WORDS[first.toLowerCase()];
  if (!kind) return null;
  let period: ReportPeriod | null = null;
  let status: LedgerStatusFilter | null = null;
  for (const word of rest) {
    const s = STATUS_WORDS[word.toLowerCase()];
    if (s && kind === 'hazards' && status === null) {
      status = s;
      continue;
    }
    const p = s ? null : parseReportPeriod(word);
    if (!p || period !== null || kind === 'units') return null;
    period = p;
  }
  switch (kind) {
    case 'hazards':
      return { kind, period, status: status ?? 'all' };
    case 'units':
      return { kind };
    case 'inspections':
      return { kind, period };
    case 'stats':
      return period && period.kind !== 'quarter' && period.kind !== 'year' ? null : { kind, period };
  }
}

/**
 * Why words that `parseExportArgs` refused were refused, when it is a period: one that is not a period at all
 * (`2026-13`, `2026-Q9`), or a month or week for the statistics, which are by quarter or year. Null otherwise (the
 * usage says the rest).
 */
export function periodProblem(args: readonly string[]): { readonly problem: 'bad_period' | 'stats_period'; readonly word: string } | null {
  const [first, ...rest] = args;
  const kind = first === undefined ? undefined : KIND_WORDS[first.toLowerCase()];
  if (!kind || kind === 'units') return null;
  for (const word of rest) {
    if (STATUS_WORDS[word.toLowerCase()] || !/^\d/.test(word)) continue;
    const p = parseReportPeriod(word);
    if (!p) return { problem: 'bad_period', word };
    if (kind === 'stats' && p.kind !== 'quarter' && p.kind !== 'year') return { problem: 'stats_period', word };
  }
  return null;
}
