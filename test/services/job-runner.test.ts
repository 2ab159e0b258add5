import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseConfig, type Config } from '../../src/config/config.js';
import type { Db } from '../../src/db/knex.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { DomainError } from '../../src/domain/errors.js';
import { Scheduler } from '../../src/jobs/scheduler.js';
import { createLogger } from '../../src/logger.js';
import { buildServices, type Services } from '../../src/services/index.js';
import type { JobName } from '../../src/jobs/job-names.js';
import { JobRunner } from '../../src/jobs/job-runner.js';
import { FixedClock } from '../support/fixed-clock.js';
import { makeHazard } from '../support/hazards.js';
import { ADMIN, EXPERT, INSPECTOR, LEADER, makeUnit, NOBODY, serviceHarness, TEST_CONFIG, type ServiceHarness } from '../support/services.js';
import { DIALECTS, postgresDatabase, sqliteFile, type TestDatabase } from '../support/test-db.js';

const ENV = {
  SLACK_BOT_TOKEN: 'xoxb-x', SLACK_SIGNING_SECRET: 'abcdef0123456789', ADMIN_USER_IDS: 'UADMIN0001',
  SCHEDULE_CHANNEL: 'CSCHED0001', LEADER_CHANNEL: 'CLEADER001', HAZARD_CHANNEL: 'CHAZARD001', PUBLIC_CHANNEL: 'CPUBLIC001', ADMIN_INSPECTION_CAP: '2',
};
const CONFIG = parseConfig(ENV);

/** A configuration whose channel look-up fails: the job throws after it claimed its slot and did part of its work. */
function failing(channel: 'schedule' | 'leader'): Config {
  const channels = { ...CONFIG.channels };
  Object.defineProperty(channels, channel, { get: () => { throw new Error(`${channel} channel unavailable`); } });
  return { ...CONFIG, channels };
}

const jobRows = async (db: Db) => (await db('job_run').orderBy('id').select('job', 'slot')).map((r) => `${r.job} ${r.slot}`);
const jobOutbox = async (db: Db) => (await db('outbox').where('idempotency_key', 'like', 'job:%').orderBy('id').pluck('idempotency_key')) as string[];

