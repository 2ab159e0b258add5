import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../src/db/repositories/audit.repository.js';
import { DomainError } from '../../src/domain/errors.js';
import { ADMIN, CREDIT_CODES, EXPERT, INSPECTOR, LEADER, makeUnit, NOBODY, serviceHarness, type ServiceHarness } from '../support/services.js';
import { DIALECTS } from '../support/test-db.js';

describe.each(DIALECTS)('UnitService on %s', (dialect) => {
  let h: ServiceHarness;
  beforeEach(async () => {
    h = await serviceHarness(dialect);
  });
  afterEach(async () => h.close());

  const code = (e: unknown) => (e as DomainError).code;
  const countUnits = async () => Number((await h.db('unit').count({ n: '*' }))[0]!.n);

  it('registers a unit with its tier, a first tier change and an audit row', async () => {
    const card = await h.sut.units.register(INSPECTOR, makeUnit({ name: '某某化工有限公司', creditCode: ' 9144 0300 1922 0382 16 ', industry: 'hazardous_chemicals' }));
    expect(card.unit).toMatchObject({ name: '某某化工有限公司', creditCode: '914403001922038216', industry: 'hazardous_chemicals', tier: 'yellow', createdBy: INSPECTOR });
    expect(card.evaluation.reasons).toEqual([{ kind: 'key_industry', industry: 'hazardous_chemicals' }]);
    expect(card.tierChanges).toMatchObject([{ from: null, to: 'yellow', actor: INSPECTOR }]);
    const audit = await listAudit(h.db, 'unit', card.unit.id);
    expect(audit).toMatchObject([{ actor: INSPECTOR, action: 'unit.register', before: null, after: { name: '某某化工有限公司', tier: 'yellow' } }]);
    expect(audit[0]!.at).toBe('2026-11-30T02:00:00.000Z');
  });

  it('gives blue to a unit outside the key industries', async () => {
    const card = await h.sut.units.register(INSPECTOR, makeUnit({ industry: 'commerce', creditCode: CREDIT_CODES[1] }));
    expect(card.unit.tier).toBe('blue');
    expect(card.evaluation.reasons).toEqual([{ kind: 'baseline' }]);
  });

  it.each([
    ['an expert', EXPERT],
    ['a person without a role', NOBODY],
  ])('refuses registration by %s and stores nothing', async (_who, user) => {
    const error = await h.sut.units.register(user, makeUnit()).catch((e: unknown) => e);
    expect(code(error)).toBe('auth.role_required');
    expect((error as DomainError).details.roles).toBe('admin,inspector,leader');
    expect(await countUnits()).toBe(0);
    expect(await h.db('audit_log').where({ entity: 'unit' })).toHaveLength(0);
  });

  it('refuses a duplicate credit code on the credit-code field, naming the existing unit', async () => {
    await h.sut.units.register(INSPECTOR, makeUnit({ name: '先登记的公司', creditCode: CREDIT_CODES[0], industry: 'mining' }));
    const error = await h.sut.units.register(LEADER, makeUnit({ creditCode: CREDIT_CODES[0].toLowerCase(), industry: 'mining' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).details).toEqual({ field: 'credit_code', name: '先登记的公司' });
    expect(await countUnits()).toBe(1);
  });

  it('refuses invalid input even when called directly (defence behind the form)', async () => {
    const error = await h.sut.units.register(INSPECTOR, makeUnit({ industry: 'mining', creditCode: '914403001922038217' })).catch((e: unknown) => e);
    expect((error as DomainError).code).toBe('validation.invalid');
    expect((error as DomainError).details.field).toBe('credit_code');
    expect(await countUnits()).toBe(0);
  });

  it('updates a unit, audits before → after, and moves the tier when the industry changes', async () => {
    const { unit } = await h.sut.units.register(INSPECTOR, makeUnit({ industry: 'commerce', creditCode: CREDIT_CODES[2] }));
    h.clock.advance(60_000);
    const card = await h.sut.units.update(LEADER, unit.id, { ...makeUnit({ industry: 'fireworks', creditCode: CREDIT_CODES[2] }), name: '改名后的公司' });
    expect(card.unit).toMatchObject({ name: '改名后的公司', industry: 'fireworks', tier: 'yellow' });
    expect(card.tierChanges.map((c) => [c.from, c.to])).toEqual([['blue', 'yellow'], [null, 'blue']]);
    const actions = (await listAudit(h.db, 'unit', unit.id)).map((a) => a.action);
    expect(actions).toEqual(['unit.register', 'unit.update', 'unit.tier_change']);
    const update = (await listAudit(h.db, 'unit', unit.id))[1]!;
    expect(update.before).toMatchObject({ industry: 'commerce' });
    expect(update.after).toMatchObject({ industry: 'fireworks', name: '改名后的公司' });
  });

  it('lets a unit keep its own credit code on edit but not take another unit’s', async () => {
    const a = await h.sut.units.register(INSPECTOR, makeUnit({ creditCode: CREDIT_CODES[0], industry: 'mining' }));
    const b = await h.sut.units.register(INSPECTOR, makeUnit({ creditCode: CREDIT_CODES[1], industry: 'mining' }));
    await expect(h.sut.units.update(INSPECTOR, a.unit.id, makeUnit({ creditCode: CREDIT_CODES[0], industry: 'mining' }))).resolves.toBeTruthy();
    const error = await h.sut.units.update(INSPECTOR, b.unit.id, makeUnit({ creditCode: CREDIT_CODES[0], industry: 'mining' })).catch((e: unknown) => e);
    expect(code(error)).toBe('unit.duplicate_credit_code');
    expect((await h.sut.units.get(b.unit.id)).creditCode).toBe(CREDIT_CODES[1]);
  });

  it('searches name, credit code, address and town, at most 20 with the total, best match first', async () => {
    for (let i = 0; i < 23; i++) await h.sut.units.register(INSPECTOR, makeUnit({ name: `城东加油站${String(i).padStart(2, '0')}` }));
    await h.sut.units.register(INSPECTOR, makeUnit({ name: '宏达五金', address: '城东路 8 号', creditCode: CREDIT_CODES[3], industry: 'industry_trade' }));
    const byName = await h.sut.units.search(INSPECTOR, '加油站');
    expect(byName.total).toBe(23);
    expect(byName.units).toHaveLength(20);
    expect((await h.sut.units.search(INSPECTOR, CREDIT_CODES[3].toLowerCase())).units.map((u) => u.name)).toEqual(['宏达五金']);
    const both = await h.sut.units.search(INSPECTOR, '城东');
    expect(both.total).toBe(24);
    expect(both.units[0]!.name).toBe('城东加油站00');
    expect((await h.sut.units.search(INSPECTOR, '宏达 城东路')).units.map((u) => u.name)).toEqual(['宏达五金']);
  });

  it('treats % and _ in a search as ordinary characters', async () => {
    await h.sut.units.register(INSPECTOR, makeUnit({ name: '百分百_公司' }));
    await h.sut.units.register(INSPECTOR, makeUnit({ name: '普通公司' }));
    expect((await h.sut.units.search(INSPECTOR, '%')).total).toBe(0);
    expect((await h.sut.units.search(INSPECTOR, '_')).units.map((u) => u.name)).toEqual(['百分百_公司']);
  });

  it('shows a unit contact only their own units, and refuses search to people without a role', async () => {
    const mine = await h.sut.units.register(INSPECTOR, makeUnit({ name: '甲公司' }));
    const other = await h.sut.units.register(INSPECTOR, makeUnit({ name: '乙公司' }));
    await h.sut.contacts.link(INSPECTOR, mine.unit.id, [NOBODY]);
    expect((await h.sut.units.search(NOBODY, '公司')).units.map((u) => u.name)).toEqual(['甲公司']);
    expect((await h.sut.units.card(NOBODY, mine.unit.id)).may).toEqual({ edit: false, linkContacts: false, overrideTier: false, recordAccident: false });
    expect(code(await h.sut.units.card(NOBODY, other.unit.id).catch((e: unknown) => e))).toBe('auth.unit_not_visible');
    expect(code(await h.sut.units.search('USTRANGER1', '公司').catch((e: unknown) => e))).toBe('auth.role_required');
  });

  it('offers type-ahead suggestions to anyone (public reporting), nothing for an empty query', async () => {
    await h.sut.units.register(INSPECTOR, makeUnit({ name: '为民超市' }));
    expect((await h.sut.units.suggest('为民')).map((u) => u.name)).toEqual(['为民超市']);
    expect(await h.sut.units.suggest('  ')).toEqual([]);
  });

  it('reports a unit that does not exist as unit.not_found', async () => {
    expect(code(await h.sut.units.card(INSPECTOR, 999).catch((e: unknown) => e))).toBe('unit.not_found');
    expect(code(await h.sut.units.update(INSPECTOR, 999, makeUnit()).catch((e: unknown) => e))).toBe('unit.not_found');
  });

  it('tells the card which buttons the person may use', async () => {
    const { unit } = await h.sut.units.register(INSPECTOR, makeUnit());
    expect((await h.sut.units.card(INSPECTOR, unit.id)).may).toEqual({ edit: true, linkContacts: true, overrideTier: false, recordAccident: true });
    expect((await h.sut.units.card(LEADER, unit.id)).may).toEqual({ edit: true, linkContacts: true, overrideTier: true, recordAccident: true });
    expect((await h.sut.units.card(ADMIN, unit.id)).may).toEqual({ edit: true, linkContacts: true, overrideTier: true, recordAccident: true });
    expect((await h.sut.units.card(EXPERT, unit.id)).may).toEqual({ edit: false, linkContacts: false, overrideTier: false, recordAccident: false });
  });
});
