import { describe, expect, it } from 'vitest';
import { HAZARD_LEVELS, HAZARD_STATUSES, type HazardLevel, type HazardStatus } from '../../src/domain/hazard/hazard.js';
import {
  ACTION_RULES,
  HAZARD_ACTIONS,
  isActionOpen,
  isHazardAction,
  mayPerform,
  openActions,
  rolesFor,
  type HazardAction,
  type HazardFacts,
  type HazardRelations,
} from '../../src/domain/hazard/hazard-actions.js';
import { canMove, type HazardEvent } from '../../src/domain/hazard/hazard-state.js';
import type { Actor, Role } from '../../src/domain/roles.js';

const facts = (f: Partial<HazardFacts> & Pick<HazardFacts, 'level' | 'status'>): HazardFacts => ({
  listed: false,
  referred: false,
  pendingExtension: false,
  experts: [],
  hasPlan: false,
  ...f,
});

const actor = (userId: string, roles: Role[] = []): Actor => ({ userId, roles: new Set<Role>(roles), unitIds: [] });

const NO_CONTACTS: HazardRelations = { unitContacts: [] };

const GENERAL_OPEN = facts({ level: 'general', status: 'open' });
const GENERAL_RECTIFYING = facts({ level: 'general', status: 'rectifying' });
const GENERAL_AWAITING_VERIFICATION = facts({ level: 'general', status: 'awaiting_verification' });
const MAJOR_OPEN_UNLISTED = facts({ level: 'major', status: 'open' });
const MAJOR_OPEN_LISTED_OPINION_MISSING = facts({
  level: 'major',
  status: 'open',
  listed: true,
  hasPlan: true,
  experts: [
    { userId: 'U_EXP1', hasOpinion: false },
    { userId: 'U_EXP2', hasOpinion: true },
  ],
});
const MAJOR_RECTIFYING = facts({ level: 'major', status: 'rectifying', listed: true, hasPlan: true, experts: [{ userId: 'U_EXP1', hasOpinion: true }] });
const MAJOR_AWAITING_ACCEPTANCE = facts({ level: 'major', status: 'awaiting_acceptance', listed: true, hasPlan: true, experts: [{ userId: 'U_EXP1', hasOpinion: true }] });
const MAJOR_EXPERT_ACCEPTED = facts({ level: 'major', status: 'expert_accepted', listed: true, hasPlan: true, experts: [{ userId: 'U_EXP1', hasOpinion: true }] });

describe(openActions.name, () => {
  it.each<[string, HazardFacts, HazardAction[]]>([
    ['general reported', facts({ level: 'general', status: 'reported' }), ['confirm', 'dismiss', 'void']],
    ['major reported', facts({ level: 'major', status: 'reported' }), ['confirm', 'dismiss', 'void']],
    ['general open', GENERAL_OPEN, ['issue_order', 'close_on_spot', 'request_extension', 'refer_joint', 'void']],
    ['general rectifying', GENERAL_RECTIFYING, ['report_rectified', 'request_extension', 'refer_joint', 'void']],
    [
      'general rectifying, referred, with an extension pending',
      facts({ level: 'general', status: 'rectifying', referred: true, pendingExtension: true }),
      ['report_rectified', 'decide_extension', 'void'],
    ],
    ['general awaiting_verification', GENERAL_AWAITING_VERIFICATION, ['reinspect', 'refer_joint', 'void']],
    ['major open, unlisted, no experts, no plan', MAJOR_OPEN_UNLISTED, ['list_for_supervision', 'assign_experts', 'record_plan', 'request_extension', 'refer_joint', 'void']],
    [
      'major open, listed, an expert lacking an opinion',
      MAJOR_OPEN_LISTED_OPINION_MISSING,
      ['assign_experts', 'record_opinion', 'record_plan', 'request_extension', 'refer_joint', 'void'],
    ],
    [
      'major open, listed, every opinion in, referred, extension pending',
      facts({ level: 'major', status: 'open', listed: true, hasPlan: true, referred: true, pendingExtension: true, experts: [{ userId: 'U_EXP1', hasOpinion: true }] }),
      ['assign_experts', 'record_plan', 'decide_extension', 'void'],
    ],
    ['major rectifying', MAJOR_RECTIFYING, ['assign_experts', 'apply_acceptance', 'request_extension', 'refer_joint', 'void']],
    ['major awaiting_acceptance', MAJOR_AWAITING_ACCEPTANCE, ['assign_experts', 'expert_sign', 'refer_joint', 'void']],
    ['major expert_accepted', MAJOR_EXPERT_ACCEPTED, ['authority_sign', 'refer_joint', 'void']],
    ['general closed', facts({ level: 'general', status: 'closed', pendingExtension: true }), []],
    ['major closed', facts({ level: 'major', status: 'closed', listed: true, experts: [{ userId: 'U_EXP1', hasOpinion: false }] }), []],
    ['general void', facts({ level: 'general', status: 'void' }), []],
    ['major void', facts({ level: 'major', status: 'void', pendingExtension: true }), []],
  ])('offers exactly the right actions, in button order, for a %s hazard', (_name, f, expected) => {
    expect(openActions(f)).toEqual(expected);
  });
});

