import { CronExpressionParser } from 'cron-parser';
import cron from 'node-cron';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config/config.js';
import { cronProblem } from '../../src/cron-expression.js';

const TZ = 'Asia/Shanghai';
const ENV = { SLACK_BOT_TOKEN: 'xoxb-x', SLACK_SIGNING_SECRET: 'abcdef0123456789' };

function configProblems(cronValue: string): readonly string[] {
  try {
    parseConfig({ ...ENV, DIGEST_CRON: cronValue });
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

/** Every instant in [from, to) at which node-cron triggers the expression, probing each second or minute. */
function nodeCronFires(expression: string, from: number, to: number, step: number): number[] {
  const task = cron.createTask(expression, () => undefined, { timezone: TZ });
  try {
    const fires: number[] = [];
    for (let t = from; t < to; t += step) if (task.match(new Date(t))) fires.push(t);
    return fires;
  } finally {
    void task.destroy();
  }
}

/** Every instant in [from, to) at which cron-parser says the expression fires. */
function cronParserFires(expression: string, from: number, to: number): number[] {
  const it = CronExpressionParser.parse(expression, { currentDate: new Date(from - 1), tz: TZ });
  const fires: number[] = [];
  for (let t = it.next().getTime(); t < to; t = it.next().getTime()) fires.push(t);
  return fires;
}

describe('cron expressions: node-cron (triggers) and cron-parser (catch-up) read them alike', () => {
  // 27 Feb – 10 Mar 2026 in Shanghai: a month end, the 1st, the 2nd Monday of March, two Sundays.
  const from = Date.parse('2026-02-26T16:00:00Z');
  const to = Date.parse('2026-03-10T16:00:00Z');

  it.each([
    '30 8 * * *', '0 9 * * mon', '0 9 * * MON-FRI', '0 9 * * 1-5', '*/2 * * * *', '0 */2 * * *', '15,45 9-17 * * 1-5', '0 9 * * 7', '0 9 * * sun',
    '0 9 1 * *', '0 9 L * *', '0 9 * * 5L', '0 9 * * 1#2', '0 9 ? * 1', '0 9 * feb,mar *', '0 9 */3 * *', '@daily', '@weekly', '0  9 * * 1',
  ])('%s: accepted, and both fire at the same minutes', (expression) => {
    expect(cronProblem(expression)).toBeNull();
    expect(configProblems(expression)).toEqual([]);
    const fires = cronParserFires(expression, from, to);
    expect(fires.length).toBeGreaterThan(0);
    expect(nodeCronFires(expression, from, to, 60_000)).toEqual(fires);
  });

  it.each(['*/20 * * * * *', '10 0 0 * * *', '0 30 8 * * 1', '5-50/15 * 8 * * *'])('%s (six fields): accepted, and both fire at the same seconds', (expression) => {
    expect(cronProblem(expression)).toBeNull();
    expect(configProblems(expression)).toEqual([]);
    const monday = Date.parse('2026-03-01T23:00:00Z'); // Mon 07:00 – 09:00 in Shanghai
    const fires = cronParserFires(expression, monday, monday + 2 * 3_600_000);
    expect(nodeCronFires(expression, monday, monday + 2 * 3_600_000, 1000)).toEqual(fires);
  });

  it.each([
    ['99 * * * *', 'invalid'],
    ['30 8 * *', 'invalid'],
    ['0 9 15W * *', 'invalid'], // node-cron only
    ['@midnight', 'invalid'], // node-cron only
    ['0 9 * * 0,7', 'invalid'], // node-cron only (Sunday twice)
    ['0 9 1 * 1', 'both_day_fields'], // node-cron: a Monday the 1st; cron-parser: every 1st and every Monday
    ['0 0 1-7 * mon', 'both_day_fields'],
  ])('%s is refused (%s), and the configuration says why', (expression, problem) => {
    expect(cronProblem(expression)).toBe(problem);
    const problems = configProblems(expression);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(problem === 'invalid' ? /^DIGEST_CRON is not a valid cron expression/ : /^DIGEST_CRON sets both a day of the month and a day of the week/);
  });
});
