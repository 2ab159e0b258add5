import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../src/db/repositories/audit.repository.js';
import type { Db } from '../../src/db/knex.js';
import { DomainError } from '../../src/domain/errors.js';
import type { HazardStatus } from '../../src/domain/hazard/hazard.js';
import type { ActionInput } from '../../src/services/hazard/action-input.js';
import { makeHazard, PLAN } from '../support/hazards.js';
import { ADMIN, EXPERT, INSPECTOR, LEADER, makeUnit, NOBODY, serviceHarness, type ServiceHarness } from '../support/services.js';
import { DIALECTS } from '../support/test-db.js';

const CONTACT = 'UCONTACT01';
const OTHER_CONTACT = 'UCONTACT02'; // contact of another unit
const EXPERT2 = 'UEXPERT002';
const INSPECTOR2 = 'UINSPECT02';

const TABLES = ['hazard', 'hazard_file', 'hazard_order', 'hazard_listing', 'hazard_expert', 'hazard_plan', 'hazard_rectification', 'hazard_acceptance',
  'hazard_extension', 'hazard_referral', 'audit_log', 'outbox', 'unit', 'tier_change', 'counter'] as const;

async function snapshot(db: Db): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const t of TABLES) out[t] = (await db(t).select('*')).map((r: object) => JSON.stringify(r)).sort();
  return out;
}

const INPUT = {
  confirm: { action: 'confirm', level: 'general', deadline: '2026-12-10', assignee: INSPECTOR, note: '' },
  dismiss: { action: 'dismiss', reason: '不属实' },
  issue_order: { action: 'issue_order', measures: '立即接地', deadline: '2026-12-10' },
  close_on_spot: { action: 'close_on_spot', note: '当场整改完毕' },
  report_rectified: { action: 'report_rectified', evidence: '已接地', photos: [] },
  reinspect: { action: 'reinspect', passed: true, note: '' },
  list_for_supervision: { action: 'list_for_supervision', leader: LEADER, level: 'county', documentNumber: '安委办〔2026〕12号', listedDate: '2026-11-30' },
  assign_experts: { action: 'assign_experts', experts: [EXPERT] },
  record_opinion: { action: 'record_opinion', opinion: '需更换阀门' },
  record_plan: { action: 'record_plan', plan: PLAN },
  apply_acceptance: { action: 'apply_acceptance', evaluatorKind: 'agency', evaluatorName: '某安全评价公司', reportRef: 'PJ-2026-088', note: '' },
  expert_sign: { action: 'expert_sign', passed: true, opinion: '整改到位' },
  authority_sign: { action: 'authority_sign', passed: true, opinion: '同意销号' },
  request_extension: { action: 'request_extension', deadline: '2026-12-20', reason: '阀门到货延迟' },
  decide_extension: { action: 'decide_extension', approved: true, note: '' },
  refer_joint: { action: 'refer_joint', departments: '市场监管局', measures: '联合查封' },
  void: { action: 'void', reason: '登记错误' },
} as const satisfies { [A in ActionInput['action']]: Extract<ActionInput, { action: A }> };

type Stage = 'reported' | 'open' | 'rectifying' | 'awaiting_verification' | 'extension_pending'
  | 'major_open' | 'major_rectifying' | 'awaiting_acceptance' | 'expert_accepted';