describe.each(DIALECTS)('JobRunner on %s', (dialect) => {
  let h: ServiceHarness;
  beforeEach(async () => {
    h = await serviceHarness(dialect);
    const { unit } = await h.sut.units.register(INSPECTOR, makeUnit({ name: '为民商场', industry: 'commerce', creditCode: '91110108551385082Q' }));
    await h.sut.hazards.register(INSPECTOR, makeHazard(unit.id, { deadline: '2026-12-02' })); // due soon: the escalation run has something to say
  });
  afterEach(async () => h.close());

  const runner = (config: Config = CONFIG) => new JobRunner({ tx: h.sut.tx, clock: h.clock, config, tiers: h.sut.tiers });
  const code = (e: unknown) => (e instanceof DomainError ? e.code : e);
  const outboxCount = async () => Number((await h.db('outbox').count({ n: '*' }))[0]!.n);

  it('runs a slot once per day: a second run the same day does nothing, the next day runs again', async () => {
    const first = await runner().run('digest');
    expect(first).toEqual({ job: 'digest', slot: '2026-11-30', ran: true, summary: { units: 1, endingSoon: 1, listed: 1, channelMessages: 1, inspectorDms: 0 } });
    const row = await h.db('job_run').where({ job: 'digest' }).first();
    expect(row).toMatchObject({ slot: '2026-11-30', status: 'done', started_at: '2026-11-30T02:00:00.000Z' });
    expect(row.instance).toMatch(/:\d+$/);
    expect(JSON.parse(row.summary)).toEqual(first.summary);
    const count = await outboxCount();
    h.clock.advance(5 * 3_600_000); // 15:00 the same day
    expect(await runner().run('digest')).toEqual({ job: 'digest', slot: '2026-11-30', ran: false, summary: null });
    expect(await outboxCount()).toBe(count);
    expect(await runner().ranThisSlot('digest')).toBe(true);
    expect(await runner().ranThisSlot('escalations')).toBe(false);
    h.clock.set('2026-11-30T16:00:00.000Z'); // midnight in Shanghai: a new day
    expect(await runner().ranThisSlot('digest')).toBe(false);
    expect((await runner().run('digest')).slot).toBe('2026-12-01');
    expect(await jobRows(h.db)).toEqual(['digest 2026-11-30', 'digest 2026-12-01']);
    expect(await jobOutbox(h.db)).toEqual(['job:digest:2026-11-30:0', 'job:digest:2026-12-01:0']);
  });

  it.each<JobName>(['digest', 'escalations', 'tiers'])('lets exactly one of two runners run %s when they start together', async (job) => {
    const results = await Promise.all([runner().run(job), runner().run(job)]);
    expect(results.map((r) => r.ran).sort()).toEqual([false, true]);
    expect(await jobRows(h.db)).toEqual([`${job} 2026-11-30`]);
    const expected = ({ digest: ['job:digest:2026-11-30:0'], escalations: [`job:escalations:2026-11-30:dm:${INSPECTOR}`], tiers: [] } as Record<string, string[]>)[job];
    expect(await jobOutbox(h.db)).toEqual(expected);
  });

  it('gives runs by hand slots of their own that do not block the scheduled one', async () => {
    const a = await runner().runByHand(ADMIN, 'digest');
    expect(a).toMatchObject({ job: 'digest', slot: '2026-11-30#manual-1', ran: true });
    const b = await runner().runByHand(ADMIN, 'digest');
    expect(b).toMatchObject({ slot: '2026-11-30#manual-2', ran: true });
    expect(await runner().ranThisSlot('digest')).toBe(false);
    expect(await runner().run('digest')).toMatchObject({ slot: '2026-11-30', ran: true });
    expect((await runner().runByHand(ADMIN, 'escalations')).slot).toBe('2026-11-30#manual-1');
    expect(await jobRows(h.db)).toEqual(['digest 2026-11-30#manual-1', 'digest 2026-11-30#manual-2', 'digest 2026-11-30', 'escalations 2026-11-30#manual-1']);
    expect(await jobOutbox(h.db)).toEqual([
      'job:digest:2026-11-30#manual-1:0', 'job:digest:2026-11-30#manual-2:0', 'job:digest:2026-11-30:0', `job:escalations:2026-11-30#manual-1:dm:${INSPECTOR}`,
    ]);
    // The hand-run escalation already sent today's step: the scheduled run still runs its slot, with nothing new to say.
    expect(await runner().run('escalations')).toMatchObject({ slot: '2026-11-30', ran: true, summary: { steps: 0 } });
    expect(await h.db('reminder')).toHaveLength(1);
  });

  it.each([
    ['a leader', LEADER],
    ['an inspector', INSPECTOR],
    ['an expert', EXPERT],
    ['a person without a role', NOBODY],
  ])('refuses a run by hand by %s, changing nothing', async (_who, user) => {
    const before = await outboxCount();
    const e = await runner().runByHand(user, 'digest').catch((x: unknown) => x);
    expect(code(e)).toBe('auth.role_required');
    expect((e as DomainError).details).toMatchObject({ permission: 'job.run', roles: 'admin' });
    expect(code(await runner().runByHand(user, 'nonsense').catch((x: unknown) => x))).toBe('auth.role_required');
    expect(await jobRows(h.db)).toEqual([]);
    expect(await outboxCount()).toBe(before);
  });

  it('stores the nightly tier run’s outcome (units, changed, failed) on its slot', async () => {
    // A stored tier that its facts no longer support (a commerce unit with nothing against it is blue).
    await h.db('unit').update({ tier: 'red' });
    const result = await runner().run('tiers');
    expect(result.summary).toEqual({ units: 1, changed: 1, failed: 0 });
    expect((await h.db('unit').first()).tier).toBe('blue');
    const row = await h.db('job_run').where({ job: 'tiers', slot: '2026-11-30' }).first();
    expect(JSON.parse(row.summary)).toEqual({ units: 1, changed: 1, failed: 0 });
  });

  it('lets a granted admin run by hand, and refuses an unknown job with job.unknown', async () => {
    await h.sut.roles.grant(ADMIN, 'UADMIN0002', 'admin');
    expect((await runner().runByHand('UADMIN0002', 'tiers')).ran).toBe(true);
    const e = await runner().runByHand(ADMIN, 'report').catch((x: unknown) => x);
    expect(code(e)).toBe('job.unknown');
    expect((e as DomainError).details).toEqual({ job: 'report' });
    expect(await jobRows(h.db)).toEqual(['tiers 2026-11-30#manual-1']);
  });

  it('leaves the slot free when the digest fails part-way, so that it runs later', async () => {
    const before = await outboxCount();
    await expect(runner(failing('schedule')).run('digest')).rejects.toThrow('schedule channel unavailable');
    expect(await jobRows(h.db)).toEqual([]);
    expect(await outboxCount()).toBe(before);
    expect(await runner().run('digest')).toMatchObject({ slot: '2026-11-30', ran: true });
    expect(await jobOutbox(h.db)).toEqual(['job:digest:2026-11-30:0']);
  });

  it('leaves the slot free and records no reminder when the escalations fail after recording them', async () => {
    await expect(runner(failing('leader')).run('escalations')).rejects.toThrow('leader channel unavailable');
    expect(await jobRows(h.db)).toEqual([]);
    expect(await h.db('reminder')).toEqual([]);
    expect(await jobOutbox(h.db)).toEqual([]);
    // The retry tells the people after all.
    expect(await runner().run('escalations')).toMatchObject({ ran: true, summary: { steps: 1, peopleDms: 1 } });
    expect(await jobOutbox(h.db)).toEqual([`job:escalations:2026-11-30:dm:${INSPECTOR}`]);
    expect(await h.db('reminder')).toHaveLength(1);
  });

  describe('catch-up at start', () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', write: (line) => void lines.push(line) });
    const scheduler = (env: Record<string, string>, config?: Config) => {
      const c = config ?? parseConfig({ ...ENV, ...env });
      return new Scheduler({ runner: runner(c), config: c, clock: h.clock, logger });
    };
    const LATE = { ESCALATION_CRON: '0 23 * * *', TIER_CRON: '0 23 * * *', WEEKLY_REPORT_CRON: '0 23 * * *', STATS_REMINDER_CRON: '0 23 * * *' };

    it('runs the digest when its time has passed today and its slot has not run, and not again', async () => {
      await scheduler({ DIGEST_CRON: '0 1 * * *', ...LATE }).catchUp();
      expect(await jobRows(h.db)).toEqual(['digest 2026-11-30']);
      expect(await jobOutbox(h.db)).toEqual(['job:digest:2026-11-30:0']);
      const count = await outboxCount();
      await scheduler({ DIGEST_CRON: '0 1 * * *', ...LATE }).catchUp();
      expect(await jobRows(h.db)).toEqual(['digest 2026-11-30']);
      expect(await outboxCount()).toBe(count);
    });

    it('does nothing for a slot that already ran, nor for a job whose time has not come', async () => {
      await runner().run('digest');
      const count = await outboxCount();
      lines.length = 0;
      await scheduler({ DIGEST_CRON: '0 1 * * *', ...LATE }).catchUp();
      await scheduler({ DIGEST_CRON: '0 11 * * *', ESCALATION_CRON: '30 10 * * *', TIER_CRON: '1 10 * * *', WEEKLY_REPORT_CRON: '0 11 * * 1', STATS_REMINDER_CRON: '0 11 * * *' }).catchUp();
      expect(await jobRows(h.db)).toEqual(['digest 2026-11-30']);
      expect(await outboxCount()).toBe(count);
      expect(lines.filter((l) => /catching up|already ran/.test(l))).toEqual([]);
    });

    it('with the default times runs only the jobs whose time has come (tiers 02:00, statistics 08:00, digest 08:30, escalations and Monday publicity 09:00)', async () => {
      h.clock.set('2026-11-29T23:59:00.000Z'); // 07:59 in Shanghai, Monday
      await scheduler({}).catchUp();
      expect(await jobRows(h.db)).toEqual(['tiers 2026-11-30']);
      h.clock.set('2026-11-30T01:00:30.000Z'); // 09:00:30
      await scheduler({}).catchUp();
      expect(await jobRows(h.db)).toEqual(['tiers 2026-11-30', 'digest 2026-11-30', 'escalations 2026-11-30', 'publicity week-2026-11-30', 'stats_reminder 2026-11-30']);
    });

    it('catches up on the weekly publicity later in the week, once, but not in a week whose time has not come', async () => {
      h.clock.set('2026-12-02T04:00:00.000Z'); // Wednesday noon: Monday 09:00 has passed this week
      await scheduler({ DIGEST_CRON: '0 23 * * *', ...LATE, WEEKLY_REPORT_CRON: '0 9 * * 1' }).catchUp();
      await scheduler({ DIGEST_CRON: '0 23 * * *', ...LATE, WEEKLY_REPORT_CRON: '0 9 * * 1' }).catchUp();
      expect(await jobRows(h.db)).toEqual(['publicity week-2026-11-30']);
      h.clock.set('2026-12-07T00:30:00.000Z'); // next Monday 08:30: this week's time has not come
      await scheduler({ DIGEST_CRON: '0 23 * * *', ...LATE, WEEKLY_REPORT_CRON: '0 9 * * 1' }).catchUp();
      expect(await jobRows(h.db)).toEqual(['publicity week-2026-11-30']);
    });

    it('leaves the slot of a job whose channel is unset free, warning once per start, and catches it up once the channel is set', async () => {
      const { PUBLIC_CHANNEL: _unset, ...withoutPublic } = ENV;
      const weekly = { DIGEST_CRON: '0 23 * * *', ...LATE, WEEKLY_REPORT_CRON: '0 9 * * 1' };
      h.clock.set('2026-12-02T04:00:00.000Z'); // Wednesday noon: Monday 09:00 has passed this week
      lines.length = 0;
      const config = parseConfig({ ...withoutPublic, ...weekly });
      const first = new Scheduler({ runner: new JobRunner({ tx: h.sut.tx, clock: h.clock, config, tiers: h.sut.tiers, logger }), config, clock: h.clock, logger });
      await first.catchUp();
      await first.catchUp(); // a second start, still without the channel
      expect(await jobRows(h.db)).toEqual([]);
      const warnings = lines.filter((l) => /WARN/.test(l) && /job publicity did not run/.test(l));
      expect(warnings).toHaveLength(2);
      expect(warnings[0]).toContain('PUBLIC_CHANNEL is not set');

      await scheduler(weekly).catchUp(); // restarted with PUBLIC_CHANNEL
      await scheduler(weekly).catchUp();
      expect(await jobRows(h.db)).toEqual(['publicity week-2026-11-30']);
      expect(await jobOutbox(h.db)).toEqual(['job:publicity:week-2026-11-30:1']);
    });

    it('goes on to the next job when one fails, leaving the failed slot for later', async () => {
      const config: Config = { ...failing('schedule'), cron: { ...CONFIG.cron, digest: '0 1 * * *', escalation: '0 2 * * *', tier: '0 23 * * *', weeklyReport: '0 23 * * *', statsReminder: '0 23 * * *' } };
      lines.length = 0;
      await scheduler({}, config).catchUp();
      expect(await jobRows(h.db)).toEqual(['escalations 2026-11-30']);
      expect(lines.some((l) => /ERROR/.test(l) && /job digest failed/.test(l))).toBe(true);
      await scheduler({ DIGEST_CRON: '0 1 * * *', ...LATE }).catchUp();
      expect(await jobRows(h.db)).toEqual(['escalations 2026-11-30', 'digest 2026-11-30']);
    });
  });
});

