import { describe, expect, it } from 'vitest';
import { reinspectionDue, reviewDue, type ClockRules } from '../../src/domain/hazard/clocks.js';
import { WEEKDAYS_ONLY } from '../../src/domain/work-calendar.js';

const RULES: ClockRules = { reviewPeriod: 10, reinspectionPeriodDays: 3, workCalendar: WEEKDAYS_ONLY };

describe(reviewDue.name, () => {
  it.each([
    ['2026-11-30', 10, '2026-12-10'], // received Monday (day 0): day 10 is the last legal day
    ['2026-12-25', 10, '2027-01-04'],
    ['2026-11-30', 7, '2026-12-07'],
  ])('received %s, %i days: the last day is %s', (received, period, due) => {
    expect(reviewDue(received, { reviewPeriod: period })).toBe(due);
  });
});

describe(reinspectionDue.name, () => {
  it.each([
    ['2026-11-30', RULES, '2026-12-03'], // Monday → Thursday
    ['2026-12-03', RULES, '2026-12-08'], // Thursday → Tuesday, over the weekend
    ['2026-12-05', RULES, '2026-12-09'], // reported on a Saturday: Mon, Tue, Wed
    ['2026-12-30', { ...RULES, workCalendar: { holidays: ['2027-01-01'], workdays: [] } }, '2027-01-05'],
    ['2026-11-30', { ...RULES, reinspectionPeriodDays: 1 }, '2026-12-01'],
  ] as const)('reported %s: re-inspect by %s', (reported, rules, due) => {
    expect(reinspectionDue(reported, rules)).toBe(due);
  });
});
