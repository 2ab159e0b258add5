import { describe, expect, it } from 'vitest';
import { firedEarlierToday } from '../../src/jobs/cron-catchup.js';

const TZ = 'Asia/Shanghai'; // UTC+8 all year: Shanghai 08:30 is 00:30Z

describe(firedEarlierToday.name, () => {
  it.each<[string, string, string, boolean]>([
    ['30 8 * * *', '2026-11-29T16:00:00Z', 'Mon 00:00:00', false],
    ['30 8 * * *', '2026-11-30T00:29:00Z', 'Mon 08:29:00', false],
    ['30 8 * * *', '2026-11-30T00:29:59.999Z', 'Mon 08:29:59.999', false],
    ['30 8 * * *', '2026-11-30T00:30:00Z', 'Mon 08:30:00', true],
    ['30 8 * * *', '2026-11-30T00:30:30Z', 'Mon 08:30:30', true],
    ['30 8 * * *', '2026-11-30T04:00:00Z', 'Mon 12:00', true],
    ['30 8 * * *', '2026-11-30T15:59:59Z', 'Mon 23:59:59', true],
    ['30 8 * * *', '2026-11-30T16:00:00Z', 'Tue 00:00:00', false],
    ['30 8 * * *', '2026-11-30T16:01:00Z', 'Tue 00:01', false],
    // 00:30Z is 08:30 in Shanghai, but in UTC terms the expression's 08:30 is still ahead: the zone decides.
    ['30 8 * * *', '2026-11-30T08:31:00Z', 'Mon 16:31 (08:31 UTC)', true],
    ['0 0 * * *', '2026-11-29T16:00:00Z', 'Mon 00:00:00', true],
    ['0 0 * * *', '2026-11-29T15:59:00Z', 'Sun 23:59', true],
    ['59 23 * * *', '2026-11-29T15:58:59Z', 'Sun 23:58:59', false],
    ['59 23 * * *', '2026-11-29T15:59:00Z', 'Sun 23:59:00', true],
    ['*/5 * * * * *', '2026-11-29T16:00:03Z', 'Mon 00:00:03', true],
    ['*/5 * * * * *', '2026-11-29T16:00:00Z', 'Mon 00:00:00', true],
    ['10 0 0 * * *', '2026-11-29T16:00:09Z', 'Mon 00:00:09', false],
    ['10 0 0 * * *', '2026-11-29T16:00:10Z', 'Mon 00:00:10', true],
    ['0 9 * * 1', '2026-11-30T01:00:00Z', 'Mon 09:00', true],
    ['0 9 * * 1', '2026-11-30T02:15:00Z', 'Mon 10:15', true],
    ['0 9 * * 1', '2026-11-30T00:59:00Z', 'Mon 08:59', false],
    ['0 9 * * 1', '2026-12-01T02:15:00Z', 'Tue 10:15', false],
    ['0 9 * * 1', '2026-11-29T02:15:00Z', 'Sun 10:15', false],
    ['0 9 1 * *', '2026-12-01T01:00:00Z', 'Tue 1 Dec 09:00', true],
    ['0 9 1 * *', '2026-12-02T01:00:00Z', 'Wed 2 Dec 09:00', false],
  ])('%s at %s (%s Shanghai) → %s', (expression, instant, _local, fired) => {
    expect(firedEarlierToday(expression, TZ, new Date(instant))).toBe(fired);
  });

  it.each<[string, string, boolean]>([
    ['2026-11-30T08:29:00Z', 'Mon 08:29 UTC', false],
    ['2026-11-30T08:30:00Z', 'Mon 08:30 UTC', true],
    ['2026-12-01T00:01:00Z', 'Tue 00:01 UTC', false],
  ])('uses the zone it is given: 30 8 * * * in UTC at %s (%s) → %s', (instant, _local, fired) => {
    expect(firedEarlierToday('30 8 * * *', 'UTC', new Date(instant))).toBe(fired);
  });
});
