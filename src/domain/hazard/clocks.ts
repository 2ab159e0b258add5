import { addDays, daysBetween, localDate } from '../calendar.js';
import { addWorkingDays, type WorkCalendar } from '../work-calendar.js';
import { latestAcceptance, latestRectification, type HazardDossier } from './dossier.js';

/** The office's periods that run against it (configuration: REVIEW_PERIOD_DAYS, REINSPECTION_PERIOD_DAYS, HOLIDAYS/WORKDAYS). */
export interface ClockRules {
  /** Calendar days the authority has to review an acceptance application (16号令 Art 23: 10). */
  readonly reviewPeriod: number;
  /** Working days an inspector has to re-inspect a general hazard after the unit reports it rectified. */
  readonly reinspectionPeriodDays: number;
  readonly workCalendar: WorkCalendar;
}

/** A period running against the office: since when, the last day, and days past it (0 or less: not late). */
export interface RunningClock {
  readonly since: string;
  readonly due: string;
  /** How long it runs: calendar days for the review, working days for the re-inspection. */
  readonly period: number;
  /** Days from `since` to today (the day it started is day 0). */
  readonly day: number;
  /** Days past `due` (negative: days left; 0: the last day). */
  readonly late: number;
}

export interface HazardClocks {
  /** The authority's review of a major hazard's acceptance application, while one is under review. */
  readonly review: RunningClock | null;
  /** The inspector's re-inspection (复查) of a general hazard the unit reported rectified. */
  readonly reinspection: RunningClock | null;
}

/** The last day to re-inspect a hazard reported rectified on `reportedOn` (the report's day does not count). */
export function reinspectionDue(reportedOn: string, rules: ClockRules): string {
  return addWorkingDays(reportedOn, rules.reinspectionPeriodDays, rules.workCalendar);
}

/** The last legal day of the authority's review of an application received on `receivedOn` (day 0). */
export function reviewDue(receivedOn: string, rules: Pick<ClockRules, 'reviewPeriod'>): string {
  return addDays(receivedOn, rules.reviewPeriod);
}

const running = (since: string, due: string, period: number, today: string): RunningClock => ({ since, due, period, day: daysBetween(since, today), late: daysBetween(due, today) });

/** The clocks running on a hazard today (YYYY-MM-DD in `timezone`). */
export function hazardClocks(d: HazardDossier, today: string, rules: ClockRules, timezone: string): HazardClocks {
  const h = d.hazard;
  const dayOf = (instant: string) => localDate(new Date(instant), timezone);
  let review: RunningClock | null = null;
  if (h.status === 'awaiting_acceptance' || h.status === 'expert_accepted') {
    const since = dayOf(latestAcceptance(d)?.appliedAt ?? h.statusSince);
    review = running(since, reviewDue(since, rules), rules.reviewPeriod, today);
  }
  let reinspection: RunningClock | null = null;
  if (h.status === 'awaiting_verification') {
    const since = dayOf(latestRectification(d)?.reportedAt ?? h.statusSince);
    reinspection = running(since, reinspectionDue(since, rules), rules.reinspectionPeriodDays, today);
  }
  return { review, reinspection };
}
