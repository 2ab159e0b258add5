import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../src/db/repositories/audit.repository.js';
import type { DomainError } from '../../src/domain/errors.js';
import { buildServices } from '../../src/services/index.js';
import { ADMIN, INSPECTOR, LEADER, NOBODY, serviceHarness, TEST_CONFIG, type ServiceHarness } from '../support/services.js';
import { DIALECTS } from '../support/test-db.js';

describe.each(DIALECTS)('RoleService on %s', (dialect) => {
  let h: ServiceHarness;
  beforeEach(async () => {
    h = await serviceHarness(dialect);
  });
  afterEach(async () => h.close());

  const code = (e: unknown) => (e as DomainError).code;
  const outbox = async () => (await h.db('outbox').orderBy('id')).map((r) => JSON.parse(r.payload));
  const rolesOf = async (user: string) => [...(await h.sut.access.actor(user)).roles].sort();

  it('makes ADMIN_USER_IDS admins from the first start, with nothing stored', async () => {
    expect(await rolesOf(ADMIN)).toEqual(['admin']);
    expect(await h.db('user_role').where({ user_id: ADMIN })).toHaveLength(0);
  });

  it('grants a role, audits it and queues a DM to the person in the same transaction', async () => {
    const before = await outbox();
    const change = await h.sut.roles.grant(ADMIN, NOBODY, 'expert');
    expect(change).toEqual({ changed: true, role: 'expert', userId: NOBODY });
    expect(await rolesOf(NOBODY)).toEqual(['expert']);
    const audit = await listAudit(h.db, 'user', NOBODY);
    expect(audit).toMatchObject([{ actor: ADMIN, action: 'role.grant', before: { roles: [] }, after: { roles: ['expert'] } }]);
    const queued = (await outbox()).slice(before.length);
    expect(queued).toEqual([{ key: `audit:${audit[0]!.id}:dm`, delivery: { op: 'dm', user: NOBODY }, notice: { type: 'role_changed', change: 'granted', role: 'expert', by: ADMIN } }]);
  });

  it('treats a second grant of the same role as no change: no audit row, no DM', async () => {
    await h.sut.roles.grant(ADMIN, NOBODY, 'expert');
    const rows = (await outbox()).length;
    expect((await h.sut.roles.grant(ADMIN, NOBODY, 'expert')).changed).toBe(false);
    expect(await outbox()).toHaveLength(rows);
    expect(await listAudit(h.db, 'user', NOBODY)).toHaveLength(1);
  });

  it('revokes a role with an audit row and a DM', async () => {
    expect((await h.sut.roles.revoke(ADMIN, INSPECTOR, 'inspector')).changed).toBe(true);
    expect(await rolesOf(INSPECTOR)).toEqual([]);
    expect((await listAudit(h.db, 'user', INSPECTOR)).map((a) => a.action)).toEqual(['role.grant', 'role.revoke']);
    expect((await outbox()).at(-1)).toMatchObject({ delivery: { op: 'dm', user: INSPECTOR }, notice: { change: 'revoked', role: 'inspector' } });
    expect((await h.sut.roles.revoke(ADMIN, INSPECTOR, 'inspector')).changed).toBe(false);
  });

  it.each([
    ['a leader', LEADER],
    ['an inspector', INSPECTOR],
    ['a person without a role', NOBODY],
  ])('refuses role changes by %s and changes nothing', async (_who, user) => {
    const rows = (await outbox()).length;
    const audits = (await h.db('audit_log')).length;
    expect(code(await h.sut.roles.grant(user, user, 'admin').catch((e: unknown) => e))).toBe('auth.role_required');
    expect(code(await h.sut.roles.revoke(user, LEADER, 'leader').catch((e: unknown) => e))).toBe('auth.role_required');
    expect(code(await h.sut.roles.list(user).catch((e: unknown) => e))).toBe('auth.role_required');
    expect(await rolesOf(user)).not.toContain('admin');
    expect(await rolesOf(LEADER)).toContain('leader');
    expect(await outbox()).toHaveLength(rows);
    expect(await h.db('audit_log')).toHaveLength(audits);
  });

  it('does not grant unit_contact as a role (it comes from linking to a unit)', async () => {
    expect(code(await h.sut.roles.grant(ADMIN, NOBODY, 'unit_contact').catch((e: unknown) => e))).toBe('role.not_assignable');
  });

  it('refuses to remove a configured admin or the last admin', async () => {
    expect(code(await h.sut.roles.revoke(ADMIN, ADMIN, 'admin').catch((e: unknown) => e))).toBe('role.configured_admin');
    const noEnvAdmins = buildServices(h.db, h.clock, { ...TEST_CONFIG, adminUserIds: [] });
    await h.sut.roles.grant(ADMIN, LEADER, 'admin');
    expect(code(await noEnvAdmins.roles.revoke(LEADER, LEADER, 'admin').catch((e: unknown) => e))).toBe('role.last_admin');
    await h.sut.roles.grant(ADMIN, INSPECTOR, 'admin');
    expect((await noEnvAdmins.roles.revoke(LEADER, INSPECTOR, 'admin')).changed).toBe(true);
  });

  it('lists every role holder for admins, configured admins apart', async () => {
    const list = await h.sut.roles.list(ADMIN);
    expect(list.configuredAdmins).toEqual([ADMIN]);
    expect(list.grants.map((g) => [g.role, g.userId])).toEqual([['expert', 'UEXPERT001'], ['inspector', INSPECTOR], ['leader', LEADER]]);
  });
});
