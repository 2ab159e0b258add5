import { localDate } from '../../src/domain/calendar.js';
import { describe, expect, it } from 'vitest';
import { missedPeriods, nextPeriod, periodOf, periodStanding, previousPeriod, type Cadence, type Period } from '../../src/domain/inspection/period.js';

const TZ = 'Asia/Shanghai';
const p = (start: string, end: string): Period => ({ start, end });

describe(periodOf.name, () => {
  it.each<[string, Period]>([
    ['2026-11-23', p('2026-11-23', '2026-11-29')], // Monday
    ['2026-11-25', p('2026-11-23', '2026-11-29')], // Wednesday
    ['2026-11-29', p('2026-11-23', '2026-11-29')], // Sunday ends the ISO week
    ['2026-11-30', p('2026-11-30', '2026-12-06')], // Monday starts the next one
    ['2026-12-01', p('2026-11-30', '2026-12-06')], // across the month end
    ['2026-12-31', p('2026-12-28', '2027-01-03')], // Thursday, across the year end
    ['2027-01-01', p('2026-12-28', '2027-01-03')],
    ['2027-01-03', p('2026-12-28', '2027-01-03')],
    ['2027-01-04', p('2027-01-04', '2027-01-10')],
    ['2028-02-29', p('2028-02-28', '2028-03-05')], // leap day, a Tuesday
  ])('week: %s → %o', (date, period) => {
    expect(periodOf('week', date)).toEqual(period);
  });

  it.each<[string, Period]>([
    ['2026-11-01', p('2026-11-01', '2026-11-15')],
    ['2026-11-15', p('2026-11-01', '2026-11-15')],
    ['2026-11-16', p('2026-11-16', '2026-11-30')],
    ['2026-11-30', p('2026-11-16', '2026-11-30')],
    ['2026-02-15', p('2026-02-01', '2026-02-15')],
    ['2026-02-16', p('2026-02-16', '2026-02-28')], // 28-day February
    ['2026-02-28', p('2026-02-16', '2026-02-28')],
    ['2028-02-16', p('2028-02-16', '2028-02-29')], // 29-day February
    ['2028-02-29', p('2028-02-16', '2028-02-29')],
    ['2026-04-20', p('2026-04-16', '2026-04-30')], // 30-day month
    ['2026-04-30', p('2026-04-16', '2026-04-30')],
    ['2026-01-16', p('2026-01-16', '2026-01-31')], // 31-day month
    ['2026-12-31', p('2026-12-16', '2026-12-31')],
    ['2027-01-01', p('2027-01-01', '2027-01-15')],
  ])('half_month: %s → %o', (date, period) => {
    expect(periodOf('half_month', date)).toEqual(period);
  });

  it.each<[string, Period]>([
    ['2026-11-01', p('2026-11-01', '2026-11-30')],
    ['2026-11-30', p('2026-11-01', '2026-11-30')],
    ['2026-02-10', p('2026-02-01', '2026-02-28')],
    ['2028-02-29', p('2028-02-01', '2028-02-29')],
    ['2026-04-01', p('2026-04-01', '2026-04-30')],
    ['2026-12-31', p('2026-12-01', '2026-12-31')],
    ['2027-01-01', p('2027-01-01', '2027-01-31')],
  ])('month: %s → %o', (date, period) => {
    expect(periodOf('month', date)).toEqual(period);
  });

  it.each<[string, string, string, Cadence, Period]>([
    ['2026-11-29T15:59:59Z', '2026-11-29', 'Sunday 23:59:59 in Shanghai', 'week', p('2026-11-23', '2026-11-29')],
    ['2026-11-29T16:00:00Z', '2026-11-30', 'Monday 00:00:00 in Shanghai', 'week', p('2026-11-30', '2026-12-06')],
    ['2026-11-15T15:59:59Z', '2026-11-15', 'the 15th 23:59:59 in Shanghai', 'half_month', p('2026-11-01', '2026-11-15')],
    ['2026-11-15T16:00:00Z', '2026-11-16', 'the 16th 00:00:00 in Shanghai', 'half_month', p('2026-11-16', '2026-11-30')],
    ['2026-12-31T15:59:59Z', '2026-12-31', 'New Year\'s Eve 23:59:59 in Shanghai', 'month', p('2026-12-01', '2026-12-31')],
    ['2026-12-31T16:00:00Z', '2027-01-01', 'New Year 00:00:00 in Shanghai', 'month', p('2027-01-01', '2027-01-31')],
  ])('changes period exactly at Shanghai midnight: %s is %s (%s), %s period %o', (instant, date, _label, cadence, period) => {
    const local = localDate(new Date(instant), TZ);
    expect(local).toBe(date);
    expect(periodOf(cadence, local)).toEqual(period);
  });
});

