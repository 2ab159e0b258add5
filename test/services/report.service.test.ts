import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseReportPeriod } from '../../src/domain/report/report-period.js';
import type { Db } from '../../src/db/knex.js';
import type { OutboxMessage } from '../../src/outbox/outbox-message.js';
import { ReportService } from '../../src/services/report/report.service.js';
import { ADMIN, EXPERT, INSPECTOR, LEADER, NOBODY, serviceHarness, type ServiceHarness } from '../support/services.js';
import { DIALECTS } from '../support/test-db.js';

const PUBLIC = 'CPUBLIC001';
const TOWNS = ['城关镇', '北关街道', '东坝乡', ''];

/** A hazard as seeded: its closing instant in UTC (as the app stores it), or null. */
interface Seed {
  readonly town: string;
  readonly level: 'general' | 'major';
  readonly status: 'reported' | 'open' | 'rectifying' | 'awaiting_acceptance' | 'closed' | 'void';
  readonly found: string;
  readonly deadline: string | null;
  readonly closedAt: string | null;
  readonly listed?: { readonly date: string };
}

/** The Shanghai calendar day of a UTC instant, computed by hand (UTC+8 all year): independent of the code under test. */
const shanghaiDay = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Hazards on both sides of week, month and quarter ends, closed a second before and at local midnight. */
const BOUNDARY: Seed[] = [
  // Sunday 29 Nov 23:59:59 Shanghai (week 48) and Monday 30 Nov 00:00:00 (week 49).
  { town: '城关镇', level: 'general', status: 'closed', found: '2026-11-20', deadline: '2026-11-25', closedAt: '2026-11-29T15:59:59.000Z' },
  { town: '城关镇', level: 'major', status: 'closed', found: '2026-11-20', deadline: '2026-11-25', closedAt: '2026-11-29T16:00:00.000Z' },
  // 30 Nov 23:59:59.999 (November) and 1 Dec 00:00 (December).
  { town: '北关街道', level: 'general', status: 'closed', found: '2026-11-30', deadline: '2026-12-05', closedAt: '2026-11-30T15:59:59.999Z' },
  { town: '北关街道', level: 'general', status: 'closed', found: '2026-11-30', deadline: '2026-12-05', closedAt: '2026-11-30T16:00:00.000Z' },
  // 30 Sep 23:59:59 (Q3) and 1 Oct 00:00 (Q4).
  { town: '东坝乡', level: 'major', status: 'closed', found: '2026-09-30', deadline: '2026-09-30', closedAt: '2026-09-30T15:59:59.000Z' },
  { town: '东坝乡', level: 'general', status: 'closed', found: '2026-10-01', deadline: '2026-10-02', closedAt: '2026-09-30T16:00:00.000Z' },
  // Found on the last and first days of week/month/quarter.
  { town: '', level: 'general', status: 'open', found: '2026-11-22', deadline: '2026-11-28', closedAt: null },
  { town: '', level: 'major', status: 'rectifying', found: '2026-11-23', deadline: '2026-11-29', closedAt: null },
  { town: '', level: 'general', status: 'open', found: '2026-09-30', deadline: null, closedAt: null },
  { town: '城关镇', level: 'general', status: 'open', found: '2026-10-01', deadline: '2026-10-31', closedAt: null },
  // Never counted.
  { town: '城关镇', level: 'general', status: 'void', found: '2026-11-24', deadline: '2026-11-25', closedAt: null },
  { town: '城关镇', level: 'major', status: 'reported', found: '2026-11-24', deadline: null, closedAt: null },
  // Listed major hazards (挂牌督办).
  { town: '北关街道', level: 'major', status: 'rectifying', found: '2026-10-10', deadline: '2026-11-27', closedAt: null, listed: { date: '2026-10-12' } },
  { town: '北关街道', level: 'major', status: 'closed', found: '2026-10-10', deadline: '2026-11-30', closedAt: '2026-11-22T04:00:00.000Z', listed: { date: '2026-10-12' } },
  { town: '北关街道', level: 'major', status: 'awaiting_acceptance', found: '2026-11-26', deadline: '2027-01-30', closedAt: null, listed: { date: '2026-11-30' } },
  { town: '北关街道', level: 'major', status: 'void', found: '2026-10-10', deadline: '2026-12-30', closedAt: null, listed: { date: '2026-10-12' } },
];

