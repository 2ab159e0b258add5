import type { Clock } from '../clock.js';
import { DomainError } from '../domain/errors.js';
import { assertCan } from '../domain/permissions.js';
import { isAssignableRole, type AssignableRole, type Role, type RoleGrant } from '../domain/roles.js';
import { recordAudit } from '../db/repositories/audit.repository.js';
import { enqueueOutbox } from '../db/repositories/outbox.repository.js';
import { deleteRole, insertRole, listRoleGrants, rolesOf } from '../db/repositories/user-role.repository.js';
import type { Transactor } from '../db/transaction.js';
import { loadActor } from './access.js';

export interface RoleServiceDeps {
  readonly tx: Transactor;
  readonly clock: Clock;
  readonly adminUserIds: readonly string[];
}

export interface RoleChange {
  /** False when nothing changed (the person already held, or did not hold, the role). */
  readonly changed: boolean;
  readonly role: AssignableRole;
  readonly userId: string;
}

/** Roles (PRODUCT.md §2): only admins grant and take them; the person hears about it by DM. */
export class RoleService {
  constructor(private readonly deps: RoleServiceDeps) {}

  async grant(actorId: string, userId: string, role: Role): Promise<RoleChange> {
    const assignable = this.assignable(role);
    return this.deps.tx.run(async (trx) => {
      assertCan(await loadActor(trx, actorId, this.deps.adminUserIds), 'role.manage');
      const now = this.deps.clock.now();
      const before = await rolesOf(trx, userId);
      const changed = await insertRole(trx, { userId, role: assignable, grantedBy: actorId, grantedAt: now.toISOString() });
      if (changed) {
        const auditId = await recordAudit(trx, now, { actor: actorId, entity: 'user', entityId: userId, action: 'role.grant', before: { roles: before }, after: { roles: [...before, assignable] } });
        await enqueueOutbox(trx, { key: `audit:${auditId}:dm`, delivery: { op: 'dm', user: userId }, notice: { type: 'role_changed', change: 'granted', role: assignable, by: actorId } }, now);
      }
      return { changed, role: assignable, userId };
    });
  }

  async revoke(actorId: string, userId: string, role: Role): Promise<RoleChange> {
    const assignable = this.assignable(role);
    return this.deps.tx.run(async (trx) => {
      assertCan(await loadActor(trx, actorId, this.deps.adminUserIds), 'role.manage');
      if (assignable === 'admin' && this.deps.adminUserIds.includes(userId)) throw new DomainError('role.configured_admin');
      const now = this.deps.clock.now();
      const before = await rolesOf(trx, userId);
      if (assignable === 'admin' && before.includes('admin') && this.deps.adminUserIds.length === 0) {
        const admins = (await listRoleGrants(trx)).filter((g) => g.role === 'admin');
        if (admins.length <= 1) throw new DomainError('role.last_admin');
      }
      const changed = await deleteRole(trx, userId, assignable);
      if (changed) {
        const auditId = await recordAudit(trx, now, { actor: actorId, entity: 'user', entityId: userId, action: 'role.revoke', before: { roles: before }, after: { roles: before.filter((r) => r !== assignable) } });
        await enqueueOutbox(trx, { key: `audit:${auditId}:dm`, delivery: { op: 'dm', user: userId }, notice: { type: 'role_changed', change: 'revoked', role: assignable, by: actorId } }, now);
      }
      return { changed, role: assignable, userId };
    });
  }

  /** Everyone holding a role, for admins. ADMIN_USER_IDS are listed as configured admins. */
  async list(actorId: string): Promise<{ grants: RoleGrant[]; configuredAdmins: readonly string[] }> {
    return this.deps.tx.run(async (trx) => {
      assertCan(await loadActor(trx, actorId, this.deps.adminUserIds), 'role.manage');
      return { grants: await listRoleGrants(trx), configuredAdmins: this.deps.adminUserIds };
    });
  }

  private assignable(role: Role): AssignableRole {
    if (!isAssignableRole(role)) throw new DomainError('role.not_assignable', { role });
    return role;
  }
}