describe(previousPeriod.name, () => {
  it.each<[Cadence, Period, Period]>([
    ['week', p('2026-11-30', '2026-12-06'), p('2026-11-23', '2026-11-29')],
    ['week', p('2027-01-04', '2027-01-10'), p('2026-12-28', '2027-01-03')],
    ['week', p('2026-12-28', '2027-01-03'), p('2026-12-21', '2026-12-27')],
    ['half_month', p('2026-11-16', '2026-11-30'), p('2026-11-01', '2026-11-15')],
    ['half_month', p('2026-11-01', '2026-11-15'), p('2026-10-16', '2026-10-31')],
    ['half_month', p('2026-03-01', '2026-03-15'), p('2026-02-16', '2026-02-28')],
    ['half_month', p('2028-03-01', '2028-03-15'), p('2028-02-16', '2028-02-29')],
    ['half_month', p('2027-01-01', '2027-01-15'), p('2026-12-16', '2026-12-31')],
    ['month', p('2027-01-01', '2027-01-31'), p('2026-12-01', '2026-12-31')],
    ['month', p('2026-03-01', '2026-03-31'), p('2026-02-01', '2026-02-28')],
    ['month', p('2026-05-01', '2026-05-31'), p('2026-04-01', '2026-04-30')],
  ])('%s: before %o comes %o', (cadence, period, previous) => {
    expect(previousPeriod(cadence, period)).toEqual(previous);
  });
});

describe(nextPeriod.name, () => {
  it.each<[Cadence, Period, Period]>([
    ['week', p('2026-11-23', '2026-11-29'), p('2026-11-30', '2026-12-06')],
    ['week', p('2026-12-28', '2027-01-03'), p('2027-01-04', '2027-01-10')],
    ['week', p('2026-12-21', '2026-12-27'), p('2026-12-28', '2027-01-03')],
    ['half_month', p('2026-11-01', '2026-11-15'), p('2026-11-16', '2026-11-30')],
    ['half_month', p('2026-11-16', '2026-11-30'), p('2026-12-01', '2026-12-15')],
    ['half_month', p('2026-02-01', '2026-02-15'), p('2026-02-16', '2026-02-28')],
    ['half_month', p('2026-02-16', '2026-02-28'), p('2026-03-01', '2026-03-15')],
    ['half_month', p('2026-12-16', '2026-12-31'), p('2027-01-01', '2027-01-15')],
    ['month', p('2026-12-01', '2026-12-31'), p('2027-01-01', '2027-01-31')],
    ['month', p('2026-01-01', '2026-01-31'), p('2026-02-01', '2026-02-28')],
    ['month', p('2028-02-01', '2028-02-29'), p('2028-03-01', '2028-03-31')],
  ])('%s: after %o comes %o', (cadence, period, next) => {
    expect(nextPeriod(cadence, period)).toEqual(next);
  });
});

describe(periodStanding.name, () => {
  it.each<[string, Cadence, string, string[], { period: Period; due: boolean; daysLeft: number; doneOn: string | null }]>([
    ['nothing done', 'week', '2026-11-25', [], { period: p('2026-11-23', '2026-11-29'), due: true, daysLeft: 5, doneOn: null }],
    ['first day of the week', 'week', '2026-11-23', [], { period: p('2026-11-23', '2026-11-29'), due: true, daysLeft: 7, doneOn: null }],
    ['last day of the week', 'week', '2026-11-29', [], { period: p('2026-11-23', '2026-11-29'), due: true, daysLeft: 1, doneOn: null }],
    ['done on the first day', 'week', '2026-11-25', ['2026-11-23'], { period: p('2026-11-23', '2026-11-29'), due: false, daysLeft: 5, doneOn: '2026-11-23' }],
    ['done today', 'week', '2026-11-25', ['2026-11-25'], { period: p('2026-11-23', '2026-11-29'), due: false, daysLeft: 5, doneOn: '2026-11-25' }],
    ['two done, the earliest wins', 'week', '2026-11-28', ['2026-11-27', '2026-11-24'], { period: p('2026-11-23', '2026-11-29'), due: false, daysLeft: 2, doneOn: '2026-11-24' }],
    ['done in the previous week only', 'week', '2026-11-25', ['2026-11-22'], { period: p('2026-11-23', '2026-11-29'), due: true, daysLeft: 5, doneOn: null }],
    ['previous and current, the current one counts', 'week', '2026-11-25', ['2026-11-22', '2026-11-24'], { period: p('2026-11-23', '2026-11-29'), due: false, daysLeft: 5, doneOn: '2026-11-24' }],
    ['a done date after today does not count', 'week', '2026-11-25', ['2026-11-27'], { period: p('2026-11-23', '2026-11-29'), due: true, daysLeft: 5, doneOn: null }],
    ['half month, last day', 'half_month', '2026-11-30', [], { period: p('2026-11-16', '2026-11-30'), due: true, daysLeft: 1, doneOn: null }],
    ['half month, first day of the second half', 'half_month', '2026-11-16', [], { period: p('2026-11-16', '2026-11-30'), due: true, daysLeft: 15, doneOn: null }],
    ['half month, done in the first half', 'half_month', '2026-11-20', ['2026-11-15'], { period: p('2026-11-16', '2026-11-30'), due: true, daysLeft: 11, doneOn: null }],
    ['half month, done on the 16th', 'half_month', '2026-11-20', ['2026-11-15', '2026-11-16'], { period: p('2026-11-16', '2026-11-30'), due: false, daysLeft: 11, doneOn: '2026-11-16' }],
    ['month, February', 'month', '2026-02-01', [], { period: p('2026-02-01', '2026-02-28'), due: true, daysLeft: 28, doneOn: null }],
    ['month, leap February last day', 'month', '2028-02-29', ['2028-01-31'], { period: p('2028-02-01', '2028-02-29'), due: true, daysLeft: 1, doneOn: null }],
    ['month, done', 'month', '2026-11-28', ['2026-11-02', '2026-10-30'], { period: p('2026-11-01', '2026-11-30'), due: false, daysLeft: 3, doneOn: '2026-11-02' }],
  ])('%s (%s, %s, %j)', (_label, cadence, today, done, expected) => {
    expect(periodStanding(cadence, today, done)).toEqual(expected);
  });
});