describe.each(DIALECTS)('hazard permissions on %s', (dialect) => {
  let h: ServiceHarness;
  let unitId: number;
  let unitName: string;
  beforeEach(async () => {
    h = await serviceHarness(dialect);
    const card = await h.sut.units.register(INSPECTOR, makeUnit({ industry: 'commerce', creditCode: '91110108551385082Q' }));
    unitId = card.unit.id;
    unitName = card.unit.name;
    const other = await h.sut.units.register(INSPECTOR, makeUnit({ industry: 'community' }));
    await h.sut.contacts.link(INSPECTOR, unitId, [CONTACT]);
    await h.sut.contacts.link(INSPECTOR, other.unit.id, [OTHER_CONTACT]);
    await h.sut.roles.grant(ADMIN, EXPERT2, 'expert');
    await h.sut.roles.grant(ADMIN, INSPECTOR2, 'inspector');
  });
  afterEach(async () => h.close());

  const perform = (actor: string, id: number, expected: HazardStatus | undefined, input: ActionInput) => h.sut.hazards.perform(actor, id, expected, input);

  /** A hazard of the test unit brought to a stage the usual way; returns its id and status. */
  async function hazardAt(stage: Stage): Promise<{ id: number; status: HazardStatus }> {
    if (stage === 'reported') {
      const d = await h.sut.hazards.register(NOBODY, makeHazard(unitId, { source: 'public_report', deadline: null, assignee: null }));
      return { id: d.hazard.id, status: 'reported' };
    }
    if (!stage.startsWith('major') && stage !== 'awaiting_acceptance' && stage !== 'expert_accepted') {
      const id = (await h.sut.hazards.register(INSPECTOR, makeHazard(unitId))).hazard.id;
      if (stage === 'open') return { id, status: 'open' };
      if (stage === 'extension_pending') {
        await perform(CONTACT, id, 'open', INPUT.request_extension);
        return { id, status: 'open' };
      }
      await perform(INSPECTOR, id, 'open', INPUT.issue_order);
      if (stage === 'rectifying') return { id, status: 'rectifying' };
      await perform(CONTACT, id, 'rectifying', INPUT.report_rectified);
      return { id, status: 'awaiting_verification' };
    }
    const id = (await h.sut.hazards.register(INSPECTOR, makeHazard(unitId, { level: 'major', title: '储罐区阀门泄漏' }))).hazard.id;
    await perform(INSPECTOR, id, 'open', INPUT.assign_experts);
    if (stage === 'major_open') return { id, status: 'open' };
    await perform(LEADER, id, 'open', INPUT.list_for_supervision);
    await perform(EXPERT, id, 'open', INPUT.record_opinion);
    await perform(INSPECTOR, id, 'open', INPUT.record_plan);
    if (stage === 'major_rectifying') return { id, status: 'rectifying' };
    await perform(CONTACT, id, 'rectifying', INPUT.apply_acceptance);
    if (stage === 'awaiting_acceptance') return { id, status: 'awaiting_acceptance' };
    await perform(EXPERT, id, 'awaiting_acceptance', INPUT.expert_sign);
    return { id, status: 'expert_accepted' };
  }

  const settle = (p: Promise<unknown>) => p.then(() => 'it succeeded', (e: unknown) => e);
  const codeOf = (e: unknown) => (e instanceof DomainError ? e.code : e);

  /** The action is refused both when the modal would open (prepare) and when it is submitted (perform), and nothing changes. */
  async function expectRefused(actor: string, id: number, status: HazardStatus, input: ActionInput, code: string): Promise<DomainError> {
    const before = await snapshot(h.db);
    const audit = (await listAudit(h.db, 'hazard', id)).length;
    const hazard = await h.db('hazard').where({ id }).first();
    const fromPrepare = await settle(h.sut.hazards.prepare(actor, id, input.action, status));
    const fromPerform = await settle(perform(actor, id, status, input));
    expect({ prepare: codeOf(fromPrepare), perform: codeOf(fromPerform) }).toEqual({ prepare: code, perform: code });
    expect((fromPrepare as DomainError).details).toEqual((fromPerform as DomainError).details);
    expect(await listAudit(h.db, 'hazard', id)).toHaveLength(audit);
    expect(await h.db('hazard').where({ id }).first()).toMatchObject({ status: hazard.status, version: hazard.version });
    expect(await snapshot(h.db)).toEqual(before);
    return fromPerform as DomainError;
  }

  const ROLE = 'auth.role_required';
  const CASES: [string, Stage, string, ActionInput, string, Record<string, unknown>][] = [
    ['issue_order by a person without a role', 'open', NOBODY, INPUT.issue_order, ROLE, { roles: 'inspector' }],
    ['issue_order by an expert', 'open', EXPERT, INPUT.issue_order, ROLE, { roles: 'inspector' }],
    ['issue_order by a leader', 'open', LEADER, INPUT.issue_order, ROLE, { roles: 'inspector' }],
    ['issue_order by the unit contact', 'open', CONTACT, INPUT.issue_order, ROLE, { roles: 'inspector' }],
    ['close_on_spot by a leader', 'open', LEADER, INPUT.close_on_spot, ROLE, { roles: 'inspector' }],
    ['confirm by an expert', 'reported', EXPERT, INPUT.confirm, ROLE, { roles: 'admin,inspector,leader' }],
    ['confirm by the public reporter', 'reported', NOBODY, INPUT.confirm, ROLE, { roles: 'admin,inspector,leader' }],
    ['dismiss by the unit contact', 'reported', CONTACT, INPUT.dismiss, ROLE, { roles: 'admin,inspector,leader' }],
    ['report_rectified by a leader', 'rectifying', LEADER, INPUT.report_rectified, 'hazard.not_unit_contact', {}],
    ['report_rectified by an expert', 'rectifying', EXPERT, INPUT.report_rectified, 'hazard.not_unit_contact', {}],
    ['report_rectified by a person without a role', 'rectifying', NOBODY, INPUT.report_rectified, 'hazard.not_unit_contact', {}],
    ['report_rectified by the contact of another unit', 'rectifying', OTHER_CONTACT, INPUT.report_rectified, 'hazard.not_unit_contact', {}],
    ['reinspect by the unit contact (the unit cannot verify itself)', 'awaiting_verification', CONTACT, INPUT.reinspect, ROLE, { roles: 'inspector' }],
    ['reinspect by a leader', 'awaiting_verification', LEADER, INPUT.reinspect, ROLE, { roles: 'inspector' }],
    ['list_for_supervision by an inspector', 'major_open', INSPECTOR, INPUT.list_for_supervision, ROLE, { roles: 'admin,leader' }],
    ['assign_experts by an expert', 'major_open', EXPERT, { action: 'assign_experts', experts: [EXPERT2] }, ROLE, { roles: 'admin,inspector,leader' }],
    ['record_plan by the unit contact', 'major_open', CONTACT, INPUT.record_plan, ROLE, { roles: 'admin,inspector,leader' }],
    ['record_opinion by an expert not assigned to the hazard', 'major_open', EXPERT2, INPUT.record_opinion, 'hazard.expert_not_assigned', { number: 'YH-2026-0001' }],
    ['record_opinion by an inspector', 'major_open', INSPECTOR, INPUT.record_opinion, 'hazard.expert_not_assigned', { number: 'YH-2026-0001' }],
    ['record_opinion by a leader', 'major_open', LEADER, INPUT.record_opinion, 'hazard.expert_not_assigned', { number: 'YH-2026-0001' }],
    ['apply_acceptance by a leader', 'major_rectifying', LEADER, INPUT.apply_acceptance, 'hazard.not_unit_contact', {}],
    ['apply_acceptance by the assigned expert', 'major_rectifying', EXPERT, INPUT.apply_acceptance, 'hazard.not_unit_contact', {}],
    ['expert_sign by an expert not assigned to the hazard', 'awaiting_acceptance', EXPERT2, INPUT.expert_sign, 'hazard.expert_not_assigned', { number: 'YH-2026-0001' }],
    ['expert_sign by an inspector', 'awaiting_acceptance', INSPECTOR, INPUT.expert_sign, 'hazard.expert_not_assigned', { number: 'YH-2026-0001' }],
    ['expert_sign by the unit contact', 'awaiting_acceptance', CONTACT, INPUT.expert_sign, 'hazard.expert_not_assigned', { number: 'YH-2026-0001' }],
    ['authority_sign by an inspector', 'expert_accepted', INSPECTOR, INPUT.authority_sign, ROLE, { roles: 'admin,leader' }],
    ['authority_sign by the acceptance expert', 'expert_accepted', EXPERT, INPUT.authority_sign, ROLE, { roles: 'admin,leader' }],
    ['request_extension by an expert', 'open', EXPERT, INPUT.request_extension, 'hazard.not_unit_contact', {}],
    ['request_extension by the contact of another unit', 'open', OTHER_CONTACT, INPUT.request_extension, 'hazard.not_unit_contact', {}],
    ['decide_extension by an inspector', 'extension_pending', INSPECTOR, INPUT.decide_extension, ROLE, { roles: 'admin,leader' }],
    ['decide_extension by the requesting unit contact', 'extension_pending', CONTACT, INPUT.decide_extension, ROLE, { roles: 'admin,leader' }],
    ['refer_joint by an inspector', 'open', INSPECTOR, INPUT.refer_joint, ROLE, { roles: 'admin,leader' }],
    ['void by an inspector', 'open', INSPECTOR, INPUT.void, ROLE, { roles: 'admin,leader' }],
    ['void by the unit contact', 'rectifying', CONTACT, INPUT.void, ROLE, { roles: 'admin,leader' }],
    ['void of a public report by its reporter', 'reported', NOBODY, INPUT.void, ROLE, { roles: 'admin,leader' }],
  ];

  it.each(CASES)('refuses %s', async (_name, stage, actor, input, code, details) => {
    const { id, status } = await hazardAt(stage);
    const e = await expectRefused(actor, id, status, input, code);
    if (code === 'hazard.not_unit_contact') expect(e.details).toEqual({ unit: unitName });
    else expect(e.details).toEqual(details);
  });

  it('lets the permitted people do the same actions (the refusals above are about the person, not the hazard)', async () => {
    const g = await hazardAt('rectifying');
    expect((await perform(CONTACT, g.id, 'rectifying', INPUT.report_rectified)).rectifications.at(-1)).toMatchObject({ reportedBy: CONTACT, onBehalf: false });
    const m = await hazardAt('major_open');
    expect((await perform(EXPERT, m.id, 'open', INPUT.record_opinion)).experts).toMatchObject([{ userId: EXPERT, opinion: '需更换阀门' }]);
    const a = await hazardAt('awaiting_acceptance');
    expect((await perform(EXPERT, a.id, 'awaiting_acceptance', INPUT.expert_sign)).hazard.status).toBe('expert_accepted');
    expect((await perform(LEADER, a.id, 'expert_accepted', INPUT.authority_sign)).hazard.status).toBe('closed');
    const o = await hazardAt('open');
    await perform(INSPECTOR2, o.id, 'open', INPUT.request_extension);
    expect((await perform(LEADER, o.id, 'open', INPUT.decide_extension)).hazard.deadline).toBe('2026-12-20');
  });

  it('re-checks the role at submission: a role revoked after the modal opened is refused', async () => {
    const { id } = await hazardAt('open');
    await h.sut.hazards.prepare(INSPECTOR2, id, 'issue_order', 'open');
    await h.sut.roles.revoke(ADMIN, INSPECTOR2, 'inspector');
    await expectRefused(INSPECTOR2, id, 'open', INPUT.issue_order, ROLE);
  });

  it('refuses a contact who was unlinked from the unit', async () => {
    const { id } = await hazardAt('rectifying');
    await h.sut.contacts.unlink(INSPECTOR, unitId, CONTACT);
    await expectRefused(CONTACT, id, 'rectifying', INPUT.report_rectified, 'hazard.not_unit_contact');
  });

  describe('a second consultation opinion', () => {
    it('is refused with hazard.opinion_recorded while another assigned expert has yet to give theirs', async () => {
      const { id } = await hazardAt('major_open');
      await perform(INSPECTOR, id, 'open', { action: 'assign_experts', experts: [EXPERT2] });
      await perform(EXPERT, id, 'open', INPUT.record_opinion);
      await expectRefused(EXPERT, id, 'open', { action: 'record_opinion', opinion: '改变主意了' }, 'hazard.opinion_recorded');
      expect((await h.db('hazard_expert').where({ hazard_id: id, user_id: EXPERT }).first()).opinion).toBe('需更换阀门');
    });

    it('is refused with opinion_recorded also when they were the only expert (not as stale)', async () => {
      const { id } = await hazardAt('major_open');
      await perform(EXPERT, id, 'open', INPUT.record_opinion);
      await expectRefused(EXPERT, id, 'open', { action: 'record_opinion', opinion: '改变主意了' }, 'hazard.opinion_recorded');
    });
  });

  describe('admins and the expert-only actions (PRODUCT.md §2: an admin may do what a leader may; only assigned experts give opinions and acceptance signatures)', () => {
    it('refuses record_opinion by an admin who is not an assigned expert with hazard.expert_not_assigned', async () => {
      const { id } = await hazardAt('major_open');
      await expectRefused(ADMIN, id, 'open', INPUT.record_opinion, 'hazard.expert_not_assigned');
    });

    it('refuses expert_sign (the acceptance expert’s signature) by an admin who is not an assigned expert', async () => {
      const { id } = await hazardAt('awaiting_acceptance');
      await expectRefused(ADMIN, id, 'awaiting_acceptance', INPUT.expert_sign, 'hazard.expert_not_assigned');
    });
  });
});
