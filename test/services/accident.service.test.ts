import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/config.js';
import { listAudit } from '../../src/db/repositories/audit.repository.js';
import { listTierChanges } from '../../src/db/repositories/tier-change.repository.js';
import { DomainError } from '../../src/domain/errors.js';
import { JobRunner } from '../../src/jobs/job-runner.js';
import { CREDIT_CODES, EXPERT, INSPECTOR, LEADER, makeUnit, NOBODY, serviceHarness, type ServiceHarness } from '../support/services.js';
import { snapshotOf } from '../support/db-state.js';
import { DIALECTS } from '../support/test-db.js';

const CONFIG = parseConfig({
  SLACK_BOT_TOKEN: 'xoxb-x', SLACK_SIGNING_SECRET: 'abcdef0123456789', ADMIN_USER_IDS: 'UADMIN0001',
  SCHEDULE_CHANNEL: 'CSCHED0001', LEADER_CHANNEL: 'CLEADER001', HAZARD_CHANNEL: 'CHAZARD001', ADMIN_INSPECTION_CAP: '2',
});

const snapshot = snapshotOf(['accident', 'unit', 'tier_change', 'audit_log', 'outbox']);


/** A valid accident on the harness's today (Mon 30 Nov 2026): one death, nobody seriously hurt, ¥200,000 lost — 一般. */
const accident = (o: Partial<{ date: string; deaths: string | number; seriousInjuries: string | number; directLoss: string | number; summary: string }> = {}) => ({
  date: '2026-11-30', deaths: 1, seriousInjuries: 0, directLoss: '200000', summary: '仓库货架倒塌，一名搬运工死亡。', ...o,
});

