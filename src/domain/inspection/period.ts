import { addDays, dateOf, dateParts, daysBetween, isoWeekStart, monthEnd, monthStart } from '../calendar.js';
import type { Tier } from '../unit/tier.js';

/** How often a tier is inspected (PRODUCT.md §4): weekly (ISO week), half-monthly (1st–15th, 16th–end), monthly. */
export const CADENCES = ['week', 'half_month', 'month'] as const;
export type Cadence = (typeof CADENCES)[number];

export const DEFAULT_CADENCES: Readonly<Record<Tier, Cadence>> = { red: 'week', yellow: 'half_month', blue: 'month' };

/** A period of the schedule: first and last day, both included (YYYY-MM-DD). */
export interface Period {
  readonly start: string;
  readonly end: string;
}

/** The period of a cadence that contains a calendar date. */
export function periodOf(cadence: Cadence, date: string): Period {
  const { year, month, day } = dateParts(date);
  switch (cadence) {
    case 'week': {
      const start = isoWeekStart(date);
      return { start, end: addDays(start, 6) };
    }
    case 'half_month':
      return day <= 15 ? { start: monthStart(year, month), end: dateOf(year, month, 15) } : { start: dateOf(year, month, 16), end: monthEnd(year, month) };
    case 'month':
      return { start: monthStart(year, month), end: monthEnd(year, month) };
  }
}

export const previousPeriod = (cadence: Cadence, p: Period): Period => periodOf(cadence, addDays(p.start, -1));
export const nextPeriod = (cadence: Cadence, p: Period): Period => periodOf(cadence, addDays(p.end, 1));

export function inPeriod(p: Period, date: string): boolean {
  return date >= p.start && date <= p.end;
}

/** Where a unit stands in its current period on `today`: due until an inspection was completed inside the period. */
export interface PeriodStanding {
  readonly period: Period;
  readonly due: boolean;
  /** Days left in the period, today included (1 on its last day). */
  readonly daysLeft: number;
  /** The completed inspection that satisfied the period, if any. */
  readonly doneOn: string | null;
}

export function periodStanding(cadence: Cadence, today: string, doneDates: readonly string[]): PeriodStanding {
  return standingIn(periodOf(cadence, today), today, doneDates);
}

/** The same standing when the period containing `today` is already known (the digest reckons it once per tier). */
export function standingIn(period: Period, today: string, doneDates: readonly string[]): PeriodStanding {
  const doneOn = doneDates.filter((d) => inPeriod(period, d) && d <= today).sort()[0] ?? null;
  return { period, due: doneOn === null, daysLeft: daysBetween(today, period.end) + 1, doneOn };
}

/**
 * Periods that ended without a completed inspection, among those the unit spent wholly in its tier: from the first
 * period starting on or after `since` (the day it entered its current tier, or was registered) up to the one before
 * today's. A period entered partway is due, but not held against the unit. Most recent last.
 */
export function missedPeriods(cadence: Cadence, since: string, today: string, doneDates: readonly string[]): Period[] {
  const missed: Period[] = [];
  const current = periodOf(cadence, today);
  for (let p = periodOf(cadence, since); p.start < current.start; p = nextPeriod(cadence, p)) {
    if (p.start >= since && !doneDates.some((d) => inPeriod(p, d))) missed.push(p);
  }
  return missed;
}
