import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppProcess } from '../support/app-process.js';
import { FakeSlack, waitFor } from '../support/fake-slack.js';
import { SIGNING_SECRET, slashCommand, SlackSender, viewSubmission } from '../support/slack-requests.js';

const ADMIN = 'UADMIN0001';
const SCHEDULE = 'CSCHED0001';
const NEVER = '0 3 1 1 *'; // 03:00 on 1 January: does not fire during the test

/**
 * The real app process with a digest cron that fires every two seconds: the digest reaches SCHEDULE_CHANNEL once for
 * the day; a second process on the same database (catch-up at start, then its own cron) does not post it again.
 */
describe('scheduled jobs, exactly once across processes', () => {
  let fake: FakeSlack;
  let first: AppProcess;
  let second: AppProcess | undefined;
  let env: Record<string, string>;
  const digests = () => fake.callsTo('chat.postMessage').filter((c) => c.args.channel === SCHEDULE && !c.args.thread_ts);

  beforeAll(async () => {
    fake = await new FakeSlack().start();
    env = {
      SLACK_BOT_TOKEN: 'xoxb-jobs', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, ADMIN_USER_IDS: ADMIN, SCHEDULE_CHANNEL: SCHEDULE,
      DATABASE_URL: `sqlite:${join(mkdtempSync(join(tmpdir(), 'anjian-jobs-')), 'a.sqlite')}`,
      DIGEST_CRON: '*/2 * * * * *', ESCALATION_CRON: NEVER, TIER_CRON: NEVER,
    };
    first = await startApp(env);
  });
  afterAll(async () => {
    await first?.stop();
    await second?.stop();
    await fake?.stop();
  });

  it('posts the day’s digest once, however often the cron fires', async () => {
    const post = await waitFor(() => digests()[0], 10_000, 'the digest');
    expect(post.args.text).toMatch(/^每日检查排期 · \d{4}年\d{1,2}月\d{1,2}日 星期.$/);
    await new Promise((r) => setTimeout(r, 5000)); // two or three more firings
    expect(digests()).toHaveLength(1);
    expect(first.output()).toMatch(/job digest slot \d{4}-\d{2}-\d{2} already ran; skipped/);
  });

  it('does not post it again from a second process on the same database', async () => {
    second = await startApp(env);
    await new Promise((r) => setTimeout(r, 5000));
    expect(digests()).toHaveLength(1);
    expect(second.output()).toMatch(/already ran; skipped/);
    expect(second.output()).not.toMatch(/job digest ran for slot/);
  });

  it('runs a job by hand for an admin, in a slot of its own, and says what it posted', async () => {
    const sender = new SlackSender(first.url);
    await sender.interactive(viewSubmission({
      callbackId: 'unit_register', user: ADMIN,
      values: { name: { text: { value: '排期测试厂' } }, credit_code: { text: { value: '914403001922038216' } }, industry: { select: { selected_option: { value: 'mining' } } }, town: { text: { value: '城关镇' } }, address: { text: { value: '一号路' } }, contact_name: { text: { value: '王' } }, contact_phone: { text: { value: '13900000000' } } },
    }));
    await sender.command(slashCommand({ command: '/anjian', text: 'run digest', user: ADMIN, responseUrl: fake.responseUrl('run') }));
    // "Running…" first, then replaced by what the run did.
    const reply = await waitFor(() => fake.responses.find((r) => r.id === 'run' && r.body.replace_original)?.body, 10_000);
    expect(fake.responses.filter((r) => r.id === 'run').map((r) => r.body.text)).toEqual(['正在运行「每日排期」，请稍候…', reply.text]);
    expect(reply.text).toMatch(/^已运行「每日排期」：单位 1 家/);
    await waitFor(() => digests().length === 2, 10_000, 'the hand-run digest');
    await sender.command(slashCommand({ command: '/anjian', text: 'run digest', user: 'UNOBODY001', responseUrl: fake.responseUrl('run-refused') }));
    expect((await waitFor(() => fake.responses.find((r) => r.id === 'run-refused')?.body)).text).toContain('需要以下角色之一：管理员');
    await new Promise((r) => setTimeout(r, 300));
    expect(fake.responses.filter((r) => r.id === 'run-refused')).toHaveLength(1); // refused before any "running…"
  });
});
