import { insertIfAbsent } from '../insert-if-absent.js';
import type { AssignableRole, RoleGrant } from '../../domain/roles.js';
import type { Queryable } from '../knex.js';

export async function rolesOf(q: Queryable, userId: string): Promise<AssignableRole[]> {
  const rows = await q('user_role').where({ user_id: userId }).select('role');
  return rows.map((r) => r.role as AssignableRole);
}

export async function listRoleGrants(q: Queryable): Promise<RoleGrant[]> {
  const rows = await q('user_role').orderBy(['role', 'granted_at', 'user_id']);
  return rows.map((r) => ({ userId: r.user_id, role: r.role, grantedBy: r.granted_by, grantedAt: r.granted_at }));
}

/** Returns false when the person already held the role. */
export async function insertRole(q: Queryable, grant: RoleGrant): Promise<boolean> {
  return insertIfAbsent(q, 'user_role', { user_id: grant.userId, role: grant.role, granted_by: grant.grantedBy, granted_at: grant.grantedAt }, ['user_id', 'role']);
}

/** Returns false when the person did not hold the role. */
export async function deleteRole(q: Queryable, userId: string, role: AssignableRole): Promise<boolean> {
  return (await q('user_role').where({ user_id: userId, role }).delete()) > 0;
}

export async function usersWithRole(q: Queryable, role: AssignableRole): Promise<string[]> {
  const rows = await q('user_role').where({ role }).orderBy('granted_at').orderBy('user_id').select('user_id');
  return rows.map((r) => r.user_id);
}
