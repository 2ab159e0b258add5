import { describe, expect, it } from 'vitest';
import { buildDigest, type DigestModel, type EndingSoon, type UnitScheduleFacts } from '../../src/domain/digest/digest.js';
import { DEFAULT_CADENCES } from '../../src/domain/inspection/period.js';

/**
 * Saturday 2026-11-28, in the last 3 days of every default period:
 * red (week) 11-23..11-29, 2 days left, previous week 11-16..11-22;
 * yellow (half month) 11-16..11-30, 3 days left, previous half 11-01..11-15;
 * blue (month) 11-01..11-30, 3 days left, previous month 10-01..10-31.
 */
const TODAY = '2026-11-28';
const RED_WEEK = { start: '2026-11-23', end: '2026-11-29' };
const YELLOW_HALF = { start: '2026-11-16', end: '2026-11-30' };
const BLUE_MONTH = { start: '2026-11-01', end: '2026-11-30' };

const unit = (over: Partial<UnitScheduleFacts> & Pick<UnitScheduleFacts, 'unitId' | 'name' | 'tier'>): UnitScheduleFacts => ({ town: '城关镇', tierSince: '2026-01-01', doneDates: [], planned: [], ...over });

const OFFICE: UnitScheduleFacts[] = [
  // red
  unit({ unitId: 1, name: '红星化工', tier: 'red', doneDates: ['2026-11-24'] }), // done this week, missed last week
  unit({ unitId: 4, name: '新城烟花', tier: 'red', tierSince: '2026-11-25' }), // red since this week: last week does not count
  unit({ unitId: 3, name: '北方燃气', tier: 'red', tierSince: '2026-11-16', town: '河西镇', planned: [{ number: 'JC-2026-0105', date: '2026-11-30', inspectors: ['UINSPA01'] }] }), // red from the first day of last week: missed it
  unit({ unitId: 2, name: '安达矿业', tier: 'red', tierSince: '2026-11-16', doneDates: ['2026-11-20'], planned: [{ number: 'JC-2026-0101', date: '2026-11-29', inspectors: ['UINSPA01', 'UINSPB02'] }] }),
  // yellow
  unit({ unitId: 11, name: '甲建筑', tier: 'yellow', doneDates: ['2026-11-16'] }), // done this half, missed the last
  unit({ unitId: 12, name: '乙运输', tier: 'yellow', tierSince: '2026-11-01', doneDates: ['2026-11-15'], planned: [{ number: 'JC-2026-0102', date: '2026-11-30', inspectors: ['UINSPB02', 'UINSPC03'] }] }),
  unit({ unitId: 13, name: '丙冶金', tier: 'yellow', tierSince: '2026-10-20', doneDates: ['2026-11-10', '2026-11-29'] }), // 11-29 is after today: still due
  unit({ unitId: 14, name: '丁燃气', tier: 'yellow', tierSince: '2026-11-20' }), // yellow since this half
  // blue
  unit({ unitId: 21, name: '便利店', tier: 'blue', tierSince: '2025-06-01', doneDates: ['2026-10-31', '2026-11-02'] }),
  unit({ unitId: 22, name: '超市', tier: 'blue', tierSince: '2026-10-01', planned: [{ number: 'JC-2026-0110', date: '2026-12-01', inspectors: ['UINSPC03'] }, { number: 'JC-2026-0103', date: '2026-11-29', inspectors: ['UINSPC03'] }] }),
  unit({ unitId: 23, name: '农家乐', tier: 'blue', tierSince: '2026-11-05', town: '河西镇' }),
];

const soon = (u: Pick<EndingSoon, 'unitId' | 'name' | 'tier' | 'period' | 'daysLeft' | 'planned'> & { town?: string }): EndingSoon => ({ town: '城关镇', ...u });

const R2 = soon({ unitId: 2, name: '安达矿业', tier: 'red', period: RED_WEEK, daysLeft: 2, planned: { number: 'JC-2026-0101', date: '2026-11-29', inspectors: ['UINSPA01', 'UINSPB02'] } });
const R3 = soon({ unitId: 3, name: '北方燃气', tier: 'red', town: '河西镇', period: RED_WEEK, daysLeft: 2, planned: null }); // its planned visit is after the week ends
const R4 = soon({ unitId: 4, name: '新城烟花', tier: 'red', period: RED_WEEK, daysLeft: 2, planned: null });
const Y2 = soon({ unitId: 12, name: '乙运输', tier: 'yellow', period: YELLOW_HALF, daysLeft: 3, planned: { number: 'JC-2026-0102', date: '2026-11-30', inspectors: ['UINSPB02', 'UINSPC03'] } });
const Y3 = soon({ unitId: 13, name: '丙冶金', tier: 'yellow', period: YELLOW_HALF, daysLeft: 3, planned: null });
const Y4 = soon({ unitId: 14, name: '丁燃气', tier: 'yellow', period: YELLOW_HALF, daysLeft: 3, planned: null });
const B2 = soon({ unitId: 22, name: '超市', tier: 'blue', period: BLUE_MONTH, daysLeft: 3, planned: { number: 'JC-2026-0103', date: '2026-11-29', inspectors: ['UINSPC03'] } });
const B3 = soon({ unitId: 23, name: '农家乐', tier: 'blue', town: '河西镇', period: BLUE_MONTH, daysLeft: 3, planned: null });

