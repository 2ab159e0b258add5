import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../src/db/repositories/audit.repository.js';
import { DomainError } from '../../src/domain/errors.js';
import type { HazardLevel, HazardStatus } from '../../src/domain/hazard/hazard.js';
import type { OutboxMessage } from '../../src/outbox/outbox-message.js';
import type { ActionInput } from '../../src/domain/hazard/action-input.js';
import { CONTACT, hazardOffice, makeHazard, PLAN } from '../support/hazards.js';
import { ADMIN, EXPERT, INSPECTOR, LEADER, NOBODY, type ServiceHarness, orderOfficers } from '../support/services.js';
import { codeOf, HAZARD_TABLES, lastOutboxId, queuedAfter, settle, snapshotOf } from '../support/db-state.js';
import { DIALECTS } from '../support/test-db.js';

const LEADER2 = 'ULEADER002';
const CHANNEL = 'CHAZARD001';

const snapshot = snapshotOf(HAZARD_TABLES);




const LIST = { action: 'list_for_supervision', leader: LEADER, level: 'county', documentNumber: '安委办〔2026〕12号', listedDate: '2026-11-30' } as const;
const REFER = { action: 'refer_joint', departments: '市场监管局、消防救援大队', measures: '联合查封储罐区' } as const;

describe.each(DIALECTS)('void, dismiss and joint enforcement on %s', (dialect) => {
  let h: ServiceHarness;
  let unitId: number;
  beforeEach(async () => void ({ h, unitId } = await hazardOffice(dialect, [[LEADER2, 'leader']])));
  beforeEach(async () => orderOfficers(h.db));
  afterEach(async () => h.close());

  const perform = (actor: string, id: number, expected: HazardStatus | undefined, input: ActionInput) => h.sut.hazards.perform(actor, id, expected, input);
  const hazardRow = async (id: number) => h.db('hazard').where({ id }).first();
  const tier = async () => (await h.sut.units.get(unitId)).tier;

  async function refused(actor: string, id: number, expected: HazardStatus | undefined, input: ActionInput, code: string): Promise<DomainError> {
    const before = await snapshot(h.db);
    const e = await settle(perform(actor, id, expected, input));
    expect(codeOf(e)).toBe(code);
    expect(await snapshot(h.db)).toEqual(before);
    return e as DomainError;
  }

  async function hazardIn(level: HazardLevel, status: HazardStatus): Promise<number> {
    if (status === 'reported') return (await h.sut.hazards.register(NOBODY, makeHazard(unitId, { level, deadline: null, assignee: null }))).hazard.id;
    const id = (await h.sut.hazards.register(INSPECTOR, makeHazard(unitId, { level }))).hazard.id;
    if (status === 'open') return id;
    if (level === 'general') {
      await perform(INSPECTOR, id, 'open', { action: 'issue_order', measures: '立即接地', deadline: '2026-12-10', secondOfficer: 'UOFFICER02' });
      if (status === 'rectifying') return id;
      await perform(CONTACT, id, 'rectifying', { action: 'report_rectified', evidence: '已接地', photos: [] });
      return id;
    }
    await perform(LEADER, id, 'open', LIST);
    await perform(INSPECTOR, id, 'open', { action: 'assign_experts', experts: [EXPERT] });
    await perform(EXPERT, id, 'open', { action: 'record_opinion', opinion: '需更换阀门' });
    await perform(INSPECTOR, id, 'open', { action: 'record_plan', plan: PLAN });
    if (status === 'rectifying') return id;
    await perform(CONTACT, id, 'rectifying', { action: 'apply_acceptance', evaluatorKind: 'agency', evaluatorName: '某安全评价公司', reportRef: 'PJ-2026-088', note: '', measuresDone: '已更换阀门并增设报警装置', fundsSpent: '480000' });
    if (status === 'awaiting_acceptance') return id;
    await perform(EXPERT, id, 'awaiting_acceptance', { action: 'expert_sign', passed: true, opinion: '整改到位' });
    return id;
  }

  it('refuses a choice that is not one of its options (hazard level, listing level, evaluator) even when called directly, changing nothing', async () => {
    const reported = await hazardIn('general', 'reported');
    const confirm = { action: 'confirm', level: 'catastrophic', deadline: '2026-12-10', assignee: INSPECTOR, note: '' } as unknown as ActionInput;
    expect((await refused(INSPECTOR, reported, 'reported', confirm, 'validation.invalid')).details).toEqual({ field: 'level' });
    const major = await hazardIn('major', 'open');
    expect((await refused(LEADER, major, 'open', { ...LIST, level: 'national' } as unknown as ActionInput, 'validation.invalid')).details).toEqual({ field: 'level' });
    const rectifying = await hazardIn('major', 'rectifying');
    const apply = { action: 'apply_acceptance', evaluatorKind: 'friend', evaluatorName: '某公司', reportRef: 'PJ-1', note: '', measuresDone: '已更换阀门并增设报警装置', fundsSpent: '480000' } as unknown as ActionInput;
    expect((await refused(CONTACT, rectifying, 'rectifying', apply, 'validation.invalid')).details).toEqual({ field: 'evaluator_kind' });
  });

  describe('void', () => {
    it.each([
      ['general', 'reported'],
      ['general', 'open'],
      ['general', 'rectifying'],
      ['general', 'awaiting_verification'],
      ['major', 'reported'],
      ['major', 'open'],
      ['major', 'rectifying'],
      ['major', 'awaiting_acceptance'],
      ['major', 'expert_accepted'],
    ] as [HazardLevel, HazardStatus][])('voids a %s hazard from %s with the reason, and locks it', async (level, status) => {
      const id = await hazardIn(level, status);
      expect((await hazardRow(id)).status).toBe(status);
      const version = Number((await hazardRow(id)).version);
      h.clock.advance(60_000);
      const d = await perform(LEADER, id, status, { action: 'void', reason: '  登记错误，重复录入  ' });
      expect(d.hazard).toMatchObject({ status: 'void', voidReason: '登记错误，重复录入' });
      const row = await hazardRow(id);
      expect(row).toMatchObject({ status: 'void', void_reason: '登记错误，重复录入', status_since: '2026-11-30T02:01:00.000Z', updated_by: LEADER });
      expect(Number(row.version)).toBe(version + 1);
      expect((await listAudit(h.db, 'hazard', id)).at(-1)).toMatchObject({ action: 'hazard.void', actor: LEADER, before: { status }, after: { status: 'void' } });
      expect(await tier()).toBe('blue');
      const e = await refused(ADMIN, id, undefined, { action: 'void', reason: '再次作废' }, 'hazard.locked');
      expect(e.details).toEqual({ number: row.number, status: 'void' });
      await refused(LEADER, id, 'void', { action: 'refer_joint', departments: '公安', measures: '移送' }, 'hazard.locked');
    });

    it('turns the unit back from red when an open major hazard is voided, and says so in the thread', async () => {
      const id = await hazardIn('major', 'open');
      expect(await tier()).toBe('red');
      const from = await lastOutboxId(h.db);
      await perform(LEADER, id, 'open', { action: 'void', reason: '误判为重大隐患' });
      expect(await tier()).toBe('blue');
      expect((await h.db('tier_change').where({ unit_id: unitId }).orderBy('id')).map((c) => [c.from_tier, c.to_tier])).toEqual([[null, 'blue'], ['blue', 'red'], ['red', 'blue']]);
      const replies = (await queuedAfter(h.db, from)).filter((m) => m.startsWith('reply'));
      expect(replies).toEqual([`reply ${CHANNEL} event void`, `reply ${CHANNEL} event tier_changed`]);
      const audit = (await listAudit(h.db, 'hazard', id)).at(-1)!;
      expect((audit.after as { events: { kind: string; details: Record<string, unknown> }[] }).events.map((e) => [e.kind, e.details.from ?? null, e.details.to ?? null])).toEqual([
        ['void', null, null], ['tier_changed', 'red', 'blue'],
      ]);
    });

    it('keeps the unit red while another major hazard of it is still open', async () => {
      const a = await hazardIn('major', 'open');
      await hazardIn('major', 'open');
      await perform(LEADER, a, 'open', { action: 'void', reason: '重复登记' });
      expect(await tier()).toBe('red');
    });

    it('tells the finder (when not the one voiding) by DM', async () => {
      const id = await hazardIn('general', 'open');
      const from = await lastOutboxId(h.db);
      await perform(LEADER, id, 'open', { action: 'void', reason: '重复登记' });
      expect(await queuedAfter(h.db, from)).toEqual([`upsert ${CHANNEL} hazard_card`, `reply ${CHANNEL} event void`, `dm ${INSPECTOR} event void`]);
    });

    it('requires a reason of at most 500 characters', async () => {
      const id = await hazardIn('general', 'open');
      expect((await refused(LEADER, id, 'open', { action: 'void', reason: '  ' }, 'validation.invalid')).details).toEqual({ field: 'reason' });
      expect((await refused(LEADER, id, 'open', { action: 'void', reason: '错'.repeat(501) }, 'validation.invalid')).details).toEqual({ field: 'reason' });
      await perform(LEADER, id, 'open', { action: 'void', reason: '错'.repeat(500) });
      expect((await hazardRow(id)).void_reason).toHaveLength(500);
    });
  });

  describe('dismiss', () => {
    it('voids a public report with the reason and tells the reporter by DM', async () => {
      const id = await hazardIn('general', 'reported');
      const from = await lastOutboxId(h.db);
      const d = await perform(INSPECTOR, id, 'reported', { action: 'dismiss', reason: '经核查不属实' });
      expect(d.hazard).toMatchObject({ status: 'void', voidReason: '经核查不属实' });
      expect(await hazardRow(id)).toMatchObject({ status: 'void', void_reason: '经核查不属实', updated_by: INSPECTOR });
      expect((await listAudit(h.db, 'hazard', id)).map((a) => a.action)).toEqual(['hazard.register', 'hazard.dismiss']);
      expect(await queuedAfter(h.db, from)).toEqual([`upsert ${CHANNEL} hazard_card`, `reply ${CHANNEL} event dismiss`, `dm ${NOBODY} event dismiss`]);
      const dm = JSON.parse((await h.db('outbox').where('id', '>', from).orderBy('id'))[2].payload) as OutboxMessage;
      expect(dm.notice).toMatchObject({ type: 'hazard_event', hazardId: id, entry: { kind: 'dismiss', actor: INSPECTOR, status: 'void', details: { reason: '经核查不属实' } } });
    });

    it('is only for reported hazards: dismissing an open one is stale', async () => {
      const id = await hazardIn('general', 'open');
      await refused(INSPECTOR, id, undefined, { action: 'dismiss', reason: '不属实' }, 'hazard.stale');
    });

    it('requires a reason', async () => {
      const id = await hazardIn('general', 'reported');
      expect((await refused(INSPECTOR, id, 'reported', { action: 'dismiss', reason: '' }, 'validation.invalid')).details).toEqual({ field: 'reason' });
    });
  });

  describe('joint enforcement', () => {
    it('records the referral and the flag; the hazard stays where it was and can go on to closure', async () => {
      const id = await hazardIn('general', 'rectifying');
      h.clock.advance(60_000);
      const d = await perform(LEADER, id, 'rectifying', REFER);
      expect(d.hazard).toMatchObject({ status: 'rectifying', referred: true });
      const row = await hazardRow(id);
      expect(row).toMatchObject({ status: 'rectifying', status_since: '2026-11-30T02:00:00.000Z' });
      expect(Boolean(row.referred)).toBe(true);
      expect((await h.db('hazard_referral').where({ hazard_id: id })).map((r) => [r.departments, r.measures, r.referred_by, r.referred_at])).toEqual([
        ['市场监管局、消防救援大队', '联合查封储罐区', LEADER, '2026-11-30T02:01:00.000Z'],
      ]);
      expect((await listAudit(h.db, 'hazard', id)).at(-1)).toMatchObject({ action: 'hazard.refer_joint', actor: LEADER, before: { status: 'rectifying' }, after: { status: 'rectifying' } });
      await perform(CONTACT, id, 'rectifying', { action: 'report_rectified', evidence: '已整改', photos: [] });
      expect((await perform(INSPECTOR, id, 'awaiting_verification', { action: 'reinspect', passed: true, note: '' })).hazard.status).toBe('closed');
    });

    it('keeps a major hazard open and red when referred', async () => {
      const id = await hazardIn('major', 'open');
      await perform(LEADER2, id, 'open', REFER);
      expect((await hazardRow(id)).status).toBe('open');
      expect(await tier()).toBe('red');
    });

    it('refuses a second referral, keeping the first', async () => {
      const id = await hazardIn('general', 'open');
      await perform(LEADER, id, 'open', REFER);
      const e = await refused(LEADER2, id, 'open', { ...REFER, departments: '公安局' }, 'hazard.stale');
      expect(e.details).toMatchObject({ status: 'open', by: LEADER });
      expect((await h.db('hazard_referral').where({ hazard_id: id })).map((r) => r.departments)).toEqual(['市场监管局、消防救援大队']);
    });

    it('is not open for a hazard that is only reported', async () => {
      const id = await hazardIn('general', 'reported');
      await refused(LEADER, id, 'reported', REFER, 'hazard.stale');
      expect(await h.db('hazard_referral')).toHaveLength(0);
    });

    it('requires the departments and the measures', async () => {
      const id = await hazardIn('general', 'open');
      expect((await refused(LEADER, id, 'open', { ...REFER, departments: ' ' }, 'validation.invalid')).details).toEqual({ field: 'departments' });
      expect((await refused(LEADER, id, 'open', { ...REFER, measures: '' }, 'validation.invalid')).details).toEqual({ field: 'measures' });
    });
  });
});
