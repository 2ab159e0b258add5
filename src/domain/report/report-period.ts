import { addDays, dateParts, isCalendarDate, isoWeek, mondayOfIsoWeek, monthEnd, monthStart } from '../calendar.js';
import { periodOf } from '../inspection/period.js';

/** The periods a report, an export or the statistics table covers. */
export const REPORT_KINDS = ['week', 'month', 'quarter', 'year'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** A calendar period, both ends included (YYYY-MM-DD), named by a label a person can type back. */
export interface ReportPeriod {
  readonly kind: ReportKind;
  /** `2026-W48` (ISO week), `2026-11`, `2026-Q4` or `2026`. */
  readonly label: string;
  readonly start: string;
  readonly end: string;
  readonly year: number;
  /** The week, month or quarter number within the year (1 for a year). */
  readonly index: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The ISO week (Monday to Sunday) containing a date; its year is the year of its Thursday. */
function weekPeriod(date: string): ReportPeriod {
  const { start, end } = periodOf('week', date);
  const { year, week } = isoWeek(date);
  return { kind: 'week', label: `${year}-W${pad(week)}`, start, end, year, index: week };
}

const monthPeriod = (year: number, month: number): ReportPeriod => ({
  kind: 'month', label: `${year}-${pad(month)}`, start: monthStart(year, month), end: monthEnd(year, month), year, index: month,
});

const quarterPeriod = (year: number, quarter: number): ReportPeriod => ({
  kind: 'quarter', label: `${year}-Q${quarter}`, start: monthStart(year, quarter * 3 - 2), end: monthEnd(year, quarter * 3), year, index: quarter,
});

const yearPeriod = (year: number): ReportPeriod => ({ kind: 'year', label: String(year), start: monthStart(year, 1), end: monthEnd(year, 12), year, index: 1 });

/** The period of a kind that contains a calendar date. */
export function periodContaining(kind: ReportKind, date: string): ReportPeriod {
  const { year: y, month: m } = dateParts(date);
  switch (kind) {
    case 'week':
      return weekPeriod(date);
    case 'month':
      return monthPeriod(y, m);
    case 'quarter':
      return quarterPeriod(y, Math.ceil(m / 3));
    case 'year':
      return yearPeriod(y);
  }
}

/** The period just before one of the same kind (last week for the Monday publicity). */
export const periodBefore = (p: ReportPeriod): ReportPeriod => periodContaining(p.kind, addDays(p.start, -1));

/** Years a period may name: wide enough for back-entry, narrow enough to catch typos. */
const YEARS = { min: 2000, max: 2099 };

/**
 * Reads a period a person typed: `2026-W48` (or `2026w48`), `2026-11`, `2026-Q4` (or `2026q4`, `2026Q4`), `2026`, or a
 * date `2026-11-23` (the period of `kind` containing it, a week when no kind is given). With `kind`, the text must name
 * a period of that kind (a month for `month` …). Returns null for anything else, including week 53 of a 52-week year.
 */
export function parseReportPeriod(text: string, kind?: ReportKind): ReportPeriod | null {
  const s = text.trim().toUpperCase();
  let found: ReportPeriod | null = null;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-?W(\d{1,2})$/.exec(s))) {
    const [year, week] = [Number(m[1]), Number(m[2])];
    const candidate = weekPeriod(mondayOfIsoWeek(year, week));
    found = week >= 1 && candidate.label === `${year}-W${pad(week)}` ? candidate : null;
  } else if ((m = /^(\d{4})-?Q([1-4])$/.exec(s))) found = quarterPeriod(Number(m[1]), Number(m[2]));
  else if ((m = /^(\d{4})-(\d{1,2})$/.exec(s))) found = Number(m[2]) >= 1 && Number(m[2]) <= 12 ? monthPeriod(Number(m[1]), Number(m[2])) : null;
  else if ((m = /^(\d{4})$/.exec(s))) found = yearPeriod(Number(m[1]));
  else if (isCalendarDate(s)) found = periodContaining(kind ?? 'week', s);
  if (!found || found.year < YEARS.min || found.year > YEARS.max) return null;
  return !kind || found.kind === kind ? found : null;
}
