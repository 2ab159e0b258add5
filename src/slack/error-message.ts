import { randomBytes } from 'node:crypto';
import { isDomainError, type DomainError } from '../domain/errors.js';
import { MAJOR_PREREQUISITES, type MajorPrerequisite, type Signature } from '../domain/hazard/guards.js';
import { isHazardStatus } from '../domain/hazard/hazard.js';
import { isInspectionStatus } from '../domain/inspection/visit.js';
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
  const d = error.details;
  if (error.code === 'auth.role_required' && typeof d.roles === 'string') {
    vars.roles = i18n.list(d.roles.split(',').map((r) => { const role = parseRoleWord(r); return role ? i18n.t(`role.${role}`) : r; }));
  }
  if (error.code.startsWith('inspection.') && isInspectionStatus(d.status)) vars.status = i18n.t(`inspection.status.${d.status}`);
  else if (isHazardStatus(d.status)) vars.status = i18n.t(`hazard.status.${d.status}`);
  // `users` is always a comma-separated list of Slack user IDs: shown as mentions.
  if (typeof d.users === 'string') vars.users = i18n.list(d.users.split(',').filter((u) => /^[UW][A-Z0-9]+$/.test(u)).map((u) => `<@${u}>`));
  if (typeof d.at === 'string' && !Number.isNaN(Date.parse(d.at))) vars.at = i18n.dateTime(d.at);
  if (typeof d.missing === 'string') {
    const names = d.missing.split(',');
    vars.missing = i18n.list(names.map((m) => (isPrerequisite(m) ? i18n.t(`hazard.prereq.${m}`) : isSignature(m) ? i18n.t(`hazard.signature.${m}`) : m)));
  }
  return i18n.t(`error.${error.code}`, vars);
}

const isPrerequisite = (m: string): m is MajorPrerequisite => (MAJOR_PREREQUISITES as readonly string[]).includes(m);
const isSignature = (m: string): m is Signature => ['applicant', 'expert', 'authority'].includes(m);
