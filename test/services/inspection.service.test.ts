import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../src/db/repositories/audit.repository.js';
import { DomainError } from '../../src/domain/errors.js';
import type { Industry } from '../../src/domain/unit/industry.js';
import type { OutboxMessage } from '../../src/outbox/outbox-message.js';
import type { AssignInput, ResultInput } from '../../src/domain/inspection/inspection-input.js';
import { makeHazard } from '../support/hazards.js';
import { ADMIN, creditCode, EXPERT, INSPECTOR, LEADER, makeUnit, NOBODY, serviceHarness, type ServiceHarness } from '../support/services.js';
import { snapshotOf } from '../support/db-state.js';
import { DIALECTS } from '../support/test-db.js';

const INSPECTOR2 = 'UINSPECT02';
const INSPECTOR3 = 'UINSPECT03';

const snapshot = snapshotOf(['inspection', 'inspection_inspector', 'audit_log', 'outbox', 'counter', 'user_setting', 'unit', 'tier_change']);



describe.each(DIALECTS)('InspectionService on %s', (dialect) => {
  let h: ServiceHarness;
  let codes = 0;
  beforeEach(async () => {
    h = await serviceHarness(dialect);
    await h.sut.roles.grant(ADMIN, INSPECTOR2, 'inspector');
    await h.sut.roles.grant(ADMIN, INSPECTOR3, 'inspector');
  });
  afterEach(async () => h.close());

  const code = (e: unknown) => (e instanceof DomainError ? e.code : e);
  const unit = async (name: string, industry: Industry = 'community') =>
    (await h.sut.units.register(INSPECTOR, makeUnit({ name, industry, creditCode: industry === 'community' || industry === 'rural' ? null : creditCode(++codes) }))).unit.id;
  const assign = (actor: string, o: Partial<AssignInput>) =>
    h.sut.inspections.assign(actor, { unitIds: [], plannedDate: '2026-12-01', inspectors: [INSPECTOR], visitType: 'patrol', acknowledgeCap: false, ...o });
  const record = (actor: string, id: number, o: Partial<ResultInput> = {}) =>
    h.sut.inspections.record(actor, id, { outcome: 'done', doneDate: '2026-11-30', summary: '检查了消防通道和配电室', findings: '', ...o });
  /** A completed patrol of a unit on a past day (assigned for today, recorded with that day). */
  const doneOn = async (unitId: number, date: string) => {
    const [i] = await assign(INSPECTOR, { unitIds: [unitId], plannedDate: '2026-11-30' });
    return record(INSPECTOR, i!.id, { doneDate: date });
  };
  const outbox = async () => (await h.db('outbox').orderBy('id')).map((r) => JSON.parse(r.payload) as OutboxMessage);
  const assignedDms = async () => (await outbox()).filter((m) => m.notice.type === 'inspection_assigned');
  async function refused(act: () => Promise<unknown>, expected: string): Promise<DomainError> {
    const before = await snapshot(h.db);
    const e = await act().then(() => 'it succeeded', (x: unknown) => x);
    expect(code(e)).toBe(expected);
    expect(await snapshot(h.db)).toEqual(before);
    return e as DomainError;
  }

  describe('assign', () => {
    it('creates one JC-2026-NNNN per unit with its inspectors, an audit row each, and a DM to each inspector but the actor', async () => {
      const a = await unit('甲超市');
      const b = await unit('乙餐馆');
      const created = await assign(INSPECTOR, { unitIds: [a, b, a], inspectors: [INSPECTOR2, INSPECTOR, INSPECTOR2], plannedDate: '2026-12-02' });
      expect(created.map((i) => [i.number, i.unitId, i.status, i.plannedDate, i.visitType, i.inspectors])).toEqual([
        ['JC-2026-0001', a, 'planned', '2026-12-02', 'patrol', [INSPECTOR, INSPECTOR2]],
        ['JC-2026-0002', b, 'planned', '2026-12-02', 'patrol', [INSPECTOR, INSPECTOR2]],
      ]);
      const rows = await h.db('inspection').orderBy('id');
      expect(rows).toHaveLength(2);
      expect(rows[0]).toMatchObject({ number: 'JC-2026-0001', unit_id: a, planned_date: '2026-12-02', visit_type: 'patrol', status: 'planned', done_date: null, created_by: INSPECTOR, created_at: '2026-11-30T02:00:00.000Z', updated_by: INSPECTOR });
      const people = await h.db('inspection_inspector').orderBy(['inspection_id', 'user_id']).select('inspection_id', 'user_id');
      expect(people.map((p) => [Number(p.inspection_id), p.user_id])).toEqual([
        [created[0]!.id, INSPECTOR], [created[0]!.id, INSPECTOR2], [created[1]!.id, INSPECTOR], [created[1]!.id, INSPECTOR2],
      ]);
      const audit = await listAudit(h.db, 'inspection', created[1]!.id);
      expect(audit).toMatchObject([{ actor: INSPECTOR, action: 'inspection.assign', after: { number: 'JC-2026-0002', unitId: b, plannedDate: '2026-12-02', visitType: 'patrol', inspectors: [INSPECTOR2, INSPECTOR] } }]);
      expect(await h.db('audit_log').where({ entity: 'inspection' })).toHaveLength(2);
      const dms = await assignedDms();
      expect(dms.map((m) => m.delivery)).toEqual([{ op: 'dm', user: INSPECTOR2 }, { op: 'dm', user: INSPECTOR2 }]);
      expect(dms.map((m) => m.notice)).toEqual([
        { type: 'inspection_assigned', number: 'JC-2026-0001', unitName: '甲超市', plannedDate: '2026-12-02', visitType: 'patrol', by: INSPECTOR },
        { type: 'inspection_assigned', number: 'JC-2026-0002', unitName: '乙餐馆', plannedDate: '2026-12-02', visitType: 'patrol', by: INSPECTOR },
      ]);
    });

    it('lets a leader assign for today, telling every inspector', async () => {
      const a = await unit('丙社区');
      const [i] = await assign(LEADER, { unitIds: [a], plannedDate: '2026-11-30', inspectors: [INSPECTOR, INSPECTOR3] });
      expect(i).toMatchObject({ number: 'JC-2026-0001', createdBy: LEADER, plannedDate: '2026-11-30' });
      expect((await assignedDms()).map((m) => m.delivery)).toEqual([{ op: 'dm', user: INSPECTOR }, { op: 'dm', user: INSPECTOR3 }]);
    });

    it.each([
      ['an expert', EXPERT],
      ['a person without a role', NOBODY],
    ])('refuses %s and changes nothing', async (_who, user) => {
      const a = await unit('丁公司');
      const e = await refused(() => assign(user, { unitIds: [a] }), 'auth.role_required');
      expect(e.details.roles).toBe('admin,inspector,leader');
    });

    it('refuses a planned date before today on planned_date, changing nothing (today is allowed)', async () => {
      const a = await unit('戊公司');
      expect((await refused(() => assign(INSPECTOR, { unitIds: [a], plannedDate: '2026-11-29' }), 'inspection.date_in_past')).details).toEqual({ field: 'planned_date' });
      expect((await assign(INSPECTOR, { unitIds: [a], plannedDate: '2026-11-30' }))[0]!.number).toBe('JC-2026-0001');
    });

    it.each(['2027-02-30', '30/11/2026', ''])('refuses a planned date that is not a date (%j) even when called directly, changing nothing', async (plannedDate) => {
      const a = await unit('己公司');
      const e = await refused(() => assign(INSPECTOR, { unitIds: [a], plannedDate }), 'validation.invalid');
      expect(e.details.field).toBe('planned_date');
    });

    it('refuses a non-inspector among the inspectors, naming them', async () => {
      const a = await unit('庚公司');
      const e = await refused(() => assign(INSPECTOR, { unitIds: [a], inspectors: [INSPECTOR, EXPERT] }), 'inspection.not_inspector');
      expect(e.details).toEqual({ field: 'inspectors', user: EXPERT });
      // A leader is not an inspector either, even though leaders may assign.
      expect((await refused(() => assign(LEADER, { unitIds: [a], inspectors: [LEADER] }), 'inspection.not_inspector')).details.user).toBe(LEADER);
    });

    it('refuses no units, more than 20 units, an unknown unit, no inspectors and an unknown visit type', async () => {
      const a = await unit('辛公司');
      expect((await refused(() => assign(INSPECTOR, { unitIds: [] }), 'validation.invalid')).details).toEqual({ field: 'units' });
      expect((await refused(() => assign(INSPECTOR, { unitIds: Array.from({ length: 21 }, (_, i) => a + i) }), 'validation.invalid')).details).toEqual({ field: 'units' });
      expect((await refused(() => assign(INSPECTOR, { unitIds: [a, 9999] }), 'unit.not_found')).details).toEqual({ field: 'units' });
      expect((await refused(() => assign(INSPECTOR, { unitIds: [a], inspectors: [] }), 'validation.invalid')).details).toEqual({ field: 'inspectors' });
      expect((await refused(() => assign(INSPECTOR, { unitIds: [a], visitType: 'raid' as AssignInput['visitType'] }), 'validation.invalid')).details).toEqual({ field: 'visit_type' });
    });

    it('refuses an administrative inspection with one inspector, or with one whose enforcement card is missing', async () => {
      const a = await unit('壬公司');
      await h.sut.inspections.setCard(INSPECTOR, INSPECTOR, 'ZF-4401-0001');
      expect((await refused(() => assign(INSPECTOR, { unitIds: [a], visitType: 'administrative', inspectors: [INSPECTOR] }), 'inspection.too_few_inspectors')).details).toEqual({ field: 'inspectors', min: 2 });
      expect((await refused(() => assign(INSPECTOR, { unitIds: [a], visitType: 'administrative', inspectors: [INSPECTOR, INSPECTOR, INSPECTOR] }), 'inspection.too_few_inspectors')).details.min).toBe(2);
      expect((await refused(() => assign(INSPECTOR, { unitIds: [a], visitType: 'administrative', inspectors: [INSPECTOR, INSPECTOR2] }), 'inspection.no_card')).details).toEqual({ field: 'inspectors', users: INSPECTOR2 });
      await h.sut.inspections.setCard(ADMIN, INSPECTOR2, 'ZF-4401-0002');
      const [i] = await assign(INSPECTOR, { unitIds: [a], visitType: 'administrative', inspectors: [INSPECTOR, INSPECTOR2] });
      expect(i).toMatchObject({ visitType: 'administrative', inspectors: [INSPECTOR, INSPECTOR2] });
    });

    it('stops a third administrative inspection of a unit in the year at the cap of 2 unless acknowledged; patrols and cancelled ones never count', async () => {
      await h.sut.inspections.setCard(INSPECTOR, INSPECTOR, 'ZF-4401-0001');
      await h.sut.inspections.setCard(INSPECTOR2, INSPECTOR2, 'ZF-4401-0002');
      const a = await unit('癸化工', 'hazardous_chemicals');
      const b = await unit('子商店');
      const admin = (o: Partial<AssignInput>) => assign(INSPECTOR, { visitType: 'administrative', inspectors: [INSPECTOR, INSPECTOR2], ...o });
      // Three patrols and a cancelled administrative visit of a: none counts.
      await assign(INSPECTOR, { unitIds: [a], plannedDate: '2026-12-03' });
      await assign(INSPECTOR, { unitIds: [a], plannedDate: '2026-12-04', visitType: 'service' });
      await assign(INSPECTOR, { unitIds: [a], plannedDate: '2026-12-05', visitType: 'document' });
      const [cancelled] = await admin({ unitIds: [a], plannedDate: '2026-12-06' });
      await record(INSPECTOR, cancelled!.id, { outcome: 'cancelled', doneDate: null, summary: '单位停产' });
      // One done and one planned administrative inspection this year: the cap is reached.
      const [first] = await admin({ unitIds: [a], plannedDate: '2026-11-30' });
      await record(INSPECTOR2, first!.id, { doneDate: '2026-11-30' });
      await admin({ unitIds: [a], plannedDate: '2026-12-10' });
      const e = await refused(() => admin({ unitIds: [b, a], plannedDate: '2026-12-20' }), 'inspection.cap_reached');
      expect(e.details).toEqual({ field: 'visit_type', unit: '癸化工', count: 2, cap: 2 });
      // Next year's count starts again.
      expect((await admin({ unitIds: [a], plannedDate: '2027-01-05' }))[0]!.plannedDate).toBe('2027-01-05');
      // A patrol this year is still fine, and so is an acknowledged administrative one.
      expect(await assign(INSPECTOR, { unitIds: [a], plannedDate: '2026-12-20' })).toHaveLength(1);
      const acknowledged = await admin({ unitIds: [b, a], plannedDate: '2026-12-20', acknowledgeCap: true });
      expect(acknowledged.map((i) => [i.unitId, i.visitType])).toEqual([[b, 'administrative'], [a, 'administrative']]);
      // The audit row of the one over the cap says it was assigned knowingly; the one within the cap says nothing.
      expect((await listAudit(h.db, 'inspection', acknowledged[1]!.id))[0]!.after).toMatchObject({ overCap: { count: 2, cap: 2 } });
      expect((await listAudit(h.db, 'inspection', acknowledged[0]!.id))[0]!.after).not.toHaveProperty('overCap');
      expect(Number((await h.db('inspection').where({ unit_id: a, visit_type: 'administrative' }).whereIn('status', ['planned', 'done']).where('planned_date', '<', '2027-01-01').count({ n: '*' }))[0]!.n)).toBe(3);
    });
  });

  describe('record', () => {
    it('records a done inspection with its date, summary and findings, once; a second attempt names who recorded it', async () => {
      const a = await unit('丑工厂');
      const [i] = await assign(INSPECTOR, { unitIds: [a], plannedDate: '2026-11-30', inspectors: [INSPECTOR, INSPECTOR2] });
      h.clock.advance(3_600_000);
      const done = await record(INSPECTOR2, i!.id, { doneDate: '2026-11-29', summary: '  检查了配电室  ', findings: ' 灭火器过期 ' });
      expect(done).toMatchObject({ status: 'done', doneDate: '2026-11-29', summary: '检查了配电室', findings: '灭火器过期', cancelReason: null, updatedBy: INSPECTOR2, updatedAt: '2026-11-30T03:00:00.000Z' });
      expect(await h.db('inspection').where({ id: i!.id }).first()).toMatchObject({ status: 'done', done_date: '2026-11-29', summary: '检查了配电室', findings: '灭火器过期', cancel_reason: null, updated_by: INSPECTOR2 });
      const audit = await listAudit(h.db, 'inspection', i!.id);
      expect(audit.map((r) => r.action)).toEqual(['inspection.assign', 'inspection.done']);
      expect(audit[1]).toMatchObject({ actor: INSPECTOR2, before: { status: 'planned' }, after: { status: 'done', doneDate: '2026-11-29', summary: '检查了配电室', findings: '灭火器过期' } });

      h.clock.advance(60_000);
      const again = await refused(() => record(INSPECTOR, i!.id, { outcome: 'cancelled', doneDate: null, summary: '重复' }), 'inspection.not_planned');
      expect(again.details).toEqual({ number: 'JC-2026-0001', status: 'done', by: INSPECTOR2, at: '2026-11-30T03:00:00.000Z' });
    });

    it('cancels a planned inspection with the reason, and then refuses to record it done', async () => {
      const a = await unit('寅工厂');
      const [i] = await assign(INSPECTOR, { unitIds: [a], plannedDate: '2026-12-03' });
      const cancelled = await record(INSPECTOR, i!.id, { outcome: 'cancelled', doneDate: '2026-11-30', summary: '单位停业整顿', findings: '' });
      expect(cancelled).toMatchObject({ status: 'cancelled', doneDate: null, summary: '单位停业整顿', cancelReason: '单位停业整顿', findings: null });
      expect(await h.db('inspection').where({ id: i!.id }).first()).toMatchObject({ status: 'cancelled', done_date: null, cancel_reason: '单位停业整顿' });
      expect((await listAudit(h.db, 'inspection', i!.id)).map((r) => r.action)).toEqual(['inspection.assign', 'inspection.cancelled']);
      const e = await refused(() => record(INSPECTOR2, i!.id), 'inspection.not_planned');
      expect(e.details).toMatchObject({ status: 'cancelled', by: INSPECTOR });
    });

    it('refuses a done date after today, or none, on done_date, changing nothing', async () => {
      const a = await unit('卯工厂');
      const [i] = await assign(INSPECTOR, { unitIds: [a], plannedDate: '2026-11-30' });
      expect((await refused(() => record(INSPECTOR, i!.id, { doneDate: '2026-12-01' }), 'hazard.found_in_future')).details).toEqual({ field: 'done_date' });
      expect((await refused(() => record(INSPECTOR, i!.id, { doneDate: null }), 'validation.invalid')).details).toEqual({ field: 'done_date' });
      expect((await h.db('inspection').where({ id: i!.id }).first()).status).toBe('planned');
    });

    it.each(['2026-02-30', 'yesterday'])('refuses a done date that is not a date (%j) even when called directly', async (doneDate) => {
      const a = await unit('辰工厂');
      const [i] = await assign(INSPECTOR, { unitIds: [a], plannedDate: '2026-11-30' });
      const before = await snapshot(h.db);
      const e = await record(INSPECTOR, i!.id, { doneDate }).then(() => 'it succeeded', (x: unknown) => x);
      expect((e as DomainError).details?.field).toBe('done_date');
      expect(await snapshot(h.db)).toEqual(before);
    });

    it('refuses leaders, experts and people without a role, an empty summary and an unknown inspection, changing nothing', async () => {
      const a = await unit('巳工厂');
      const [i] = await assign(INSPECTOR, { unitIds: [a], plannedDate: '2026-11-30' });
      for (const user of [LEADER, EXPERT, NOBODY]) expect((await refused(() => record(user, i!.id), 'auth.role_required')).details.roles).toBe('admin,inspector');
      expect((await refused(() => record(INSPECTOR, i!.id, { summary: '   ' }), 'validation.invalid')).details).toEqual({ field: 'summary' });
      expect((await refused(() => record(INSPECTOR, i!.id, { findings: '隐'.repeat(2001) }), 'validation.invalid')).details).toEqual({ field: 'findings' });
      await refused(() => record(INSPECTOR, 9999), 'inspection.not_found');
      // An admin may record.
      expect((await record(ADMIN, i!.id)).updatedBy).toBe(ADMIN);
    });
  });

  describe('mine', () => {
    it('lists the person’s planned inspections, soonest first, with their units', async () => {
      const a = await unit('午公司');
      const b = await unit('未公司');
      const c = await unit('申公司');
      const [late] = await assign(INSPECTOR, { unitIds: [a], plannedDate: '2026-12-05' });
      const [soon] = await assign(INSPECTOR2, { unitIds: [b], plannedDate: '2026-12-01', inspectors: [INSPECTOR, INSPECTOR2] });
      const [today] = await assign(INSPECTOR, { unitIds: [c], plannedDate: '2026-11-30' });
      const [sameDayLater] = await assign(INSPECTOR, { unitIds: [a], plannedDate: '2026-12-01' });
      const [finished] = await assign(INSPECTOR, { unitIds: [c], plannedDate: '2026-11-30' });
      await record(INSPECTOR, finished!.id);
      await assign(INSPECTOR2, { unitIds: [a], plannedDate: '2026-11-30', inspectors: [INSPECTOR2] });
      const mine = await h.sut.inspections.mine(INSPECTOR);
      expect(mine.map((m) => [m.inspection.number, m.inspection.plannedDate, m.unit.name])).toEqual([
        [today!.number, '2026-11-30', '申公司'],
        [soon!.number, '2026-12-01', '未公司'],
        [sameDayLater!.number, '2026-12-01', '午公司'],
        [late!.number, '2026-12-05', '午公司'],
      ]);
      expect(mine[1]!.inspection.inspectors).toEqual([INSPECTOR, INSPECTOR2]);
      expect((await h.sut.inspections.mine(INSPECTOR3))).toEqual([]);
    });
  });

  describe('due', () => {
    it('lists units still due this period, red first then the period ending soonest, without those inspected in the period', async () => {
      const blue1 = await unit('蓝色单位1');
      const red = await unit('红色单位', 'commerce');
      await h.sut.hazards.register(INSPECTOR, makeHazard(red, { level: 'major', title: '储罐区阀门泄漏' }));
      const yellow1 = await unit('黄色单位1', 'mining');
      const yellowDone = await unit('黄色单位2', 'fireworks');
      const yellowLastHalf = await unit('黄色单位3', 'construction');
      const blueDone = await unit('蓝色单位2');
      const blueLastMonth = await unit('蓝色单位3');
      await doneOn(yellowDone, '2026-11-16');
      await doneOn(yellowLastHalf, '2026-11-15');
      await doneOn(blueDone, '2026-11-01');
      await doneOn(blueLastMonth, '2026-10-31');
      const [planned] = await assign(INSPECTOR, { unitIds: [blue1], plannedDate: '2026-12-02', inspectors: [INSPECTOR, INSPECTOR2] });

      const due = await h.sut.inspections.due(LEADER);
      expect(due.today).toBe('2026-11-30');
      expect(due.total).toBe(5);
      expect(due.units.map((d) => [d.unit.id, d.unit.tier, d.standing.period.start, d.standing.period.end, d.standing.daysLeft])).toEqual([
        [red, 'red', '2026-11-30', '2026-12-06', 7],
        [yellow1, 'yellow', '2026-11-16', '2026-11-30', 1],
        [yellowLastHalf, 'yellow', '2026-11-16', '2026-11-30', 1],
        [blue1, 'blue', '2026-11-01', '2026-11-30', 1],
        [blueLastMonth, 'blue', '2026-11-01', '2026-11-30', 1],
      ]);
      expect(due.units.every((d) => d.standing.due && d.standing.doneOn === null)).toBe(true);
      expect(due.units[3]!.planned).toEqual({ number: planned!.number, date: '2026-12-02', inspectors: [INSPECTOR, INSPECTOR2] });
      expect(due.units[0]!.planned).toBeNull();
      expect(due.units[0]!.unit).toEqual({ id: red, name: '红色单位', town: '城关镇', tier: 'red' });
    });

    it('shows at most 20 with the total, and refuses people who may not assign', async () => {
      const ids: number[] = [];
      for (let i = 0; i < 23; i++) ids.push(await unit(`社区站点${String(i).padStart(2, '0')}`));
      await doneOn(ids[5]!, '2026-11-20');
      const due = await h.sut.inspections.due(INSPECTOR);
      expect(due.total).toBe(22);
      expect(due.units).toHaveLength(20);
      expect(due.units.map((d) => d.unit.id)).toEqual(ids.filter((id) => id !== ids[5]).slice(0, 20));
      expect(code(await h.sut.inspections.due(EXPERT).catch((e: unknown) => e))).toBe('auth.role_required');
      expect(code(await h.sut.inspections.due(NOBODY).catch((e: unknown) => e))).toBe('auth.role_required');
    });
  });

  describe('setCard', () => {
    const cardAudit = async (user: string) => (await listAudit(h.db, 'user', user)).filter((a) => a.action === 'settings.enforcement_card');
    const cardOf = async (user: string) => (await h.db('user_setting').where({ user_id: user }).first())?.enforcement_card ?? null;

    it('lets a person set and clear their own card, audited', async () => {
      await h.sut.inspections.setCard(INSPECTOR, INSPECTOR, '  ZF-44010001 ');
      expect(await cardOf(INSPECTOR)).toBe('ZF-44010001');
      expect(await cardAudit(INSPECTOR)).toMatchObject([{ actor: INSPECTOR, action: 'settings.enforcement_card', after: { card: 'ZF-44010001' } }]);
      await h.sut.inspections.setCard(INSPECTOR, INSPECTOR, null);
      expect(await cardOf(INSPECTOR)).toBeNull();
      expect((await cardAudit(INSPECTOR)).map((a) => a.after)).toEqual([{ card: 'ZF-44010001' }, { card: null }]);
    });

    it('lets an admin set someone else’s card, and refuses anyone else, changing nothing', async () => {
      await h.sut.inspections.setCard(ADMIN, INSPECTOR2, '粤执0002');
      expect(await cardOf(INSPECTOR2)).toBe('粤执0002');
      expect(await cardAudit(INSPECTOR2)).toMatchObject([{ actor: ADMIN, after: { card: '粤执0002' } }]);
      for (const actor of [INSPECTOR, LEADER, NOBODY]) {
        expect((await refused(() => h.sut.inspections.setCard(actor, INSPECTOR2, 'ZF-99999999'), 'auth.role_required')).details.roles).toBe('admin');
      }
      expect(await cardOf(INSPECTOR2)).toBe('粤执0002');
    });

    it.each(['ab1', 'ZF 0001', 'ZF/0001'])('refuses a card number like %j on the card field', async (card) => {
      expect((await refused(() => h.sut.inspections.setCard(INSPECTOR, INSPECTOR, card), 'inspection.card_invalid')).details).toEqual({ field: 'card' });
    });
  });
});