/** Many more, spread over September to early December from a fixed seed (a small linear congruential generator). */
function spread(n: number, nowIso: string): Seed[] {
  let x = 20261129;
  const next = (m: number) => ((x = (x * 1103515245 + 12345) % 2 ** 31), x % m);
  const statuses: Seed['status'][] = ['open', 'rectifying', 'awaiting_acceptance', 'closed', 'closed', 'closed', 'void', 'reported'];
  const out: Seed[] = [];
  for (let i = 0; i < n; i++) {
    const found = addDays('2026-09-01', next(92));
    const status = statuses[next(statuses.length)]!;
    const deadline = next(5) === 0 ? null : addDays(found, next(40));
    let closedAt: string | null = null;
    if (status === 'closed') {
      const instant = Date.parse(`${found}T00:00:00Z`) - 8 * 3_600_000 + next(40 * 86_400) * 1000;
      closedAt = new Date(Math.min(instant, Date.parse(nowIso) - 1000)).toISOString();
    }
    out.push({ town: TOWNS[next(TOWNS.length)]!, level: next(4) === 0 ? 'major' : 'general', status, found, deadline, closedAt });
  }
  return out;
}

async function seed(db: Db, seeds: readonly Seed[]): Promise<void> {
  const at = '2026-09-01T00:00:00.000Z';
  const who = { created_at: at, created_by: ADMIN, updated_at: at, updated_by: ADMIN };
  const unitIds = new Map<string, number>();
  for (const town of TOWNS) {
    const [row] = await db('unit').insert({ name: `单位${town || '无镇'}`, industry: 'commerce', town, address: '一号', contact_name: '王', contact_phone: '13900000000', tier: 'blue', ...who }).returning('id');
    unitIds.set(town, Number(typeof row === 'object' ? row.id : row));
  }
  let n = 0;
  const rows = seeds.map((s) => ({
    number: `YH-2026-${String(++n).padStart(4, '0')}`, unit_id: unitIds.get(s.town)!, title: `隐患${n}`, description: '说明', location: '现场', category: 'electrical',
    level: s.level, source: 'routine_inspection', found_date: s.found, found_by: INSPECTOR, status: s.status, status_since: at, deadline: s.deadline,
    closed_at: s.closedAt, closed_by: s.closedAt ? INSPECTOR : null, closure_kind: s.closedAt ? 'reinspection' : null, ...who,
  }));
  await db.batchInsert('hazard', rows, 200);
  const ids = new Map((await db('hazard').select('id', 'number')).map((r) => [r.number as string, Number(r.id)]));
  const listings = seeds.flatMap((s, i) => (s.listed ? [{ hazard_id: ids.get(rows[i]!.number)!, leader: LEADER, level: 'county', document_number: `安委办〔2026〕${i}号`, listed_date: s.listed.date, listed_by: LEADER, listed_at: at }] : []));
  if (listings.length) await db('hazard_listing').insert(listings);
}

/** What the figures must be, by plain filters over the seed table (the definitions in the words of the issue). */
function expected(seeds: readonly Seed[], p: { start: string; end: string }, today: string) {
  const asOf = p.end < today ? p.end : today;
  const inP = (d: string) => d >= p.start && d <= p.end;
  const counted = (s: Seed) => s.status !== 'void' && s.status !== 'reported';
  const closedDay = (s: Seed) => (s.closedAt ? shanghaiDay(s.closedAt) : null);
  const isNew = (s: Seed) => counted(s) && inP(s.found);
  const isClosed = (s: Seed) => s.status === 'closed' && inP(closedDay(s)!);
  const isOverdue = (s: Seed) => counted(s) && s.found <= asOf && s.deadline !== null && s.deadline < asOf && !(s.status === 'closed' && closedDay(s)! <= asOf);
  const split = (list: Seed[]) => ({ general: list.filter((s) => s.level === 'general').length, major: list.filter((s) => s.level === 'major').length, total: list.length });
  const area = (list: readonly Seed[]) => {
    const found = list.filter(isNew);
    const rectified = found.filter((s) => s.status === 'closed').length;
    return { new: split(found), closed: split(list.filter(isClosed)), overdue: split(list.filter(isOverdue)), rectified, rate: found.length ? Math.round((rectified * 1000) / found.length) / 10 : null };
  };
  const towns = TOWNS.map((town) => ({ town, ...area(seeds.filter((s) => s.town === town)) })).filter((t) => t.new.total + t.closed.total + t.overdue.total > 0);
  const listed = seeds.filter((s) => s.listed && s.status !== 'void' && s.listed.date <= p.end && !(s.status === 'closed' && closedDay(s)! < p.start)).length;
  return { asOf, ...area(seeds), towns, listed };
}