describe.each(DIALECTS)('AccidentService on %s', (dialect) => {
  let h: ServiceHarness;
  let unitId: number;
  beforeEach(async () => {
    h = await serviceHarness(dialect);
    unitId = (await h.sut.units.register(INSPECTOR, makeUnit({ name: '为民商场', industry: 'commerce', creditCode: CREDIT_CODES[1] }))).unit.id;
  });
  afterEach(async () => h.close());

  const code = (e: unknown) => (e instanceof DomainError ? e.code : e);
  const accidents = async () => h.db('accident').orderBy('id');
  const tierOf = async (id: number) => (await h.db('unit').where({ id }).first()).tier as string;
  const actions = async (id: number) => (await listAudit(h.db, 'unit', id)).map((a) => a.action);
  const runner = () => new JobRunner({ tx: h.sut.tx, clock: h.clock, config: CONFIG, tiers: h.sut.tiers });

  it('records a 一般 accident with its grade and audit row, and makes a commerce unit yellow with the accident as its cause', async () => {
    const result = await h.sut.accidents.record(INSPECTOR, unitId, accident());
    expect(result.grade).toBe('general');
    expect(result.evaluation).toMatchObject({ tier: 'yellow', previousTier: 'blue', reasons: [{ kind: 'recent_accident', date: '2026-11-30', grade: 'general' }] });
    const rows = await accidents();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ unit_id: unitId, date: '2026-11-30', deaths: 1, serious_injuries: 0, grade: 'general', summary: '仓库货架倒塌，一名搬运工死亡。', recorded_by: INSPECTOR, recorded_at: '2026-11-30T02:00:00.000Z' });
    expect(Number(rows[0]!.direct_loss)).toBe(200000);
    expect(await tierOf(unitId)).toBe('yellow');
    const changes = await listTierChanges(h.db, unitId);
    expect(changes.map((c) => [c.from, c.to])).toEqual([['blue', 'yellow'], [null, 'blue']]); // newest first
    expect(changes[0]!.reasons).toEqual([{ kind: 'recent_accident', date: '2026-11-30', grade: 'general' }]);
    const audit = (await listAudit(h.db, 'unit', unitId)).filter((a) => a.action === 'accident.record');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: INSPECTOR, after: { accidentId: Number(rows[0]!.id), date: '2026-11-30', deaths: 1, seriousInjuries: 0, directLoss: 200000, grade: 'general' } });
    expect(await actions(unitId)).toEqual(['unit.register', 'accident.record', 'unit.tier_change']);
  });

  it('returns the unit to blue once the general accident leaves the look-back window (nightly recompute)', async () => {
    await h.sut.accidents.record(INSPECTOR, unitId, accident());
    h.clock.set('2027-11-30T02:00:00.000Z'); // 365 days later: out of the window
    expect((await h.sut.tiers.recompute(unitId)).tier).toBe('blue');
    expect((await listTierChanges(h.db, unitId)).map((c) => [c.from, c.to])).toEqual([['yellow', 'blue'], ['blue', 'yellow'], [null, 'blue']]);
  });

  it('grades 3 deaths as 较大 and turns the unit red at once, the change stored with serious_accident as its cause', async () => {
    const result = await h.sut.accidents.record(LEADER, unitId, accident({ date: '2026-11-20', deaths: '3', directLoss: '' }));
    expect(result.grade).toBe('larger');
    expect(result.evaluation).toMatchObject({ tier: 'red', ruleTier: 'red', previousTier: 'blue' });
    expect((await accidents())[0]).toMatchObject({ grade: 'larger', deaths: 3, recorded_by: LEADER });
    expect(await tierOf(unitId)).toBe('red');
    const [latest] = await listTierChanges(h.db, unitId);
    expect(latest).toMatchObject({ from: 'blue', to: 'red', byOverride: false, actor: LEADER, at: '2026-11-30T02:00:00.000Z' });
    expect(latest!.reasons).toContainEqual({ kind: 'serious_accident', date: '2026-11-20', grade: 'larger' });
    expect(await actions(unitId)).toEqual(['unit.register', 'accident.record', 'unit.tier_change']);
    const change = (await listAudit(h.db, 'unit', unitId)).at(-1)!;
    expect(change).toMatchObject({ actor: LEADER, before: { tier: 'blue' }, after: { tier: 'red' } });
  });

  it.each([
    ['serious injuries', { seriousInjuries: 10 }, 'larger'],
    ['direct loss', { directLoss: '10,000,000 元', deaths: 0 }, 'larger'],
    ['deaths at the 重大 bound', { deaths: 10 }, 'major'],
    ['serious injuries at the 特别重大 bound', { seriousInjuries: 100 }, 'especially_major'],
    ['just below every 较大 bound', { deaths: 2, seriousInjuries: 9, directLoss: '9999999.99' }, 'general'],
  ])('grades by %s', async (_what, o, grade) => {
    expect((await h.sut.accidents.record(INSPECTOR, unitId, accident(o))).grade).toBe(grade);
    expect((await accidents())[0]!.grade).toBe(grade);
    expect(await tierOf(unitId)).toBe(grade === 'general' ? 'yellow' : 'red');
  });

  it.each([
    ['an expert', EXPERT],
    ['a person without a role', NOBODY],
  ])('refuses %s and changes nothing', async (_who, user) => {
    const before = await snapshot(h.db);
    const e = await h.sut.accidents.record(user, unitId, accident({ deaths: 3 })).catch((x: unknown) => x);
    expect(code(e)).toBe('auth.role_required');
    expect((e as DomainError).details).toMatchObject({ permission: 'accident.record', roles: 'admin,inspector,leader' });
    expect(await snapshot(h.db)).toEqual(before);
  });

  it.each([
    ['a date after today', { date: '2026-12-01' }, 'date'],
    ['no date', { date: '' }, 'date'],
    ['an impossible date', { date: '2026-02-30' }, 'date'],
    ['negative deaths', { deaths: '-1' }, 'deaths'],
    ['fractional deaths', { deaths: '1.5' }, 'deaths'],
    ['words for serious injuries', { seriousInjuries: '三' }, 'serious_injuries'],
    ['a loss that is not an amount', { directLoss: '一百万' }, 'direct_loss'],
    ['no summary', { summary: '   ' }, 'summary'],
  ])('refuses %s with validation.invalid on its field, changing nothing', async (_what, o, field) => {
    const before = await snapshot(h.db);
    const e = await h.sut.accidents.record(INSPECTOR, unitId, accident({ deaths: 3, ...o })).catch((x: unknown) => x);
    expect(code(e)).toBe('validation.invalid');
    expect((e as DomainError).details).toEqual({ field });
    expect(await snapshot(h.db)).toEqual(before);
  });

  it('refuses a unit that does not exist, changing nothing', async () => {
    const before = await snapshot(h.db);
    expect(code(await h.sut.accidents.record(INSPECTOR, 9999, accident()).catch((x: unknown) => x))).toBe('unit.not_found');
    expect(await snapshot(h.db)).toEqual(before);
  });

  it('does not make the unit red for a 较大 accident older than the 365-day look-back, but does for one inside it', async () => {
    // 2025-11-30 is 365 days before 2026-11-30: the last 365 days, today included, began on 2025-12-01.
    const old = await h.sut.accidents.record(INSPECTOR, unitId, accident({ date: '2025-11-30', deaths: 5 }));
    expect(old.grade).toBe('larger');
    expect(old.evaluation.tier).toBe('blue');
    expect(await tierOf(unitId)).toBe('blue');
    expect(await h.db('tier_change').where({ unit_id: unitId })).toHaveLength(1);
    expect(await accidents()).toHaveLength(1);
    // 2025-12-01 is 364 days before: inside the window.
    const recent = await h.sut.accidents.record(INSPECTOR, unitId, accident({ date: '2025-12-01', deaths: 5 }));
    expect(recent.evaluation.tier).toBe('red');
    expect((await listTierChanges(h.db, unitId))[0]!.reasons).toEqual([{ kind: 'serious_accident', date: '2025-12-01', grade: 'larger' }]);
  });

  it('returns the unit to its rule tier in the nightly recompute once the accident leaves the window, and expires an ended override', async () => {
    await h.sut.accidents.record(INSPECTOR, unitId, accident({ deaths: 3 }));
    expect(await tierOf(unitId)).toBe('red');
    const mine = (await h.sut.units.register(INSPECTOR, makeUnit({ industry: 'mining', creditCode: CREDIT_CODES[0] }))).unit.id;
    await h.sut.tiers.override(LEADER, mine, { tier: 'red', reason: '专项整治期间', until: '2027-06-30' });
    expect(await tierOf(mine)).toBe('red');

    // 364 days later (2027-11-29): the accident is still inside the window; the override has ended.
    h.clock.set('2027-11-29T02:00:00.000Z');
    const first = await runner().run('tiers');
    expect(first).toMatchObject({ job: 'tiers', slot: '2027-11-29', ran: true, summary: { units: 2, changed: 1, failed: 0 } });
    expect(await tierOf(unitId)).toBe('red');
    expect(await tierOf(mine)).toBe('yellow');
    expect((await h.db('unit').where({ id: mine }).first()).override_tier).toBeNull();
    expect((await actions(mine)).slice(-2)).toEqual(['unit.override_expire', 'unit.tier_change']);
    const expired = (await listAudit(h.db, 'unit', mine)).find((a) => a.action === 'unit.override_expire')!;
    expect(expired).toMatchObject({ actor: 'system', before: { override: { tier: 'red', until: '2027-06-30', by: LEADER } }, after: { override: null } });
    expect((await listTierChanges(h.db, mine))[0]).toMatchObject({ from: 'red', to: 'yellow', byOverride: false, actor: 'system', reasons: [{ kind: 'key_industry', industry: 'mining' }] });

    // 366 days after the accident (2027-12-01): the unit is blue again, its change recorded with the rule's cause.
    h.clock.set('2027-12-01T02:00:00.000Z');
    const second = await runner().run('tiers');
    expect(second).toMatchObject({ slot: '2027-12-01', ran: true, summary: { units: 2, changed: 1, failed: 0 } });
    expect(await tierOf(unitId)).toBe('blue');
    expect((await listTierChanges(h.db, unitId))[0]).toMatchObject({ from: 'red', to: 'blue', actor: 'system', at: '2027-12-01T02:00:00.000Z', reasons: [{ kind: 'baseline' }] });
    expect((await actions(unitId)).at(-1)).toBe('unit.tier_change');
    expect(await h.db('job_run').where({ job: 'tiers' }).orderBy('slot').pluck('slot')).toEqual(['2027-11-29', '2027-12-01']);

    // A third run the same day changes nothing.
    const changesBefore = await h.db('tier_change').count({ n: '*' });
    expect((await runner().run('tiers')).ran).toBe(false);
    expect(await h.db('tier_change').count({ n: '*' })).toEqual(changesBefore);
  });
});
