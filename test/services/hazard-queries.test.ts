import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HazardStatus } from '../../src/domain/hazard/hazard.js';
import type { ActionInput } from '../../src/domain/hazard/action-input.js';
import type { HazardListScope } from '../../src/domain/hazard/hazard-view.model.js';
import { makeHazard } from '../support/hazards.js';
import { ADMIN, CREDIT_CODES, EXPERT, INSPECTOR, LEADER, makeUnit, NOBODY, serviceHarness, type ServiceHarness, orderOfficers } from '../support/services.js';
import { codeOf, HAZARD_TABLES, settle, snapshotOf } from '../support/db-state.js';
import { DIALECTS } from '../support/test-db.js';

const CONTACT = 'UCONTACT01';
const OTHER_CONTACT = 'UCONTACT02';
const STRANGER = 'USTRANGER1';
const INSPECTOR2 = 'UINSPECT02';
const EXPERT2 = 'UEXPERT002';

const snapshot = snapshotOf(HAZARD_TABLES);


describe.each(DIALECTS)('hazard look-ups on %s', (dialect) => {
  let h: ServiceHarness;
  let unitA: number;
  let unitB: number;
  beforeEach(async () => {
    h = await serviceHarness(dialect);
    unitA = (await h.sut.units.register(INSPECTOR, makeUnit({ name: '东风化工有限公司', industry: 'commerce', creditCode: CREDIT_CODES[1] }))).unit.id;
    unitB = (await h.sut.units.register(INSPECTOR, makeUnit({ name: '西山超市', industry: 'community' }))).unit.id;
    await h.sut.contacts.link(INSPECTOR, unitA, [CONTACT]);
    await h.sut.contacts.link(INSPECTOR, unitB, [OTHER_CONTACT]);
    await h.sut.roles.grant(ADMIN, INSPECTOR2, 'inspector');
    await h.sut.roles.grant(ADMIN, EXPERT2, 'expert');
  });
  beforeEach(async () => orderOfficers(h.db));
  afterEach(async () => h.close());

  const perform = (actor: string, id: number, expected: HazardStatus | undefined, input: ActionInput) => h.sut.hazards.perform(actor, id, expected, input);
  const numbers = async (user: string, scope: HazardListScope) => {
    const r = await h.sut.hazards.list(user, scope);
    return { numbers: r.items.map((i) => i.hazard.number), total: r.total };
  };

  describe('view()', () => {
    it.each([
      ['an inspector', INSPECTOR],
      ['a leader', LEADER],
      ['an expert', EXPERT],
      ['an admin', ADMIN],
      ['a contact of the hazard’s unit', CONTACT],
      ['the person who reported it', NOBODY],
    ])('shows a hazard to %s, by id and by number (any case), changing nothing', async (_who, user) => {
      const { hazard } = await h.sut.hazards.register(NOBODY, makeHazard(unitA, { deadline: null, assignee: null }));
      const before = await snapshot(h.db);
      expect((await h.sut.hazards.view(user, hazard.id)).dossier.hazard.number).toBe('YH-2026-0001');
      expect((await h.sut.hazards.view(user, 'yh-2026-0001')).dossier.hazard.id).toBe(hazard.id);
      expect((await h.sut.hazards.view(user, 'YH-2026-0001')).today).toBe('2026-11-30');
      expect(await snapshot(h.db)).toEqual(before);
    });

    it.each([
      ['a person without a role who did not report it', STRANGER],
      ['a contact of another unit', OTHER_CONTACT],
    ])('refuses %s with auth.unit_not_visible (also the history)', async (_who, user) => {
      const { hazard } = await h.sut.hazards.register(INSPECTOR, makeHazard(unitA));
      expect(codeOf(await settle(h.sut.hazards.view(user, hazard.id)))).toBe('auth.unit_not_visible');
      expect(codeOf(await settle(h.sut.hazards.view(user, hazard.number)))).toBe('auth.unit_not_visible');
      expect(codeOf(await settle(h.sut.hazards.history(user, hazard.number)))).toBe('auth.unit_not_visible');
    });

    it('still shows a dismissed report to its reporter', async () => {
      const { hazard } = await h.sut.hazards.register(NOBODY, makeHazard(unitA, { deadline: null, assignee: null }));
      await perform(INSPECTOR, hazard.id, 'reported', { action: 'dismiss', reason: '不属实' });
      const v = await h.sut.hazards.view(NOBODY, hazard.number);
      expect(v.dossier.hazard).toMatchObject({ status: 'void', voidReason: '不属实' });
      expect(v.actions).toEqual([]);
    });

    it('answers hazard.not_found for a number or id that does not exist', async () => {
      expect(codeOf(await settle(h.sut.hazards.view(INSPECTOR, 'YH-2026-0099')))).toBe('hazard.not_found');
      expect(codeOf(await settle(h.sut.hazards.view(INSPECTOR, 99)))).toBe('hazard.not_found');
    });

    it('lists only the actions this viewer may take on an open general hazard', async () => {
      const { hazard } = await h.sut.hazards.register(INSPECTOR, makeHazard(unitA));
      const actions = async (user: string) => (await h.sut.hazards.view(user, hazard.id)).actions;
      expect(await actions(INSPECTOR)).toEqual(['issue_order', 'close_on_spot', 'request_extension']);
      expect(await actions(INSPECTOR2)).toEqual(['issue_order', 'close_on_spot', 'request_extension']);
      expect(await actions(LEADER)).toEqual(['refer_joint', 'void']);
      expect(await actions(CONTACT)).toEqual(['request_extension']);
      expect(await actions(EXPERT)).toEqual([]);
      expect(await actions(ADMIN)).toEqual(['refer_joint', 'void']); // an admin may do what a leader may
      expect((await h.sut.hazards.card(hazard.id)).actions).toEqual(['issue_order', 'close_on_spot', 'request_extension', 'refer_joint', 'void']);
    });

    it('lists the actions on a reported hazard and on a rectifying one', async () => {
      const reported = (await h.sut.hazards.register(NOBODY, makeHazard(unitA, { deadline: null, assignee: null }))).hazard.id;
      expect((await h.sut.hazards.view(INSPECTOR, reported)).actions).toEqual(['confirm', 'dismiss']);
      expect((await h.sut.hazards.view(LEADER, reported)).actions).toEqual(['confirm', 'dismiss', 'void']);
      expect((await h.sut.hazards.view(NOBODY, reported)).actions).toEqual([]);
      const rect = (await h.sut.hazards.register(INSPECTOR, makeHazard(unitA))).hazard.id;
      await perform(INSPECTOR, rect, 'open', { action: 'issue_order', measures: '立即接地', deadline: '2026-12-10', secondOfficer: 'UOFFICER02' });
      expect((await h.sut.hazards.view(CONTACT, rect)).actions).toEqual(['report_rectified', 'request_extension']);
      expect((await h.sut.hazards.view(INSPECTOR, rect)).actions).toEqual(['report_rectified', 'request_extension']);
      await perform(CONTACT, rect, 'rectifying', { action: 'request_extension', deadline: '2026-12-20', reason: '材料未到' });
      expect((await h.sut.hazards.view(CONTACT, rect)).actions).toEqual(['report_rectified']);
      expect((await h.sut.hazards.view(LEADER, rect)).actions).toEqual(['decide_extension', 'refer_joint', 'void']);
    });

    it('offers record_opinion only to an assigned expert who has not given one', async () => {
      const id = (await h.sut.hazards.register(INSPECTOR, makeHazard(unitA, { level: 'major' }))).hazard.id;
      await perform(INSPECTOR, id, 'open', { action: 'assign_experts', experts: [EXPERT, EXPERT2] });
      expect((await h.sut.hazards.view(EXPERT, id)).actions).toEqual(['record_opinion']);
      await perform(EXPERT, id, 'open', { action: 'record_opinion', opinion: '需更换阀门' });
      expect((await h.sut.hazards.view(EXPERT, id)).actions).toEqual([]);
      expect((await h.sut.hazards.view(EXPERT2, id)).actions).toEqual(['record_opinion']);
      expect((await h.sut.hazards.view(INSPECTOR, id)).actions).toEqual(['assign_experts', 'record_plan', 'request_extension']);
      expect((await h.sut.hazards.view(LEADER, id)).actions).toEqual(['list_for_supervision', 'assign_experts', 'record_plan', 'refer_joint', 'void']);
    });
  });

  describe('history()', () => {
    it('gives the audit rows of the hazard in order, with who, when and from → to', async () => {
      const { hazard } = await h.sut.hazards.register(INSPECTOR, makeHazard(unitA));
      await h.sut.hazards.register(INSPECTOR, makeHazard(unitA, { title: '别的隐患' }));
      h.clock.advance(5 * 60_000);
      await perform(INSPECTOR, hazard.id, 'open', { action: 'issue_order', measures: '立即接地', deadline: '2026-12-10', secondOfficer: 'UOFFICER02' });
      h.clock.advance(5 * 60_000);
      await perform(CONTACT, hazard.id, 'rectifying', { action: 'report_rectified', evidence: '已接地', photos: [] });
      const { dossier, audit } = await h.sut.hazards.history(CONTACT, 'YH-2026-0001');
      expect(dossier.hazard.status).toBe('awaiting_verification');
      expect(audit.map((a) => [a.action, a.actor, a.at, (a.before as { status: string } | null)?.status ?? null, (a.after as { status: string }).status])).toEqual([
        ['hazard.register', INSPECTOR, '2026-11-30T02:00:00.000Z', null, 'open'],
        ['hazard.issue_order', INSPECTOR, '2026-11-30T02:05:00.000Z', 'open', 'rectifying'],
        ['hazard.report_rectified', CONTACT, '2026-11-30T02:10:00.000Z', 'rectifying', 'awaiting_verification'],
      ]);
      expect(audit.every((a) => a.entity === 'hazard' && a.entityId === String(hazard.id))).toBe(true);
      expect((await h.sut.hazards.history(LEADER, hazard.id)).audit).toHaveLength(3);
    });
  });

  describe('list()', () => {
    let n: Record<'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6', string>;

    beforeEach(async () => {
      // h1 general A, due 12-10, INSPECTOR · h2 general A, due 12-05, INSPECTOR2, found by LEADER · h3 major A, due 12-20
      // h4 public report B, due 12-01 · h5 general B closed · h6 general B void
      const h1 = (await h.sut.hazards.register(INSPECTOR, makeHazard(unitA, { deadline: '2026-12-10' }))).hazard;
      const h2 = (await h.sut.hazards.register(LEADER, makeHazard(unitA, { deadline: '2026-12-05', assignee: INSPECTOR2 }))).hazard;
      const h3 = (await h.sut.hazards.register(INSPECTOR, makeHazard(unitA, { level: 'major', deadline: '2026-12-20' }))).hazard;
      const h4 = (await h.sut.hazards.register(NOBODY, makeHazard(unitB, { deadline: '2026-12-01', assignee: null }))).hazard;
      const h5 = (await h.sut.hazards.register(INSPECTOR, makeHazard(unitB, { deadline: '2026-12-01' }))).hazard;
      await perform(INSPECTOR, h5.id, 'open', { action: 'close_on_spot', note: '当场整改' });
      const h6 = (await h.sut.hazards.register(INSPECTOR, makeHazard(unitB, { deadline: '2026-12-01' }))).hazard;
      await perform(LEADER, h6.id, 'open', { action: 'void', reason: '重复' });
      n = { h1: h1.number, h2: h2.number, h3: h3.number, h4: h4.number, h5: h5.number, h6: h6.number };
    });

    it('open: everything not closed or void, by deadline, those without one last', async () => {
      const extra = (await h.sut.hazards.register(NOBODY, makeHazard(unitB, { deadline: null, assignee: null }))).hazard.number;
      expect(await numbers(INSPECTOR, { kind: 'open' })).toEqual({ numbers: [n.h4, n.h2, n.h1, n.h3, extra], total: 5 });
      expect(await numbers(EXPERT, { kind: 'open' })).toEqual({ numbers: [n.h4, n.h2, n.h1, n.h3, extra], total: 5 });
    });

    it('puts overdue hazards first once their deadline has passed (a reported one is never overdue)', async () => {
      h.clock.set('2026-12-11T02:00:00.000Z');
      expect(await numbers(LEADER, { kind: 'open' })).toEqual({ numbers: [n.h2, n.h1, n.h4, n.h3], total: 4 });
    });

    it('overdue: active hazards past their deadline, from the day after it (in Shanghai)', async () => {
      expect(await numbers(INSPECTOR, { kind: 'overdue' })).toEqual({ numbers: [], total: 0 });
      h.clock.set('2026-12-10T15:59:59.000Z'); // 23:59:59 on 10 Dec: h1 is due today, h2 overdue
      expect(await numbers(INSPECTOR, { kind: 'overdue' })).toEqual({ numbers: [n.h2], total: 1 });
      h.clock.set('2026-12-10T16:00:00.000Z'); // 00:00 on 11 Dec
      expect(await numbers(INSPECTOR, { kind: 'overdue' })).toEqual({ numbers: [n.h2, n.h1], total: 2 });
      h.clock.set('2027-01-05T02:00:00.000Z');
      expect(await numbers(INSPECTOR, { kind: 'overdue' })).toEqual({ numbers: [n.h2, n.h1, n.h3], total: 3 });
    });

    it('major: the major hazards that are not finished', async () => {
      expect(await numbers(INSPECTOR, { kind: 'major' })).toEqual({ numbers: [n.h3], total: 1 });
      await perform(LEADER, (await h.db('hazard').where({ number: n.h3 }).first()).id, 'open', { action: 'void', reason: '误判' });
      expect(await numbers(INSPECTOR, { kind: 'major' })).toEqual({ numbers: [], total: 0 });
    });

    it('mine: the hazards a person is assigned to, found, supervises, consults on or is the unit contact of', async () => {
      expect(await numbers(INSPECTOR, { kind: 'mine' })).toEqual({ numbers: [n.h1, n.h3], total: 2 });
      expect(await numbers(INSPECTOR2, { kind: 'mine' })).toEqual({ numbers: [n.h2], total: 1 });
      expect(await numbers(LEADER, { kind: 'mine' })).toEqual({ numbers: [n.h2], total: 1 });
      expect(await numbers(NOBODY, { kind: 'mine' })).toEqual({ numbers: [n.h4], total: 1 });
      expect(await numbers(CONTACT, { kind: 'mine' })).toEqual({ numbers: [n.h2, n.h1, n.h3], total: 3 });
      expect(await numbers(EXPERT, { kind: 'mine' })).toEqual({ numbers: [], total: 0 });
      const h3 = (await h.db('hazard').where({ number: n.h3 }).first()).id;
      await perform(INSPECTOR, h3, 'open', { action: 'assign_experts', experts: [EXPERT] });
      await perform(ADMIN, h3, 'open', { action: 'list_for_supervision', leader: LEADER, level: 'county', documentNumber: '安委办〔2026〕1号', listedDate: '2026-11-30' });
      expect(await numbers(EXPERT, { kind: 'mine' })).toEqual({ numbers: [n.h3], total: 1 });
      expect(await numbers(LEADER, { kind: 'mine' })).toEqual({ numbers: [n.h2, n.h3], total: 2 });
    });

    it('unit: the hazards of the units whose name, address or town match', async () => {
      expect(await numbers(INSPECTOR, { kind: 'unit', text: '东风' })).toEqual({ numbers: [n.h2, n.h1, n.h3], total: 3 });
      expect(await numbers(INSPECTOR, { kind: 'unit', text: '西山' })).toEqual({ numbers: [n.h4], total: 1 });
      expect(await numbers(INSPECTOR, { kind: 'unit', text: '没有这个单位' })).toEqual({ numbers: [], total: 0 });
    });

    it('shows people without a staff role only the hazards they are involved in', async () => {
      expect(await numbers(NOBODY, { kind: 'open' })).toEqual({ numbers: [n.h4], total: 1 });
      expect(await numbers(STRANGER, { kind: 'open' })).toEqual({ numbers: [], total: 0 });
      expect(await numbers(CONTACT, { kind: 'open' })).toEqual({ numbers: [n.h2, n.h1, n.h3], total: 3 });
      expect(await numbers(CONTACT, { kind: 'major' })).toEqual({ numbers: [n.h3], total: 1 });
      expect(await numbers(OTHER_CONTACT, { kind: 'open' })).toEqual({ numbers: [n.h4], total: 1 });
      expect(await numbers(CONTACT, { kind: 'unit', text: '西山' })).toEqual({ numbers: [], total: 0 });
      expect(await numbers(NOBODY, { kind: 'unit', text: '东风' })).toEqual({ numbers: [], total: 0 });
      expect(await numbers(NOBODY, { kind: 'unit', text: '西山' })).toEqual({ numbers: [n.h4], total: 1 });
      h.clock.set('2026-12-11T02:00:00.000Z');
      expect(await numbers(CONTACT, { kind: 'overdue' })).toEqual({ numbers: [n.h2, n.h1], total: 2 });
      expect(await numbers(NOBODY, { kind: 'overdue' })).toEqual({ numbers: [], total: 0 });
    });

    it('lists for a unit contact the report they made about another unit (they may view it, so they find it)', async () => {
      const own = (await h.sut.hazards.register(CONTACT, makeHazard(unitB, { title: '超市安全出口上锁', deadline: null, assignee: null }))).hazard;
      expect((await h.sut.hazards.view(CONTACT, own.number)).dossier.hazard.id).toBe(own.id);
      expect(await numbers(CONTACT, { kind: 'mine' })).toEqual({ numbers: [n.h2, n.h1, n.h3, own.number], total: 4 });
      expect(await numbers(CONTACT, { kind: 'open' })).toEqual({ numbers: [n.h2, n.h1, n.h3, own.number], total: 4 });
    });
  });

  describe('list() limits', () => {
    it('gives at most 20 with the full total, overdue first', async () => {
      // 25 hazards due 12-01 … 12-25, registered latest deadline first; 3 public reports due 11-30 (never overdue)
      for (let day = 25; day >= 1; day--) await h.sut.hazards.register(INSPECTOR, makeHazard(unitA, { deadline: `2026-12-${String(day).padStart(2, '0')}` }));
      for (let i = 0; i < 3; i++) await h.sut.hazards.register(NOBODY, makeHazard(unitA, { foundDate: '2026-11-29', deadline: '2026-11-30', assignee: null }));
      h.clock.set('2026-12-04T02:00:00.000Z');
      const r = await h.sut.hazards.list(LEADER, { kind: 'open' });
      expect(r.total).toBe(28);
      expect(r.items).toHaveLength(20);
      expect(r.items.map((i) => `${i.hazard.status} ${i.hazard.deadline}`)).toEqual([
        'open 2026-12-01', 'open 2026-12-02', 'open 2026-12-03',
        'reported 2026-11-30', 'reported 2026-11-30', 'reported 2026-11-30',
        ...Array.from({ length: 14 }, (_, i) => `open 2026-12-${String(i + 4).padStart(2, '0')}`),
      ]);
      expect(r.items.slice(3, 6).map((i) => i.hazard.number)).toEqual(['YH-2026-0028', 'YH-2026-0027', 'YH-2026-0026']);
      expect(r.items.every((i) => i.unit.id === unitA)).toBe(true);
      expect(r.today).toBe('2026-12-04');
      const overdue = await h.sut.hazards.list(LEADER, { kind: 'overdue' });
      expect([overdue.total, overdue.items.map((i) => i.hazard.deadline)]).toEqual([3, ['2026-12-01', '2026-12-02', '2026-12-03']]);
    });

    it('finds the hazards of a matching unit even when more than 200 units match the text', async () => {
      for (let i = 0; i < 200; i++) await h.sut.units.register(INSPECTOR, makeUnit({ name: `城关加油站${String(i).padStart(3, '0')}`, town: '城关镇' }));
      const target = (await h.sut.units.register(INSPECTOR, makeUnit({ name: '龙腾商贸', town: '城关镇' }))).unit.id;
      const { hazard } = await h.sut.hazards.register(INSPECTOR, makeHazard(target));
      expect(await numbers(INSPECTOR, { kind: 'unit', text: '城关' })).toEqual({ numbers: [hazard.number], total: 1 });
    }, 60_000);
  });
});
