import { addDays, isoWeekday } from './calendar.js';

/**
 * Which days an office works: Monday to Friday, except public holidays, plus the make-up working days (调休) that
 * fall on a weekend. Both lists come from configuration (HOLIDAYS, WORKDAYS), since the State Council publishes them
 * year by year.
 */
export interface WorkCalendar {
  readonly holidays: readonly string[];
  readonly workdays: readonly string[];
}

export const WEEKDAYS_ONLY: WorkCalendar = { holidays: [], workdays: [] };

export function isWorkingDay(date: string, cal: WorkCalendar): boolean {
  if (cal.workdays.includes(date)) return true;
  if (cal.holidays.includes(date)) return false;
  return isoWeekday(date) <= 5;
}

/**
 * The day on which `n` working days after `date` have passed: the n-th working day after it (`date` itself does not
 * count). `n` = 0 gives `date`.
 */
export function addWorkingDays(date: string, n: number, cal: WorkCalendar): string {
  let d = date;
  for (let left = n; left > 0; ) {
    d = addDays(d, 1);
    if (isWorkingDay(d, cal)) left--;
  }
  return d;
}
