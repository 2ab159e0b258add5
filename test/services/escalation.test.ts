import { addDays } from '../../src/domain/calendar.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseConfig, type Config } from '../../src/config/config.js';
import type { EscalationItem, Notice, OutboxMessage } from '../../src/outbox/outbox-message.js';
import { JobRunner } from '../../src/jobs/job-runner.js';
import { makeHazard, PLAN } from '../support/hazards.js';
import { ADMIN, EXPERT, INSPECTOR, LEADER, makeUnit, serviceHarness, type ServiceHarness, orderOfficers } from '../support/services.js';
import { DIALECTS } from '../support/test-db.js';

const CONTACT = 'UCONTACT01';
const INSPECTOR2 = 'UINSPECT02';
const LEADER2 = 'ULEADER002';
const LEADERS_CHANNEL = 'CLEADER001';
const ENV = {
  SLACK_BOT_TOKEN: 'xoxb-x', SLACK_SIGNING_SECRET: 'abcdef0123456789', ADMIN_USER_IDS: 'UADMIN0001',
  SCHEDULE_CHANNEL: 'CSCHED0001', LEADER_CHANNEL: LEADERS_CHANNEL, HAZARD_CHANNEL: 'CHAZARD001', ADMIN_INSPECTION_CAP: '2',
};
const CONFIG = parseConfig(ENV);

type PeopleNotice = Extract<Notice, { type: 'escalation_people' }>;
type LeadersNotice = Extract<Notice, { type: 'escalation_leaders' }>;