describe(isActionOpen.name, () => {
  it.each<[string, HazardFacts, HazardAction, boolean]>([
    ['general open', GENERAL_OPEN, 'issue_order', true],
    ['major open', MAJOR_OPEN_UNLISTED, 'issue_order', false],
    ['major open, unlisted', MAJOR_OPEN_UNLISTED, 'list_for_supervision', true],
    ['major open, listed', MAJOR_OPEN_LISTED_OPINION_MISSING, 'list_for_supervision', false],
    ['major open, one opinion missing', MAJOR_OPEN_LISTED_OPINION_MISSING, 'record_opinion', true],
    ['major open, no experts', MAJOR_OPEN_UNLISTED, 'record_opinion', false],
    ['general open, no extension pending', GENERAL_OPEN, 'request_extension', true],
    ['general open, an extension pending', facts({ level: 'general', status: 'open', pendingExtension: true }), 'request_extension', false],
    ['general open, no extension pending', GENERAL_OPEN, 'decide_extension', false],
    ['general awaiting_verification, an extension pending', facts({ level: 'general', status: 'awaiting_verification', pendingExtension: true }), 'decide_extension', false],
    ['general open, already referred', facts({ level: 'general', status: 'open', referred: true }), 'refer_joint', false],
    ['general reported', facts({ level: 'general', status: 'reported' }), 'refer_joint', false],
    ['major expert_accepted', MAJOR_EXPERT_ACCEPTED, 'authority_sign', true],
    ['major awaiting_acceptance', MAJOR_AWAITING_ACCEPTANCE, 'authority_sign', false],
  ])('for a %s hazard, %s is open: %s', (_name, f, action, expected) => {
    expect(isActionOpen(f, action)).toBe(expected);
  });

  /** Actions that fire a state event must be open exactly where the state machine has that move. */
  const EVENTS_OF: Partial<Record<HazardAction, readonly HazardEvent[]>> = {
    confirm: ['confirm'],
    dismiss: ['dismiss'],
    issue_order: ['issue_order'],
    close_on_spot: ['close_on_spot'],
    report_rectified: ['report_rectified'],
    reinspect: ['pass_reinspection', 'fail_reinspection'],
    apply_acceptance: ['apply_acceptance'],
    expert_sign: ['expert_pass', 'expert_fail'],
    authority_sign: ['authority_pass', 'authority_fail'],
    void: ['void'],
  };
  /** The states each level can actually reach (the other path's states never hold a hazard of this level). */
  const REACHABLE: Record<HazardLevel, readonly HazardStatus[]> = {
    general: HAZARD_STATUSES.filter((s) => s !== 'awaiting_acceptance' && s !== 'expert_accepted'),
    major: HAZARD_STATUSES.filter((s) => s !== 'awaiting_verification'),
  };
  const cases = HAZARD_LEVELS.flatMap((level) =>
    REACHABLE[level].flatMap((status) => Object.keys(EVENTS_OF).map((action): [HazardLevel, HazardStatus, HazardAction] => [level, status, action as HazardAction])),
  );
  it.each(cases)('agrees with the state machine for a %s hazard in %s on %s', (level, status, action) => {
    const f = facts({ level, status, listed: true, hasPlan: true, experts: [{ userId: 'U_EXP1', hasOpinion: true }] });
    for (const event of EVENTS_OF[action] ?? []) expect(isActionOpen(f, action)).toBe(canMove(level, status, event));
  });
});

