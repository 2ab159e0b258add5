import type { Actor, Role } from '../roles.js';
import type { HazardLevel, HazardStatus } from './hazard.js';

/**
 * Everything a person can do to a hazard. Some actions fire a state event (hazard-state.ts); others record something
 * (a listing, an opinion, a plan, an extension request …) without changing the state.
 */
export const HAZARD_ACTIONS = [
  'confirm', 'dismiss', 'issue_order', 'close_on_spot', 'report_rectified', 'reinspect',
  'list_for_supervision', 'assign_experts', 'record_opinion', 'record_plan', 'apply_acceptance', 'expert_sign', 'authority_sign',
  'request_extension', 'decide_extension', 'refer_joint', 'void',
] as const;
export type HazardAction = (typeof HAZARD_ACTIONS)[number];

export function isHazardAction(v: unknown): v is HazardAction {
  return typeof v === 'string' && (HAZARD_ACTIONS as readonly string[]).includes(v);
}

/** What about a hazard decides whether an action is open (besides its level and state). */
export interface HazardFacts {
  readonly level: HazardLevel;
  readonly status: HazardStatus;
  readonly listed: boolean;
  readonly referred: boolean;
  readonly pendingExtension: boolean;
  /** Assigned experts, and whether each has recorded a consultation opinion. */
  readonly experts: readonly { readonly userId: string; readonly hasOpinion: boolean }[];
  readonly hasPlan: boolean;
}

/** Who relates to this hazard: contacts of its unit may act for the unit; only assigned experts may give opinions. */
export interface HazardRelations {
  readonly unitContacts: readonly string[];
}

const ALL_BUT_FINAL: HazardStatus[] = ['reported', 'open', 'rectifying', 'awaiting_verification', 'awaiting_acceptance', 'expert_accepted'];
const ACTIVE: HazardStatus[] = ['open', 'rectifying', 'awaiting_verification', 'awaiting_acceptance', 'expert_accepted'];

interface ActionRule {
  readonly levels: readonly HazardLevel[];
  readonly from: readonly HazardStatus[];
  /** Staff roles that may act (admins always may). */
  readonly roles: readonly Role[];
  /** Also open to the unit's contacts (acting for the unit). */
  readonly unitContact?: boolean;
  /** Only the hazard's assigned experts (admins excepted). */
  readonly assignedExpert?: boolean;
  /** Further conditions on the hazard's records. */
  readonly when?: (facts: HazardFacts) => boolean;
}

const BOTH: HazardLevel[] = ['general', 'major'];

export const ACTION_RULES: Record<HazardAction, ActionRule> = {
  confirm: { levels: BOTH, from: ['reported'], roles: ['inspector', 'leader'] },
  dismiss: { levels: BOTH, from: ['reported'], roles: ['inspector', 'leader'] },
  issue_order: { levels: ['general'], from: ['open'], roles: ['inspector'] },
  close_on_spot: { levels: ['general'], from: ['open'], roles: ['inspector'] },
  report_rectified: { levels: ['general'], from: ['rectifying'], roles: ['inspector'], unitContact: true },
  reinspect: { levels: ['general'], from: ['awaiting_verification'], roles: ['inspector'] },
  list_for_supervision: { levels: ['major'], from: ['open'], roles: ['leader'], when: (f) => !f.listed },
  assign_experts: { levels: ['major'], from: ['open', 'rectifying', 'awaiting_acceptance'], roles: ['inspector', 'leader'] },
  record_opinion: { levels: ['major'], from: ['open'], roles: [], assignedExpert: true, when: (f) => f.experts.some((e) => !e.hasOpinion) },
  record_plan: { levels: ['major'], from: ['open'], roles: ['inspector', 'leader'] },
  apply_acceptance: { levels: ['major'], from: ['rectifying'], roles: ['inspector'], unitContact: true },
  expert_sign: { levels: ['major'], from: ['awaiting_acceptance'], roles: [], assignedExpert: true },
  authority_sign: { levels: ['major'], from: ['expert_accepted'], roles: ['leader'] },
  request_extension: { levels: BOTH, from: ['open', 'rectifying'], roles: ['inspector'], unitContact: true, when: (f) => !f.pendingExtension },
  decide_extension: { levels: BOTH, from: ['open', 'rectifying'], roles: ['leader'], when: (f) => f.pendingExtension },
  refer_joint: { levels: BOTH, from: ACTIVE, roles: ['leader'], when: (f) => !f.referred },
  void: { levels: BOTH, from: ALL_BUT_FINAL, roles: ['leader'] },
};

/** Whether the hazard's level, state and records allow the action at all (whoever asks). */
export function isActionOpen(facts: HazardFacts, action: HazardAction): boolean {
  const rule = ACTION_RULES[action];
  return rule.levels.includes(facts.level) && rule.from.includes(facts.status) && (rule.when?.(facts) ?? true);
}

/** The actions the hazard's state allows, in the order buttons are shown. */
export function openActions(facts: HazardFacts): HazardAction[] {
  return HAZARD_ACTIONS.filter((a) => isActionOpen(facts, a));
}

/** An admin may do everything a leader may (PRODUCT.md §2) — not what only inspectors or assigned experts do. */
function effectiveRoles(actor: Actor): ReadonlySet<Role> {
  return actor.roles.has('admin') ? new Set<Role>([...actor.roles, 'leader']) : actor.roles;
}

/**
 * Whether this person may take the action on this hazard: by role, as a contact of its unit, or — for consultation
 * opinions and acceptance signatures — only as one of its assigned experts (whatever other roles they hold).
 */
export function mayPerform(actor: Actor, facts: HazardFacts, relations: HazardRelations, action: HazardAction): boolean {
  const rule = ACTION_RULES[action];
  if (rule.assignedExpert) {
    const mine = facts.experts.find((e) => e.userId === actor.userId);
    return mine !== undefined && (action !== 'record_opinion' || !mine.hasOpinion);
  }
  const roles = effectiveRoles(actor);
  if (rule.roles.some((r) => roles.has(r))) return true;
  return Boolean(rule.unitContact && relations.unitContacts.includes(actor.userId));
}

/** The roles named when a person may not act (for the refusal message). */
export function rolesFor(action: HazardAction): readonly string[] {
  const rule = ACTION_RULES[action];
  return [...(rule.roles.includes('leader') ? ['admin'] : []), ...rule.roles, ...(rule.unitContact ? ['unit_contact'] : []), ...(rule.assignedExpert ? ['expert'] : [])];
}
