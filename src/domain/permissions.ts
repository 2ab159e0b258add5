import { DomainError } from './errors.js';
import type { Actor, Role } from './roles.js';

/**
 * Who may do what (PRODUCT.md §2). Admins may do everything; every check is repeated in the service that acts,
 * never only by hiding a button.
 */
const GRANTS = {
  'role.manage': ['admin'],
  'unit.register': ['inspector', 'leader'],
  'unit.edit': ['inspector', 'leader'],
  'unit.link_contact': ['inspector', 'leader'],
  'unit.override_tier': ['leader'],
  'unit.search': ['inspector', 'leader', 'expert', 'unit_contact'],
  /** Registering a hazard straight into `open` (anyone else's report starts `reported`). */
  'hazard.register_open': ['inspector', 'leader'],
  'accident.record': ['inspector', 'leader'],
  'inspection.assign': ['inspector', 'leader'],
  'inspection.record': ['inspector'],
  /** A rectification order for the hazards of one inspection (like a single hazard's order: inspectors only). */
  'inspection.order': ['inspector'],
  'job.run': [],
  /** Office figures (`/anjian report`) and posting them to a channel; the office counts on App Home. */
  'report.view': ['inspector', 'leader'],
  'report.post': ['leader'],
  /** Ledger, unit, inspection and statistics exports (`/anjian export`). */
  'export.run': ['inspector', 'leader'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof GRANTS;

export function rolesFor(permission: Permission): readonly Role[] {
  return [...new Set<Role>(['admin', ...GRANTS[permission]])];
}

export function can(actor: Actor, permission: Permission): boolean {
  return rolesFor(permission).some((r) => actor.roles.has(r));
}

export function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) {
    throw new DomainError('auth.role_required', { permission, roles: rolesFor(permission).join(',') });
  }
}