describe.each(DIALECTS)('office figures on %s', (dialect) => {
  let h: ServiceHarness;
  let reports: ReportService;
  beforeEach(async () => {
    h = await serviceHarness(dialect);
    h.clock.set('2026-12-02T02:00:00.000Z'); // Wednesday 2 December 2026, 10:00 in Shanghai
    reports = new ReportService({ tx: h.sut.tx, clock: h.clock, adminUserIds: [ADMIN], timezone: 'Asia/Shanghai', publicChannel: PUBLIC });
  });
  afterEach(async () => h.close());

  it('matches counts computed independently, across week, month and quarter boundaries', async () => {
    const seeds = [...BOUNDARY, ...spread(400, h.clock.now().toISOString())];
    await seed(h.db, seeds);
    for (const label of ['2026-W47', '2026-W48', '2026-W49', '2026-09', '2026-10', '2026-11', '2026-12', '2026-Q3', '2026-Q4', '2026']) {
      const period = parseReportPeriod(label)!;
      const { figures } = await reports.figures(INSPECTOR, period);
      const want = expected(seeds, period, '2026-12-02');
      expect({ label, asOf: figures.asOf, new: figures.new, closed: figures.closed, overdue: figures.overdue, rectified: figures.rectified, rate: figures.rate }, label)
        .toEqual({ label, asOf: want.asOf, new: want.new, closed: want.closed, overdue: want.overdue, rectified: want.rectified, rate: want.rate });
      const towns = (list: readonly { town: string; new: unknown; closed: unknown; overdue: unknown; rate: unknown }[]) =>
        list.map((t) => ({ town: t.town, new: t.new, closed: t.closed, overdue: t.overdue, rate: t.rate })).sort((a, b) => (a.town < b.town ? -1 : 1));
      expect(towns(figures.towns), label).toEqual(towns(want.towns));
      expect(figures.listed.length, label).toBe(want.listed);
    }
  });

  it('puts a hazard closed at 23:59:59 in the week, month and quarter ending, and one closed at 00:00:00 in the next', async () => {
    await seed(h.db, BOUNDARY);
    const closed = async (label: string) => (await reports.figures(LEADER, parseReportPeriod(label)!)).figures.closed;
    expect(await closed('2026-W48')).toEqual({ general: 1, major: 0, total: 1 });
    expect(await closed('2026-W49')).toEqual({ general: 2, major: 1, total: 3 }); // 30 Nov 00:00, 30 Nov 23:59:59.999 and 1 Dec 00:00
    expect(await closed('2026-11')).toEqual({ general: 2, major: 2, total: 4 }); // with the listed one closed on 22 Nov
    expect(await closed('2026-12')).toEqual({ general: 1, major: 0, total: 1 });
    expect(await closed('2026-Q3')).toEqual({ general: 0, major: 1, total: 1 });
    expect((await closed('2026-Q4')).total).toBe(6);
    // Week 48: found on Monday 23 Nov and on the 26th (both major); the one found on Sunday 22 Nov belongs to week 47.
    // Overdue on Sunday 29 Nov: deadline before the 29th and not closed by then (the one closed at Monday 00:00 counts).
    const w48 = (await reports.figures(LEADER, parseReportPeriod('2026-W48')!)).figures;
    expect(w48.new).toEqual({ general: 0, major: 2, total: 2 });
    expect(w48.overdue).toEqual({ general: 2, major: 2, total: 4 });
    expect(w48.listed.map((l) => l.status)).toEqual(['rectifying']); // one closed in week 47, one listed on 30 Nov, one void
  });

  it('answers inspectors, leaders and admins, and offers posting to those who may post', async () => {
    const period = parseReportPeriod('2026-11')!;
    expect((await reports.figures(INSPECTOR, period)).mayPost).toBe(false);
    expect((await reports.figures(LEADER, period)).mayPost).toBe(true);
    expect((await reports.figures(ADMIN, period)).mayPost).toBe(true);
    const noChannel = new ReportService({ tx: h.sut.tx, clock: h.clock, adminUserIds: [ADMIN], timezone: 'Asia/Shanghai', publicChannel: undefined });
    expect(await noChannel.figures(LEADER, period)).toMatchObject({ mayPost: false, noChannelToPost: true });
    expect(await noChannel.figures(INSPECTOR, period)).toMatchObject({ mayPost: false, noChannelToPost: false });
    for (const someone of [NOBODY, EXPERT]) {
      await expect(reports.figures(someone, period)).rejects.toMatchObject({ code: 'auth.role_required', details: { roles: 'admin,inspector,leader' } });
    }
  });

  it('posts once per answer to PUBLIC_CHANNEL, audited; refuses inspectors; says when no channel is configured', async () => {
    await seed(h.db, BOUNDARY);
    const rows = async () => (await h.db('outbox').where('idempotency_key', 'like', 'report:post:%').orderBy('id')).map((r) => ({ key: r.idempotency_key as string, message: JSON.parse(r.payload) as OutboxMessage }));
    await expect(reports.postToChannel(INSPECTOR, '2026-11', 'tok1')).rejects.toMatchObject({ code: 'auth.role_required', details: { roles: 'admin,leader' } });
    expect(await rows()).toEqual([]);

    expect(await reports.postToChannel(LEADER, '2026-11', 'tok1')).toMatchObject({ kind: 'posted', channel: PUBLIC, period: { label: '2026-11' } });
    expect(await reports.postToChannel(LEADER, '2026-11', 'tok1')).toMatchObject({ kind: 'already', channel: PUBLIC });
    const posted = await rows();
    expect(posted.map((r) => r.key)).toEqual(['report:post:2026-11:tok1:1']);
    const m = posted[0]!.message;
    expect(m.delivery).toEqual({ op: 'post', channel: PUBLIC, ref: 'report:post:2026-11:tok1' });
    expect(m.notice).toMatchObject({ type: 'report', weekly: false, part: 1, parts: 1, head: { period: { label: '2026-11' }, asOf: '2026-11-30', closed: { total: 4 } } });
    const audit = await h.db('audit_log').where({ action: 'report.posted' });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: LEADER, entity: 'report', entity_id: '2026-11' });

    expect((await reports.postToChannel(ADMIN, '2026-11', 'tok2')).kind).toBe('posted'); // another answer: posted again
    expect(await rows()).toHaveLength(2);

    const noChannel = new ReportService({ tx: h.sut.tx, clock: h.clock, adminUserIds: [ADMIN], timezone: 'Asia/Shanghai', publicChannel: undefined });
    expect((await noChannel.postToChannel(LEADER, '2026-11', 'tok3')).kind).toBe('no_channel');
    expect(await rows()).toHaveLength(2);
    for (const [label, token] of [['2026-13', 'tok4'], ['', 'tok4'], ['2026-11', 'bad token!'], ['2026-11', '']]) {
      await expect(reports.postToChannel(LEADER, label!, token!)).rejects.toMatchObject({ code: 'validation.invalid' });
    }
  });

  it('stays fast for a month of 10,000 hazards', async () => {
    const seeds = spread(10_000, h.clock.now().toISOString()).map((s) => ({ ...s, found: addDays('2026-11-01', Number(s.found.slice(8, 10)) - 1) }));
    await seed(h.db, seeds);
    const started = Date.now();
    const { figures } = await reports.figures(LEADER, parseReportPeriod('2026-11')!);
    const took = Date.now() - started;
    expect(figures.new).toEqual(expected(seeds, parseReportPeriod('2026-11')!, '2026-12-02').new);
    expect(took).toBeLessThan(2000);
  });
});
