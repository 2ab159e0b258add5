import type { zhErrors } from '../zh-CN/errors.js';

/**
 * English messages. Errors: one message per domain error code (error.<code>),
 * the error modal and the unexpected-error text.
 * Exactly the keys of zh-CN/errors.ts.
 */
export const enErrors: Record<keyof typeof zhErrors, string> = {
  'error.title': 'Could not finish',
  'error.unexpected': 'Something went wrong and nothing was done. Error {id}: please try again later, and if it keeps happening, give this code to an admin.',

  'error.auth.role_required': 'You are not allowed to do this; it needs one of these roles: {roles}. Ask an admin.',
  'error.auth.unit_not_visible': 'You can only see the units you are a contact of.',

  'error.validation.invalid': 'Please check this.',

  'error.mention.invalid': 'I could not tell who you mean. Type @ and pick the person from the list so the name turns into a blue link.',

  'error.role.unknown': 'There is no role “{word}”. Available: admin, leader, inspector, expert.',
  'error.role.not_assignable': 'Unit contacts are not given as a role: press “Link contacts” on the unit’s card.',
  'error.role.configured_admin': 'This person is an admin through ADMIN_USER_IDS; change the configuration to remove them.',
  'error.role.last_admin': 'This is the last admin; removing them would leave nobody able to manage roles.',

  'error.unit.not_found': 'That unit no longer exists.',
  'error.unit.duplicate_credit_code': 'This credit code is already registered: {name}. Find that unit with `/unit` and edit it instead.',
  'error.unit.contact_not_linked': 'That person is no longer a contact of this unit.',
  'error.unit.no_override': 'This unit has no override to clear.',
  'error.unit.override_until_past': 'The last day cannot be before today.',

  'error.hazard.not_found': 'No such hazard. Check the number, e.g. YH-2026-0001.',
  'error.hazard.invalid_transition': 'That cannot be done in the hazard’s current state.',
  'error.hazard.not_available': 'That action is not available now.',
  'error.hazard.stale': '<@{by}> already dealt with {number} ({at}); it is now “{status}”. Your action was not applied.',
  'error.hazard.locked': '{number} is {status}: the record is locked and cannot change.',
  'error.hazard.prerequisites_missing': 'Before rectification, this major hazard still needs: {missing}.',
  'error.hazard.not_unit_contact': 'Only the contacts of “{unit}” or an inspector can do this.',
  'error.hazard.expert_not_assigned': 'Only the experts assigned to {number} can do this.',
  'error.hazard.opinion_recorded': 'You have already given your opinion.',
  'error.hazard.no_extension_pending': 'No extension request is waiting for a decision.',
  'error.hazard.extension_not_later': 'The new deadline must be later than the current one.',
  'error.hazard.deadline_before_found': 'The deadline cannot be before the day it was found.',
  'error.hazard.found_in_future': 'The date cannot be after today.',
  'error.hazard.deadline_in_past': 'The deadline cannot be before today.',
  'error.hazard.not_inspector': 'The person chosen is not an inspector. Choose an inspector, or ask an admin to give the role first.',
  'error.hazard.not_expert': 'Someone chosen is not an expert (<@{user}>). Ask an admin to give them the expert role first.',
  'error.hazard.not_leader': 'The person chosen is not a leader.',

  'error.closure.missing_signature': 'Closure still lacks a signature: {missing}.',

  'error.inspection.not_found': 'No such inspection. Check the number, e.g. JC-2026-0001.',
  'error.inspection.not_planned': '<@{by}> already recorded {number} as “{status}” ({at}); it cannot change.',
  'error.inspection.too_few_inspectors': 'An administrative inspection needs at least {min} inspectors.',
  'error.inspection.card_invalid': 'An enforcement card number is 4–50 letters, digits or hyphens, e.g. `/anjian card ZF-44010001`; `/anjian card none` clears it.',
  'error.order.too_few_officers': 'A rectification order is issued by two officers holding enforcement cards: choose another inspector as the second officer.',
  'error.order.no_card': 'The officers of a rectification order must hold enforcement cards; no card number is on record for: {users}. They can record it with `/anjian card <number>`, or an admin with `/anjian card @someone <number>`.',
  'error.order.no_hazards': 'Choose the hazards this inspection found (1 to {max}).',
  'error.order.hazard_not_orderable': 'Hazard {number} is now “{status}” and cannot go on the order. Open the order again to choose afresh.',
  'error.inspection.no_card': 'Inspectors of an administrative inspection must hold enforcement cards; no card number is on record for: {users}. They can record it with `/anjian card <number>`.',
  'error.inspection.cap_reached': '“{unit}” already has {count} administrative {count|inspection|inspections} this year; the yearly cap is {cap}. Tick “assign anyway” if it must happen, or make it a patrol, advisory service or document check.',
  'error.inspection.not_inspector': 'Someone chosen is not an inspector (<@{user}>).',
  'error.inspection.date_in_past': 'The planned date cannot be before today.',

  'error.job.unknown': 'There is no job “{job}”. Available: digest, escalations, tiers, publicity, stats_reminder.',
};
