import { lastFireAtOrBefore } from '../cron-expression.js';
import { localDate } from '../domain/calendar.js';

/**
 * Whether a cron expression fired at some moment between local midnight of `firstDay` (default: today) in `timezone`
 * and `now` (inclusive, to the second): its last fire at or before `now` fell on that day or later.
 */
export function firedEarlierToday(expression: string, timezone: string, now: Date, firstDay?: string): boolean {
  return localDate(lastFireAtOrBefore(expression, timezone, now), timezone) >= (firstDay ?? localDate(now, timezone));
}