const COUNTS: DigestModel['counts'] = {
  red: { units: 4, due: 3, done: 1, missedLast: 2 },
  yellow: { units: 4, due: 3, done: 1, missedLast: 1 },
  blue: { units: 3, due: 2, done: 1, missedLast: 1 },
};

describe(buildDigest.name, () => {
  it('counts each tier and lists the due units ending within 3 days, red first, then by name (pinyin)', () => {
    expect(buildDigest(OFFICE, TODAY, DEFAULT_CADENCES, 3)).toEqual({
      date: TODAY,
      counts: COUNTS,
      // 安达 an < 北方 bei < 新城 xin; 丙 bing < 丁 ding < 乙 yi; 超 chao < 农 nong
      endingSoon: [R2, R3, R4, Y3, Y4, Y2, B2, B3],
    });
  });

  it('gives the same result whatever the order of the units', () => {
    expect(buildDigest([...OFFICE].reverse(), TODAY, DEFAULT_CADENCES, 3)).toEqual(buildDigest(OFFICE, TODAY, DEFAULT_CADENCES, 3));
  });

  it.each<[string, string, number, EndingSoon[]]>([
    ['soonDays 2 keeps the red week (2 days left) only', TODAY, 2, [R2, R3, R4]],
    ['soonDays 1 keeps nothing on Saturday', TODAY, 1, []],
    ['soonDays 0 keeps nothing', TODAY, 0, []],
  ])('%s', (_label, today, soonDays, endingSoon) => {
    const digest = buildDigest(OFFICE, today, DEFAULT_CADENCES, soonDays);
    expect(digest.endingSoon).toEqual(endingSoon);
    expect(digest.counts).toEqual(COUNTS);
  });

  it('lists nothing mid-period (Wednesday 2026-11-25: 5, 6 and 6 days left)', () => {
    const units = [
      unit({ unitId: 1, name: '红星化工', tier: 'red' }),
      unit({ unitId: 11, name: '甲建筑', tier: 'yellow' }),
      unit({ unitId: 21, name: '便利店', tier: 'blue' }),
    ];
    expect(buildDigest(units, '2026-11-25', DEFAULT_CADENCES, 3)).toEqual({
      date: '2026-11-25',
      counts: {
        red: { units: 1, due: 1, done: 0, missedLast: 1 },
        yellow: { units: 1, due: 1, done: 0, missedLast: 1 },
        blue: { units: 1, due: 1, done: 0, missedLast: 1 },
      },
      endingSoon: [],
    });
  });

  it('counts an empty office as zeros in every tier', () => {
    expect(buildDigest([], TODAY, DEFAULT_CADENCES, 3)).toEqual({
      date: TODAY,
      counts: { red: { units: 0, due: 0, done: 0, missedLast: 0 }, yellow: { units: 0, due: 0, done: 0, missedLast: 0 }, blue: { units: 0, due: 0, done: 0, missedLast: 0 } },
      endingSoon: [],
    });
  });

  it.each<[string, number, UnitScheduleFacts]>([
    ['red long before the previous week', 1, unit({ unitId: 1, name: '甲', tier: 'red', tierSince: '2026-06-01' })],
    ['red from the first day of the previous week', 1, unit({ unitId: 1, name: '甲', tier: 'red', tierSince: '2026-11-16' })],
    ['red from the first day of this week', 0, unit({ unitId: 1, name: '甲', tier: 'red', tierSince: '2026-11-23' })],
    ['red since today', 0, unit({ unitId: 1, name: '甲', tier: 'red', tierSince: TODAY })],
    ['red long before, inspected on the last day of the previous week', 0, unit({ unitId: 1, name: '甲', tier: 'red', tierSince: '2026-06-01', doneDates: ['2026-11-22'] })],
    ['red long before, inspected the day before the previous week', 1, unit({ unitId: 1, name: '甲', tier: 'red', tierSince: '2026-06-01', doneDates: ['2026-11-15'] })],
    ['yellow from the 1st (the previous half\'s start)', 1, unit({ unitId: 1, name: '甲', tier: 'yellow', tierSince: '2026-11-01' })],
    ['yellow from the 16th (this half)', 0, unit({ unitId: 1, name: '甲', tier: 'yellow', tierSince: '2026-11-16' })],
    ['yellow from October, inspected on the 15th', 0, unit({ unitId: 1, name: '甲', tier: 'yellow', tierSince: '2026-10-01', doneDates: ['2026-11-15'] })],
    ['blue from October 1st (the previous month\'s start)', 1, unit({ unitId: 1, name: '甲', tier: 'blue', tierSince: '2026-10-01' })],
    ['blue from November 1st (this month)', 0, unit({ unitId: 1, name: '甲', tier: 'blue', tierSince: '2026-11-01' })],
    ['blue from September, inspected on October 31st', 0, unit({ unitId: 1, name: '甲', tier: 'blue', tierSince: '2026-09-01', doneDates: ['2026-10-31'] })],
  ])('missed last period: %s → %i', (_label, missed, u) => {
    expect(buildDigest([u], TODAY, DEFAULT_CADENCES, 3).counts[u.tier].missedLast).toBe(missed);
  });

  // "Missed last period only counts when the unit was already in its tier when that period ran: tierSince on or before
  // the previous period's start." A unit that turned red on Thursday 11-19, half-way through the week 11-16..11-22,
  // was not red when that week began.
  it.each<[string, UnitScheduleFacts]>([
    ['red from the middle of the previous week (Thursday 11-19)', unit({ unitId: 1, name: '甲', tier: 'red', tierSince: '2026-11-19' })],
    ['red from the last day of the previous week (Sunday 11-22)', unit({ unitId: 1, name: '甲', tier: 'red', tierSince: '2026-11-22' })],
    ['yellow from the middle of the previous half (11-10)', unit({ unitId: 1, name: '甲', tier: 'yellow', tierSince: '2026-11-10' })],
    ['blue from the middle of the previous month (10-20)', unit({ unitId: 1, name: '甲', tier: 'blue', tierSince: '2026-10-20' })],
  ])('missed last period: %s → 0 (entered the tier after that period began)', (_label, u) => {
    expect(buildDigest([u], TODAY, DEFAULT_CADENCES, 3).counts[u.tier].missedLast).toBe(0);
  });

  it.each<[string, UnitScheduleFacts['planned'], EndingSoon['planned']]>([
    ['none planned', [], null],
    ['planned today', [{ number: 'JC-2026-0201', date: TODAY, inspectors: ['UINSPA01'] }], { number: 'JC-2026-0201', date: TODAY, inspectors: ['UINSPA01'] }],
    ['planned on the last day of the week', [{ number: 'JC-2026-0202', date: '2026-11-29', inspectors: ['UINSPA01'] }], { number: 'JC-2026-0202', date: '2026-11-29', inspectors: ['UINSPA01'] }],
    ['planned the day after the week ends', [{ number: 'JC-2026-0203', date: '2026-11-30', inspectors: ['UINSPA01'] }], null],
    [
      'one after the week, then one inside it',
      [{ number: 'JC-2026-0204', date: '2026-12-02', inspectors: ['UINSPB02'] }, { number: 'JC-2026-0205', date: '2026-11-29', inspectors: ['UINSPA01'] }],
      { number: 'JC-2026-0205', date: '2026-11-29', inspectors: ['UINSPA01'] },
    ],
  ])('planned visit of a red unit: %s', (_label, planned, expected) => {
    const digest = buildDigest([unit({ unitId: 7, name: '甲', tier: 'red', planned })], TODAY, DEFAULT_CADENCES, 3);
    expect(digest.endingSoon).toEqual([soon({ unitId: 7, name: '甲', tier: 'red', period: RED_WEEK, daysLeft: 2, planned: expected })]);
  });

  it('does not list a unit already inspected this period, even with a visit planned', () => {
    const u = unit({ unitId: 7, name: '甲', tier: 'red', doneDates: ['2026-11-23'], planned: [{ number: 'JC-2026-0206', date: '2026-11-29', inspectors: ['UINSPA01'] }] });
    expect(buildDigest([u], TODAY, DEFAULT_CADENCES, 3).endingSoon).toEqual([]);
  });

  it('puts red first even when a yellow period ends sooner (custom cadences)', () => {
    const units = [
      unit({ unitId: 11, name: '阿', tier: 'yellow' }),
      unit({ unitId: 1, name: '张', tier: 'red' }),
      unit({ unitId: 21, name: '白', tier: 'blue' }),
    ];
    // red monthly (ends 11-30, 3 days left), yellow weekly (ends 11-29, 2 days left), blue weekly
    const digest = buildDigest(units, TODAY, { red: 'month', yellow: 'week', blue: 'week' }, 3);
    expect(digest.endingSoon).toEqual([
      soon({ unitId: 1, name: '张', tier: 'red', period: BLUE_MONTH, daysLeft: 3, planned: null }),
      soon({ unitId: 11, name: '阿', tier: 'yellow', period: RED_WEEK, daysLeft: 2, planned: null }),
      soon({ unitId: 21, name: '白', tier: 'blue', period: RED_WEEK, daysLeft: 2, planned: null }),
    ]);
  });

  it('breaks a tie on the name by unit id', () => {
    const units = [unit({ unitId: 9, name: '同名', tier: 'red' }), unit({ unitId: 5, name: '同名', tier: 'red' })];
    expect(buildDigest(units, TODAY, DEFAULT_CADENCES, 3).endingSoon.map((e) => e.unitId)).toEqual([5, 9]);
  });
});
