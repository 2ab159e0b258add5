import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay, WEEKDAYS_ONLY, type WorkCalendar } from '../../src/domain/work-calendar.js';

// National Day 2026 as an office might configure it: 1–7 October off, Saturday 10 October worked instead.
const NATIONAL_DAY: WorkCalendar = { holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'], workdays: ['2026-10-10'] };

describe(isWorkingDay.name, () => {
  it.each([
    ['2026-11-30', WEEKDAYS_ONLY, true], // Monday
    ['2026-12-04', WEEKDAYS_ONLY, true], // Friday
    ['2026-12-05', WEEKDAYS_ONLY, false], // Saturday
    ['2026-12-06', WEEKDAYS_ONLY, false], // Sunday
    ['2026-10-01', NATIONAL_DAY, false], // a holiday on a Thursday
    ['2026-10-10', NATIONAL_DAY, true], // a make-up Saturday
    ['2026-10-08', NATIONAL_DAY, true],
  ] as const)('%s is a working day: %s', (date, cal, expected) => {
    expect(isWorkingDay(date, cal)).toBe(expected);
  });
});

describe(addWorkingDays.name, () => {
  it.each([
    ['2026-11-30', 0, WEEKDAYS_ONLY, '2026-11-30'],
    ['2026-11-30', 3, WEEKDAYS_ONLY, '2026-12-03'], // Mon + 3 = Thu
    ['2026-12-03', 3, WEEKDAYS_ONLY, '2026-12-08'], // Thu + 3 = Tue, over the weekend
    ['2026-12-05', 1, WEEKDAYS_ONLY, '2026-12-07'], // from a Saturday: Monday
    ['2026-12-31', 3, { holidays: ['2027-01-01'], workdays: [] }, '2027-01-06'],
    ['2026-09-30', 2, NATIONAL_DAY, '2026-10-09'], // 8 and 9 October, after the holiday
    ['2026-09-30', 3, NATIONAL_DAY, '2026-10-10'], // the make-up Saturday counts
    ['2026-09-30', 4, NATIONAL_DAY, '2026-10-12'], // then Monday
  ] as const)('%s + %i working days = %s', (date, n, cal, expected) => {
    expect(addWorkingDays(date, n, cal)).toBe(expected);
  });
});
