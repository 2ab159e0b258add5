import { describe, expect, it } from 'vitest';
import { statsDeadlinesIn, statsRemindersDue } from '../../src/domain/report/stats-deadline.js';

const reminders = (day: string) => statsRemindersDue(day).map((d) => `${d.period.label}→${d.deadline}`);

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
    ['2027-01-10', ['2026-Q4→2027-01-15']], // the quarterly table's window opens; not yet the annual one
    ['2027-01-11', ['2026-Q4→2027-01-15']], // still due: sent now if the 10th was missed
    ['2027-01-15', ['2026-Q4→2027-01-15']],
    ['2027-01-16', []],
    ['2027-01-25', []],
    ['2027-01-26', ['2026→2027-01-31']],
    ['2027-01-31', ['2026→2027-01-31']],
    ['2027-02-01', []],
    ['2027-04-10', ['2027-Q1→2027-04-15']],
    ['2027-07-10', ['2027-Q2→2027-07-15']],
    ['2027-10-10', ['2027-Q3→2027-10-15']],
    ['2026-10-10', ['2026-Q3→2026-10-15']],
    ['2026-12-31', []],
    ['2028-02-10', []],
    ['2027-03-10', []],
  ] as const)('on %s a reminder is due for %j', (day, expected) => {
    expect(reminders(day)).toEqual(expected);
  });

  it('takes another lead time, across the year end too', () => {
    expect(statsRemindersDue('2026-12-31', 15).map((d) => d.period.label)).toEqual(['2026-Q4']);
    expect(statsRemindersDue('2026-12-30', 15).map((d) => d.period.label)).toEqual([]);
    expect(statsRemindersDue('2027-01-31', 0).map((d) => d.period.label)).toEqual(['2026']);
  });

  it('opens five windows a year, each from five days before its deadline to the deadline', () => {
    const windows = new Map<string, string[]>();
    for (let t = Date.UTC(2027, 0, 1); t <= Date.UTC(2027, 11, 31); t += 86_400_000) {
      const day = new Date(t).toISOString().slice(0, 10);
      for (const d of statsRemindersDue(day)) windows.set(d.period.label, [...(windows.get(d.period.label) ?? []), day]);
    }
    expect([...windows].map(([label, days]) => [label, days[0], days.at(-1), days.length])).toEqual([
      ['2026-Q4', '2027-01-10', '2027-01-15', 6],
      ['2026', '2027-01-26', '2027-01-31', 6],
      ['2027-Q1', '2027-04-10', '2027-04-15', 6],
      ['2027-Q2', '2027-07-10', '2027-07-15', 6],
      ['2027-Q3', '2027-10-10', '2027-10-15', 6],
    ]);
  });
});
