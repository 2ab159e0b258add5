import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseConfig, type Config } from '../../src/config/config.js';
import { createI18n } from '../../src/i18n/index.js';
import type { Notice, OutboxMessage } from '../../src/outbox/outbox-message.js';
import { JobRunner } from '../../src/jobs/job-runner.js';
import { renderNotice } from '../../src/slack/notices/render-notice.js';
import { blockKitViolations } from '../support/block-kit-limits.js';
import { ADMIN, serviceHarness, type ServiceHarness } from '../support/services.js';
import { DIALECTS } from '../support/test-db.js';

const SCHEDULE = 'CSCHED0001';
const ENV = { SLACK_BOT_TOKEN: 'xoxb-x', SLACK_SIGNING_SECRET: 'abcdef0123456789', ADMIN_USER_IDS: ADMIN, SCHEDULE_CHANNEL: SCHEDULE };
/** 08:00 in Shanghai (STATS_REMINDER_CRON's default time) on a day. */
const eightOn = (date: string) => new Date(Date.parse(`${date}T08:00:00+08:00`));
type Reminder = Extract<Notice, { type: 'stats_reminder' }>;

describe.each(DIALECTS)('statistics reminder job on %s', (dialect) => {
  let h: ServiceHarness;
  beforeEach(async () => void (h = await serviceHarness(dialect)));
  afterEach(async () => h.close());

  const runner = (config: Config = parseConfig(ENV)) => new JobRunner({ tx: h.sut.tx, clock: h.clock, config, tiers: h.sut.tiers });
  const queued = async () =>
    (await h.db('outbox').where('idempotency_key', 'like', 'job:stats_reminder:%').orderBy('id')).map((r) => ({ key: r.idempotency_key as string, lane: r.lane as string, message: JSON.parse(r.payload) as OutboxMessage }));
  const runOn = async (date: string) => {
    h.clock.set(eightOn(date));
    return runner().run('stats_reminder');
  };

  it('reminds SCHEDULE_CHANNEL of the Q4 table on 10 January, once however often the job runs in its window', async () => {
    expect(await runOn('2027-01-09')).toMatchObject({ ran: true, summary: { channelMessages: 0 } });
    expect(await runOn('2027-01-10')).toEqual({ job: 'stats_reminder', slot: '2027-01-10', ran: true, summary: { channelMessages: 1 } });
    expect(await runOn('2027-01-10')).toMatchObject({ ran: false });
    expect(await queued()).toEqual([{
      key: 'job:stats_reminder:2026-Q4', lane: `channel:${SCHEDULE}`,
      message: {
        key: 'job:stats_reminder:2026-Q4', delivery: { op: 'post', channel: SCHEDULE },
        notice: { type: 'stats_reminder', date: '2027-01-10', period: { kind: 'quarter', label: '2026-Q4', year: 2026, index: 4 }, deadline: '2027-01-15' },
      },
    }]);
    for (const day of ['2027-01-11', '2027-01-15']) expect(await runOn(day)).toMatchObject({ ran: true, summary: { channelMessages: 0 } });
    expect(await queued()).toHaveLength(1);
  });

  it('after an outage over the 10th, reminds on the first day it runs before the deadline, with the days then left', async () => {
    expect(await runOn('2027-01-13')).toMatchObject({ ran: true, summary: { channelMessages: 1 } });
    expect((await queued()).map((q) => [q.key, (q.message.notice as Reminder).date])).toEqual([['job:stats_reminder:2026-Q4', '2027-01-13']]);
    expect(await runOn('2027-01-16')).toMatchObject({ ran: true, summary: { channelMessages: 0 } }); // past the deadline: no late reminder
  });

  it('reminds of the annual table on 26 January, and of the next quarters on 10 April, July and October', async () => {
    for (const day of ['2027-01-26', '2027-01-27', '2027-04-10', '2027-07-10', '2027-10-10', '2027-10-11']) await runOn(day);
    expect((await queued()).map((q) => [q.key, (q.message.notice as Reminder).deadline])).toEqual([
      ['job:stats_reminder:2026', '2027-01-31'],
      ['job:stats_reminder:2027-Q1', '2027-04-15'],
      ['job:stats_reminder:2027-Q2', '2027-07-15'],
      ['job:stats_reminder:2027-Q3', '2027-10-15'],
    ]);
  });

  it('posts again on an admin’s run by hand (a slot of its own); without SCHEDULE_CHANNEL it runs nothing and says so', async () => {
    h.clock.set(eightOn('2027-01-10'));
    await runner().run('stats_reminder');
    expect(await runner().runByHand(ADMIN, 'stats_reminder')).toMatchObject({ slot: '2027-01-10#manual-1', ran: true, summary: { channelMessages: 1 } });
    expect((await queued()).map((q) => q.key)).toEqual(['job:stats_reminder:2026-Q4', 'job:stats_reminder:2027-01-10#manual-1:2026-Q4']);
    const { SCHEDULE_CHANNEL: _unset, ...withoutChannel } = ENV;
    expect(await runner(parseConfig(withoutChannel)).runByHand(ADMIN, 'stats_reminder')).toEqual({
      job: 'stats_reminder', slot: '2027-01-10#manual-2', ran: false, summary: { noScheduleChannel: 1 }, missingChannel: 'SCHEDULE_CHANNEL',
    });
    expect(await queued()).toHaveLength(2);
    expect(await h.db('job_run').orderBy('id').pluck('slot')).toEqual(['2027-01-10', '2027-01-10#manual-1']);
  });
});

describe('statistics reminder message', () => {
  const reader = { hazardCard: () => Promise.reject(new Error('not used')) };
  const q4: Reminder = { type: 'stats_reminder', date: '2027-01-10', period: { kind: 'quarter', label: '2026-Q4', year: 2026, index: 4 }, deadline: '2027-01-15' };
  const annual: Reminder = { type: 'stats_reminder', date: '2027-01-26', period: { kind: 'year', label: '2026', year: 2026, index: 1 }, deadline: '2027-01-31' };

  it('names the period, the deadline, the days left and the command, in Chinese', async () => {
    const m = await renderNotice(createI18n('zh-CN', 'Asia/Shanghai'), q4, reader);
    expect(m.text).toBe('📊 统计报表提醒：2026年第4季度统计表请于 2027年1月15日 星期五 前报送');
    const body = JSON.stringify(m.blocks);
    expect(body).toContain('*2027年1月15日 星期五* 前报送（还有 5 天');
    expect(body).toContain('`/anjian export stats 2026-Q4`');
    expect(body).toContain('主要负责人签字');
    expect(blockKitViolations(m.blocks!, 'message')).toEqual([]);
    expect((await renderNotice(createI18n('zh-CN', 'Asia/Shanghai'), annual, reader)).text).toBe('📊 统计报表提醒：2026年度统计表请于 2027年1月31日 星期日 前报送');
  });

  it('in English', async () => {
    const m = await renderNotice(createI18n('en', 'Asia/Shanghai'), annual, reader);
    expect(m.text).toBe('📊 Statistics reminder: the 2026 table is due by Sun 31 Jan 2027');
    const body = JSON.stringify(m.blocks);
    expect(body).toContain('(5 days left');
    expect(body).toContain('`/anjian export stats 2026`');
  });
});
