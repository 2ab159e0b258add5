import { addDays } from '../hazard/deadline.js';
import { periodContaining, type ReportPeriod } from './report-period.js';

/**
 * The hazard statistics a unit reports, signed by its head (16号令 Art 14, DOMAIN.md §0 row 1): the quarterly table
 * before the 15th of the first month of the next quarter (15 Jan / Apr / Jul / Oct), the annual table before 31 January.
 */
export interface StatsDeadline {
  /** The quarter just ended, or the year just ended. */
  readonly period: ReportPeriod;
  /** The last day (YYYY-MM-DD). */
  readonly deadline: string;
}

/** How many days before a deadline SCHEDULE_CHANNEL is reminded. */
export const STATS_REMINDER_DAYS_BEFORE = 5;

/** Every statistics deadline falling in a calendar year, in date order (15 Jan, 31 Jan, 15 Apr, 15 Jul, 15 Oct). */
export function statsDeadlinesIn(year: number): StatsDeadline[] {
  const quarterly = [1, 4, 7, 10].map((month) => {
    const deadline = `${year}-${String(month).padStart(2, '0')}-15`;
    return { period: periodContaining('quarter', addDays(deadline, -20)), deadline }; // the quarter that ended on the last day of the month before
  });
  const annual = { period: periodContaining('year', `${year - 1}-12-31`), deadline: `${year}-01-31` };
  return [...quarterly, annual].sort((a, b) => a.deadline.localeCompare(b.deadline));
}

/**
 * The deadlines to remind of on `today`: those exactly `daysBefore` days away (the 10th of Jan/Apr/Jul/Oct for the
 * quarterly tables, 26 January for the annual one). The daily job runs once per day, so each reminder is sent once.
 */
export function statsRemindersOn(today: string, daysBefore: number = STATS_REMINDER_DAYS_BEFORE): StatsDeadline[] {
  const target = addDays(today, daysBefore);
  return statsDeadlinesIn(Number(target.slice(0, 4))).filter((d) => d.deadline === target);
}
