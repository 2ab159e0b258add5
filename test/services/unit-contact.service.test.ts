import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../src/db/repositories/audit.repository.js';
import type { DomainError } from '../../src/domain/errors.js';
import { EXPERT, INSPECTOR, makeUnit, NOBODY, serviceHarness, type ServiceHarness } from '../support/services.js';
import { DIALECTS } from '../support/test-db.js';

describe.each(DIALECTS)('UnitContactService on %s', (dialect) => {
  let h: ServiceHarness;
  beforeEach(async () => {
    h = await serviceHarness(dialect);
  });
  afterEach(async () => h.close());

  const code = (e: unknown) => (e as DomainError).code;
  const dms = async () => (await h.db('outbox').where({ op: 'dm' }).orderBy('id')).map((r) => JSON.parse(r.payload).notice).filter((n) => n.type === 'unit_contact_changed');

  it('links contacts once each, makes them unit contacts, audits and DMs each new one', async () => {
    const { unit } = await h.sut.units.register(INSPECTOR, makeUnit({ name: '联系测试公司' }));
    expect(await h.sut.contacts.link(INSPECTOR, unit.id, [NOBODY, 'UOTHER0001', NOBODY])).toEqual({ linked: [NOBODY, 'UOTHER0001'], already: [] });
    expect(await h.sut.contacts.link(INSPECTOR, unit.id, [NOBODY])).toEqual({ linked: [], already: [NOBODY] });
    expect([...(await h.sut.access.actor(NOBODY)).roles]).toEqual(['unit_contact']);
    expect((await h.sut.access.actor(NOBODY)).unitIds).toEqual([unit.id]);
    expect((await listAudit(h.db, 'unit', unit.id)).filter((a) => a.action === 'unit.contact_link').map((a) => a.after)).toEqual([{ userId: NOBODY }, { userId: 'UOTHER0001' }]);
    expect(await dms()).toEqual([
      { type: 'unit_contact_changed', change: 'linked', unitId: unit.id, unitName: '联系测试公司', by: INSPECTOR },
      { type: 'unit_contact_changed', change: 'linked', unitId: unit.id, unitName: '联系测试公司', by: INSPECTOR },
    ]);
  });

  it('unlinks a contact with an audit row and a DM; unlinking again is refused', async () => {
    const { unit } = await h.sut.units.register(INSPECTOR, makeUnit());
    await h.sut.contacts.link(INSPECTOR, unit.id, [NOBODY]);
    await h.sut.contacts.unlink(INSPECTOR, unit.id, NOBODY);
    expect((await h.sut.access.actor(NOBODY)).roles.size).toBe(0);
    expect((await dms()).at(-1)).toMatchObject({ change: 'unlinked' });
    expect(code(await h.sut.contacts.unlink(INSPECTOR, unit.id, NOBODY).catch((e: unknown) => e))).toBe('unit.contact_not_linked');
  });

  it('refuses linking by an expert or a unit contact, and changes nothing', async () => {
    const { unit } = await h.sut.units.register(INSPECTOR, makeUnit());
    await h.sut.contacts.link(INSPECTOR, unit.id, [NOBODY]);
    expect(code(await h.sut.contacts.link(EXPERT, unit.id, ['UX00000001']).catch((e: unknown) => e))).toBe('auth.role_required');
    expect(code(await h.sut.contacts.link(NOBODY, unit.id, ['UX00000001']).catch((e: unknown) => e))).toBe('auth.role_required');
    expect(code(await h.sut.contacts.unlink(NOBODY, unit.id, NOBODY).catch((e: unknown) => e))).toBe('auth.role_required');
    expect(await h.db('unit_contact')).toHaveLength(1);
  });

  it('refuses a unit that does not exist', async () => {
    expect(code(await h.sut.contacts.link(INSPECTOR, 4242, [NOBODY]).catch((e: unknown) => e))).toBe('unit.not_found');
  });
});
