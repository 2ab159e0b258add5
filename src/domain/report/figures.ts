import type { HazardLevel, HazardStatus, ListingLevel } from '../hazard/hazard.js';
import { isOverdue } from '../hazard/deadline.js';
import { rectificationRate } from './rate.js';
import type { ReportPeriod } from './report-period.js';

/**
 * The office figures of a period P (issue 5: the weekly publicity, `/anjian report`, App Home's closure rate and the
 * statistics export agree on these definitions). All dates are calendar days in APP_TIMEZONE; `asOf` is the day the
 * figures stand at: the last day of P, or today while P is still running (min(P.end, today)).
 *
 * - **Counted hazards**: every hazard except those in status `reported` (a public report nobody has confirmed yet) and
 *   `void` (registered in error): those two never appear in any figure.
 * - **New** (新排查): counted hazards whose found date is in P, by level.
 * - **Closed** (整改销号): hazards in status `closed` whose closing instant falls on a local day in P, by level
 *   (whenever they were found: a hazard found last month and closed this week is closed this week).
 * - **Overdue** (逾期未整改): counted hazards found on or before `asOf`, with a deadline before `asOf`, that were not
 *   closed by the end of `asOf` (still open, or closed on a later day), by level. "Before" as everywhere in anjian: a
 *   hazard is overdue from the day after its deadline. The deadline is the current one (after any extension).
 * - **Rectified** and **closure rate** (整改率): of the new hazards of P, those closed by now (the time of the report),
 *   and `rectificationRate(rectified, new)` — a percentage with one decimal, or null when nothing was found in P.
 * - **Per town** (乡镇/街道, the unit's town; blank → `''`, shown as "no town"): the same four figures for the units of
 *   the town. The towns add up to the office totals.
 * - **Listed major hazards** (挂牌督办): hazards with a listing whose listed date is on or before the end of P, not void,
 *   and not closed before P began — that is, open at some point in P — with their progress.
 */
export interface LevelCounts {
  readonly general: number;
  readonly major: number;
  readonly total: number;
}

/** One hazard, or several alike (`n`), as the figures read it. `closedDate` is the local day of `closed_at`. */
export interface FigureRow {
  readonly town: string;
  readonly level: HazardLevel;
  readonly status: HazardStatus;
  readonly foundDate: string;
  readonly deadline: string | null;
  readonly closedDate: string | null;
  readonly n?: number;
}

/** A listed major hazard and where it stands (a snapshot: JSON-safe). */
export interface ListedProgress {
  readonly hazardId: number;
  readonly number: string;
  readonly title: string;
  readonly unitName: string;
  readonly status: HazardStatus;
  readonly deadline: string | null;
  readonly leader: string;
  readonly listingLevel: ListingLevel;
  readonly documentNumber: string;
  readonly listedDate: string;
  readonly closedDate: string | null;
}

export interface AreaFigures {
  readonly new: LevelCounts;
  readonly closed: LevelCounts;
  readonly overdue: LevelCounts;
  /** New hazards of P closed by now. */
  readonly rectified: number;
  readonly rate: number | null;
}

export interface TownFigures extends AreaFigures {
  /** '' when the units of these hazards have no town. */
  readonly town: string;
}

export interface ReportFigures extends AreaFigures {
  readonly period: ReportPeriod;
  readonly asOf: string;
  /** True while P is still running (the figures are "to date"). */
  readonly toDate: boolean;
  readonly towns: readonly TownFigures[];
  readonly listed: readonly ListedProgress[];
}

/** The states that never count in any figure: an unconfirmed public report, and a void registration. */
export const UNCOUNTED_STATUSES: readonly HazardStatus[] = ['reported', 'void'];

/** Whether a hazard in this state counts as found (the one rule behind every figure, the statistics and Home). */
export const isCountedStatus = (status: HazardStatus): boolean => !UNCOUNTED_STATUSES.includes(status);

/** The day the figures of P stand at on `today`. */
export const figuresAsOf = (period: Pick<ReportPeriod, 'end'>, today: string): string => (period.end < today ? period.end : today);

