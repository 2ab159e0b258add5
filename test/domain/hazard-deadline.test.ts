import { addDays, localDate } from '../../src/domain/calendar.js';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LADDER } from '../../src/domain/escalation/ladder.js';
import { deadlineStanding, isOverdue, type DeadlineStanding } from '../../src/domain/hazard/deadline.js';

const SHANGHAI = 'Asia/Shanghai';

describe(deadlineStanding.name, () => {
  it.each<[string, string, DeadlineStanding]>([
    // deadline, today, standing
    ['2026-12-10', '2026-12-01', { kind: 'due_in', days: 9 }],
    ['2026-12-10', '2026-12-09', { kind: 'due_in', days: 1 }],
    ['2026-12-10', '2026-12-10', { kind: 'due_today' }],
    ['2026-12-10', '2026-12-11', { kind: 'overdue', days: 1 }],
    ['2026-12-10', '2026-12-20', { kind: 'overdue', days: 10 }],
    // month ends
    ['2026-01-31', '2026-01-30', { kind: 'due_in', days: 1 }],
    ['2026-01-31', '2026-01-31', { kind: 'due_today' }],
    ['2026-01-31', '2026-02-01', { kind: 'overdue', days: 1 }],
    ['2026-02-01', '2026-01-31', { kind: 'due_in', days: 1 }],
    ['2026-02-28', '2026-02-28', { kind: 'due_today' }],
    ['2026-02-28', '2026-03-01', { kind: 'overdue', days: 1 }],
    ['2026-03-01', '2026-02-28', { kind: 'due_in', days: 1 }],
    ['2028-02-28', '2028-02-29', { kind: 'overdue', days: 1 }],
    ['2028-02-28', '2028-03-01', { kind: 'overdue', days: 2 }],
    ['2028-02-29', '2028-02-29', { kind: 'due_today' }],
    ['2028-02-29', '2028-03-01', { kind: 'overdue', days: 1 }],
    ['2028-03-01', '2028-02-28', { kind: 'due_in', days: 2 }],
    ['2026-04-30', '2026-04-30', { kind: 'due_today' }],
    ['2026-04-30', '2026-05-01', { kind: 'overdue', days: 1 }],
    ['2026-05-01', '2026-04-30', { kind: 'due_in', days: 1 }],
    // year end
    ['2026-12-31', '2026-12-31', { kind: 'due_today' }],
    ['2026-12-31', '2027-01-01', { kind: 'overdue', days: 1 }],
    ['2027-01-01', '2026-12-31', { kind: 'due_in', days: 1 }],
    ['2027-01-05', '2026-12-28', { kind: 'due_in', days: 8 }],
    ['2026-12-28', '2027-01-05', { kind: 'overdue', days: 8 }],
    // a whole year, across the end of February
    ['2027-03-01', '2026-03-01', { kind: 'due_in', days: 365 }],
    ['2029-03-01', '2028-03-01', { kind: 'due_in', days: 365 }],
    ['2028-03-01', '2027-03-01', { kind: 'due_in', days: 366 }],
  ])('a hazard due %s stands, on %s, at %j', (deadline, today, expected) => {
    expect(deadlineStanding(deadline, today)).toEqual(expected);
  });
});

describe(isOverdue.name, () => {
  it.each([
    ['2026-12-10', '2026-12-09', false],
    ['2026-12-10', '2026-12-10', false],
    ['2026-12-10', '2026-12-11', true],
    ['2026-01-31', '2026-02-01', true],
    ['2026-02-28', '2026-03-01', true],
    ['2028-02-28', '2028-02-29', true],
    ['2028-02-29', '2028-02-29', false],
    ['2026-04-30', '2026-05-01', true],
    ['2026-12-31', '2026-12-31', false],
    ['2026-12-31', '2027-01-01', true],
    ['2027-01-01', '2026-12-31', false],
  ])('a hazard due %s is overdue on %s: %s', (deadline, today, expected) => {
    expect(isOverdue(deadline, today)).toBe(expected);
  });
});

describe(addDays.name, () => {
  it.each([
    ['2026-12-10', 0, '2026-12-10'],
    ['2026-12-10', 1, '2026-12-11'],
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2028-02-29', 1, '2028-03-01'],
    ['2026-04-30', 1, '2026-05-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-12-25', 10, '2027-01-04'],
    ['2026-02-20', 10, '2026-03-02'],
    ['2028-02-20', 10, '2028-03-01'],
    ['2026-01-01', 365, '2027-01-01'],
    ['2028-01-01', 366, '2029-01-01'],
    ['2026-02-01', -1, '2026-01-31'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2028-03-01', -1, '2028-02-29'],
    ['2026-05-01', -1, '2026-04-30'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2027-01-04', -10, '2026-12-25'],
    ['2026-03-02', -10, '2026-02-20'],
  ])('%s plus %i days is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('the authority’s review of a major hazard runs 10 days by default', () => {
    expect(DEFAULT_LADDER.reviewPeriod).toBe(10);
  });
});

describe('deadline standing in Asia/Shanghai around midnight', () => {
  it.each<[string, string, string, DeadlineStanding]>([
    // instant (UTC), Shanghai date, deadline, standing
    ['2026-12-09T15:59:59Z', '2026-12-09', '2026-12-10', { kind: 'due_in', days: 1 }],
    ['2026-12-09T16:00:00Z', '2026-12-10', '2026-12-10', { kind: 'due_today' }],
    ['2026-12-10T00:00:00Z', '2026-12-10', '2026-12-10', { kind: 'due_today' }],
    ['2026-12-10T15:59:59Z', '2026-12-10', '2026-12-10', { kind: 'due_today' }],
    ['2026-12-10T16:00:00Z', '2026-12-11', '2026-12-10', { kind: 'overdue', days: 1 }],
    ['2026-12-31T15:59:59Z', '2026-12-31', '2026-12-31', { kind: 'due_today' }],
    ['2026-12-31T16:00:00Z', '2027-01-01', '2026-12-31', { kind: 'overdue', days: 1 }],
    ['2028-02-28T16:00:00Z', '2028-02-29', '2028-02-28', { kind: 'overdue', days: 1 }],
    ['2026-02-28T16:00:00Z', '2026-03-01', '2026-02-28', { kind: 'overdue', days: 1 }],
  ])('at %s (%s in Shanghai) a hazard due %s stands at %j', (instant, shanghaiDate, deadline, expected) => {
    const today = localDate(new Date(instant), SHANGHAI);
    expect(today).toBe(shanghaiDate);
    expect(deadlineStanding(deadline, today)).toEqual(expected);
    expect(isOverdue(deadline, today)).toBe(expected.kind === 'overdue');
  });
});
