import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../src/db/repositories/audit.repository.js';
import { DomainError } from '../../src/domain/errors.js';
import { HAZARD_ACTIONS } from '../../src/domain/hazard/hazard-actions.js';
import type { HazardStatus } from '../../src/domain/hazard/hazard.js';
import type { ActionInput } from '../../src/domain/hazard/action-input.js';
import { ACTION_INPUTS, CONTACT, hazardOffice, makeHazard } from '../support/hazards.js';
import { ADMIN, EXPERT, INSPECTOR, LEADER, type ServiceHarness, orderOfficers } from '../support/services.js';
import { codeOf, HAZARD_TABLES, settle, snapshotOf } from '../support/db-state.js';
import { DIALECTS } from '../support/test-db.js';

const INSPECTOR2 = 'UINSPECT02';
const LEADER2 = 'ULEADER002';

const snapshot = snapshotOf(HAZARD_TABLES);



describe.each(DIALECTS)('stale and locked hazards on %s', (dialect) => {
  let h: ServiceHarness;
  let unitId: number;
  beforeEach(async () => void ({ h, unitId } = await hazardOffice(dialect, [[INSPECTOR2, 'inspector'], [LEADER2, 'leader']])));
  beforeEach(async () => orderOfficers(h.db));
  afterEach(async () => h.close());

  const perform = (actor: string, id: number, expected: HazardStatus | undefined, input: ActionInput) => h.sut.hazards.perform(actor, id, expected, input);
  const general = async () => (await h.sut.hazards.register(INSPECTOR, makeHazard(unitId))).hazard.id;
  const major = async () => (await h.sut.hazards.register(INSPECTOR, makeHazard(unitId, { level: 'major', title: '储罐区阀门泄漏' }))).hazard.id;

  /** Refused with `code` by prepare() and perform(), and the database is exactly as before. */
  async function refused(actor: string, id: number, expected: HazardStatus | undefined, input: ActionInput, code: string): Promise<DomainError> {
    const before = await snapshot(h.db);
    const fromPrepare = await settle(h.sut.hazards.prepare(actor, id, input.action, expected));
    const fromPerform = await settle(perform(actor, id, expected, input));
    expect({ action: input.action, prepare: codeOf(fromPrepare), perform: codeOf(fromPerform) }).toEqual({ action: input.action, prepare: code, perform: code });
    expect((fromPrepare as DomainError).details).toEqual((fromPerform as DomainError).details);
    expect(await snapshot(h.db)).toEqual(before);
    return fromPerform as DomainError;
  }

  describe('a stale expected state', () => {
    it('refuses issue_order pressed on a card that still showed open, naming who issued the order and when', async () => {
      const id = await general();
      await perform(INSPECTOR, id, 'open', ACTION_INPUTS.issue_order);
      h.clock.advance(5 * 60_000);
      const e = await refused(INSPECTOR2, id, 'open', { action: 'issue_order', measures: '另行整改', deadline: '2026-12-15', secondOfficer: 'UOFFICER02' }, 'hazard.stale');
      expect(e.details).toEqual({ number: 'YH-2026-0001', status: 'rectifying', by: INSPECTOR, at: '2026-11-30T02:00:00.000Z' });
      expect(await h.db('hazard_order').where({ hazard_id: id })).toHaveLength(1);
    });

    it('says stale (not locked) when the card showed open but a leader has voided it since', async () => {
      const id = await general();
      h.clock.advance(60_000);
      await perform(LEADER, id, 'open', ACTION_INPUTS.void);
      const e = await refused(INSPECTOR, id, 'open', ACTION_INPUTS.issue_order, 'hazard.stale');
      expect(e.details).toEqual({ number: 'YH-2026-0001', status: 'void', by: LEADER, at: '2026-11-30T02:01:00.000Z' });
    });

    it('names the latest person to change the hazard, even when the state did not move (a listing)', async () => {
      const id = await major();
      await perform(LEADER2, id, 'open', { ...ACTION_INPUTS.list_for_supervision, leader: LEADER2 });
      const e = await refused(LEADER, id, 'open', ACTION_INPUTS.list_for_supervision, 'hazard.stale');
      expect(e.details).toMatchObject({ status: 'open', by: LEADER2 });
    });
  });

  describe('a double click', () => {
    it('issues one order: the second identical press is stale, with one order row, one audit row and nothing queued', async () => {
      const id = await general();
      const first = await perform(INSPECTOR, id, 'open', ACTION_INPUTS.issue_order);
      expect(first.hazard.status).toBe('rectifying');
      const e = await refused(INSPECTOR, id, 'open', ACTION_INPUTS.issue_order, 'hazard.stale');
      expect(e.details).toMatchObject({ number: 'YH-2026-0001', status: 'rectifying', by: INSPECTOR });
      expect((await h.db('hazard_order').where({ hazard_id: id })).map((o) => o.number)).toEqual(['ZG-2026-0001']);
      expect((await listAudit(h.db, 'hazard', id)).map((a) => a.action)).toEqual(['hazard.register', 'hazard.issue_order']);
      expect(Number((await h.db('counter').where({ prefix: 'ZG', year: 2026 }).first()).value)).toBe(1);
      expect((await h.db('hazard').where({ id }).first())).toMatchObject({ status: 'rectifying' });
      expect(Number((await h.db('hazard').where({ id }).first()).version)).toBe(2);
    });

    it('is also caught without an expected state (the action is no longer open)', async () => {
      const id = await general();
      await perform(INSPECTOR, id, undefined, ACTION_INPUTS.issue_order);
      await refused(INSPECTOR, id, undefined, ACTION_INPUTS.issue_order, 'hazard.stale');
      expect(await h.db('hazard_order').where({ hazard_id: id })).toHaveLength(1);
    });

    it('records one rectification report', async () => {
      const id = await general();
      await perform(INSPECTOR, id, 'open', ACTION_INPUTS.issue_order);
      await perform(CONTACT, id, 'rectifying', ACTION_INPUTS.report_rectified);
      await refused(CONTACT, id, 'rectifying', ACTION_INPUTS.report_rectified, 'hazard.stale');
      expect(await h.db('hazard_rectification').where({ hazard_id: id })).toHaveLength(1);
    });

    it('lists a major hazard once: the second listing is stale and there is one hazard_listing row', async () => {
      const id = await major();
      await perform(LEADER, id, 'open', ACTION_INPUTS.list_for_supervision);
      const e = await refused(LEADER, id, 'open', { ...ACTION_INPUTS.list_for_supervision, documentNumber: '安委办〔2026〕13号' }, 'hazard.stale');
      expect(e.details).toMatchObject({ status: 'open', by: LEADER });
      const listings = await h.db('hazard_listing').where({ hazard_id: id });
      expect(listings.map((l) => [l.leader, l.document_number])).toEqual([[LEADER, '安委办〔2026〕12号']]);
      expect((await listAudit(h.db, 'hazard', id)).filter((a) => a.action === 'hazard.list_for_supervision')).toHaveLength(1);
    });
  });

  describe('concurrent presses', () => {
    it('lets exactly one of two leaders voiding at the same time succeed', async () => {
      const id = await general();
      const results = await Promise.allSettled([
        perform(LEADER, id, 'open', { action: 'void', reason: '甲：重复登记' }),
        perform(LEADER2, id, 'open', { action: 'void', reason: '乙：单位已注销' }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
      const winner = results.findIndex((r) => r.status === 'fulfilled');
      const loser = results[1 - winner] as PromiseRejectedResult;
      expect(codeOf(loser.reason)).toBe('hazard.stale');
      expect((loser.reason as DomainError).details).toMatchObject({ status: 'void', by: winner === 0 ? LEADER : LEADER2 });
      const row = await h.db('hazard').where({ id }).first();
      expect(row).toMatchObject({ status: 'void', void_reason: winner === 0 ? '甲：重复登记' : '乙：单位已注销' });
      expect(Number(row.version)).toBe(2);
      expect((await listAudit(h.db, 'hazard', id)).map((a) => [a.action, a.actor])).toEqual([['hazard.register', INSPECTOR], ['hazard.void', winner === 0 ? LEADER : LEADER2]]);
    });

    it('issues exactly one order when two inspectors press at the same time, and gives the loser’s number back', async () => {
      const id = await general();
      const results = await Promise.allSettled([
        perform(INSPECTOR, id, 'open', { ...ACTION_INPUTS.issue_order, measures: '甲措施' }),
        perform(INSPECTOR2, id, 'open', { ...ACTION_INPUTS.issue_order, measures: '乙措施' }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
      expect(codeOf((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason)).toBe('hazard.stale');
      expect((await h.db('hazard_order').where({ hazard_id: id })).map((o) => o.number)).toEqual(['ZG-2026-0001']);
      expect((await listAudit(h.db, 'hazard', id)).filter((a) => a.action === 'hazard.issue_order')).toHaveLength(1);
      const other = await general();
      expect((await perform(INSPECTOR, other, 'open', ACTION_INPUTS.issue_order)).orders[0]!.number).toBe('ZG-2026-0002');
    });

    it('lets one of a void and an order pressed together win, never both', async () => {
      const id = await general();
      const results = await Promise.allSettled([perform(LEADER, id, 'open', ACTION_INPUTS.void), perform(INSPECTOR, id, 'open', ACTION_INPUTS.issue_order)]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const row = await h.db('hazard').where({ id }).first();
      const orders = await h.db('hazard_order').where({ hazard_id: id });
      if (row.status === 'void') expect(orders).toHaveLength(0);
      else expect([row.status, orders.length]).toEqual(['rectifying', 1]);
      expect(await listAudit(h.db, 'hazard', id)).toHaveLength(2);
    });
  });

  describe('closed and void hazards are locked', () => {
    async function expectAllLocked(id: number, status: 'closed' | 'void') {
      const number = (await h.db('hazard').where({ id }).first()).number;
      for (const action of HAZARD_ACTIONS) {
        // an admin may do everything, so a refusal here is the lock and nothing else
        const e = await refused(ADMIN, id, undefined, ACTION_INPUTS[action], 'hazard.locked');
        expect(e.details).toEqual({ number, status });
        await refused(ADMIN, id, status, ACTION_INPUTS[action], 'hazard.locked');
      }
      await refused(ADMIN, id, 'open', ACTION_INPUTS.void, 'hazard.stale');
    }

    it('refuses every action on a general hazard closed on the spot', async () => {
      const id = await general();
      await perform(INSPECTOR, id, 'open', ACTION_INPUTS.close_on_spot);
      await expectAllLocked(id, 'closed');
    });

    it('refuses every action on a general hazard closed by re-inspection', async () => {
      const id = await general();
      await perform(INSPECTOR, id, 'open', ACTION_INPUTS.issue_order);
      await perform(CONTACT, id, 'rectifying', ACTION_INPUTS.report_rectified);
      await perform(INSPECTOR, id, 'awaiting_verification', ACTION_INPUTS.reinspect);
      await expectAllLocked(id, 'closed');
    });

    it('refuses every action on a major hazard closed by acceptance', async () => {
      const id = await major();
      await perform(LEADER, id, 'open', ACTION_INPUTS.list_for_supervision);
      await perform(INSPECTOR, id, 'open', ACTION_INPUTS.assign_experts);
      await perform(EXPERT, id, 'open', ACTION_INPUTS.record_opinion);
      await perform(INSPECTOR, id, 'open', ACTION_INPUTS.record_plan);
      await perform(CONTACT, id, 'rectifying', ACTION_INPUTS.apply_acceptance);
      await perform(EXPERT, id, 'awaiting_acceptance', ACTION_INPUTS.expert_sign);
      await perform(LEADER, id, 'expert_accepted', ACTION_INPUTS.authority_sign);
      await expectAllLocked(id, 'closed');
    });

    it('refuses every action on a void hazard', async () => {
      const id = await general();
      await perform(LEADER, id, 'open', ACTION_INPUTS.void);
      await expectAllLocked(id, 'void');
    });

    it('refuses every action on a dismissed public report', async () => {
      const id = (await h.sut.hazards.register('UNOBODY001', makeHazard(unitId, { deadline: null, assignee: null }))).hazard.id;
      await perform(INSPECTOR, id, 'reported', ACTION_INPUTS.dismiss);
      await expectAllLocked(id, 'void');
    });
  });
});
