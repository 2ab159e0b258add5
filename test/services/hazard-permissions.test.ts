import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../src/db/repositories/audit.repository.js';
import { DomainError } from '../../src/domain/errors.js';
import type { HazardStatus } from '../../src/domain/hazard/hazard.js';
import type { ActionInput } from '../../src/domain/hazard/action-input.js';
import { ACTION_INPUTS, makeHazard } from '../support/hazards.js';
import { ADMIN, EXPERT, INSPECTOR, LEADER, makeUnit, NOBODY, serviceHarness, type ServiceHarness, orderOfficers } from '../support/services.js';
import { codeOf, HAZARD_TABLES, settle, snapshotOf } from '../support/db-state.js';
import { DIALECTS } from '../support/test-db.js';

const CONTACT = 'UCONTACT01';
const OTHER_CONTACT = 'UCONTACT02'; // contact of another unit
const EXPERT2 = 'UEXPERT002';
const INSPECTOR2 = 'UINSPECT02';

const snapshot = snapshotOf(HAZARD_TABLES);



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
  beforeEach(async () => orderOfficers(h.db));
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
        await perform(CONTACT, id, 'open', ACTION_INPUTS.request_extension);
        return { id, status: 'open' };
      }
      await perform(INSPECTOR, id, 'open', ACTION_INPUTS.issue_order);
      if (stage === 'rectifying') return { id, status: 'rectifying' };
      await perform(CONTACT, id, 'rectifying', ACTION_INPUTS.report_rectified);
      return { id, status: 'awaiting_verification' };
    }
    const id = (await h.sut.hazards.register(INSPECTOR, makeHazard(unitId, { level: 'major', title: '储罐区阀门泄漏' }))).hazard.id;
    await perform(INSPECTOR, id, 'open', ACTION_INPUTS.assign_experts);
    if (stage === 'major_open') return { id, status: 'open' };
    await perform(LEADER, id, 'open', ACTION_INPUTS.list_for_supervision);
    await perform(EXPERT, id, 'open', ACTION_INPUTS.record_opinion);
    await perform(INSPECTOR, id, 'open', ACTION_INPUTS.record_plan);
    if (stage === 'major_rectifying') return { id, status: 'rectifying' };
    await perform(CONTACT, id, 'rectifying', ACTION_INPUTS.apply_acceptance);
    if (stage === 'awaiting_acceptance') return { id, status: 'awaiting_acceptance' };
    await perform(EXPERT, id, 'awaiting_acceptance', ACTION_INPUTS.expert_sign);
    return { id, status: 'expert_accepted' };
  }


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
    ['issue_order by a person without a role', 'open', NOBODY, ACTION_INPUTS.issue_order, ROLE, { roles: 'inspector' }],
    ['issue_order by an expert', 'open', EXPERT, ACTION_INPUTS.issue_order, ROLE, { roles: 'inspector' }],
    ['issue_order by a leader', 'open', LEADER, ACTION_INPUTS.issue_order, ROLE, { roles: 'inspector' }],
    ['issue_order by the unit contact', 'open', CONTACT, ACTION_INPUTS.issue_order, ROLE, { roles: 'inspector' }],
    ['close_on_spot by a leader', 'open', LEADER, ACTION_INPUTS.close_on_spot, ROLE, { roles: 'inspector' }],
    ['confirm by an expert', 'reported', EXPERT, ACTION_INPUTS.confirm, ROLE, { roles: 'admin,inspector,leader' }],
    ['confirm by the public reporter', 'reported', NOBODY, ACTION_INPUTS.confirm, ROLE, { roles: 'admin,inspector,leader' }],
    ['dismiss by the unit contact', 'reported', CONTACT, ACTION_INPUTS.dismiss, ROLE, { roles: 'admin,inspector,leader' }],
    ['report_rectified by a leader', 'rectifying', LEADER, ACTION_INPUTS.report_rectified, 'hazard.not_unit_contact', {}],
    ['report_rectified by an expert', 'rectifying', EXPERT, ACTION_INPUTS.report_rectified, 'hazard.not_unit_contact', {}],
    ['report_rectified by a person without a role', 'rectifying', NOBODY, ACTION_INPUTS.report_rectified, 'hazard.not_unit_contact', {}],
    ['report_rectified by the contact of another unit', 'rectifying', OTHER_CONTACT, ACTION_INPUTS.report_rectified, 'hazard.not_unit_contact', {}],
    ['reinspect by the unit contact (the unit cannot verify itself)', 'awaiting_verification', CONTACT, ACTION_INPUTS.reinspect, ROLE, { roles: 'inspector' }],
    ['reinspect by a leader', 'awaiting_verification', LEADER, ACTION_INPUTS.reinspect, ROLE, { roles: 'inspector' }],
    ['list_for_supervision by an inspector', 'major_open', INSPECTOR, ACTION_INPUTS.list_for_supervision, ROLE, { roles: 'admin,leader' }],
    ['assign_experts by an expert', 'major_open', EXPERT, { action: 'assign_experts', experts: [EXPERT2] }, ROLE, { roles: 'admin,inspector,leader' }],
    ['record_plan by the unit contact', 'major_open', CONTACT, ACTION_INPUTS.record_plan, ROLE, { roles: 'admin,inspector,leader' }],
    ['record_opinion by an expert not assigned to the hazard', 'major_open', EXPERT2, ACTION_INPUTS.record_opinion, 'hazard.expert_not_assigned', { number: 'YH-2026-0001' }],
    ['record_opinion by an inspector', 'major_open', INSPECTOR, ACTION_INPUTS.record_opinion, 'hazard.expert_not_assigned', { number: 'YH-2026-0001' }],
    ['record_opinion by a leader', 'major_open', LEADER, ACTION_INPUTS.record_opinion, 'hazard.expert_not_assigned', { number: 'YH-2026-0001' }],
    ['apply_acceptance by a leader', 'major_rectifying', LEADER, ACTION_INPUTS.apply_acceptance, 'hazard.not_unit_contact', {}],
    ['apply_acceptance by the assigned expert', 'major_rectifying', EXPERT, ACTION_INPUTS.apply_acceptance, 'hazard.not_unit_contact', {}],
    ['expert_sign by an expert not assigned to the hazard', 'awaiting_acceptance', EXPERT2, ACTION_INPUTS.expert_sign, 'hazard.expert_not_assigned', { number: 'YH-2026-0001' }],
    ['expert_sign by an inspector', 'awaiting_acceptance', INSPECTOR, ACTION_INPUTS.expert_sign, 'hazard.expert_not_assigned', { number: 'YH-2026-0001' }],
    ['expert_sign by the unit contact', 'awaiting_acceptance', CONTACT, ACTION_INPUTS.expert_sign, 'hazard.expert_not_assigned', { number: 'YH-2026-0001' }],
    ['authority_sign by an inspector', 'expert_accepted', INSPECTOR, ACTION_INPUTS.authority_sign, ROLE, { roles: 'admin,leader' }],
    ['authority_sign by the acceptance expert', 'expert_accepted', EXPERT, ACTION_INPUTS.authority_sign, ROLE, { roles: 'admin,leader' }],
    ['request_extension by an expert', 'open', EXPERT, ACTION_INPUTS.request_extension, 'hazard.not_unit_contact', {}],
    ['request_extension by the contact of another unit', 'open', OTHER_CONTACT, ACTION_INPUTS.request_extension, 'hazard.not_unit_contact', {}],
    ['decide_extension by an inspector', 'extension_pending', INSPECTOR, ACTION_INPUTS.decide_extension, ROLE, { roles: 'admin,leader' }],
    ['decide_extension by the requesting unit contact', 'extension_pending', CONTACT, ACTION_INPUTS.decide_extension, ROLE, { roles: 'admin,leader' }],
    ['refer_joint by an inspector', 'open', INSPECTOR, ACTION_INPUTS.refer_joint, ROLE, { roles: 'admin,leader' }],
    ['void by an inspector', 'open', INSPECTOR, ACTION_INPUTS.void, ROLE, { roles: 'admin,leader' }],
    ['void by the unit contact', 'rectifying', CONTACT, ACTION_INPUTS.void, ROLE, { roles: 'admin,leader' }],
    ['void of a public report by its reporter', 'reported', NOBODY, ACTION_INPUTS.void, ROLE, { roles: 'admin,leader' }],
  ];

  it.each(CASES)('refuses %s', async (_name, stage, actor, input, code, details) => {
    const { id, status } = await hazardAt(stage);
    const e = await expectRefused(actor, id, status, input, code);
    if (code === 'hazard.not_unit_contact') expect(e.details).toEqual({ unit: unitName });
    else expect(e.details).toEqual(details);
  });

  it('lets the permitted people do the same actions (the refusals above are about the person, not the hazard)', async () => {
    const g = await hazardAt('rectifying');
    expect((await perform(CONTACT, g.id, 'rectifying', ACTION_INPUTS.report_rectified)).rectifications.at(-1)).toMatchObject({ reportedBy: CONTACT, onBehalf: false });
    const m = await hazardAt('major_open');
    expect((await perform(EXPERT, m.id, 'open', ACTION_INPUTS.record_opinion)).experts).toMatchObject([{ userId: EXPERT, opinion: '需更换阀门' }]);
    const a = await hazardAt('awaiting_acceptance');
    expect((await perform(EXPERT, a.id, 'awaiting_acceptance', ACTION_INPUTS.expert_sign)).hazard.status).toBe('expert_accepted');
    expect((await perform(LEADER, a.id, 'expert_accepted', ACTION_INPUTS.authority_sign)).hazard.status).toBe('closed');
    const o = await hazardAt('open');
    await perform(INSPECTOR2, o.id, 'open', ACTION_INPUTS.request_extension);
    expect((await perform(LEADER, o.id, 'open', ACTION_INPUTS.decide_extension)).hazard.deadline).toBe('2026-12-20');
  });

  it('re-checks the role at submission: a role revoked after the modal opened is refused', async () => {
    const { id } = await hazardAt('open');
    await h.sut.hazards.prepare(INSPECTOR2, id, 'issue_order', 'open');
    await h.sut.roles.revoke(ADMIN, INSPECTOR2, 'inspector');
    await expectRefused(INSPECTOR2, id, 'open', ACTION_INPUTS.issue_order, ROLE);
  });

  it('refuses a contact who was unlinked from the unit', async () => {
    const { id } = await hazardAt('rectifying');
    await h.sut.contacts.unlink(INSPECTOR, unitId, CONTACT);
    await expectRefused(CONTACT, id, 'rectifying', ACTION_INPUTS.report_rectified, 'hazard.not_unit_contact');
  });

  describe('a second consultation opinion', () => {
    it('is refused with hazard.opinion_recorded while another assigned expert has yet to give theirs', async () => {
      const { id } = await hazardAt('major_open');
      await perform(INSPECTOR, id, 'open', { action: 'assign_experts', experts: [EXPERT2] });
      await perform(EXPERT, id, 'open', ACTION_INPUTS.record_opinion);
      await expectRefused(EXPERT, id, 'open', { action: 'record_opinion', opinion: '改变主意了' }, 'hazard.opinion_recorded');
      expect((await h.db('hazard_expert').where({ hazard_id: id, user_id: EXPERT }).first()).opinion).toBe('需更换阀门');
    });

    it('is refused with opinion_recorded also when they were the only expert (not as stale)', async () => {
      const { id } = await hazardAt('major_open');
      await perform(EXPERT, id, 'open', ACTION_INPUTS.record_opinion);
      await expectRefused(EXPERT, id, 'open', { action: 'record_opinion', opinion: '改变主意了' }, 'hazard.opinion_recorded');
    });
  });

  describe('admins and the expert-only actions (PRODUCT.md §2: an admin may do what a leader may; only assigned experts give opinions and acceptance signatures)', () => {
    it('refuses record_opinion by an admin who is not an assigned expert with hazard.expert_not_assigned', async () => {
      const { id } = await hazardAt('major_open');
      await expectRefused(ADMIN, id, 'open', ACTION_INPUTS.record_opinion, 'hazard.expert_not_assigned');
    });

    it('refuses expert_sign (the acceptance expert’s signature) by an admin who is not an assigned expert', async () => {
      const { id } = await hazardAt('awaiting_acceptance');
      await expectRefused(ADMIN, id, 'awaiting_acceptance', ACTION_INPUTS.expert_sign, 'hazard.expert_not_assigned');
    });
  });
});
