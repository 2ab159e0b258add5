import { inPeriod, periodOf, previousPeriod, standingIn, type Cadence, type Period } from '../inspection/period.js';
import { TIERS, type Tier } from '../unit/tier.js';

/** What the schedule needs to know about one unit. */
export interface UnitScheduleFacts {
  readonly unitId: number;
  readonly name: string;
  readonly town: string;
  readonly tier: Tier;
  /** The day the unit entered its current tier (or was registered): its cadence applies from then. */
  readonly tierSince: string;
  /** Days of completed inspections (recent ones are enough: the current and the previous period). */
  readonly doneDates: readonly string[];
  /** Planned inspections of the unit from today on. */
  readonly planned: readonly { readonly number: string; readonly date: string; readonly inspectors: readonly string[] }[];
}

export interface TierCounts {
  readonly units: number;
  readonly due: number;
  readonly done: number;
  readonly missedLast: number;
}

export interface EndingSoon {
  readonly unitId: number;
  readonly name: string;
  readonly town: string;
  readonly tier: Tier;
  readonly period: Period;
  readonly daysLeft: number;
  /** The inspection planned inside the period, if someone is already assigned. */
  readonly planned: { readonly number: string; readonly date: string; readonly inspectors: readonly string[] } | null;
}

export interface DigestModel {
  readonly date: string;
  readonly counts: Readonly<Record<Tier, TierCounts>>;
  /** Units still due whose period ends within `soonDays`, red first, then the soonest end, then by name. */
  readonly endingSoon: readonly EndingSoon[];
}

const TIER_ORDER: Record<Tier, number> = { red: 0, yellow: 1, blue: 2 };
const collator = new Intl.Collator('zh-CN');

/**
 * The daily schedule digest (PRODUCT.md §6) as data: per tier, how many units are due this period, done this period,
 * and missed the last period; and the units whose period ends within `soonDays` that are still due. One pass over
 * the units, linear in their number.
 */
export function buildDigest(units: readonly UnitScheduleFacts[], today: string, cadences: Readonly<Record<Tier, Cadence>>, soonDays: number): DigestModel {
  const counts = Object.fromEntries(TIERS.map((t) => [t, { units: 0, due: 0, done: 0, missedLast: 0 }])) as Record<Tier, { units: number; due: number; done: number; missedLast: number }>;
  const endingSoon: EndingSoon[] = [];
  // The current and the last period depend only on the tier's cadence and today: reckoned once per tier, not per unit.
  const periods = Object.fromEntries(TIERS.map((t) => {
    const current = periodOf(cadences[t], today);
    return [t, { current, last: previousPeriod(cadences[t], current) }];
  })) as Record<Tier, { current: Period; last: Period }>;
  for (const u of units) {
    const { current, last } = periods[u.tier];
    const standing = standingIn(current, today, u.doneDates);
    const c = counts[u.tier];
    c.units++;
    if (standing.due) c.due++;
    else c.done++;
    // The last period counts as missed only if the unit was in this tier for all of it: a tier change applies from its
    // day on, and the period it began in is due, but a partial period is not held against the unit.
    if (u.tierSince <= last.start && !u.doneDates.some((d) => inPeriod(last, d))) c.missedLast++;
    if (standing.due && standing.daysLeft <= soonDays) {
      const planned = u.planned.find((p) => p.date >= today && p.date <= standing.period.end) ?? null;
      endingSoon.push({ unitId: u.unitId, name: u.name, town: u.town, tier: u.tier, period: standing.period, daysLeft: standing.daysLeft, planned });
    }
  }
  endingSoon.sort((a, b) => TIER_ORDER[a.tier] - TIER_ORDER[b.tier] || a.period.end.localeCompare(b.period.end) || collator.compare(a.name, b.name) || a.unitId - b.unitId);
  return { date: today, counts, endingSoon };
}