/** Two processes on one database: separate connection pools (on SQLite, two connections to the same file). */
describe.each(DIALECTS)('two instances on one %s database', (dialect) => {
  let database: TestDatabase;
  let dbs: Db[];
  let services: Services[];
  const clock = new FixedClock('2026-11-30T02:00:00.000Z');
  beforeEach(async () => {
    clock.set('2026-11-30T02:00:00.000Z');
    database = dialect === 'sqlite' ? sqliteFile() : (await postgresDatabase())!;
    dbs = [database.open(), database.open()];
    await migrateToLatest(dbs[0]!);
    services = dbs.map((db) => buildServices(db, clock, TEST_CONFIG));
    await services[0]!.roles.grant(ADMIN, INSPECTOR, 'inspector');
    const { unit } = await services[0]!.units.register(INSPECTOR, makeUnit({ name: '为民商场', industry: 'commerce', creditCode: '91110108551385082Q' }));
    await services[0]!.hazards.register(INSPECTOR, makeHazard(unit.id, { deadline: '2026-12-02' }));
  });
  afterEach(async () => {
    for (const db of dbs) await db.destroy();
    await database.destroy();
  });

  it('runs each slot exactly once when both run the same jobs at the same moment, day after day', async () => {
    const runners = services.map((s) => new JobRunner({ tx: s.tx, clock, config: CONFIG, tiers: s.tiers }));
    const expectedSlots: string[] = [];
    for (const day of ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03']) {
      clock.set(`${day}T01:00:00.000Z`);
      for (const job of ['digest', 'escalations'] as const) {
        const results = await Promise.all(runners.map((r) => r.run(job)));
        expect(results.map((r) => r.ran).sort()).toEqual([false, true]);
        expectedSlots.push(`${job} ${day}`);
      }
    }
    expect((await jobRows(dbs[1]!)).sort()).toEqual(expectedSlots.sort());
    // One post per digest slot; the escalation steps (due soon on 30 Nov, overdue on 3 Dec) each told once.
    const keys = await jobOutbox(dbs[0]!);
    expect(keys.filter((k) => k.startsWith('job:digest:')).sort()).toEqual(['job:digest:2026-11-30:0', 'job:digest:2026-12-01:0', 'job:digest:2026-12-02:0', 'job:digest:2026-12-03:0']);
    expect(keys.filter((k) => k.startsWith('job:escalations:'))).toEqual([`job:escalations:2026-11-30:dm:${INSPECTOR}`, `job:escalations:2026-12-03:dm:${INSPECTOR}`]);
    expect((await dbs[1]!('reminder').orderBy('id').select('step', 'slot')).map((r) => `${r.step} ${r.slot}`)).toEqual(['due_soon 2026-11-30', 'overdue 2026-12-03']);
  });

  it('gives two runs by hand at the same moment on two instances a slot each; both run', async () => {
    const runners = services.map((s) => new JobRunner({ tx: s.tx, clock, config: CONFIG, tiers: s.tiers }));
    const results = await Promise.all(runners.map((r) => r.runByHand(ADMIN, 'digest')));
    expect(results.map((r) => r.ran)).toEqual([true, true]);
    expect(results.map((r) => r.slot).sort()).toEqual(['2026-11-30#manual-1', '2026-11-30#manual-2']);
    expect((await jobRows(dbs[1]!)).sort()).toEqual(['digest 2026-11-30#manual-1', 'digest 2026-11-30#manual-2']);
  });
});