/** Every day from `from` to `to`, both included (YYYY-MM-DD). */
function days(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

describe.each(DIALECTS)('daily escalations on %s', (dialect) => {
  let h: ServiceHarness;
  let unitId: number;
  beforeEach(async () => {
    h = await serviceHarness(dialect);
    await h.sut.roles.grant(ADMIN, INSPECTOR2, 'inspector');
    await h.sut.roles.grant(ADMIN, LEADER2, 'leader');
    unitId = (await h.sut.units.register(INSPECTOR, makeUnit({ name: '为民商场', industry: 'commerce', creditCode: '91110108551385082Q' }))).unit.id;
    await h.sut.contacts.link(INSPECTOR, unitId, [CONTACT]);
  });
  beforeEach(async () => orderOfficers(h.db));
  afterEach(async () => h.close());

  /** A general hazard of the unit, open, assigned to INSPECTOR, found on 30 November. */
  const general = async (deadline: string, o: Parameters<typeof makeHazard>[1] = {}) => (await h.sut.hazards.register(INSPECTOR, makeHazard(unitId, { deadline, ...o }))).hazard;
  /** Runs the escalation job at 09:00 in Shanghai on a day and returns what it queued. */
  async function runOn(day: string, config: Config = CONFIG): Promise<OutboxMessage[]> {
    h.clock.set(`${day}T01:00:00.000Z`);
    const result = await new JobRunner({ tx: h.sut.tx, clock: h.clock, config, tiers: h.sut.tiers }).run('escalations');
    expect(result).toMatchObject({ job: 'escalations', slot: day, ran: true });
    return queued(`job:escalations:${day}:`);
  }
  const queued = async (prefix: string) =>
    (await h.db('outbox').where('idempotency_key', 'like', `${prefix}%`).orderBy('id')).map((r) => JSON.parse(r.payload) as OutboxMessage);
  /** One line per item: who hears, about which hazard, which step, how many days. */
  const lines = (messages: readonly OutboxMessage[]) =>
    messages.flatMap((m) => {
      const where = m.delivery.op === 'dm' ? `dm ${m.delivery.user}` : `${m.delivery.op} ${m.delivery.channel}`;
      const items = (m.notice as PeopleNotice | LeadersNotice).items;
      return items.map((i) => `${where} ${i.number} ${i.step} ${i.days}`);
    }).sort();
  /** Runs every day in the range and keeps the days on which something was queued. */
  async function simulate(from: string, to: string, config: Config = CONFIG, onDay?: (day: string) => Promise<void>): Promise<Record<string, string[]>> {
    const out: Record<string, string[]> = {};
    for (const day of days(from, to)) {
      const l = lines(await runOn(day, config));
      if (l.length) out[day] = l;
      await onDay?.(day);
    }
    return out;
  }
  /** A major hazard listed for supervision by LEADER2, whose acceptance application arrived today (30 November). */
  async function majorUnderReview() {
    const major = (await h.sut.hazards.register(INSPECTOR, makeHazard(unitId, { level: 'major', title: '储罐区阀门泄漏', deadline: '2026-12-31' }))).hazard;
    await h.sut.hazards.perform(LEADER, major.id, 'open', { action: 'list_for_supervision', leader: LEADER2, level: 'county', documentNumber: '安委办〔2026〕12号', listedDate: '2026-11-30' });
    await h.sut.hazards.perform(INSPECTOR, major.id, 'open', { action: 'assign_experts', experts: [EXPERT] });
    await h.sut.hazards.perform(EXPERT, major.id, 'open', { action: 'record_opinion', opinion: '需更换阀门' });
    await h.sut.hazards.perform(INSPECTOR, major.id, 'open', { action: 'record_plan', plan: PLAN });
    await h.sut.hazards.perform(CONTACT, major.id, 'rectifying', { action: 'apply_acceptance', evaluatorKind: 'agency', evaluatorName: '某安全评价公司', reportRef: 'PJ-2026-088', note: '', measuresDone: '已更换阀门并增设报警装置', fundsSpent: '480000' });
    return major;
  }
  const reminders = async () => (await h.db('reminder').orderBy('id').select('hazard_id', 'step', 'key', 'slot')).map((r) => [Number(r.hazard_id), r.step, r.key, r.slot]);

  it('climbs the ladder of a general hazard one step at a time, each step once, to the right people', async () => {
    const hz = await general('2026-12-10');
    const n = hz.number;
    expect(await simulate('2026-11-30', '2026-12-20')).toEqual({
      '2026-12-07': [`dm ${CONTACT} ${n} due_soon 3`, `dm ${INSPECTOR} ${n} due_soon 3`],
      '2026-12-11': [`dm ${CONTACT} ${n} overdue 1`, `dm ${INSPECTOR} ${n} overdue 1`],
      '2026-12-13': [`post ${LEADERS_CHANNEL} ${n} overdue_leader 3`],
      '2026-12-17': [`post ${LEADERS_CHANNEL} ${n} overdue_joint 7`],
    });
    expect(await reminders()).toEqual([
      [hz.id, 'due_soon', '2026-12-10', '2026-12-07'],
      [hz.id, 'overdue', '2026-12-10', '2026-12-11'],
      [hz.id, 'overdue_leader', '2026-12-10', '2026-12-13'],
      [hz.id, 'overdue_joint', '2026-12-10', '2026-12-17'],
    ]);
    const item: EscalationItem = { hazardId: hz.id, number: n, title: '配电箱未接地', unitName: '为民商场', level: 'general', status: 'open', step: 'due_soon', days: 3, deadline: '2026-12-10', leader: null };
    const reminder = await queued('job:escalations:2026-12-07:');
    expect(reminder).toEqual([
      { key: `job:escalations:2026-12-07:dm:${INSPECTOR}`, delivery: { op: 'dm', user: INSPECTOR }, notice: { type: 'escalation_people', date: '2026-12-07', items: [item], more: 0 } },
      { key: `job:escalations:2026-12-07:dm:${CONTACT}`, delivery: { op: 'dm', user: CONTACT }, notice: { type: 'escalation_people', date: '2026-12-07', items: [item], more: 0 } },
    ]);
    const [leaders] = await queued('job:escalations:2026-12-17:');
    expect(leaders).toEqual({
      key: 'job:escalations:2026-12-17:leaders:0', delivery: { op: 'post', channel: LEADERS_CHANNEL, ref: 'escalations:2026-12-17' },
      notice: { type: 'escalation_leaders', date: '2026-12-17', part: 1, parts: 1, items: [{ ...item, step: 'overdue_joint', days: 7 }], more: 0 },
    });
    // A run by hand later the same day finds every step already sent.
    const manual = await new JobRunner({ tx: h.sut.tx, clock: h.clock, config: CONFIG, tiers: h.sut.tiers }).runByHand(ADMIN, 'escalations');
    expect(manual).toMatchObject({ slot: '2026-12-20#manual-1', ran: true, summary: { steps: 0, peopleDms: 0, leaderMessages: 0 } });
    expect(await queued('job:escalations:2026-12-20#manual-1')).toEqual([]);
    expect(await h.db('reminder')).toHaveLength(4);
  });

  it('stops when the hazard is closed', async () => {
    const hz = await general('2026-12-10');
    await h.sut.hazards.perform(INSPECTOR, hz.id, 'open', { action: 'issue_order', measures: '立即接地', deadline: '2026-12-10', secondOfficer: 'UOFFICER02' });
    const seen = await simulate('2026-12-07', '2026-12-20', CONFIG, async (day) => {
      if (day === '2026-12-11') {
        await h.sut.hazards.perform(CONTACT, hz.id, 'rectifying', { action: 'report_rectified', evidence: '已接地', photos: [] });
        await h.sut.hazards.perform(INSPECTOR, hz.id, 'awaiting_verification', { action: 'reinspect', passed: true, note: '' });
      }
    });
    expect((await h.db('hazard').where({ id: hz.id }).first()).status).toBe('closed');
    expect(seen).toEqual({
      '2026-12-07': [`dm ${CONTACT} ${hz.number} due_soon 3`, `dm ${INSPECTOR} ${hz.number} due_soon 3`],
      '2026-12-11': [`dm ${CONTACT} ${hz.number} overdue 1`, `dm ${INSPECTOR} ${hz.number} overdue 1`],
    });
    expect((await reminders()).map((r) => r[1])).toEqual(['due_soon', 'overdue']);
  });

  it('re-arms the ladder for the new deadline of an approved extension', async () => {
    const hz = await general('2026-12-10');
    const n = hz.number;
    const seen = await simulate('2026-12-07', '2026-12-24', CONFIG, async (day) => {
      if (day === '2026-12-11') {
        await h.sut.hazards.perform(CONTACT, hz.id, 'open', { action: 'request_extension', deadline: '2026-12-20', reason: '配件到货延迟' });
        await h.sut.hazards.perform(LEADER, hz.id, 'open', { action: 'decide_extension', approved: true, note: '' });
      }
    });
    expect((await h.db('hazard').where({ id: hz.id }).first()).deadline).toBe('2026-12-20');
    expect(seen).toEqual({
      '2026-12-07': [`dm ${CONTACT} ${n} due_soon 3`, `dm ${INSPECTOR} ${n} due_soon 3`],
      '2026-12-11': [`dm ${CONTACT} ${n} overdue 1`, `dm ${INSPECTOR} ${n} overdue 1`],
      '2026-12-17': [`dm ${CONTACT} ${n} due_soon 3`, `dm ${INSPECTOR} ${n} due_soon 3`],
      '2026-12-21': [`dm ${CONTACT} ${n} overdue 1`, `dm ${INSPECTOR} ${n} overdue 1`],
      '2026-12-23': [`post ${LEADERS_CHANNEL} ${n} overdue_leader 3`],
    });
    expect((await reminders()).map((r) => `${r[1]} ${r[2]}`)).toEqual([
      'due_soon 2026-12-10', 'overdue 2026-12-10', 'due_soon 2026-12-20', 'overdue 2026-12-20', 'overdue_leader 2026-12-20',
    ]);
    const [dm] = await queued('job:escalations:2026-12-17:');
    expect((dm!.notice as PeopleNotice).items[0]).toMatchObject({ step: 'due_soon', deadline: '2026-12-20', days: 3 });
  });

  it('sends each person ONE DM a day listing all their items', async () => {
    const a = await general('2026-12-10');
    const b = await general('2026-12-10', { title: '消防通道堵塞', category: 'fire' });
    const otherUnit = (await h.sut.units.register(INSPECTOR, makeUnit({ name: '城东仓库', industry: 'community' }))).unit.id;
    const c = (await h.sut.hazards.register(INSPECTOR, makeHazard(otherUnit, { assignee: INSPECTOR2, deadline: '2026-12-09' }))).hazard;
    const messages = await runOn('2026-12-07');
    expect(messages.map((m) => [m.delivery, (m.notice as PeopleNotice).items.map((i) => `${i.number} ${i.step} ${i.days}`)])).toEqual([
      [{ op: 'dm', user: INSPECTOR }, [`${a.number} due_soon 3`, `${b.number} due_soon 3`]],
      [{ op: 'dm', user: CONTACT }, [`${a.number} due_soon 3`, `${b.number} due_soon 3`]],
      [{ op: 'dm', user: INSPECTOR2 }, [`${c.number} due_soon 2`]],
    ]);
    expect((messages[0]!.notice as PeopleNotice).items.map((i) => i.title)).toEqual(['配电箱未接地', '消防通道堵塞']);
    expect(await h.db('reminder')).toHaveLength(3);
  });

  it('warns on day 8 and reports a breach on day 11 of the authority’s 10-day review of a major hazard', async () => {
    // Applied on Mon 30 November (day 0): day 8 is 8 December, day 10 (the last legal day) 10 December, late on the 11th.
    const major = await majorUnderReview();
    const seen = await simulate('2026-11-30', '2026-12-14', CONFIG, async (day) => {
      if (day === '2026-12-09') await h.sut.hazards.perform(EXPERT, major.id, 'awaiting_acceptance', { action: 'expert_sign', passed: true, opinion: '整改到位' });
    });
    expect(seen).toEqual({
      '2026-12-08': [`post ${LEADERS_CHANNEL} ${major.number} review_warning 8`],
      '2026-12-11': [`post ${LEADERS_CHANNEL} ${major.number} review_breach 11`],
    });
    const [warning] = await queued('job:escalations:2026-12-08:');
    expect((warning!.notice as LeadersNotice).items).toEqual([{ hazardId: major.id, number: major.number, title: '储罐区阀门泄漏', unitName: '为民商场', level: 'major', status: 'awaiting_acceptance', step: 'review_warning', days: 8, deadline: '2026-12-31', leader: LEADER2 }]);
    const [breach] = await queued('job:escalations:2026-12-11:');
    expect((breach!.notice as LeadersNotice).items[0]).toMatchObject({ status: 'expert_accepted', step: 'review_breach', days: 11, leader: LEADER2 });
    expect(await reminders()).toEqual([[major.id, 'review_warning', '2026-11-30', '2026-12-08'], [major.id, 'review_breach', '2026-11-30', '2026-12-11']]);
  });

  it('follows REVIEW_PERIOD_DAYS: with 7 days, the breach comes on day 8', async () => {
    const major = await majorUnderReview();
    const seen = await simulate('2026-11-30', '2026-12-10', parseConfig({ ...ENV, REVIEW_WARNING_DAYS: '5', REVIEW_PERIOD_DAYS: '7' }));
    expect(seen).toEqual({
      '2026-12-05': [`post ${LEADERS_CHANNEL} ${major.number} review_warning 5`],
      '2026-12-08': [`post ${LEADERS_CHANNEL} ${major.number} review_breach 8`],
    });
  });

  it('chases a re-inspection: the inspector on its last working day and the day after, the leaders two days later', async () => {
    // Reported rectified on Tue 1 December: three working days are Wed 2, Thu 3, Fri 4 December.
    const hz = await general('2026-12-10');
    await h.sut.hazards.perform(INSPECTOR, hz.id, 'open', { action: 'issue_order', measures: '立即接地', deadline: '2026-12-10', secondOfficer: 'UOFFICER02' });
    const seen = await simulate('2026-11-30', '2026-12-09', CONFIG, async (day) => {
      if (day === '2026-12-01') await h.sut.hazards.perform(CONTACT, hz.id, 'rectifying', { action: 'report_rectified', evidence: '已接地', photos: [] });
    });
    expect(seen).toEqual({
      '2026-12-04': [`dm ${INSPECTOR} ${hz.number} reinspection_due 0`],
      '2026-12-05': [`dm ${INSPECTOR} ${hz.number} reinspection_overdue 1`],
      '2026-12-07': [`post ${LEADERS_CHANNEL} ${hz.number} reinspection_leader 3`],
    });
    const [due] = await queued('job:escalations:2026-12-04:');
    expect((due!.notice as PeopleNotice).items[0]).toMatchObject({ step: 'reinspection_due', deadline: '2026-12-04', status: 'awaiting_verification' });
  });

  it('stops chasing once re-inspected, and a failed re-inspection re-arms the deadline steps with the new deadline', async () => {
    const hz = await general('2026-12-03');
    await h.sut.hazards.perform(INSPECTOR, hz.id, 'open', { action: 'issue_order', measures: '立即接地', deadline: '2026-12-03', secondOfficer: 'UOFFICER02' });
    await h.sut.hazards.perform(CONTACT, hz.id, 'rectifying', { action: 'report_rectified', evidence: '已接地', photos: [] });
    const seen = await simulate('2026-12-01', '2026-12-12', CONFIG, async (day) => {
      if (day === '2026-12-03') await h.sut.hazards.perform(INSPECTOR, hz.id, 'awaiting_verification', { action: 'reinspect', passed: false, note: '仍未接地', newDeadline: '2026-12-11' });
    });
    // Reported Mon 30 Nov → due Thu 3 Dec (reminded that morning); failed later that day: only the new deadline's steps.
    expect(seen).toEqual({
      '2026-12-03': [`dm ${INSPECTOR} ${hz.number} reinspection_due 0`],
      '2026-12-08': [`dm ${CONTACT} ${hz.number} due_soon 3`, `dm ${INSPECTOR} ${hz.number} due_soon 3`],
      '2026-12-12': [`dm ${CONTACT} ${hz.number} overdue 1`, `dm ${INSPECTOR} ${hz.number} overdue 1`],
    });
  });

  it('skips configured holidays when counting the re-inspection period', async () => {
    const hz = await general('2026-12-10');
    await h.sut.hazards.perform(INSPECTOR, hz.id, 'open', { action: 'issue_order', measures: '立即接地', deadline: '2026-12-10', secondOfficer: 'UOFFICER02' });
    await h.sut.hazards.perform(CONTACT, hz.id, 'rectifying', { action: 'report_rectified', evidence: '已接地', photos: [] });
    const config = parseConfig({ ...ENV, HOLIDAYS: '2026-12-01..2026-12-02', REINSPECTION_PERIOD_DAYS: '2' });
    // Reported Mon 30 Nov; 1–2 Dec are holidays: two working days are Thu 3 and Fri 4 December.
    expect(await simulate('2026-11-30', '2026-12-04', config)).toEqual({ '2026-12-04': [`dm ${INSPECTOR} ${hz.number} reinspection_due 0`] });
  });

  it('reminds a major hazard 7 days before its deadline', async () => {
    const major = (await h.sut.hazards.register(INSPECTOR, makeHazard(unitId, { level: 'major', deadline: '2026-12-10' }))).hazard;
    expect(await simulate('2026-11-30', '2026-12-04')).toEqual({ '2026-12-03': [`dm ${CONTACT} ${major.number} due_soon 7`, `dm ${INSPECTOR} ${major.number} due_soon 7`] });
  });

  it('tells leaders by DM without LEADER_CHANNEL: the supervising leader of a listed hazard, otherwise every leader', async () => {
    const { LEADER_CHANNEL: _unset, ...env } = ENV;
    const config = parseConfig(env);
    const hz = await general('2026-12-05');
    const major = await majorUnderReview();
    const seen = await simulate('2026-11-30', '2026-12-12', config);
    expect(seen).toEqual({
      '2026-12-02': [`dm ${CONTACT} ${hz.number} due_soon 3`, `dm ${INSPECTOR} ${hz.number} due_soon 3`],
      '2026-12-06': [`dm ${CONTACT} ${hz.number} overdue 1`, `dm ${INSPECTOR} ${hz.number} overdue 1`],
      '2026-12-08': [`dm ${LEADER} ${hz.number} overdue_leader 3`, `dm ${LEADER2} ${hz.number} overdue_leader 3`, `dm ${LEADER2} ${major.number} review_warning 8`],
      '2026-12-11': [`dm ${LEADER2} ${major.number} review_breach 11`],
      '2026-12-12': [`dm ${LEADER} ${hz.number} overdue_joint 7`, `dm ${LEADER2} ${hz.number} overdue_joint 7`],
    });
    const day8 = await queued('job:escalations:2026-12-08:');
    expect(day8.map((m) => m.delivery)).toEqual([{ op: 'dm', user: LEADER }, { op: 'dm', user: LEADER2 }]);
    expect(await h.db('outbox').where('lane', `channel:${LEADERS_CHANNEL}`)).toEqual([]);
  });

  it('after downtime, records every step a hazard passed but tells each audience only the highest, once', async () => {
    const hz = await general('2026-11-30');
    // The first run is eight days after the deadline: overdue, overdue_leader and overdue_joint are all reached.
    expect(lines(await runOn('2026-12-08'))).toEqual([
      `dm ${CONTACT} ${hz.number} overdue 8`, `dm ${INSPECTOR} ${hz.number} overdue 8`, `post ${LEADERS_CHANNEL} ${hz.number} overdue_joint 8`,
    ]);
    expect((await reminders()).map((r) => r[1]).sort()).toEqual(['overdue', 'overdue_joint', 'overdue_leader']);
    expect(lines(await runOn('2026-12-09'))).toEqual([]);
  });

  it('does not drop the leaders’ items when there is neither LEADER_CHANNEL nor a leader: the admins hear them', async () => {
    const { LEADER_CHANNEL: _unset, ...env } = ENV;
    await h.sut.roles.revoke(ADMIN, LEADER, 'leader');
    await h.sut.roles.revoke(ADMIN, LEADER2, 'leader');
    const hz = await general('2026-12-05');
    await runOn('2026-12-06', parseConfig(env));
    const day3 = await runOn('2026-12-08', parseConfig(env));
    expect(await h.db('reminder').where({ hazard_id: hz.id, step: 'overdue_leader' })).toHaveLength(1);
    // The step is recorded as sent, so it is never tried again: somebody must have been told.
    expect(lines(day3)).toEqual([`dm ${ADMIN} ${hz.number} overdue_leader 3`]);
  });

  it('caps a DM at 45 items and says how many more, counting every item, also for leaders told by DM', async () => {
    const { LEADER_CHANNEL: _unset, ...env } = ENV;
    for (let i = 0; i < 101; i++) await general('2026-12-05', { title: `隐患${i}` });
    const messages = await runOn('2026-12-08', parseConfig(env)); // 3 days overdue: overdue to the people, overdue_leader to the leaders
    expect(await h.db('reminder')).toHaveLength(202);
    expect(messages.map((m) => {
      const n = m.notice as PeopleNotice;
      return [m.delivery.op === 'dm' ? m.delivery.user : m.delivery.op, n.items.length, n.more, n.items[0]!.step];
    })).toEqual([
      [INSPECTOR, 45, 56, 'overdue'],
      [CONTACT, 45, 56, 'overdue'],
      [LEADER, 45, 56, 'overdue_leader'],
      [LEADER2, 45, 56, 'overdue_leader'],
    ]);
  });
});
