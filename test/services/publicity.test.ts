import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseConfig, type Config } from '../../src/config/config.js';
import { createI18n } from '../../src/i18n/index.js';
import type { Notice, OutboxMessage } from '../../src/outbox/outbox-message.js';
import { JobRunner } from '../../src/jobs/job-runner.js';
import { renderNotice } from '../../src/slack/notices/render-notice.js';
import { blockKitViolations } from '../support/block-kit-limits.js';
import { ADMIN, INSPECTOR, LEADER, serviceHarness, type ServiceHarness } from '../support/services.js';
import { DIALECTS } from '../support/test-db.js';

const PUBLIC = 'CPUBLIC001';
const ENV = { SLACK_BOT_TOKEN: 'xoxb-x', SLACK_SIGNING_SECRET: 'abcdef0123456789', ADMIN_USER_IDS: ADMIN, PUBLIC_CHANNEL: PUBLIC };
type ReportNotice = Extract<Notice, { type: 'report' }>;

describe.each(DIALECTS)('weekly publicity on %s', (dialect) => {
  let h: ServiceHarness;
  beforeEach(async () => {
    h = await serviceHarness(dialect);
  });
  afterEach(async () => h.close());

  const runner = (config: Config = parseConfig(ENV)) => new JobRunner({ tx: h.sut.tx, clock: h.clock, config, tiers: h.sut.tiers });
  const rows = async () =>
    (await h.db('outbox').where('idempotency_key', 'like', 'job:publicity:%').orderBy('id')).map((r) => ({ key: r.idempotency_key as string, lane: r.lane as string, message: JSON.parse(r.payload) as OutboxMessage }));
  const at = '2026-09-01T00:00:00.000Z';
  const who = { created_at: at, created_by: ADMIN, updated_at: at, updated_by: ADMIN };
  /** `towns` units, each in a town of its own with one listed major hazard found in week 48 (23–29 Nov 2026). */
  async function seedOffice(towns: number): Promise<void> {
    const name = (i: number) => `${'某某市某某区某某街道'.repeat(4)}第${i}号`; // long names: 50 characters or so
    const units = Array.from({ length: towns }, (_, i) => ({ name: `${name(i)}有限责任公司`, industry: 'commerce', town: `${name(i)}镇`.slice(0, 50), address: '一号', contact_name: '王', contact_phone: '13900000000', tier: 'blue', ...who }));
    await h.db.batchInsert('unit', units, 100);
    const unitIds = (await h.db('unit').orderBy('id').pluck('id')).map(Number);
    const hazards = unitIds.map((unitId, i) => ({
      number: `YH-2026-${String(i + 1).padStart(4, '0')}`, unit_id: unitId, title: '储罐区阀门泄漏且可燃气体报警装置失效'.repeat(5), description: '说明', location: '现场', category: 'hazardous_chemicals',
      level: 'major', source: 'routine_inspection', found_date: '2026-11-25', found_by: INSPECTOR, status: 'rectifying', status_since: at, deadline: '2026-12-31', ...who,
    }));
    await h.db.batchInsert('hazard', hazards, 100);
    const ids = (await h.db('hazard').orderBy('id').pluck('id')).map(Number);
    await h.db.batchInsert('hazard_listing', ids.map((id) => ({ hazard_id: id, leader: LEADER, level: 'county', document_number: `某某县安全生产委员会办公室〔2026〕第${id}号督办通知书`.repeat(2), listed_date: '2026-11-26', listed_by: LEADER, listed_at: at })), 100);
  }

  it('posts last week’s figures to PUBLIC_CHANNEL once per week, however often it runs, and again the next week', async () => {
    await seedOffice(3);
    h.clock.set('2026-11-30T01:00:00.000Z'); // Monday 30 November, 09:00 in Shanghai
    const first = await runner().run('publicity');
    expect(first).toMatchObject({ job: 'publicity', slot: 'week-2026-11-30', ran: true, summary: { channelMessages: 1, newHazards: 3, listedHazards: 3, towns: 3 } });
    const queued = await rows();
    expect(queued.map((r) => [r.key, r.lane])).toEqual([['job:publicity:week-2026-11-30:1', `channel:${PUBLIC}`]]);
    const notice = queued[0]!.message.notice as ReportNotice;
    expect(notice).toMatchObject({ type: 'report', weekly: true, part: 1, parts: 1, head: { period: { label: '2026-W48', start: '2026-11-23', end: '2026-11-29' }, asOf: '2026-11-29', toDate: false, new: { general: 0, major: 3, total: 3 } } });
    expect(queued[0]!.message.delivery).toEqual({ op: 'post', channel: PUBLIC, ref: 'publicity:week-2026-11-30' });

    // Later the same week, and a second instance on the same database at the same moment: nothing more.
    h.clock.set('2026-12-02T03:00:00.000Z');
    const [a, b] = await Promise.all([runner().run('publicity'), runner().run('publicity')]);
    expect([a.ran, b.ran]).toEqual([false, false]);
    expect(await rows()).toHaveLength(1);

    // The next Monday: week 49.
    h.clock.set('2026-12-07T01:00:00.000Z');
    const next = await Promise.all([runner().run('publicity'), runner().run('publicity')]);
    expect(next.filter((r) => r.ran)).toHaveLength(1);
    const after = await rows();
    expect(after.map((r) => r.key)).toEqual(['job:publicity:week-2026-11-30:1', 'job:publicity:week-2026-12-07:1']);
    expect((after[1]!.message.notice as ReportNotice).head.period.label).toBe('2026-W49');
  });

  it('without PUBLIC_CHANNEL queues nothing, says so and leaves the week’s slot free; once it is set the week runs, once', async () => {
    await seedOffice(2);
    h.clock.set('2026-11-30T01:00:00.000Z');
    const unset = runner(parseConfig({ ...ENV, PUBLIC_CHANNEL: '' }));
    expect(await unset.run('publicity')).toEqual({ job: 'publicity', slot: 'week-2026-11-30', ran: false, summary: { noPublicChannel: 1 }, missingChannel: 'PUBLIC_CHANNEL' });
    expect(await unset.runByHand(ADMIN, 'publicity')).toMatchObject({ ran: false, summary: { noPublicChannel: 1 }, missingChannel: 'PUBLIC_CHANNEL' });
    expect(await rows()).toEqual([]);
    expect(await h.db('job_run')).toEqual([]);
    expect(await unset.ranThisSlot('publicity')).toBe(false);

    h.clock.set('2026-12-02T03:00:00.000Z'); // Wednesday: the channel is set
    expect(await runner().ranThisSlot('publicity')).toBe(false);
    expect(await runner().run('publicity')).toMatchObject({ slot: 'week-2026-11-30', ran: true, summary: { channelMessages: 1, newHazards: 2 } });
    expect(await runner().run('publicity')).toMatchObject({ ran: false, summary: null });
    expect((await rows()).map((r) => r.key)).toEqual(['job:publicity:week-2026-11-30:1']);
    expect(await runner().ranThisSlot('publicity')).toBe(true);
  });

  it('stays within Block Kit limits in both languages with 200 towns and 200 listed hazards, first post then thread', async () => {
    await seedOffice(200);
    h.clock.set('2026-11-30T01:00:00.000Z');
    const result = await runner().run('publicity');
    const queued = await rows();
    expect(result.summary).toMatchObject({ newHazards: 200, listedHazards: 200, towns: 200, channelMessages: queued.length });
    expect(queued.length).toBeGreaterThan(1);
    expect(queued.length).toBeLessThanOrEqual(6);
    expect(queued.map((r) => r.message.delivery.op)).toEqual(['post', ...queued.slice(1).map(() => 'reply')]);
    const reader = { hazardCard: () => Promise.reject(new Error('not needed')) };
    for (const locale of ['zh-CN', 'en'] as const) {
      const i18n = createI18n(locale, 'Asia/Shanghai');
      const rendered = await Promise.all(queued.map((r) => renderNotice(i18n, r.message.notice, reader)));
      for (const [i, m] of rendered.entries()) {
        expect(blockKitViolations(m.blocks ?? [], 'message'), `${locale} part ${i + 1}`).toEqual([]);
        const all = JSON.stringify(m.blocks);
        expect(all).not.toContain('<@'); // publication wording: nobody mentioned
        expect(all).not.toContain('"actions"'); // and no buttons
      }
      const text = rendered.map((m) => (m.blocks ?? []).map((b) => JSON.stringify(b)).join('')).join('');
      // Every town appears (200 ≤ 240 shown), the first 50 listed hazards, and "150 more".
      const numbers = [...text.matchAll(/YH-2026-\d{4}/g)].map((m) => m[0]);
      expect(new Set(numbers).size).toBe(50);
      expect(text).toContain(locale === 'zh-CN' ? '另有 150 项挂牌督办重大隐患未列出' : '150 more listed hazards not shown');
      expect(rendered[0]!.text).toBe(locale === 'zh-CN' ? '安全生产隐患排查治理情况公示（2026年第48周 11月23日—11月29日）' : 'Public notice: work-safety hazard screening and remediation (week 48 of 2026, 23 Nov – 29 Nov)');
    }
  });
});
