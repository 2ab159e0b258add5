import { addDays } from '../calendar.js';
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
 * The deadlines whose reminder is due on `today`: from `daysBefore` days before the deadline (the 10th of
 * Jan/Apr/Jul/Oct for the quarterly tables, 26 January for the annual one) up to the deadline itself. The job sends
 * each deadline's reminder once (its key is the period), on the first day it runs in that window: on the 10th, or on
 * the first day after an outage.
 */
export function statsRemindersDue(today: string, daysBefore: number = STATS_REMINDER_DAYS_BEFORE): StatsDeadline[] {
  const years = new Set([Number(today.slice(0, 4)), Number(addDays(today, daysBefore).slice(0, 4))]);
  return [...years].flatMap(statsDeadlinesIn).filter((d) => addDays(d.deadline, -daysBefore) <= today && today <= d.deadline);
}
