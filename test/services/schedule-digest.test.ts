import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseConfig, type Config } from '../../src/config/config.js';
import type { EndingSoon } from '../../src/domain/digest/digest.js';
import type { Industry } from '../../src/domain/unit/industry.js';
import type { Notice, OutboxMessage } from '../../src/outbox/outbox-message.js';
import { JobRunner } from '../../src/jobs/job-runner.js';
import type { AssignInput } from '../../src/domain/inspection/inspection-input.js';
import { makeHazard } from '../support/hazards.js';
import { ADMIN, creditCode, INSPECTOR, makeUnit, serviceHarness, type ServiceHarness } from '../support/services.js';
import { DIALECTS } from '../support/test-db.js';

const INSPECTOR2 = 'UINSPECT02';
const ENV = {
  SLACK_BOT_TOKEN: 'xoxb-x', SLACK_SIGNING_SECRET: 'abcdef0123456789', ADMIN_USER_IDS: 'UADMIN0001',
  SCHEDULE_CHANNEL: 'CSCHED0001', LEADER_CHANNEL: 'CLEADER001', HAZARD_CHANNEL: 'CHAZARD001', ADMIN_INSPECTION_CAP: '2',
};
const CONFIG = parseConfig(ENV);
const SCHEDULE = 'CSCHED0001';


type DigestNotice = Extract<Notice, { type: 'digest' }>;
type DayNotice = Extract<Notice, { type: 'inspector_day' }>;

/** Inspectors in a stable order (the digest does not promise one for a planned inspection's people). */
const normalised = (items: readonly EndingSoon[]) => items.map((i) => ({ ...i, planned: i.planned && { ...i.planned, inspectors: [...i.planned.inspectors].sort() } }));

