import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import knexFactory, { type Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppProcess } from '../support/app-process.js';
import { FakeSlack, waitFor } from '../support/fake-slack.js';
import { blockAction, slashCommand, SlackSender } from '../support/slack-requests.js';
import { buttonsOf } from '../support/slack-ui.js';
import { blockKitViolations } from '../support/block-kit-limits.js';

const ADMIN = 'UADMIN0001';
const LEADER = 'ULEADER001';
const INSPECTOR = 'UINSPECT01';
const STRANGER = 'USTRANGER1';
const PUBLIC = 'CPUBLIC001';
const NEVER = '0 3 1 1 *'; // 03:00 on 1 January: no job fires during the test

/**
 * `/anjian report` and the weekly publicity driven through signed requests against the built app: the ephemeral
 * figures, the post button (once, and refused to an inspector), a bad period, and `/anjian run publicity`.
 */
describe('reports and publicity in Slack, end to end', () => {
  let fake: FakeSlack;
  let app: AppProcess;
  let slack: SlackSender;
  let db: Knex;
  let seq = 0;

  const type = async (user: string, text: string) => {
    const id = `cmd${++seq}`;
    expect((await slack.command(slashCommand({ command: '/anjian', text, user, responseUrl: fake.responseUrl(id) }))).status).toBe(200);
    return id;
  };
  const answers = (id: string) => fake.responses.filter((r) => r.id === id).map((r) => r.body);
  const reply = (id: string) => waitFor(() => answers(id)[0], 5000, `the answer on ${id}`);
  const press = async (user: string, value: string) => {
    const id = `press${++seq}`;
    expect((await slack.interactive(blockAction({ actionId: 'report_post', value, user, responseUrl: fake.responseUrl(id) }))).status).toBe(200);
    return id;
  };
  const publicPosts = () => fake.callsTo('chat.postMessage').filter((c) => c.args.channel === PUBLIC && !c.args.thread_ts);
  const outboxIdle = () => waitFor(async () => ((await (await fetch(`${app.url}/healthz`)).json()) as { outbox: { pending: number } }).outbox.pending === 0, 8000, 'an idle outbox');

  beforeAll(async () => {
    fake = await new FakeSlack().start();
    const file = join(mkdtempSync(join(tmpdir(), 'anjian-report-')), 'a.sqlite');
    app = await startApp({
      SLACK_BOT_TOKEN: 'xoxb-report', SLACK_SIGNING_SECRET: '8f742231b10e8888abcd99aaaa85a5ff', SLACK_API_URL: fake.apiUrl, DATABASE_URL: `sqlite:${file}`,
      ADMIN_USER_IDS: ADMIN, PUBLIC_CHANNEL: PUBLIC,
      DIGEST_CRON: NEVER, ESCALATION_CRON: NEVER, TIER_CRON: NEVER, WEEKLY_REPORT_CRON: NEVER, STATS_REMINDER_CRON: NEVER,
    });
    slack = new SlackSender(app.url);
    db = knexFactory({ client: 'sqlite3', connection: { filename: file }, useNullAsDefault: true });
    await reply(await type(ADMIN, `role <@${LEADER}> leader`));
    await reply(await type(ADMIN, `role <@${INSPECTOR}> inspector`));
    // November 2026, seeded straight into the database: 3 new (2 general, 1 major), 1 closed, 1 overdue, 1 listed, 1 void.
    const at = '2026-11-01T00:00:00.000Z';
    const who = { created_at: at, created_by: ADMIN, updated_at: at, updated_by: ADMIN };
    const unit = async (name: string, town: string) => {
      const [row] = await db('unit').insert({ name, industry: 'commerce', town, address: '一号', contact_name: '王', contact_phone: '13900000000', tier: 'blue', ...who }).returning('id');
      return Number(typeof row === 'object' ? row.id : row);
    };
    const market = await unit('为民超市', '城关镇');
    const plant = await unit('红星化工有限公司', '北关街道');
    const hazard = (n: number, unitId: number, o: Record<string, unknown>) => ({
      number: `YH-2026-000${n}`, unit_id: unitId, title: `隐患${n}`, description: '说明', location: '现场', category: 'electrical', level: 'general', source: 'routine_inspection',
      found_by: INSPECTOR, status: 'open', status_since: at, deadline: null, ...who, ...o,
    });
    await db('hazard').insert([
      hazard(1, market, { found_date: '2026-11-05', deadline: '2026-11-15' }),
      hazard(2, market, { found_date: '2026-11-03', deadline: '2026-11-20', status: 'closed', closed_at: '2026-11-10T02:00:00.000Z', closed_by: INSPECTOR, closure_kind: 'reinspection' }),
      hazard(3, plant, { found_date: '2026-11-20', deadline: '2027-01-31', level: 'major', status: 'rectifying', title: '储罐区阀门泄漏' }),
      hazard(4, plant, { found_date: '2026-11-06', status: 'void', void_reason: '登记错误' }),
    ]);
    const [major] = await db('hazard').where({ number: 'YH-2026-0003' }).pluck('id');
    await db('hazard_listing').insert({ hazard_id: major, leader: LEADER, level: 'county', document_number: '安委办〔2026〕12号', listed_date: '2026-11-21', listed_by: LEADER, listed_at: at });
  });
  afterAll(async () => {
    await db?.destroy();
    expect(await app?.stop()).toBe(0);
    await fake?.stop();
  });

  let postValue = '';

  it('answers `/anjian report month 2026-11` ephemerally with the figures and a post button', async () => {
    const answer = await reply(await type(LEADER, 'report month 2026-11'));
    expect(answer.response_type).toBe('ephemeral');
    expect(answer.text).toBe('隐患排查治理情况（2026年11月）');
    const all = JSON.stringify(answer.blocks);
    expect(all).toContain('新排查隐患 *3* 项，其中一般隐患 2 项、重大隐患 1 项。');
    expect(all).toContain('整改销号 *1* 项，其中一般隐患 1 项、重大隐患 0 项。');
    expect(all).toContain('逾期未整改 *1* 项');
    expect(all).toContain('整改率 *33.3%*');
    expect(all).toContain('*YH-2026-0003* 红星化工有限公司：储罐区阀门泄漏');
    expect(all).toContain('督办领导 <@ULEADER001>');
    expect(all).toContain('城关镇：新排查 2 项');
    expect(blockKitViolations(answer.blocks, 'message')).toEqual([]);
    const [button] = buttonsOf(answer.blocks);
    expect(button).toMatchObject({ action_id: 'report_post', text: { text: '发布到频道' } });
    expect(button!.value).toMatch(/^2026-11\|[0-9a-f]{16}$/);
    postValue = button!.value!;
    // The same in Chinese words, and for an inspector: figures, but no button.
    const inspectorAnswer = await reply(await type(INSPECTOR, '报表 月 2026-11'));
    expect(inspectorAnswer.text).toBe('隐患排查治理情况（2026年11月）');
    expect(buttonsOf(inspectorAnswer.blocks)).toEqual([]);
  });

  it('refuses an inspector who presses post, and a stranger who asks for a report', async () => {
    const refused = await reply(await press(INSPECTOR, postValue));
    expect(refused.text).toBe('你没有权限做这件事，需要以下角色之一：管理员、领导。请联系管理员。');
    const stranger = await reply(await type(STRANGER, 'report week'));
    expect(stranger.text).toBe('你没有权限做这件事，需要以下角色之一：管理员、检查员、领导。请联系管理员。');
    await new Promise((r) => setTimeout(r, 300));
    expect(publicPosts()).toHaveLength(0);
  });

  it('posts to PUBLIC_CHANNEL once, however often the button is pressed, and replaces the answer with “posted”', async () => {
    const first = await press(LEADER, postValue);
    const firstAnswer = await reply(first);
    const second = await reply(await press(LEADER, postValue));
    expect(firstAnswer).toMatchObject({ replace_original: true, text: '已发布到 <#CPUBLIC001>：安全生产隐患排查治理情况公示（2026年11月）' });
    expect(second).toMatchObject({ replace_original: true, text: expect.stringContaining('已经发布过了') });
    await waitFor(() => publicPosts().length === 1, 8000, 'the post');
    await outboxIdle();
    await new Promise((r) => setTimeout(r, 300));
    const posts = publicPosts();
    expect(posts).toHaveLength(1);
    expect(posts[0]!.args.text).toBe('安全生产隐患排查治理情况公示（2026年11月）');
    const all = JSON.stringify(posts[0]!.args.blocks);
    expect(all).toContain('新排查隐患 *3* 项');
    expect(all).not.toContain('<@');
    expect(all).toContain('特此公示。');
    expect(await db('audit_log').where({ action: 'report.posted' })).toHaveLength(1);
  });

  it('answers a bad or mismatched period, and no kind at all, with how to write it', async () => {
    const bad = await reply(await type(LEADER, 'report month 2026-13'));
    expect(bad.text).toContain('「2026-13」不是有效的月份，请写成 `2026-11`。');
    expect(bad.text).toContain('`/anjian report quarter 2026-Q4`');
    expect((await reply(await type(LEADER, 'report quarter 2026-11'))).text).toContain('「2026-11」不是有效的季度，请写成 `2026-Q4`。');
    expect((await reply(await type(LEADER, 'report'))).text).toMatch(/^用法：`\/anjian report week\|month\|quarter\|year \[期间\]`/);
    expect((await reply(await type(LEADER, 'report daily'))).text).toMatch(/^用法：/);
    expect((await reply(await type(LEADER, 'report year 2099'))).text).toBe('2099年还没有开始，没有数据。');
    const thisWeek = await reply(await type(LEADER, 'report 周'));
    expect(thisWeek.text).toMatch(/^隐患排查治理情况（\d{4}年第\d{1,2}周 /);
    expect(JSON.stringify(thisWeek.blocks)).toContain('本期尚未结束，数据截至');
  });

  it('posts the weekly publicity to PUBLIC_CHANNEL when an admin runs it', async () => {
    const id = await type(ADMIN, 'run publicity');
    const done = await waitFor(() => answers(id).find((b) => b.replace_original), 10_000, 'the run');
    expect(done.text).toMatch(/^已运行「每周公示」：频道消息 1 条/);
    const post = await waitFor(() => publicPosts().find((c) => String(c.args.text).includes('周')), 8000, 'the publicity');
    expect(post.args.text).toMatch(/^安全生产隐患排查治理情况公示（\d{4}年第\d{1,2}周 \d{1,2}月\d{1,2}日—\d{1,2}月\d{1,2}日）$/);
    expect(JSON.stringify(post.args.blocks)).not.toContain('"actions"');
  });
});
