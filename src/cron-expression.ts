import { CronExpressionParser } from 'cron-parser';
import cron from 'node-cron';

/**
 * Cron expressions are read by two libraries: node-cron triggers the jobs, cron-parser finds when an expression last
 * fired (the catch-up at start). An expression is accepted only when both read it the same way:
 * - both must parse it (node-cron alone takes `15W`, `@midnight`, `0,7`; cron-parser refuses them);
 * - it may not restrict both the day of month and the day of week: node-cron then fires on days that match both,
 *   cron-parser (like classic cron) on days that match either.
 * Names (`mon`, `jan`), ranges, steps (`0-59/2`, or a star with a step), lists, `L`, `#`, `?`, `@daily`-style
 * aliases and six fields (seconds) mean the same in both; test/domain/cron-expression.test.ts compares their fire times.
 */
export type CronProblem = 'invalid' | 'both_day_fields';

export function cronProblem(expression: string): CronProblem | null {
  let fields;
  try {
    if (!cron.validate(expression)) return 'invalid';
    fields = CronExpressionParser.parse(expression).fields;
  } catch {
    return 'invalid';
  }
  return !fields.dayOfMonth.isWildcard && !fields.dayOfWeek.isWildcard ? 'both_day_fields' : null;
}

/**
 * The last moment at or before `at` when the expression fired in `timezone` (to the second: a five-field expression
 * fires at second 0). A local time that a daylight-saving change skips does not fire that day, as node-cron does
 * not trigger it; a local time that the change repeats fires both times, as in node-cron.
 */
export function lastFireAtOrBefore(expression: string, timezone: string, at: Date): Date {
  // prev() is strictly before its start, so start from the next whole second.
  const currentDate = new Date(Math.floor(at.getTime() / 1000) * 1000 + 1000);
  return CronExpressionParser.parse(expression, { currentDate, tz: timezone }).prev().toDate();
}