describe.each(DIALECTS)('daily schedule digest on %s', (dialect) => {
  let h: ServiceHarness;
  let codes = 0;
  beforeEach(async () => {
    h = await serviceHarness(dialect);
    await h.sut.roles.grant(ADMIN, INSPECTOR2, 'inspector');
  });
  afterEach(async () => h.close());

  const runner = (config: Config = CONFIG) => new JobRunner({ tx: h.sut.tx, clock: h.clock, config, tiers: h.sut.tiers });
  const unit = async (name: string, industry: Industry = 'community') =>
    (await h.sut.units.register(INSPECTOR, makeUnit({ name, industry, creditCode: industry === 'community' ? null : creditCode(++codes) }))).unit.id;
  const assign = async (unitId: number, plannedDate: string, inspectors: string[] = [INSPECTOR], o: Partial<AssignInput> = {}) =>
    (await h.sut.inspections.assign(INSPECTOR, { unitIds: [unitId], plannedDate, inspectors, visitType: 'patrol', acknowledgeCap: false, ...o }))[0]!;
  const doneOn = async (unitId: number, date: string) => {
    const i = await assign(unitId, localToday());
    await h.sut.inspections.record(INSPECTOR, i.id, { outcome: 'done', doneDate: date, summary: '例行检查', findings: '' });
  };
  const localToday = () => new Date(h.clock.now().getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
  /** What the digest job queued: its outbox rows in order, with lane and op as stored. */
  const digestRows = async () =>
    (await h.db('outbox').where('idempotency_key', 'like', 'job:digest:%').orderBy('id')).map((r) => ({ key: r.idempotency_key as string, lane: r.lane as string, op: r.op as string, message: JSON.parse(r.payload) as OutboxMessage }));
  const channelParts = async () => (await digestRows()).filter((r) => r.lane === `channel:${SCHEDULE}`);
  const dms = async () => (await digestRows()).filter((r) => r.message.notice.type === 'inspector_day');

  it('queues one post with the counts per tier and the units ending soon, red first, and one DM per inspector with today’s inspections', async () => {
    // Registered on 30 September: two units that stay in their tier, and one that turns red on 28 November.
    h.clock.set('2026-09-30T02:00:00.000Z');
    const yellowMissed = await unit('黄色单位4', 'construction');
    const blueMissed = await unit('蓝色单位3');
    const red = await unit('红色单位', 'commerce');
    // Registered on 20 October: October was only partly its period, so it is not held against it.
    h.clock.set('2026-10-20T02:00:00.000Z');
    const bluePartial = await unit('蓝色单位4');
    // Saturday 28 November 2026: the red week ends tomorrow, the yellow half-month and the blue month on Monday.
    h.clock.set('2026-11-28T02:00:00.000Z');
    await h.sut.hazards.register(INSPECTOR, makeHazard(red, { level: 'major', title: '储罐区阀门泄漏', foundDate: '2026-11-28', deadline: '2026-12-28' }));
    const yellow = await unit('黄色单位1', 'mining');
    const yellowDone = await unit('黄色单位2', 'hazardous_chemicals');
    const blueDone = await unit('蓝色单位1');
    const bluePlanned = await unit('蓝色单位2');
    await doneOn(yellowDone, '2026-11-20');
    await doneOn(blueDone, '2026-11-05');
    const redToday = await assign(red, '2026-11-28');
    const yellowToday = await assign(yellow, '2026-11-28', [INSPECTOR2, INSPECTOR]);
    const cancelledToday = await assign(blueDone, '2026-11-28', [INSPECTOR2]);
    await h.sut.inspections.record(INSPECTOR, cancelledToday.id, { outcome: 'cancelled', doneDate: null, summary: '单位停业', findings: '' });
    const blueMonday = await assign(bluePlanned, '2026-11-30');
    await assign(blueMissed, '2026-12-01'); // after its period ends: not the period's plan
    expect((await h.db('unit').where({ id: red }).first()).tier).toBe('red');

    const result = await runner().run('digest');
    expect(result).toEqual({ job: 'digest', slot: '2026-11-28', ran: true, summary: { units: 8, endingSoon: 6, listed: 6, channelMessages: 1, inspectorDms: 2 } });
    const rows = await digestRows();
    expect(rows.map((r) => [r.key, r.lane, r.op])).toEqual([
      ['job:digest:2026-11-28:0', `channel:${SCHEDULE}`, 'post'],
      [`job:digest:2026-11-28:dm:${INSPECTOR}`, `user:${INSPECTOR}`, 'dm'],
      [`job:digest:2026-11-28:dm:${INSPECTOR2}`, `user:${INSPECTOR2}`, 'dm'],
    ]);
    const post = rows[0]!.message;
    expect(post.delivery).toEqual({ op: 'post', channel: SCHEDULE, ref: 'digest:2026-11-28' });
    const notice = post.notice as DigestNotice;
    expect({ ...notice, items: [] }).toEqual({
      type: 'digest', date: '2026-11-28', part: 1, parts: 1, more: 0, soonDays: 3, items: [],
      counts: {
        red: { units: 1, due: 1, done: 0, missedLast: 0 }, // turned red this week: last week is not held against it
        yellow: { units: 3, due: 2, done: 1, missedLast: 1 }, // 黄色单位4 had no visit on 1–15 November
        blue: { units: 4, due: 3, done: 1, missedLast: 1 }, // 蓝色单位3 had no visit in October (蓝色单位4 only joined on the 20th)
      },
    });
    expect(normalised(notice.items)).toEqual([
      { unitId: red, name: '红色单位', town: '城关镇', tier: 'red', period: { start: '2026-11-23', end: '2026-11-29' }, daysLeft: 2, planned: { number: redToday.number, date: '2026-11-28', inspectors: [INSPECTOR] } },
      { unitId: yellow, name: '黄色单位1', town: '城关镇', tier: 'yellow', period: { start: '2026-11-16', end: '2026-11-30' }, daysLeft: 3, planned: { number: yellowToday.number, date: '2026-11-28', inspectors: [INSPECTOR, INSPECTOR2] } },
      { unitId: yellowMissed, name: '黄色单位4', town: '城关镇', tier: 'yellow', period: { start: '2026-11-16', end: '2026-11-30' }, daysLeft: 3, planned: null },
      { unitId: bluePlanned, name: '蓝色单位2', town: '城关镇', tier: 'blue', period: { start: '2026-11-01', end: '2026-11-30' }, daysLeft: 3, planned: { number: blueMonday.number, date: '2026-11-30', inspectors: [INSPECTOR] } },
      { unitId: blueMissed, name: '蓝色单位3', town: '城关镇', tier: 'blue', period: { start: '2026-11-01', end: '2026-11-30' }, daysLeft: 3, planned: null },
      { unitId: bluePartial, name: '蓝色单位4', town: '城关镇', tier: 'blue', period: { start: '2026-11-01', end: '2026-11-30' }, daysLeft: 3, planned: null },
    ]);
    const [mine, theirs] = [rows[1]!.message, rows[2]!.message];
    expect(mine.delivery).toEqual({ op: 'dm', user: INSPECTOR });
    expect(mine.notice as DayNotice).toEqual({
      type: 'inspector_day', date: '2026-11-28', inspections: [
        { number: redToday.number, unitName: '红色单位', visitType: 'patrol', inspectors: [INSPECTOR] },
        { number: yellowToday.number, unitName: '黄色单位1', visitType: 'patrol', inspectors: [INSPECTOR, INSPECTOR2] },
      ],
    });
    expect(theirs.notice as DayNotice).toEqual({ type: 'inspector_day', date: '2026-11-28', inspections: [{ number: yellowToday.number, unitName: '黄色单位1', visitType: 'patrol', inspectors: [INSPECTOR, INSPECTOR2] }] });
    expect(rows.every((r) => r.message.key === r.key)).toBe(true);
    const run = await h.db('job_run').where({ job: 'digest' });
    expect(run).toHaveLength(1);
    expect(run[0]).toMatchObject({ slot: '2026-11-28', status: 'done' });
    expect(JSON.parse(run[0].summary)).toEqual({ units: 8, endingSoon: 6, listed: 6, channelMessages: 1, inspectorDms: 2 });
  });

  it('posts the counts alone, in one message, on a day when no period ends soon', async () => {
    h.clock.set('2026-12-01T02:00:00.000Z'); // Tuesday: the red week ends on the 6th, the others later
    await unit('社区一');
    const red = await unit('红色二', 'commerce');
    await h.sut.hazards.register(INSPECTOR, makeHazard(red, { level: 'major', foundDate: '2026-12-01' }));
    expect((await runner().run('digest')).summary).toEqual({ units: 2, endingSoon: 0, listed: 0, channelMessages: 1, inspectorDms: 0 });
    const parts = await channelParts();
    expect(parts).toHaveLength(1);
    expect(parts[0]!.message.notice).toEqual({
      type: 'digest', date: '2026-12-01', part: 1, parts: 1, items: [], more: 0, soonDays: 3,
      counts: { red: { units: 1, due: 1, done: 0, missedLast: 0 }, yellow: { units: 0, due: 0, done: 0, missedLast: 0 }, blue: { units: 1, due: 1, done: 0, missedLast: 0 } },
    });
    expect(await dms()).toEqual([]);
  });

  it('continues a list of 45 in one thread reply, no message holding more than 40 units', async () => {
    h.clock.set('2026-11-28T02:00:00.000Z');
    const ids: number[] = [];
    for (let i = 1; i <= 45; i++) ids.push(await unit(`站点${String(i).padStart(3, '0')}`));
    const result = await runner().run('digest');
    expect(result.summary).toMatchObject({ units: 45, endingSoon: 45, listed: 45, channelMessages: 2 });
    const parts = await channelParts();
    expect(parts.map((p) => [p.key, p.op, p.message.delivery])).toEqual([
      ['job:digest:2026-11-28:0', 'post', { op: 'post', channel: SCHEDULE, ref: 'digest:2026-11-28' }],
      ['job:digest:2026-11-28:1', 'reply', { op: 'reply', channel: SCHEDULE, ref: 'digest:2026-11-28' }],
    ]);
    const [first, second] = parts.map((p) => p.message.notice as DigestNotice);
    expect([first!.part, first!.parts, first!.items.length, first!.more]).toEqual([1, 2, 40, 0]);
    expect([second!.part, second!.parts, second!.items.length, second!.more]).toEqual([2, 2, 5, 0]);
    expect(first!.counts).toEqual({ red: { units: 0, due: 0, done: 0, missedLast: 0 }, yellow: { units: 0, due: 0, done: 0, missedLast: 0 }, blue: { units: 45, due: 45, done: 0, missedLast: 0 } });
    expect(second!.counts).toBeNull();
    expect([...first!.items, ...second!.items].map((i) => i.unitId)).toEqual(ids);
  });

  it('sends at most four messages of 40 for a long list and says how many more there are', async () => {
    h.clock.set('2026-11-28T02:00:00.000Z');
    const rows = Array.from({ length: 205 }, (_, i) => ({
      name: `网格点${String(i + 1).padStart(3, '0')}`, credit_code: null, industry: 'community', town: '城关镇', address: `解放路${i}号`, contact_name: '张三', contact_phone: '13812345678',
      tier: 'blue', created_at: '2026-11-28T02:00:00.000Z', created_by: INSPECTOR, updated_at: '2026-11-28T02:00:00.000Z', updated_by: INSPECTOR,
    }));
    // Seeded straight into the table (as an import would): the digest reads units and their tier history only.
    for (let i = 0; i < rows.length; i += 50) await h.db('unit').insert(rows.slice(i, i + 50));
    const result = await runner().run('digest');
    expect(result.summary).toMatchObject({ units: 205, endingSoon: 205, listed: 160, channelMessages: 4 });
    const parts = (await channelParts()).map((p) => p.message.notice as DigestNotice);
    expect(parts.map((p) => [p.part, p.parts, p.items.length, p.more])).toEqual([[1, 4, 40, 0], [2, 4, 40, 0], [3, 4, 40, 0], [4, 4, 40, 45]]);
    expect(parts.flatMap((p) => p.items).map((i) => i.name)).toEqual(rows.slice(0, 160).map((r) => r.name));
    expect(parts[0]!.counts!.blue).toEqual({ units: 205, due: 205, done: 0, missedLast: 0 });
  });

  it('without SCHEDULE_CHANNEL queues the inspectors’ DMs but leaves the day’s slot free; once the channel is set it runs, without a second DM', async () => {
    h.clock.set('2026-11-28T02:00:00.000Z');
    const a = await unit('社区甲');
    const planned = await assign(a, '2026-11-28', [INSPECTOR2]);
    const { SCHEDULE_CHANNEL: _unset, ...env } = ENV;
    const result = await runner(parseConfig(env)).run('digest');
    expect(result).toEqual({ job: 'digest', slot: '2026-11-28', ran: false, summary: { inspectorDms: 1, noScheduleChannel: 1 }, missingChannel: 'SCHEDULE_CHANNEL' });
    const rows = await digestRows();
    expect(rows.map((r) => [r.key, r.op])).toEqual([[`job:digest:2026-11-28:dm:${INSPECTOR2}`, 'dm']]);
    expect(rows[0]!.message.notice).toEqual({ type: 'inspector_day', date: '2026-11-28', inspections: [{ number: planned.number, unitName: '社区甲', visitType: 'patrol', inspectors: [INSPECTOR2] }] });
    expect(await h.db('outbox').where('lane', 'like', 'channel:%').where('idempotency_key', 'like', 'job:%')).toEqual([]);
    expect(await h.db('job_run')).toEqual([]);
    expect(await runner(parseConfig(env)).ranThisSlot('digest')).toBe(false);
    // A second trigger the same day queues no second DM.
    expect((await runner(parseConfig(env)).run('digest')).ran).toBe(false);
    expect(await digestRows()).toHaveLength(1);

    h.clock.set('2026-11-28T05:00:00.000Z'); // the channel is set and the process restarted
    expect(await runner().run('digest')).toMatchObject({ slot: '2026-11-28', ran: true, summary: { channelMessages: 1, inspectorDms: 1 } });
    expect((await digestRows()).map((r) => [r.key, r.op])).toEqual([[`job:digest:2026-11-28:dm:${INSPECTOR2}`, 'dm'], ['job:digest:2026-11-28:0', 'post']]);
    expect(await runner().run('digest')).toMatchObject({ ran: false, summary: null });
    expect(await digestRows()).toHaveLength(2);
  });
});
