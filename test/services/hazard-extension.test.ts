import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../src/db/repositories/audit.repository.js';
import { DomainError } from '../../src/domain/errors.js';
import type { HazardStatus } from '../../src/domain/hazard/hazard.js';
import type { ActionInput } from '../../src/domain/hazard/action-input.js';
import { CONTACT, hazardOffice, makeHazard } from '../support/hazards.js';
import { ADMIN, EXPERT, INSPECTOR, LEADER, type ServiceHarness, orderOfficers } from '../support/services.js';
import { codeOf, HAZARD_TABLES, lastOutboxId, queuedAfter, queuedMessages, settle, snapshotOf } from '../support/db-state.js';
import { DIALECTS } from '../support/test-db.js';

const LEADER2 = 'ULEADER002';
const INSPECTOR2 = 'UINSPECT02';
const CHANNEL = 'CHAZARD001';

const snapshot = snapshotOf(HAZARD_TABLES);





const REQUEST = { action: 'request_extension', deadline: '2026-12-20', reason: '配件到货延迟' } as const;

describe.each(DIALECTS)('deadline extensions on %s', (dialect) => {
  let h: ServiceHarness;
  let unitId: number;
  beforeEach(async () => void ({ h, unitId } = await hazardOffice(dialect, [[LEADER2, 'leader'], [INSPECTOR2, 'inspector']])));
  beforeEach(async () => orderOfficers(h.db));
  afterEach(async () => h.close());

  const perform = (actor: string, id: number, expected: HazardStatus | undefined, input: ActionInput) => h.sut.hazards.perform(actor, id, expected, input);
  /** An open general hazard with deadline 2026-12-10, assigned to INSPECTOR. */
  const openHazard = async () => (await h.sut.hazards.register(INSPECTOR, makeHazard(unitId))).hazard.id;
  const hazardRow = async (id: number) => h.db('hazard').where({ id }).first();
  const extensions = async (id: number) => h.db('hazard_extension').where({ hazard_id: id }).orderBy('id');

  async function refused(actor: string, id: number, expected: HazardStatus | undefined, input: ActionInput, code: string): Promise<DomainError> {
    const before = await snapshot(h.db);
    const e = await settle(perform(actor, id, expected, input));
    expect(codeOf(e)).toBe(code);
    expect(await snapshot(h.db)).toEqual(before);
    return e as DomainError;
  }

  describe('asking for a later deadline', () => {
    it('records a unit contact’s request as pending, leaving the deadline, and asks every leader to decide', async () => {
      const id = await openHazard();
      const from = await lastOutboxId(h.db);
      h.clock.advance(60_000);
      const d = await perform(CONTACT, id, 'open', REQUEST);
      expect(d.hazard).toMatchObject({ status: 'open', deadline: '2026-12-10', version: 2 });
      expect((await extensions(id)).map((e) => [e.requested_by, e.from_deadline, e.to_deadline, e.reason, e.status, e.requested_at, e.decided_by])).toEqual([
        [CONTACT, '2026-12-10', '2026-12-20', '配件到货延迟', 'pending', '2026-11-30T02:01:00.000Z', null],
      ]);
      expect(await hazardRow(id)).toMatchObject({ status: 'open', deadline: '2026-12-10', updated_by: CONTACT });
      const audit = await listAudit(h.db, 'hazard', id);
      expect(audit.map((a) => a.action)).toEqual(['hazard.register', 'hazard.request_extension']);
      expect(audit[1]).toMatchObject({ actor: CONTACT, before: { status: 'open', deadline: '2026-12-10' }, after: { status: 'open', deadline: '2026-12-10' } });
      expect(await queuedAfter(h.db, from)).toEqual([
        `upsert ${CHANNEL} hazard_card`,
        `reply ${CHANNEL} event request_extension`,
        `dm ${LEADER} todo decide_extension`,
        `dm ${LEADER2} todo decide_extension`,
      ]);
      const reply = (await queuedMessages(h.db, from))[1]!;
      expect(reply.notice).toMatchObject({ entry: { kind: 'request_extension', actor: CONTACT, details: { from: '2026-12-10', to: '2026-12-20', reason: '配件到货延迟' } } });
    });

    it('records an inspector’s request on a hazard under rectification', async () => {
      const id = await openHazard();
      await perform(INSPECTOR, id, 'open', { action: 'issue_order', measures: '更换线缆', deadline: '2026-12-12', secondOfficer: 'UOFFICER02' });
      const d = await perform(INSPECTOR2, id, 'rectifying', { ...REQUEST, deadline: '2026-12-31' });
      expect(d.hazard.status).toBe('rectifying');
      expect((await extensions(id)).map((e) => [e.requested_by, e.from_deadline, e.to_deadline, e.status])).toEqual([[INSPECTOR2, '2026-12-12', '2026-12-31', 'pending']]);
    });

    it.each([
      ['the same day as the current deadline', '2026-12-10', 'hazard.extension_not_later'],
      ['a day before the current deadline', '2026-12-09', 'hazard.extension_not_later'],
      ['a day in the past', '2026-11-29', 'hazard.deadline_in_past'],
      ['not a real date', '2026-02-30', 'validation.invalid'],
    ])('refuses %s on the deadline field', async (_what, deadline, code) => {
      const id = await openHazard();
      const e = await refused(CONTACT, id, 'open', { ...REQUEST, deadline }, code);
      expect(e.details).toEqual({ field: 'deadline' });
    });

    it('judges "in the past" by the day in Shanghai', async () => {
      const id = await openHazard();
      h.clock.set('2026-12-10T16:00:00.000Z'); // 00:00 on 11 Dec in Shanghai, still 10 Dec in UTC
      await refused(CONTACT, id, 'open', { ...REQUEST, deadline: '2026-12-10' }, 'hazard.deadline_in_past');
      await perform(CONTACT, id, 'open', { ...REQUEST, deadline: '2026-12-11' });
      expect((await extensions(id)).map((e) => e.to_deadline)).toEqual(['2026-12-11']);
    });

    it('requires a reason', async () => {
      const id = await openHazard();
      const e = await refused(CONTACT, id, 'open', { ...REQUEST, reason: '   ' }, 'validation.invalid');
      expect(e.details).toEqual({ field: 'reason' });
    });

    it('refuses a second request while one is pending (whoever asks), keeping the first', async () => {
      const id = await openHazard();
      await perform(CONTACT, id, 'open', REQUEST);
      const e = await refused(INSPECTOR, id, 'open', { ...REQUEST, deadline: '2026-12-25' }, 'hazard.stale');
      expect(e.details).toMatchObject({ status: 'open', by: CONTACT });
      await refused(CONTACT, id, undefined, { ...REQUEST, deadline: '2026-12-25' }, 'hazard.stale');
      expect((await extensions(id)).map((x) => [x.to_deadline, x.status])).toEqual([['2026-12-20', 'pending']]);
    });

    it('asks only the supervising leader of a listed major hazard to decide', async () => {
      const id = (await h.sut.hazards.register(INSPECTOR, makeHazard(unitId, { level: 'major' }))).hazard.id;
      await perform(LEADER, id, 'open', { action: 'list_for_supervision', leader: LEADER2, level: 'county', documentNumber: '安委办〔2026〕12号', listedDate: '2026-11-30' });
      const from = await lastOutboxId(h.db);
      await perform(INSPECTOR, id, 'open', REQUEST);
      expect((await queuedAfter(h.db, from)).filter((m) => m.startsWith('dm'))).toEqual([`dm ${LEADER2} todo decide_extension`]);
    });

    it('falls back to the admins when there is no leader at all', async () => {
      await h.sut.roles.revoke(ADMIN, LEADER, 'leader');
      await h.sut.roles.revoke(ADMIN, LEADER2, 'leader');
      const id = await openHazard();
      const from = await lastOutboxId(h.db);
      await perform(CONTACT, id, 'open', REQUEST);
      expect((await queuedAfter(h.db, from)).filter((m) => m.startsWith('dm'))).toEqual([`dm ${ADMIN} todo decide_extension`]);
    });
  });

  describe('deciding', () => {
    it('on approval moves the deadline to the requested day and tells the requester', async () => {
      const id = await openHazard();
      await perform(CONTACT, id, 'open', REQUEST);
      h.clock.advance(3_600_000);
      const from = await lastOutboxId(h.db);
      const d = await perform(LEADER, id, 'open', { action: 'decide_extension', approved: true, note: '' });
      expect(d.hazard).toMatchObject({ status: 'open', deadline: '2026-12-20' });
      expect(await hazardRow(id)).toMatchObject({ deadline: '2026-12-20', status: 'open', updated_by: LEADER });
      expect((await extensions(id)).map((e) => [e.status, e.decided_by, e.decision_note, e.decided_at])).toEqual([['approved', LEADER, '', '2026-11-30T03:00:00.000Z']]);
      const audit = (await listAudit(h.db, 'hazard', id)).at(-1)!;
      expect(audit).toMatchObject({ action: 'hazard.decide_extension', actor: LEADER, before: { deadline: '2026-12-10' }, after: { deadline: '2026-12-20' } });
      expect(await queuedAfter(h.db, from)).toEqual([`upsert ${CHANNEL} hazard_card`, `reply ${CHANNEL} event decide_extension`, `dm ${CONTACT} event decide_extension`]);
      const dm = (await queuedMessages(h.db, from))[2]!;
      expect(dm.notice).toMatchObject({ type: 'hazard_event', hazardId: id, entry: { kind: 'decide_extension', actor: LEADER, details: { approved: true, from: '2026-12-10', to: '2026-12-20' } } });
    });

    it('accepts a new, later request after a decision', async () => {
      const id = await openHazard();
      await perform(CONTACT, id, 'open', REQUEST);
      await perform(LEADER, id, 'open', { action: 'decide_extension', approved: true, note: '' });
      await refused(CONTACT, id, 'open', { ...REQUEST, deadline: '2026-12-20' }, 'hazard.extension_not_later');
      await perform(CONTACT, id, 'open', { ...REQUEST, deadline: '2026-12-28' });
      expect((await extensions(id)).map((e) => [e.from_deadline, e.to_deadline, e.status])).toEqual([['2026-12-10', '2026-12-20', 'approved'], ['2026-12-20', '2026-12-28', 'pending']]);
    });

    it('on denial requires a note, keeps the deadline and tells the requester', async () => {
      const id = await openHazard();
      await perform(INSPECTOR2, id, 'open', REQUEST);
      const e = await refused(LEADER, id, 'open', { action: 'decide_extension', approved: false, note: ' ' }, 'validation.invalid');
      expect(e.details).toEqual({ field: 'note' });
      const from = await lastOutboxId(h.db);
      const d = await perform(LEADER2, id, 'open', { action: 'decide_extension', approved: false, note: '整改工作量不大，不予延期' });
      expect(d.hazard.deadline).toBe('2026-12-10');
      expect((await hazardRow(id)).deadline).toBe('2026-12-10');
      expect((await extensions(id)).map((x) => [x.status, x.decided_by, x.decision_note])).toEqual([['denied', LEADER2, '整改工作量不大，不予延期']]);
      expect(await queuedAfter(h.db, from)).toEqual([`upsert ${CHANNEL} hazard_card`, `reply ${CHANNEL} event decide_extension`, `dm ${INSPECTOR2} event decide_extension`]);
      expect((await listAudit(h.db, 'hazard', id)).at(-1)).toMatchObject({ action: 'hazard.decide_extension', after: { deadline: '2026-12-10' } });
    });

    it.each([
      ['an inspector', INSPECTOR],
      ['the requesting unit contact', CONTACT],
      ['an expert', EXPERT],
    ])('is refused to %s, leaving the request pending', async (_who, user) => {
      const id = await openHazard();
      await perform(CONTACT, id, 'open', REQUEST);
      const e = await refused(user, id, 'open', { action: 'decide_extension', approved: true, note: '' }, 'auth.role_required');
      expect(e.details).toEqual({ roles: 'admin,leader' });
      expect((await extensions(id)).map((x) => x.status)).toEqual(['pending']);
    });

    it('is stale when there is nothing pending (decided already by another leader)', async () => {
      const id = await openHazard();
      await perform(CONTACT, id, 'open', REQUEST);
      await perform(LEADER, id, 'open', { action: 'decide_extension', approved: true, note: '' });
      const e = await refused(LEADER2, id, 'open', { action: 'decide_extension', approved: false, note: '不同意' }, 'hazard.stale');
      expect(e.details).toMatchObject({ by: LEADER });
      expect((await extensions(id)).map((x) => x.status)).toEqual(['approved']);
    });
  });
});
