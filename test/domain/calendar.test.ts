import { describe, expect, it } from 'vitest';
import {
  addDays, dateOf, dateParts, daysBetween, isCalendarDate, isoWeek, isoWeekday, isoWeekStart, localDate, localDayStartUtc, localYear, mondayOfIsoWeek,
  monthEnd, monthStart, utcMidnight,
} from '../../src/domain/calendar.js';

const SHANGHAI = 'Asia/Shanghai';
const BERLIN = 'Europe/Berlin';

describe(isCalendarDate.name, () => {
  it.each<[unknown, boolean]>([
    ['2026-11-30', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2026-12-31', true],
    ['2026-01-01', true],
    ['2026-02-28', true],
    ['2026-02-29', false],
    ['2026-02-30', false],
    ['2100-02-29', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-12-00', false],
    ['2026-12-32', false],
    ['2026-1-1', false],
    ['2026-01-1', false],
    ['26-01-01', false],
    ['2026/01/01', false],
    ['2026-01-01T00:00:00Z', false],
    ['2026-01-01 ', false],
    ['', false],
    [20260101, false],
    [null, false],
    [undefined, false],
    [new Date('2026-01-01T00:00:00Z'), false],
    [{}, false],
  ])('says %j is a calendar date: %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });
});

describe(monthEnd.name, () => {
  it.each([
    [2026, 1, '2026-01-31'], [2026, 2, '2026-02-28'], [2026, 3, '2026-03-31'], [2026, 4, '2026-04-30'],
    [2026, 5, '2026-05-31'], [2026, 6, '2026-06-30'], [2026, 7, '2026-07-31'], [2026, 8, '2026-08-31'],
    [2026, 9, '2026-09-30'], [2026, 10, '2026-10-31'], [2026, 11, '2026-11-30'], [2026, 12, '2026-12-31'],
    [2024, 2, '2024-02-29'], [2028, 2, '2028-02-29'], [2000, 2, '2000-02-29'], [2100, 2, '2100-02-28'], [2027, 2, '2027-02-28'],
  ])('the last day of %i-%i is %s', (year, month, expected) => {
    expect(monthEnd(year, month)).toBe(expected);
    expect(isCalendarDate(expected)).toBe(true);
    expect(isCalendarDate(`${expected.slice(0, 8)}${Number(expected.slice(8)) + 1}`)).toBe(false); // no day after it in that month
    expect(addDays(expected, 1).slice(8)).toBe('01');
  });

  it.each([
    [2026, 1, '2026-01-01'], [2026, 12, '2026-12-01'], [2024, 2, '2024-02-01'],
  ])('the first day of %i-%i is %s', (year, month, expected) => {
    expect(monthStart(year, month)).toBe(expected);
  });
});

describe(addDays.name, () => {
  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2100-02-28', 1, '2100-03-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2026-03-28', 2, '2026-03-30'], // over Berlin's summer-time change: a calendar day has no time zone
    ['2026-10-24', 2, '2026-10-26'],
    ['2024-01-01', 366, '2025-01-01'],
    ['2100-01-01', 365, '2101-01-01'],
  ])('%s plus %i days is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('walks back what daysBetween counts, over four years a day at a time', () => {
    const from = '2026-01-01';
    let date = from;
    for (let n = 0; n < 4 * 366; n++) {
      expect(daysBetween(from, date)).toBe(n);
      expect(addDays(date, -n)).toBe(from);
      const next = addDays(date, 1);
      expect(next > date).toBe(true);
      expect(isCalendarDate(next)).toBe(true);
      date = next;
    }
  });
});

describe(daysBetween.name, () => {
  it.each([
    ['2024-02-28', '2024-03-01', 2],
    ['2100-02-28', '2100-03-01', 1],
    ['2026-12-31', '2027-01-01', 1],
    ['2027-01-01', '2026-12-31', -1],
    ['2024-01-01', '2025-01-01', 366],
    ['2100-01-01', '2101-01-01', 365],
    ['2026-03-28', '2026-03-30', 2],
    ['2026-10-24', '2026-10-26', 2],
  ])('counts from %s to %s as %i days', (a, b, expected) => {
    expect(daysBetween(a, b)).toBe(expected);
  });
});

describe(isoWeekday.name, () => {
  it.each([
    ['2026-11-30', 1], ['2026-12-01', 2], ['2026-12-02', 3], ['2026-12-03', 4], ['2026-12-04', 5], ['2026-12-05', 6], ['2026-12-06', 7],
    ['2024-02-29', 4], ['2027-01-01', 5], ['2021-01-03', 7],
  ])('%s is ISO weekday %i', (date, expected) => {
    expect(isoWeekday(date)).toBe(expected);
  });
});

describe(isoWeek.name, () => {
  it.each([
    ['2026-12-31', 2026, 53],
    ['2027-01-01', 2026, 53],
    ['2027-01-03', 2026, 53],
    ['2027-01-04', 2027, 1],
    ['2021-01-03', 2020, 53],
    ['2021-01-04', 2021, 1],
    ['2020-12-31', 2020, 53],
    ['2025-12-29', 2026, 1],
    ['2026-01-01', 2026, 1],
    ['2024-12-30', 2025, 1],
    ['2024-12-29', 2024, 52],
    ['2026-11-30', 2026, 49],
  ])('%s is in %i-W%i', (date, year, week) => {
    expect(isoWeek(date)).toEqual({ year, week });
  });
});

