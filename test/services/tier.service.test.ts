import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../src/db/repositories/audit.repository.js';
import type { DomainError } from '../../src/domain/errors.js';
import { ADMIN, INSPECTOR, LEADER, makeUnit, serviceHarness, type ServiceHarness } from '../support/services.js';
import { DIALECTS } from '../support/test-db.js';

describe.each(DIALECTS)('TierService on %s', (dialect) => {
  let h: ServiceHarness;
  beforeEach(async () => {
    h = await serviceHarness(dialect);
  });
  afterEach(async () => h.close());

  const code = (e: unknown) => (e as DomainError).code;

  it('lets a leader override the tier with a reason and last day, recording the change and its cause', async () => {
    const { unit } = await h.sut.units.register(INSPECTOR, makeUnit({ industry: 'commerce', creditCode: '91110108551385082Q' }));
    const evaluation = await h.sut.tiers.override(LEADER, unit.id, { tier: 'red', reason: '  多次举报  ', until: '2026-12-31' });
    expect(evaluation).toMatchObject({ tier: 'red', ruleTier: 'blue', override: { tier: 'red', reason: '多次举报', until: '2026-12-31', by: LEADER } });
    const card = await h.sut.units.card(LEADER, unit.id);
    expect(card.unit.tier).toBe('red');
    expect(card.tierChanges[0]).toMatchObject({ from: 'blue', to: 'red', byOverride: true, actor: LEADER });
    expect((await listAudit(h.db, 'unit', unit.id)).map((a) => a.action)).toEqual(['unit.register', 'unit.override_set', 'unit.tier_change']);
  });

  it('clears an override and returns to the rule tier', async () => {
    const { unit } = await h.sut.units.register(INSPECTOR, makeUnit({ industry: 'mining', creditCode: '914403001922038216' }));
    await h.sut.tiers.override(ADMIN, unit.id, { tier: 'blue', reason: '停产', until: null });
    expect((await h.sut.units.get(unit.id)).tier).toBe('blue');
    const evaluation = await h.sut.tiers.clear(LEADER, unit.id);
    expect(evaluation.tier).toBe('yellow');
    expect((await h.sut.units.get(unit.id)).override).toBeNull();
    expect(code(await h.sut.tiers.clear(LEADER, unit.id).catch((e: unknown) => e))).toBe('unit.no_override');
  });

  it('expires an override after its last day the next time the tier is computed', async () => {
    const { unit } = await h.sut.units.register(INSPECTOR, makeUnit({ industry: 'commerce', creditCode: '91110108551385082Q' }));
    await h.sut.tiers.override(LEADER, unit.id, { tier: 'red', reason: '专项整治', until: '2026-11-30' });
    h.clock.set('2026-11-30T15:59:00.000Z'); // 23:59 on the last day in Shanghai: still red
    await h.sut.tiers.recompute(unit.id);
    expect((await h.sut.units.get(unit.id)).tier).toBe('red');
    h.clock.set('2026-11-30T16:00:00.000Z'); // 00:00 the next day
    expect((await h.sut.tiers.recompute(unit.id)).expiredOverride).toMatchObject({ tier: 'red', until: '2026-11-30' });
    const after = await h.sut.units.get(unit.id);
    expect(after.tier).toBe('blue');
    expect(after.override).toBeNull();
    expect((await listAudit(h.db, 'unit', unit.id)).map((a) => a.action).slice(-2)).toEqual(['unit.override_expire', 'unit.tier_change']);
  });

  it('refuses an inspector, an empty reason and a last day before today, changing nothing', async () => {
    const { unit } = await h.sut.units.register(INSPECTOR, makeUnit());
    expect(code(await h.sut.tiers.override(INSPECTOR, unit.id, { tier: 'red', reason: 'x', until: null }).catch((e: unknown) => e))).toBe('auth.role_required');
    expect((await h.sut.tiers.override(LEADER, unit.id, { tier: 'red', reason: '   ', until: null }).catch((e: unknown) => e) as DomainError).details).toEqual({ field: 'reason' });
    const past = (await h.sut.tiers.override(LEADER, unit.id, { tier: 'red', reason: 'x', until: '2026-11-29' }).catch((e: unknown) => e)) as DomainError;
    expect([past.code, past.details.field]).toEqual(['unit.override_until_past', 'until']);
    expect((await h.sut.units.get(unit.id)).override).toBeNull();
  });
});
