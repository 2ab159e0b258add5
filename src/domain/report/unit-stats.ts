import type { HazardLevel, HazardStatus } from '../hazard/hazard.js';
import { isCountedStatus } from './figures.js';
import { rectificationRate } from './rate.js';

/**
 * The per-unit hazard statistics of a period (16号令 Art 14; DOMAIN.md §B1 "statistics rows"): of the hazards found in
 * the period, how many, how many major, how many rectified (closed), how many major rectified, and the funding.
 */
export interface StatsCounts {
  readonly found: number;
  readonly major: number;
  readonly rectified: number;
  readonly rectifiedMajor: number;
  /** Sum of the hazards' rectification funding (yuan, to the cent). */
  readonly funding: number;
}

/** Which hazards are counted as found: the reports' rule (figures.ts), re-exported for the statistics. */
export { isCountedStatus };

/** A counted hazard is rectified once closed (销号): the same rule as the reports' closure rate. */
export const isRectifiedStatus = (status: HazardStatus): boolean => status === 'closed';

export const NO_COUNTS: StatsCounts = { found: 0, major: 0, rectified: 0, rectifiedMajor: 0, funding: 0 };

const cents = (yuan: number) => Math.round(yuan * 100) / 100;

/** Adds one hazard (its level, status, funding) to the counts; hazards that do not count leave them unchanged. */
export function countHazard(c: StatsCounts, h: { readonly level: HazardLevel; readonly status: HazardStatus; readonly funding: number | null }): StatsCounts {
  if (!isCountedStatus(h.status)) return c;
  const major = h.level === 'major' ? 1 : 0;
  const rectified = isRectifiedStatus(h.status) ? 1 : 0;
  return { found: c.found + 1, major: c.major + major, rectified: c.rectified + rectified, rectifiedMajor: c.rectifiedMajor + major * rectified, funding: cents(c.funding + (h.funding ?? 0)) };
}

/** The sum of several units' counts (the totals row). */
export function sumCounts(rows: readonly StatsCounts[]): StatsCounts {
  return rows.reduce<StatsCounts>(
    (t, r) => ({ found: t.found + r.found, major: t.major + r.major, rectified: t.rectified + r.rectified, rectifiedMajor: t.rectifiedMajor + r.rectifiedMajor, funding: cents(t.funding + r.funding) }),
    NO_COUNTS,
  );
}

/** 整改率 of counts: rectified ÷ found (a percentage with one decimal), or null when nothing was found. */
export const statsRate = (c: StatsCounts): number | null => rectificationRate(c.rectified, c.found);

/** One unit's line of the statistics table. */
export interface UnitStatsRow extends StatsCounts {
  readonly unitId: number;
  readonly unitName: string;
  readonly creditCode: string | null;
  readonly town: string;
}