describe(missedPeriods.name, () => {
  it.each<[string, Cadence, string, string, string[], Period[]]>([
    [
      'weeks, two inspected',
      'week', '2026-11-04', '2026-11-30', ['2026-11-10', '2026-11-29'],
      [p('2026-11-16', '2026-11-22')],
    ],
    [
      'weeks, none inspected',
      'week', '2026-11-04', '2026-11-30', [],
      [p('2026-11-09', '2026-11-15'), p('2026-11-16', '2026-11-22'), p('2026-11-23', '2026-11-29')],
    ],
    [
      'weeks, a done date in the current week fills nothing before it',
      'week', '2026-11-16', '2026-11-30', ['2026-11-30'],
      [p('2026-11-16', '2026-11-22'), p('2026-11-23', '2026-11-29')],
    ],
    [
      'weeks across the year end',
      'week', '2026-12-20', '2027-01-12', [],
      [p('2026-12-21', '2026-12-27'), p('2026-12-28', '2027-01-03'), p('2027-01-04', '2027-01-10')],
    ],
    [
      'weeks across the year end, the year-end week inspected in January',
      'week', '2026-12-20', '2027-01-12', ['2027-01-02', '2026-12-15'],
      [p('2026-12-21', '2026-12-27'), p('2027-01-04', '2027-01-10')],
    ],
    ['weeks, since in the current week', 'week', '2026-11-30', '2026-12-02', [], []],
    ['weeks, since today', 'week', '2026-12-02', '2026-12-02', [], []],
    ['weeks, since on Sunday (a partial week is not missed), today Monday', 'week', '2026-11-29', '2026-11-30', [], []],
    ['weeks, since on Monday, today next Monday', 'week', '2026-11-23', '2026-11-30', [], [p('2026-11-23', '2026-11-29')]],
    [
      'half months across the year end',
      'half_month', '2026-11-20', '2027-01-03', ['2026-12-15'],
      [p('2026-12-16', '2026-12-31')],
    ],
    [
      'half months through February',
      'half_month', '2026-02-01', '2026-03-02', ['2026-02-10'],
      [p('2026-02-16', '2026-02-28')],
    ],
    ['half months, since in the current half', 'half_month', '2026-11-16', '2026-11-30', [], []],
    ['half months, since on the 15th, today the 16th', 'half_month', '2026-11-15', '2026-11-16', [], []],
    ['half months, since on the 1st, today the 16th', 'half_month', '2026-11-01', '2026-11-16', [], [p('2026-11-01', '2026-11-15')]],
    [
      'months across the year end',
      'month', '2026-10-31', '2027-02-01', ['2026-11-30'],
      [p('2026-12-01', '2026-12-31'), p('2027-01-01', '2027-01-31')],
    ],
    ['months, all inspected', 'month', '2026-10-15', '2026-12-05', ['2026-10-01', '2026-11-30'], []],
    ['months, since in the current month', 'month', '2026-11-01', '2026-11-30', [], []],
  ])('%s (%s since %s, today %s, done %j)', (_label, cadence, since, today, done, expected) => {
    expect(missedPeriods(cadence, since, today, done)).toEqual(expected);
  });
});