/** Whether a hazard counts at all (not an unconfirmed public report, not void). */
export const isCounted = (r: Pick<FigureRow, 'status'>): boolean => isCountedStatus(r.status);

export const isNewIn = (r: FigureRow, p: Pick<ReportPeriod, 'start' | 'end'>): boolean => isCounted(r) && r.foundDate >= p.start && r.foundDate <= p.end;

export const isClosedIn = (r: FigureRow, p: Pick<ReportPeriod, 'start' | 'end'>): boolean =>
  r.status === 'closed' && r.closedDate !== null && r.closedDate >= p.start && r.closedDate <= p.end;

export const isOverdueAt = (r: FigureRow, asOf: string): boolean =>
  isCounted(r) && r.foundDate <= asOf && r.deadline !== null && isOverdue(r.deadline, asOf) && !(r.status === 'closed' && r.closedDate !== null && r.closedDate <= asOf);

export const isRectifiedNewIn = (r: FigureRow, p: Pick<ReportPeriod, 'start' | 'end'>): boolean => isNewIn(r, p) && r.status === 'closed';

/** Whether a listed hazard was open at some point in P. */
export const isListedOpenIn = (l: Pick<ListedProgress, 'status' | 'listedDate' | 'closedDate'>, p: Pick<ReportPeriod, 'start' | 'end'>): boolean =>
  l.status !== 'void' && l.listedDate <= p.end && !(l.status === 'closed' && l.closedDate !== null && l.closedDate < p.start);

interface Tally {
  new: { general: number; major: number };
  closed: { general: number; major: number };
  overdue: { general: number; major: number };
  rectified: number;
}

const emptyTally = (): Tally => ({ new: { general: 0, major: 0 }, closed: { general: 0, major: 0 }, overdue: { general: 0, major: 0 }, rectified: 0 });
const counts = (c: { general: number; major: number }): LevelCounts => ({ general: c.general, major: c.major, total: c.general + c.major });
const area = (t: Tally): AreaFigures => ({ new: counts(t.new), closed: counts(t.closed), overdue: counts(t.overdue), rectified: t.rectified, rate: rectificationRate(t.rectified, t.new.general + t.new.major) });

function add(t: Tally, r: FigureRow, p: ReportPeriod, asOf: string): boolean {
  const n = r.n ?? 1;
  const isNew = isNewIn(r, p);
  const closed = isClosedIn(r, p);
  const overdue = isOverdueAt(r, asOf);
  if (isNew) t.new[r.level] += n;
  if (closed) t.closed[r.level] += n;
  if (overdue) t.overdue[r.level] += n;
  if (isRectifiedNewIn(r, p)) t.rectified += n;
  return isNew || closed || overdue;
}

/** Towns by name in the language's order, the blank town last. */
function byTown(a: string, b: string): number {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  return a.localeCompare(b, 'zh-CN');
}

/** Open listed hazards first, then by deadline (none last), then by number. */
function byProgress(a: ListedProgress, b: ListedProgress): number {
  const closed = (l: ListedProgress) => (l.status === 'closed' ? 1 : 0);
  return closed(a) - closed(b) || (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999') || a.number.localeCompare(b.number);
}

/**
 * The figures of P from plain rows (any superset of the relevant hazards: rows that count for nothing are ignored)
 * and the listed hazards (likewise filtered here). Pure: the same rows give the same figures on every surface.
 */
export function computeFigures(period: ReportPeriod, today: string, rows: readonly FigureRow[], listed: readonly ListedProgress[]): ReportFigures {
  const asOf = figuresAsOf(period, today);
  const total = emptyTally();
  const towns = new Map<string, Tally>();
  for (const r of rows) {
    const town = r.town.trim();
    const t = towns.get(town) ?? emptyTally();
    if (add(t, r, period, asOf)) towns.set(town, t);
    add(total, r, period, asOf);
  }
  return {
    period, asOf, toDate: today <= period.end, ...area(total),
    towns: [...towns.entries()].sort(([a], [b]) => byTown(a, b)).map(([town, t]) => ({ town, ...area(t) })),
    listed: listed.filter((l) => isListedOpenIn(l, period)).sort(byProgress),
  };
}