describe('ACTION_RULES', () => {
  it('has a rule for every action and nothing else', () => {
    expect(Object.keys(ACTION_RULES).sort()).toEqual([...HAZARD_ACTIONS].sort());
    expect(HAZARD_ACTIONS).toHaveLength(17);
  });

  it.each<[HazardAction, Role[]]>([
    ['confirm', ['inspector', 'leader']],
    ['dismiss', ['inspector', 'leader']],
    ['issue_order', ['inspector']],
    ['close_on_spot', ['inspector']],
    ['report_rectified', ['inspector']],
    ['reinspect', ['inspector']],
    ['list_for_supervision', ['leader']],
    ['record_plan', ['inspector', 'leader']],
    ['apply_acceptance', ['inspector']],
    ['authority_sign', ['leader']],
    ['request_extension', ['inspector']],
    ['decide_extension', ['leader']],
    ['refer_joint', ['leader']],
    ['void', ['leader']],
    ['record_opinion', []],
    ['expert_sign', []],
  ])('lets the staff roles of PRODUCT.md §2 take %s: %j', (action, roles) => {
    expect([...ACTION_RULES[action].roles].sort()).toEqual(roles);
  });

  it.each<[HazardAction, HazardStatus[]]>([
    ['void', ['reported', 'open', 'rectifying', 'awaiting_verification', 'awaiting_acceptance', 'expert_accepted']],
    ['refer_joint', ['open', 'rectifying', 'awaiting_verification', 'awaiting_acceptance', 'expert_accepted']],
    ['request_extension', ['open', 'rectifying']],
    ['decide_extension', ['open', 'rectifying']],
  ])('opens %s only in the states %j', (action, from) => {
    expect([...ACTION_RULES[action].from]).toEqual(from);
  });
});

describe(isHazardAction.name, () => {
  it.each([
    ['confirm', true],
    ['authority_sign', true],
    ['start_rectification', false],
    ['', false],
    [null, false],
    [3, false],
  ])('says whether %j is an action: %s', (value, expected) => {
    expect(isHazardAction(value)).toBe(expected);
  });
});