describe(isoWeekStart.name, () => {
  it.each([
    ['2026-11-30', '2026-11-30'],
    ['2026-12-06', '2026-11-30'],
    ['2027-01-03', '2026-12-28'],
    ['2026-03-01', '2026-02-23'],
    ['2024-03-03', '2024-02-26'],
  ])('the week of %s starts on Monday %s', (date, expected) => {
    expect(isoWeekStart(date)).toBe(expected);
    expect(isoWeekday(expected)).toBe(1);
    expect(isoWeek(expected)).toEqual(isoWeek(date));
  });
});

describe(mondayOfIsoWeek.name, () => {
  it.each([
    [2026, 1, '2025-12-29'],
    [2026, 49, '2026-11-30'],
    [2026, 53, '2026-12-28'],
    [2020, 53, '2020-12-28'],
    [2021, 1, '2021-01-04'],
    [2025, 1, '2024-12-30'],
    [2025, 53, '2025-12-29'], // 2025 has 52 weeks: a 53rd rolls on into 2026-W01
  ])('week %i-W%i starts on %s', (year, week, expected) => {
    expect(mondayOfIsoWeek(year, week)).toBe(expected);
  });
});

describe(dateOf.name, () => {
  it.each([
    [2026, 1, 5, '2026-01-05'],
    [2026, 12, 31, '2026-12-31'],
  ])('writes %i, %i, %i as %s and reads it back', (year, month, day, expected) => {
    expect(dateOf(year, month, day)).toBe(expected);
    expect(dateParts(expected)).toEqual({ year, month, day });
  });
});

describe(localDayStartUtc.name, () => {
  it.each([
    ['2026-11-30', SHANGHAI, '2026-11-29T16:00:00.000Z'],
    ['2026-01-01', SHANGHAI, '2025-12-31T16:00:00.000Z'],
    ['2024-02-29', SHANGHAI, '2024-02-28T16:00:00.000Z'],
    ['2026-03-28', BERLIN, '2026-03-27T23:00:00.000Z'],
    ['2026-03-29', BERLIN, '2026-03-28T23:00:00.000Z'], // summer time starts at 02:00 that day: midnight is still +01:00
    ['2026-03-30', BERLIN, '2026-03-29T22:00:00.000Z'],
    ['2026-10-25', BERLIN, '2026-10-24T22:00:00.000Z'], // summer time ends at 03:00 that day: midnight is still +02:00
    ['2026-10-26', BERLIN, '2026-10-25T23:00:00.000Z'],
    ['2026-11-30', 'UTC', '2026-11-30T00:00:00.000Z'],
    // Sydney changes its clocks between its own midnight and midnight UTC that day: the offset at one probe is not enough.
    ['2026-04-05', 'Australia/Sydney', '2026-04-04T13:00:00.000Z'],
    ['2026-10-04', 'Australia/Sydney', '2026-10-03T14:00:00.000Z'],
    ['2026-09-06', 'America/Santiago', '2026-09-06T04:00:00.000Z'], // clocks skip from 00:00 to 01:00 (-03:00)
  ])('%s begins in %s at %s', (date, tz, expected) => {
    expect(localDayStartUtc(date, tz)).toBe(expected);
  });

  it.each([SHANGHAI, BERLIN, 'America/New_York', 'Australia/Sydney'])('in %s, every day of 2026 begins at the first instant whose local date is that day', (tz) => {
    for (let date = '2025-12-31'; date <= '2026-12-31'; date = addDays(date, 1)) {
      const start = new Date(localDayStartUtc(date, tz));
      expect(localDate(start, tz)).toBe(date);
      expect(localDate(new Date(start.getTime() - 1), tz)).toBe(addDays(date, -1));
    }
  });
});

describe(localDate.name, () => {
  it.each([
    ['2026-03-28T22:59:59Z', BERLIN, '2026-03-28'],
    ['2026-03-28T23:00:00Z', BERLIN, '2026-03-29'],
    ['2026-10-24T21:59:59Z', BERLIN, '2026-10-24'],
    ['2026-10-24T22:00:00Z', BERLIN, '2026-10-25'],
    ['2024-02-28T16:00:00Z', SHANGHAI, '2024-02-29'],
  ])('gives the instant %s in %s the date %s', (instant, tz, expected) => {
    expect(localDate(new Date(instant), tz)).toBe(expected);
  });
});

describe(localYear.name, () => {
  it.each([
    ['2026-12-31T15:59:59.999Z', SHANGHAI, 2026],
    ['2026-12-31T16:00:00Z', SHANGHAI, 2027],
    ['2026-12-31T22:59:59Z', BERLIN, 2026],
    ['2026-12-31T23:00:00Z', BERLIN, 2027],
  ])('gives the instant %s in %s the year %i', (instant, tz, expected) => {
    expect(localYear(new Date(instant), tz)).toBe(expected);
  });
});

describe(utcMidnight.name, () => {
  it.each([
    ['2026-11-30', '2026-11-30T00:00:00.000Z'],
    ['2024-02-29', '2024-02-29T00:00:00.000Z'],
  ])('%s is %s', (date, expected) => {
    expect(utcMidnight(date).toISOString()).toBe(expected);
  });
});
