import { describe, expect, it } from 'vitest';
import { statsDeadlinesIn, statsRemindersOn } from '../../src/domain/report/stats-deadline.js';

const reminders = (day: string) => statsRemindersOn(day).map((d) => `${d.period.label}→${d.deadline}`);

describe('statistics deadlines (16号令 Art 14)', () => {
  it('lists the quarterly tables on 15 Jan/Apr/Jul/Oct for the quarter just ended and the annual one on 31 Jan', () => {
    expect(statsDeadlinesIn(2027).map((d) => [d.period.label, d.period.kind, d.period.start, d.period.end, d.deadline])).toEqual([
      ['2026-Q4', 'quarter', '2026-10-01', '2026-12-31', '2027-01-15'],
      ['2026', 'year', '2026-01-01', '2026-12-31', '2027-01-31'],
      ['2027-Q1', 'quarter', '2027-01-01', '2027-03-31', '2027-04-15'],
      ['2027-Q2', 'quarter', '2027-04-01', '2027-06-30', '2027-07-15'],
      ['2027-Q3', 'quarter', '2027-07-01', '2027-09-30', '2027-10-15'],
    ]);
  });

  it.each([
    ['2027-01-09', []],
    ['2027-01-10', ['2026-Q4→2027-01-15']], // the quarterly table, not yet the annual one
    ['2027-01-11', []],
    ['2027-01-15', []],
    ['2027-01-25', []],
    ['2027-01-26', ['2026→2027-01-31']],
    ['2027-01-27', []],
    ['2027-01-31', []],
    ['2027-04-10', ['2027-Q1→2027-04-15']],
    ['2027-07-10', ['2027-Q2→2027-07-15']],
    ['2027-10-10', ['2027-Q3→2027-10-15']],
    ['2026-10-10', ['2026-Q3→2026-10-15']],
    ['2026-12-31', []],
    ['2028-02-10', []],
    ['2027-03-10', []],
  ] as const)('on %s reminds of %j', (day, expected) => {
    expect(reminders(day)).toEqual(expected);
  });

  it('takes another lead time, across the year end too', () => {
    expect(statsRemindersOn('2026-12-31', 15).map((d) => d.period.label)).toEqual(['2026-Q4']);
    expect(statsRemindersOn('2027-01-31', 0).map((d) => d.period.label)).toEqual(['2026']);
  });

  it('sends exactly five reminders a year, one on each of five days', () => {
    const days: string[] = [];
    for (let t = Date.UTC(2027, 0, 1); t <= Date.UTC(2027, 11, 31); t += 86_400_000) {
      const day = new Date(t).toISOString().slice(0, 10);
      if (statsRemindersOn(day).length) days.push(day);
    }
    expect(days).toEqual(['2027-01-10', '2027-01-26', '2027-04-10', '2027-07-10', '2027-10-10']);
  });
});
