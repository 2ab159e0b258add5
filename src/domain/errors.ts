/**
 * The closed set of coded errors a person can see (each has a message `error.<code>` in both catalogs).
 * `details` carries what the message needs; `field` names the form field an error belongs to, so a modal can show
 * it inline (the Slack error handler turns it into `response_action: errors`).
 */
export const ERROR_CODES = [
  'auth.role_required',
  'auth.unit_not_visible',
  'validation.invalid',
  'mention.invalid',
  'role.unknown',
  'role.not_assignable',
  'role.configured_admin',
  'role.last_admin',
  'unit.not_found',
  'unit.duplicate_credit_code',
  'unit.contact_not_linked',
  'unit.no_override',
  'unit.override_until_past',
  'hazard.not_found',
  'hazard.invalid_transition',
  'hazard.not_available',
  'hazard.stale',
  'hazard.locked',
  'hazard.prerequisites_missing',
  'hazard.not_unit_contact',
  'hazard.expert_not_assigned',
  'hazard.opinion_recorded',
  'hazard.no_extension_pending',
  'hazard.extension_not_later',
  'hazard.deadline_before_found',
  'hazard.found_in_future',
  'hazard.deadline_in_past',
  'hazard.not_inspector',
  'hazard.not_expert',
  'hazard.not_leader',
  'closure.missing_signature',
  'inspection.not_found',
  'inspection.not_planned',
  'inspection.too_few_inspectors',
  'inspection.no_card',
  'inspection.cap_reached',
  'inspection.not_inspector',
  'inspection.date_in_past',
  'inspection.card_invalid',
  'order.too_few_officers',
  'order.no_card',
  'order.no_hazards',
  'order.hazard_not_orderable',
  'job.unknown',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export type ErrorDetails = Readonly<Record<string, string | number | boolean | null | undefined>> & { readonly field?: string };

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails;

  constructor(code: ErrorCode, details: ErrorDetails = {}) {
    super(`${code}${Object.keys(details).length ? ` ${JSON.stringify(details)}` : ''}`);
    this.name = 'DomainError';
    this.code = code;
    this.details = details;
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
