import { DomainError } from '../errors.js';
import type { HazardLevel, HazardStatus } from './hazard.js';

/** Events that move a hazard from one state to another. */
export const HAZARD_EVENTS = [
  'confirm', 'dismiss', 'issue_order', 'close_on_spot', 'report_rectified', 'pass_reinspection', 'fail_reinspection',
  'start_rectification', 'apply_acceptance', 'expert_pass', 'expert_fail', 'authority_pass', 'authority_fail', 'void',
] as const;
export type HazardEvent = (typeof HAZARD_EVENTS)[number];

type Moves = Partial<Record<HazardEvent, HazardStatus>>;

/**
 * The state machine of PRODUCT.md §5, as data. Who may fire an event, and the guards of the major path, are checked
 * elsewhere (hazard-actions.ts, guards.ts); this table only says which moves exist.
 */
const GENERAL: Record<HazardStatus, Moves> = {
  reported: { confirm: 'open', dismiss: 'void', void: 'void' },
  open: { issue_order: 'rectifying', close_on_spot: 'closed', void: 'void' },
  rectifying: { report_rectified: 'awaiting_verification', void: 'void' },
  awaiting_verification: { pass_reinspection: 'closed', fail_reinspection: 'rectifying', void: 'void' },
  awaiting_acceptance: {},
  expert_accepted: {},
  closed: {},
  void: {},
};

const MAJOR: Record<HazardStatus, Moves> = {
  reported: { confirm: 'open', dismiss: 'void', void: 'void' },
  open: { start_rectification: 'rectifying', void: 'void' },
  rectifying: { apply_acceptance: 'awaiting_acceptance', void: 'void' },
  awaiting_acceptance: { expert_pass: 'expert_accepted', expert_fail: 'rectifying', void: 'void' },
  expert_accepted: { authority_pass: 'closed', authority_fail: 'rectifying', void: 'void' },
  awaiting_verification: {},
  closed: {},
  void: {},
};

const TRANSITIONS: Record<HazardLevel, Record<HazardStatus, Moves>> = { general: GENERAL, major: MAJOR };

/** The state after `event`, or `hazard.invalid_transition` when the machine has no such move. */
export function nextStatus(level: HazardLevel, from: HazardStatus, event: HazardEvent): HazardStatus {
  const to = TRANSITIONS[level][from][event];
  if (!to) throw new DomainError('hazard.invalid_transition', { level, from, event });
  return to;
}

export function canMove(level: HazardLevel, from: HazardStatus, event: HazardEvent): boolean {
  return TRANSITIONS[level][from][event] !== undefined;
}
