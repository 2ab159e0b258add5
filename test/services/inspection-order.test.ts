import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../src/db/repositories/audit.repository.js';
import { loadHazardDocument } from '../../src/services/hazard/documents.js';
import { CONTACT, hazardOffice, makeHazard } from '../support/hazards.js';
import { codeOf, HAZARD_TABLES, lastOutboxId, queuedMessages, settle, snapshotOf } from '../support/db-state.js';
import { LEADER, OFFICER2, INSPECTOR, orderOfficers, type ServiceHarness } from '../support/services.js';
import { DIALECTS } from '../support/test-db.js';

const snapshot = snapshotOf(HAZARD_TABLES);

describe.each(DIALECTS)('one order for the hazards of an inspection on %s', (dialect) => {
  let h: ServiceHarness;
  let inspectionId: number;
  let ids: { wiring: number; exit: number; tank: number; other: number };
  beforeEach(async () => {
    let unitId: number;
    ({ h, unitId } = await hazardOffice(dialect));
    await orderOfficers(h.db);
    const [inspection] = await h.sut.inspections.assign(LEADER, { unitIds: [unitId], plannedDate: '2026-11-30', inspectors: [INSPECTOR], visitType: 'patrol', acknowledgeCap: false });
    inspectionId = inspection!.id;
    await h.sut.inspections.record(INSPECTOR, inspectionId, { outcome: 'done', doneDate: '2026-11-30', summary: '检查了配电、消防和储罐区', findings: '发现三处问题' });
    const reg = async (o: Parameters<typeof makeHazard>[1]) => (await h.sut.hazards.register(INSPECTOR, makeHazard(unitId, { inspectionId, ...o }))).hazard.id;
    ids = {
      wiring: await reg({ title: '配电箱未接地' }),
      exit: await reg({ title: '安全出口堵塞', location: '一楼东侧', category: 'fire' }),
      tank: await reg({ title: '储罐区阀门泄漏', level: 'major', deadline: '2027-01-31' }),
      other: (await h.sut.hazards.register(INSPECTOR, makeHazard(unitId, { title: '别的检查发现的隐患' }))).hazard.id, // not from this inspection
    };
  });
  afterEach(async () => h.close());

  const input = (hazardIds: number[], over: Partial<{ secondOfficer: string; deadline: string }> = {}) => ({ hazardIds, measures: '逐项整改，整改完毕后报告', deadline: '2026-12-15', secondOfficer: OFFICER2, ...over });

  it('offers the inspection’s hazards an order may still cover', async () => {
    const draft = await h.sut.hazards.inspectionOrderDraft(INSPECTOR, inspectionId);
    expect(draft.hazards.map((x) => x.id)).toEqual([ids.wiring, ids.exit, ids.tank]);
  });

  it('issues one order: one ZG number and document number for all, generals to rectification, the major listed but unmoved', async () => {
    const from = await lastOutboxId(h.db);
    const result = await h.sut.hazards.issueInspectionOrder(INSPECTOR, inspectionId, input([ids.wiring, ids.exit, ids.tank]));
    expect(result.number).toBe('ZG-2026-0001');
    const rows = await h.db('hazard_order').orderBy('id');
    expect(rows.map((r) => [Number(r.hazard_id), r.number, Number(r.doc_serial), r.second_officer, Number(r.inspection_id)])).toEqual([
      [ids.wiring, 'ZG-2026-0001', 1, OFFICER2, inspectionId], [ids.exit, 'ZG-2026-0001', 1, OFFICER2, inspectionId], [ids.tank, 'ZG-2026-0001', 1, OFFICER2, inspectionId],
    ]);
    const status = async (id: number) => (await h.db('hazard').where({ id }).first()).status;
    expect([await status(ids.wiring), await status(ids.exit), await status(ids.tank), await status(ids.other)]).toEqual(['rectifying', 'rectifying', 'open', 'open']);
    for (const id of [ids.wiring, ids.exit, ids.tank]) expect((await listAudit(h.db, 'hazard', id)).at(-1)!.action).toBe('hazard.issue_order');
    // Each hazard's thread gets the document; the unit's contact is asked to report each rectification.
    const queued = await queuedMessages(h.db, from);
    expect(queued.filter((m) => m.notice.type === 'hazard_document').map((m) => (m.notice as { hazardId: number }).hazardId)).toEqual([ids.wiring, ids.exit, ids.tank]);
    expect(queued.some((m) => m.delivery.op === 'dm' && m.delivery.user === CONTACT && m.notice.type === 'hazard_todo')).toBe(true);
    // The document lists every problem, the major one by its item number, and both officers.
    const order = (await h.db('hazard_order').where({ hazard_id: ids.exit }).first()).id as number;
    const doc = await loadHazardDocument(h.db, { hazardId: ids.exit, document: 'order', recordId: Number(order) }, { timezone: 'Asia/Shanghai', office: { numberPrefix: '金' }, nameOf: async (u) => u });
    expect(doc.kind === 'order' && doc.data).toMatchObject({
      documentNumber: '（金）应急责改〔2026〕1号', problems: [{ title: '配电箱未接地' }, { title: '安全出口堵塞' }, { title: '储罐区阀门泄漏' }], majorItems: [3],
      inspectors: [{ name: INSPECTOR, card: 'ZF-4401-0001' }, { name: OFFICER2, card: 'ZF-4401-0009' }],
    });
  });

  it.each([
    ['a hazard of another inspection', () => input([ids.wiring, ids.other]), 'order.no_hazards'],
    ['no hazard', () => input([]), 'order.no_hazards'],
    ['a second officer without a card', () => input([ids.wiring], { secondOfficer: 'UINSPECT03' }), 'hazard.not_inspector'],
    ['the issuer as the second officer', () => input([ids.wiring], { secondOfficer: INSPECTOR }), 'order.too_few_officers'],
    ['a deadline in the past', () => input([ids.wiring], { deadline: '2026-11-01' }), 'hazard.deadline_in_past'],
  ])('refuses %s and changes nothing', async (_label, make, code) => {
    const was = await snapshot(h.db);
    expect(codeOf(await settle(h.sut.hazards.issueInspectionOrder(INSPECTOR, inspectionId, make())))).toBe(code);
    expect(await snapshot(h.db)).toEqual(was);
  });

  it('is all or nothing: a hazard that moved on meanwhile refuses the whole order, naming it', async () => {
    await h.sut.hazards.perform(INSPECTOR, ids.exit, 'open', { action: 'close_on_spot', note: '当场清理' });
    const was = await snapshot(h.db);
    const error = await settle(h.sut.hazards.issueInspectionOrder(INSPECTOR, inspectionId, input([ids.wiring, ids.exit])));
    expect(codeOf(error)).toBe('order.hazard_not_orderable');
    expect((error as { details: Record<string, unknown> }).details).toMatchObject({ number: 'YH-2026-0002', status: 'closed', field: 'hazards' });
    expect(await snapshot(h.db)).toEqual(was);
  });

  it('is for inspectors only', async () => {
    const was = await snapshot(h.db);
    expect(codeOf(await settle(h.sut.hazards.issueInspectionOrder(LEADER, inspectionId, input([ids.wiring]))))).toBe('auth.role_required');
    expect(codeOf(await settle(h.sut.hazards.issueInspectionOrder(CONTACT, inspectionId, input([ids.wiring]))))).toBe('auth.role_required');
    expect(await snapshot(h.db)).toEqual(was);
  });
});