describe(mayPerform.name, () => {
  const ADMIN = actor('U_ADMIN', ['admin']);
  const INSPECTOR = actor('U_INSP', ['inspector']);
  const LEADER = actor('U_LEAD', ['leader']);
  const CONTACT = actor('U_CONTACT');
  const CONTACT_RELATIONS: HazardRelations = { unitContacts: ['U_CONTACT', 'U_CONTACT2'] };
  const OTHER_UNIT_RELATIONS: HazardRelations = { unitContacts: ['U_CONTACT2'] };

  const adminCases = [
    GENERAL_OPEN,
    GENERAL_RECTIFYING,
    GENERAL_AWAITING_VERIFICATION,
    MAJOR_OPEN_UNLISTED,
    MAJOR_OPEN_LISTED_OPINION_MISSING,
    MAJOR_RECTIFYING,
    MAJOR_AWAITING_ACCEPTANCE,
    MAJOR_EXPERT_ACCEPTED,
  ].flatMap((f) => openActions(f).map((a): [HazardLevel, HazardStatus, HazardAction, HazardFacts] => [f.level, f.status, a, f]));
  // PRODUCT.md §2: an admin may do everything a leader may — not what only inspectors, the unit or assigned experts do.
  const LEADER_LEVEL: readonly HazardAction[] = ['confirm', 'dismiss', 'list_for_supervision', 'assign_experts', 'record_plan', 'authority_sign', 'decide_extension', 'refer_joint', 'void'];
  it.each(adminCases)('lets an admin take exactly the leader-level open actions (%s %s: %s)', (_level, _status, action, f) => {
    expect(mayPerform(ADMIN, f, NO_CONTACTS, action)).toBe(LEADER_LEVEL.includes(action));
  });

  it.each<[string, HazardAction, boolean, Actor, HazardFacts, HazardRelations]>([
    ['an inspector', 'issue_order', true, INSPECTOR, GENERAL_OPEN, NO_CONTACTS],
    ['an inspector', 'close_on_spot', true, INSPECTOR, GENERAL_OPEN, NO_CONTACTS],
    ['an inspector', 'reinspect', true, INSPECTOR, GENERAL_AWAITING_VERIFICATION, NO_CONTACTS],
    ['an inspector', 'record_plan', true, INSPECTOR, MAJOR_OPEN_UNLISTED, NO_CONTACTS],
    ['an inspector (on the unit’s behalf)', 'report_rectified', true, INSPECTOR, GENERAL_RECTIFYING, NO_CONTACTS],
    ['an inspector', 'authority_sign', false, INSPECTOR, MAJOR_EXPERT_ACCEPTED, NO_CONTACTS],
    ['an inspector', 'void', false, INSPECTOR, GENERAL_OPEN, NO_CONTACTS],
    ['an inspector', 'list_for_supervision', false, INSPECTOR, MAJOR_OPEN_UNLISTED, NO_CONTACTS],
    ['an inspector', 'decide_extension', false, INSPECTOR, facts({ level: 'general', status: 'open', pendingExtension: true }), NO_CONTACTS],
    ['an inspector', 'refer_joint', false, INSPECTOR, GENERAL_OPEN, NO_CONTACTS],
    ['an inspector (not an assigned expert)', 'record_opinion', false, INSPECTOR, MAJOR_OPEN_LISTED_OPINION_MISSING, NO_CONTACTS],
    ['a leader', 'authority_sign', true, LEADER, MAJOR_EXPERT_ACCEPTED, NO_CONTACTS],
    ['a leader', 'void', true, LEADER, GENERAL_OPEN, NO_CONTACTS],
    ['a leader', 'refer_joint', true, LEADER, GENERAL_OPEN, NO_CONTACTS],
    ['a leader', 'decide_extension', true, LEADER, facts({ level: 'general', status: 'open', pendingExtension: true }), NO_CONTACTS],
    ['a leader', 'list_for_supervision', true, LEADER, MAJOR_OPEN_UNLISTED, NO_CONTACTS],
    ['a leader', 'issue_order', false, LEADER, GENERAL_OPEN, NO_CONTACTS],
    ['a leader', 'reinspect', false, LEADER, GENERAL_AWAITING_VERIFICATION, NO_CONTACTS],
    ['a leader (not an assigned expert)', 'expert_sign', false, LEADER, MAJOR_AWAITING_ACCEPTANCE, NO_CONTACTS],
    ['a contact of the unit', 'report_rectified', true, CONTACT, GENERAL_RECTIFYING, CONTACT_RELATIONS],
    ['a contact of the unit', 'apply_acceptance', true, CONTACT, MAJOR_RECTIFYING, CONTACT_RELATIONS],
    ['a contact of the unit', 'request_extension', true, CONTACT, GENERAL_OPEN, CONTACT_RELATIONS],
    ['a contact of the unit', 'confirm', false, CONTACT, facts({ level: 'general', status: 'reported' }), CONTACT_RELATIONS],
    ['a contact of the unit', 'issue_order', false, CONTACT, GENERAL_OPEN, CONTACT_RELATIONS],
    ['a contact of the unit', 'void', false, CONTACT, GENERAL_OPEN, CONTACT_RELATIONS],
    ['a contact of the unit', 'decide_extension', false, CONTACT, facts({ level: 'general', status: 'open', pendingExtension: true }), CONTACT_RELATIONS],
    ['a contact of another unit', 'report_rectified', false, CONTACT, GENERAL_RECTIFYING, OTHER_UNIT_RELATIONS],
    ['a contact of another unit', 'apply_acceptance', false, CONTACT, MAJOR_RECTIFYING, OTHER_UNIT_RELATIONS],
    ['a contact of another unit', 'request_extension', false, CONTACT, GENERAL_OPEN, OTHER_UNIT_RELATIONS],
    ['a person with no roles and no unit', 'report_rectified', false, actor('U_NOBODY'), GENERAL_RECTIFYING, NO_CONTACTS],
  ])('%s may take %s: %s', (_who, action, expected, who, f, relations) => {
    expect(mayPerform(who, f, relations, action)).toBe(expected);
  });

  it.each<[string, HazardAction, boolean, Actor, HazardFacts]>([
    ['an assigned expert without an opinion', 'record_opinion', true, actor('U_EXP1', ['expert']), MAJOR_OPEN_LISTED_OPINION_MISSING],
    ['an assigned expert who already gave an opinion', 'record_opinion', false, actor('U_EXP2', ['expert']), MAJOR_OPEN_LISTED_OPINION_MISSING],
    ['an expert who is not assigned', 'record_opinion', false, actor('U_EXP3', ['expert']), MAJOR_OPEN_LISTED_OPINION_MISSING],
    ['an unassigned expert who is also an inspector', 'record_opinion', false, actor('U_EXP3', ['expert', 'inspector']), MAJOR_OPEN_LISTED_OPINION_MISSING],
    ['an assigned expert', 'expert_sign', true, actor('U_EXP1', ['expert']), MAJOR_AWAITING_ACCEPTANCE],
    ['an assigned expert who gave a consultation opinion earlier', 'expert_sign', true, actor('U_EXP2', ['expert']), facts({ ...MAJOR_AWAITING_ACCEPTANCE, experts: [{ userId: 'U_EXP2', hasOpinion: true }] })],
    ['an expert who is not assigned', 'expert_sign', false, actor('U_EXP3', ['expert']), MAJOR_AWAITING_ACCEPTANCE],
    ['an expert', 'authority_sign', false, actor('U_EXP1', ['expert']), MAJOR_EXPERT_ACCEPTED],
    ['an expert', 'record_plan', false, actor('U_EXP1', ['expert']), MAJOR_OPEN_LISTED_OPINION_MISSING],
  ])('%s may take %s: %s', (_who, action, expected, who, f) => {
    expect(mayPerform(who, f, NO_CONTACTS, action)).toBe(expected);
  });
});

describe(rolesFor.name, () => {
  it.each<[HazardAction, string[]]>([
    ['confirm', ['admin', 'inspector', 'leader']],
    ['issue_order', ['inspector']],
    ['report_rectified', ['inspector', 'unit_contact']],
    ['apply_acceptance', ['inspector', 'unit_contact']],
    ['request_extension', ['inspector', 'unit_contact']],
    ['record_opinion', ['expert']],
    ['expert_sign', ['expert']],
    ['authority_sign', ['admin', 'leader']],
    ['void', ['admin', 'leader']],
  ])('names who may take %s: %j', (action, expected) => {
    expect(rolesFor(action)).toEqual(expected);
  });
});
