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

describe(`${firedEarlierToday.name}: six fields, a weekly slot, daylight saving`, () => {
  it.each<[string, string, boolean]>([
    ['0 30 8 * * *', '2026-11-30T00:29:59.999Z', false],
    ['0 30 8 * * *', '2026-11-30T00:30:00.000Z', true], // exactly at the fire time
    ['15 30 8 * * *', '2026-11-30T00:30:14.999Z', false],
    ['15 30 8 * * *', '2026-11-30T00:30:15.000Z', true],
    ['*/20 * 9 * * *', '2026-11-30T00:59:59Z', false], // 08:59:59: the first fire is 09:00:00
    ['*/20 * 9 * * *', '2026-11-30T01:00:00Z', true],
    ['*/20 * 9 * * *', '2026-11-30T15:00:00Z', true], // 23:00, long after the last fire at 09:59:40
  ])('%s at %s (Shanghai) → %s', (expression, instant, fired) => {
    expect(firedEarlierToday(expression, TZ, new Date(instant))).toBe(fired);
  });

  // The slot of a weekly job starts on Monday (2026-11-30): "fired since local midnight of Monday".
  it.each<[string, string, string, boolean]>([
    ['2026-11-29T16:00:00Z', 'Mon 00:00', '2026-11-30', false],
    ['2026-11-30T00:59:59Z', 'Mon 08:59:59', '2026-11-30', false],
    ['2026-11-30T01:00:00Z', 'Mon 09:00:00, the fire time', '2026-11-30', true],
    ['2026-12-02T04:00:00Z', 'Wed 12:00', '2026-11-30', true],
    ['2026-12-06T15:59:59Z', 'Sun 23:59:59', '2026-11-30', true],
    ['2026-12-07T00:30:00Z', 'next Mon 08:30', '2026-12-07', false],
  ])('0 9 * * 1 at %s (%s Shanghai), slot from %s → %s', (instant, _local, firstDay, fired) => {
    expect(firedEarlierToday('0 9 * * 1', TZ, new Date(instant), firstDay)).toBe(fired);
  });

  // Europe/Berlin moves from 02:00 CET (UTC+1) to 03:00 CEST (UTC+2) on 2026-03-29, and back on 2026-10-25.
  it.each<[string, string, string, boolean]>([
    ['30 8 * * *', '2026-03-28T07:29:00Z', 'Sat 08:29 CET', false],
    ['30 8 * * *', '2026-03-28T07:30:00Z', 'Sat 08:30 CET', true],
    ['30 8 * * *', '2026-03-29T07:29:00Z', 'Sun 09:29 CEST', true],
    ['30 8 * * *', '2026-03-29T06:29:00Z', 'Sun 08:29 CEST', false],
    ['30 8 * * *', '2026-03-29T06:30:00Z', 'Sun 08:30 CEST', true],
    ['0 0 * * *', '2026-03-28T23:00:00Z', 'Sun 00:00 CET', true],
    ['0 0 * * *', '2026-03-28T22:59:59Z', 'Sat 23:59:59 CET', true],
    ['0 2 * * *', '2026-03-29T00:59:59Z', 'Sun 01:59:59 CET', false],
    // 02:00 does not exist that day: the expression does not fire (node-cron does not trigger it either).
    ['0 2 * * *', '2026-03-29T01:00:00Z', 'Sun 03:00 CEST', false],
    ['0 2 * * *', '2026-03-29T21:59:59Z', 'Sun 23:59:59 CEST', false],
    ['0 2 * * *', '2026-03-29T23:59:00Z', 'Mon 01:59 CEST', false],
    ['0 2 * * *', '2026-03-30T00:00:00Z', 'Mon 02:00 CEST', true],
    ['30 2 * * *', '2026-10-25T00:29:00Z', 'Sun 02:29 CEST', false],
    ['30 2 * * *', '2026-10-25T00:30:00Z', 'Sun 02:30 CEST', true],
    ['30 2 * * *', '2026-10-25T01:10:00Z', 'Sun 02:10 CET (the hour again)', true],
  ])('%s at %s (%s Berlin) → %s', (expression, instant, _local, fired) => {
    expect(firedEarlierToday(expression, 'Europe/Berlin', new Date(instant))).toBe(fired);
  });
});
