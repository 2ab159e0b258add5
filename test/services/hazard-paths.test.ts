import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../src/db/repositories/audit.repository.js';
import type { DomainError } from '../../src/domain/errors.js';
import { CONTACT, hazardOffice, makeHazard, PLAN } from '../support/hazards.js';
import { ADMIN, EXPERT, INSPECTOR, LEADER, NOBODY, type ServiceHarness, orderOfficers } from '../support/services.js';
import { DIALECTS } from '../support/test-db.js';


describe.each(DIALECTS)('hazard paths on %s', (dialect) => {
  let h: ServiceHarness;
  let unitId: number;
  beforeEach(async () => void ({ h, unitId } = await hazardOffice(dialect, [])));
  beforeEach(async () => orderOfficers(h.db));
  afterEach(async () => h.close());
  const code = (e: unknown) => (e as DomainError).code;
  const actions = async (id: number) => (await listAudit(h.db, 'hazard', id)).map((a) => a.action);

  it('takes a general hazard from registration to closed by re-inspection', async () => {
    const reg = await h.sut.hazards.register(INSPECTOR, makeHazard(unitId));
    expect(reg.hazard).toMatchObject({ number: 'YH-2026-0001', status: 'open', assignee: INSPECTOR });
    const id = reg.hazard.id;
    let d = await h.sut.hazards.perform(INSPECTOR, id, 'open', { action: 'issue_order', measures: '立即接地', deadline: '2026-12-10', secondOfficer: 'UOFFICER02' });
    expect(d.hazard.status).toBe('rectifying');
    expect(d.orders[0]!.number).toBe('ZG-2026-0001');
    d = await h.sut.hazards.perform(CONTACT, id, 'rectifying', { action: 'report_rectified', evidence: '已接地', photos: [] });
    expect(d.hazard.status).toBe('awaiting_verification');
    d = await h.sut.hazards.perform(INSPECTOR, id, 'awaiting_verification', { action: 'reinspect', passed: false, note: '接地电阻不合格', newDeadline: '2026-12-15' });
    expect(d.hazard.status).toBe('rectifying');
    d = await h.sut.hazards.perform(INSPECTOR, id, 'rectifying', { action: 'report_rectified', evidence: '重新接地', photos: [] });
    expect(d.rectifications.at(-1)!.onBehalf).toBe(true);
    d = await h.sut.hazards.perform(INSPECTOR, id, 'awaiting_verification', { action: 'reinspect', passed: true, note: '' });
    expect(d.hazard).toMatchObject({ status: 'closed', closureKind: 'reinspection', closedBy: INSPECTOR });
    expect(await actions(id)).toEqual(['hazard.register', 'hazard.issue_order', 'hazard.report_rectified', 'hazard.reinspect', 'hazard.report_rectified', 'hazard.reinspect']);
    expect(code(await h.sut.hazards.perform(LEADER, id, undefined, { action: 'void', reason: 'x' }).catch((e: unknown) => e))).toBe('hazard.locked');
  });

  it('takes a major hazard through listing, consultation, plan, application and both signatures to closed', async () => {
    const reg = await h.sut.hazards.register(INSPECTOR, makeHazard(unitId, { level: 'major', title: '储罐区阀门泄漏' }));
    const id = reg.hazard.id;
    expect((await h.sut.units.get(unitId)).tier).toBe('red');
    await h.sut.hazards.perform(LEADER, id, 'open', { action: 'list_for_supervision', leader: LEADER, level: 'county', documentNumber: '安委办〔2026〕12号', listedDate: '2026-11-30' });
    await h.sut.hazards.perform(INSPECTOR, id, 'open', { action: 'assign_experts', experts: [EXPERT] });
    await h.sut.hazards.perform(EXPERT, id, 'open', { action: 'record_opinion', opinion: '需更换阀门' });
    let d = await h.sut.hazards.perform(INSPECTOR, id, 'open', { action: 'record_plan', plan: PLAN });
    expect(d.hazard.status).toBe('rectifying');
    d = await h.sut.hazards.perform(CONTACT, id, 'rectifying', { action: 'apply_acceptance', evaluatorKind: 'agency', evaluatorName: '某安全评价公司', reportRef: 'PJ-2026-088', note: '', measuresDone: '已更换阀门并增设报警装置', fundsSpent: '480000' });
    expect(d.hazard.status).toBe('awaiting_acceptance');
    d = await h.sut.hazards.perform(EXPERT, id, 'awaiting_acceptance', { action: 'expert_sign', passed: true, opinion: '整改到位' });
    expect(d.hazard.status).toBe('expert_accepted');
    const [a, b] = await Promise.allSettled([
      h.sut.hazards.perform(LEADER, id, 'expert_accepted', { action: 'authority_sign', passed: true, opinion: '同意销号' }),
      h.sut.hazards.perform(ADMIN, id, 'expert_accepted', { action: 'authority_sign', passed: true, opinion: '同意' }),
    ]);
    expect([a.status, b.status].sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = (a.status === 'rejected' ? a.reason : (b as PromiseRejectedResult).reason) as DomainError;
    expect(rejected.code).toBe('hazard.stale');
    d = (a.status === 'fulfilled' ? a.value : (b as PromiseFulfilledResult<typeof d>).value);
    expect(d.hazard.status).toBe('closed');
    expect(d.acceptances[0]).toMatchObject({ applicant: CONTACT, expert: { by: EXPERT, passed: true }, authority: { passed: true } });
    expect((await h.sut.units.get(unitId)).tier).toBe('blue');
    expect(await actions(id)).toEqual([
      'hazard.register', 'hazard.list_for_supervision', 'hazard.assign_experts', 'hazard.record_opinion', 'hazard.record_plan',
      'hazard.apply_acceptance', 'hazard.expert_sign', 'hazard.authority_sign',
    ]);
    const planRow = (await listAudit(h.db, 'hazard', id)).find((a) => a.action === 'hazard.record_plan')!;
    expect(planRow).toMatchObject({ actor: INSPECTOR, before: { status: 'open' }, after: { status: 'rectifying' } });
    expect((planRow.after as { events: { kind: string }[] }).events.map((e) => e.kind)).toEqual(['record_plan', 'start_rectification']);
  });

  it('refuses a person without the role and changes nothing', async () => {
    const { hazard } = await h.sut.hazards.register(INSPECTOR, makeHazard(unitId));
    const e = await h.sut.hazards.perform(NOBODY, hazard.id, 'open', { action: 'issue_order', measures: 'x', deadline: '2026-12-10', secondOfficer: 'UOFFICER02' }).catch((x: unknown) => x);
    expect(code(e)).toBe('auth.role_required');
    expect(await actions(hazard.id)).toEqual(['hazard.register']);
  });
});
