import type { Clock } from '../clock.js';
import { localDate } from '../domain/calendar.js';
import { assertCan, type Permission } from '../domain/permissions.js';
import type { Actor, Role } from '../domain/roles.js';
import type { Queryable } from '../db/knex.js';
import { unitIdsOfContact } from '../db/repositories/unit-contact.repository.js';
import { rolesOf } from '../db/repositories/user-role.repository.js';

/**
 * The person acting, with the roles they hold now: granted roles, `admin` for ADMIN_USER_IDS (admins from the first
 * start, and they cannot be locked out), and `unit_contact` while linked to at least one unit.
 */
export async function loadActor(q: Queryable, userId: string, adminUserIds: readonly string[]): Promise<Actor> {
  const [granted, unitIds] = await Promise.all([rolesOf(q, userId), unitIdsOfContact(q, userId)]);
  const roles = new Set<Role>(granted);
  if (adminUserIds.includes(userId)) roles.add('admin');
  if (unitIds.length > 0) roles.add('unit_contact');
  return { userId, roles, unitIds };
}

/** Who someone is, whether they may do something, and today's date: what adapters need before opening a form. */
export class AccessService {
  constructor(private readonly deps: { readonly db: Queryable; readonly adminUserIds: readonly string[]; readonly clock: Clock; readonly timezone: string }) {}

  /** The office's date now (YYYY-MM-DD in APP_TIMEZONE): a form's default day and the limit of its date checks. */
  today(): string {
    return localDate(this.deps.clock.now(), this.deps.timezone);
  }

  actor(userId: string): Promise<Actor> {
    return loadActor(this.deps.db, userId, this.deps.adminUserIds);
  }

  /** Throws `auth.role_required` when the person may not. */
  async require(userId: string, permission: Permission): Promise<Actor> {
    const actor = await this.actor(userId);
    assertCan(actor, permission);
    return actor;
  }
}
