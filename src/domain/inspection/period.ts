import { addDays } from '../hazard/deadline.js';
import { daysBetween, type Tier } from '../unit/tier.js';

/** How often a tier is inspected (PRODUCT.md §4): weekly (ISO week), half-monthly (1st–15th, 16th–end), monthly. */
export const CADENCES = ['week', 'half_month', 'month'] as const;
export type Cadence = (typeof CADENCES)[number];

export const DEFAULT_CADENCES: Readonly<Record<Tier, Cadence>> = { red: 'week', yellow: 'half_month', blue: 'month' };

/** A period of the schedule: first and last day, both included (YYYY-MM-DD). */
export interface Period {
  readonly start: string;
  readonly end: string;
}

const ymd = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
const parts = (date: string) => date.split('-').map(Number) as [number, number, number];
const lastDayOfMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The period of a cadence that contains a calendar date. */
export function periodOf(cadence: Cadence, date: string): Period {
  const [y, m, d] = parts(date);
  switch (cadence) {
    case 'week': {
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay() || 7; // Monday 1 … Sunday 7
      const start = addDays(date, 1 - weekday);
      return { start, end: addDays(start, 6) };
    }
    case 'half_month':
      return d <= 15 ? { start: ymd(y, m, 1), end: ymd(y, m, 15) } : { start: ymd(y, m, 16), end: ymd(y, m, lastDayOfMonth(y, m)) };
    case 'month':
      return { start: ymd(y, m, 1), end: ymd(y, m, lastDayOfMonth(y, m)) };
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
  const period = periodOf(cadence, today);
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
