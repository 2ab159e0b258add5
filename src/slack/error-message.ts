import { randomBytes } from 'node:crypto';
import { isDomainError, type DomainError } from '../domain/errors.js';
import { parseRoleWord } from '../domain/roles.js';
import type { I18n } from '../i18n/index.js';
import { esc } from './blocks/elements.js';

/** What went wrong, as the person should read it; `field` when it belongs to a form field. */
export interface ErrorPresentation {
  readonly message: string;
  readonly field?: string;
  /** Set for unexpected errors: the id shown to the person and written to the log. */
  readonly errorId?: string;
}

/** Bolt wraps a listener's plain error in UnknownError, and several at once in MultipleListenerError. */
export function rootCause(error: unknown): unknown {
  const e = error as { original?: unknown; originals?: unknown[] } | null;
  if (e?.originals?.length) return rootCause(e.originals[0]);
  if (e?.original) return rootCause(e.original);
  return error;
}

export function newErrorId(): string {
  return `E-${randomBytes(4).toString('hex').toUpperCase()}`;
}

export function presentError(i18n: I18n, error: unknown): ErrorPresentation {
  const cause = rootCause(error);
  if (!isDomainError(cause)) return { message: '', errorId: newErrorId() };
  const field = typeof cause.details.field === 'string' ? cause.details.field : undefined;
  return { message: domainErrorMessage(i18n, cause), ...(field ? { field } : {}) };
}

export function domainErrorMessage(i18n: I18n, error: DomainError): string {
  const vars: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(error.details)) if (v !== undefined && v !== null) vars[k] = typeof v === 'string' ? esc(v) : Number(v);
  if (error.code === 'auth.role_required' && typeof error.details.roles === 'string') {
    vars.roles = i18n.list(error.details.roles.split(',').map((r) => { const role = parseRoleWord(r); return role ? i18n.t(`role.${role}`) : r; }));
  }
  return i18n.t(`error.${error.code}`, vars);
}
