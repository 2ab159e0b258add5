import { ACTION_TEXT_MAX } from '../../domain/hazard/action-input.js';
import { isCalendarDate } from '../../domain/calendar.js';
import { DomainError } from '../../domain/errors.js';

/** The service's own check of free text (the form checks first, with friendlier words). */
export function text(field: string, value: unknown, o: { required?: boolean; max?: number } = {}): string {
  if (typeof value !== 'string') throw new DomainError('validation.invalid', { field });
  const v = value.trim();
  if ((o.required ?? true) && !v) throw new DomainError('validation.invalid', { field });
  if ([...v].length > (o.max ?? ACTION_TEXT_MAX)) throw new DomainError('validation.invalid', { field });
  return v;
}

/** The service's own check that a choice is one of its options (a form only offers those; a direct call may not). */
export function oneOf<T>(field: string, value: unknown, isOption: (v: unknown) => v is T): T {
  if (!isOption(value)) throw new DomainError('validation.invalid', { field });
  return value;
}

export function isoDate(field: string, value: unknown): string {
  if (!isCalendarDate(value)) throw new DomainError('validation.invalid', { field });
  return value;
}
