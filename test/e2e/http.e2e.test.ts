import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import knexFactory, { type Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppProcess } from '../support/app-process.js';
import { FakeSlack, waitFor } from '../support/fake-slack.js';
import { blockAction, blockSuggestion, newTriggerId, signature, SIGNING_SECRET, slashCommand, SlackSender, viewSubmission, appHomeOpened } from '../support/slack-requests.js';

const ADMIN = 'UADMIN0001';
const INSPECTOR = 'UINSPECT01';
const LEADER = 'ULEADER001';
const STRANGER = 'USTRANGER1';
const GOOD_CODE = '914403001922038216';

/** Values of the unit modal, shaped as Slack sends view.state.values. */
function unitValues(o: { name?: string; code?: string; industry?: string | null; phone?: string } = {}) {
  return {
    name: { text: { type: 'plain_text_input', value: o.name ?? '平安化工有限公司' } },
    credit_code: { text: { type: 'plain_text_input', value: o.code ?? GOOD_CODE } },
    industry: { select: { type: 'static_select', selected_option: o.industry === null ? null : { text: { type: 'plain_text', text: 'x' }, value: o.industry ?? 'hazardous_chemicals' } } },
    town: { text: { type: 'plain_text_input', value: '城关镇' } },
    address: { text: { type: 'plain_text_input', value: '工业园区 8 号' } },
    contact_name: { text: { type: 'plain_text_input', value: '王经理' } },
    contact_phone: { text: { type: 'plain_text_input', value: o.phone ?? '13912345678' } },
    flags: { checkboxes: { type: 'checkboxes', selected_options: [{ text: { type: 'plain_text', text: 'x' }, value: 'major_hazard_source' }] } },
  };
}

describe('the app over signed HTTP against a fake Slack Web API', () => {
  let fake: FakeSlack;
  let app: AppProcess;
  let slack: SlackSender;
  let db: Knex;
  let responseSeq = 0;

  beforeAll(async () => {
    fake = await new FakeSlack().start();
    const dir = mkdtempSync(join(tmpdir(), 'anjian-e2e-'));
    app = await startApp({
      SLACK_BOT_TOKEN: 'xoxb-e2e-token', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl,
      DATABASE_URL: `sqlite:${join(dir, 'anjian.sqlite')}`, ADMIN_USER_IDS: ADMIN, LOG_LEVEL: 'info',
    });
    slack = new SlackSender(app.url);
    db = knexFactory({ client: 'sqlite3', connection: { filename: join(dir, 'anjian.sqlite') }, useNullAsDefault: true });
  });
  afterAll(async () => {
    await db?.destroy();
    const code = await app?.stop();
    await fake?.stop();
    expect(code).toBe(0);
  });

  /** Sends a slash command and returns what the app answered through its response_url. */
  async function command(user: string, cmd: string, text = '', triggerId = newTriggerId()) {
    const id = `r${++responseSeq}`;
    const res = await slack.command(slashCommand({ command: cmd, text, user, responseUrl: fake.responseUrl(id), triggerId }));
    expect(res.status).toBe(200);
    return { id, triggerId, reply: () => waitFor(() => fake.responses.find((r) => r.id === id)?.body, 5000, `a reply to ${cmd} ${text}`) };
  }
  const units = async () => db('unit').select('*');

  it('answers GET /healthz with 200 JSON, database checked', async () => {
    const res = await fetch(`${app.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, mode: 'http', database: 'sqlite', outbox: { pending: 0, failed: 0 } });
  });

  it('answers Slack’s URL verification challenge (Event Subscriptions set-up)', async () => {
    const res = await slack.event({ token: 'Jhj5dZrVaK7ZwHHjRyZWjbDl', challenge: '3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P', type: 'url_verification' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ challenge: '3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P' });
  });

  it('checked the bot token once at start (auth.test) with the configured token', () => {
    expect(fake.callsTo('auth.test')).toHaveLength(1);
    expect(fake.callsTo('auth.test')[0]!.auth).toBe('Bearer xoxb-e2e-token');
  });

  it('lets the configured admin give roles; the person gets a DM through the outbox', async () => {
    const { reply } = await command(ADMIN, '/anjian', `role <@${INSPECTOR}|li.si> inspector`);
    expect((await reply()).text).toBe(`已授予 <@${INSPECTOR}>「检查员」角色，并已私信通知对方。`);
    const dm = await waitFor(() => fake.callsTo('chat.postMessage').find((c) => c.args.channel === `D${INSPECTOR.slice(1)}`));
    expect(dm.args.text).toContain('授予你「检查员」角色');
    expect((await command(ADMIN, '/anjian', `role <@${LEADER}> 领导`).then((c) => c.reply())).text).toContain('「领导」');
  });

  it('refuses /anjian role from a non-admin and changes nothing', async () => {
    const before = await db('user_role').select('*');
    const { reply } = await command(INSPECTOR, '/anjian', `role <@${STRANGER}|x> admin`);
    expect((await reply()).text).toBe('你没有权限做这件事，需要以下角色之一：管理员。请联系管理员。');
    expect(await db('user_role').select('*')).toEqual(before);
  });

  it('opens the unit modal with the request’s trigger_id', async () => {
    const { triggerId } = await command(INSPECTOR, '/unit');
    const open = await waitFor(() => fake.callsTo('views.open').find((c) => c.args.trigger_id === triggerId));
    expect(open.args.view).toMatchObject({ type: 'modal', callback_id: 'unit_register', title: { text: '登记单位' } });
    expect(open.args.view.blocks.map((b: { block_id: string }) => b.block_id)).toEqual(['name', 'credit_code', 'industry', 'town', 'address', 'contact_name', 'contact_phone', 'flags']);
    expect(JSON.parse(open.args.view.private_metadata).responseUrl).toMatch(/\/response\//);
  });

  it('refuses to open the unit modal for a person without the role (and says why)', async () => {
    const { triggerId, reply } = await command(STRANGER, '/unit');
    expect((await reply()).text).toContain('需要以下角色之一：管理员、检查员、领导');
    expect(fake.callsTo('views.open').some((c) => c.args.trigger_id === triggerId)).toBe(false);
  });

  it('shows a bad credit code inline and stores nothing', async () => {
    const res = await slack.interactive(viewSubmission({ callbackId: 'unit_register', user: INSPECTOR, values: unitValues({ code: '914403001922038217' }) }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ response_action: 'errors', errors: { credit_code: '校验位不对：可能输错了某一位，或两位顺序颠倒。请对照营业执照核对。' } });
    expect(await units()).toHaveLength(0);
  });

  it('shows every bad field at once, for oversized text, a missing select and wrong types', async () => {
    const values = { ...unitValues({ name: '名'.repeat(5000), industry: null, phone: '12345' }), town: { text: { type: 'plain_text_input', value: 42 } }, address: {} };
    const res = await slack.interactive(viewSubmission({ callbackId: 'unit_register', user: INSPECTOR, values }));
    expect(await res.json()).toEqual({
      response_action: 'errors',
      errors: { name: '最多 100 个字。', industry: '请填写此项。', town: '请填写此项。', address: '请填写此项。', contact_phone: '请输入有效的电话号码，例如 13812345678 或 0571-88886666。' },
    });
    expect(await units()).toHaveLength(0);
  });

  it('stores a good unit with an audit row and shows its card where /unit was typed', async () => {
    const responseUrl = fake.responseUrl('after-register');
    const res = await slack.interactive(viewSubmission({ callbackId: 'unit_register', user: INSPECTOR, values: unitValues(), privateMetadata: JSON.stringify({ responseUrl }) }));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    const [unit] = await units();
    expect(unit).toMatchObject({ name: '平安化工有限公司', credit_code: GOOD_CODE, industry: 'hazardous_chemicals', tier: 'yellow', created_by: INSPECTOR });
    expect(await db('audit_log').where({ entity: 'unit', action: 'unit.register' })).toHaveLength(1);
    const card = await waitFor(() => fake.responses.find((r) => r.id === 'after-register')?.body);
    expect(card).toMatchObject({ response_type: 'ephemeral', text: '已登记单位「平安化工有限公司」。' });
    expect(JSON.stringify(card.blocks)).toContain('🟡 黄色（半月一查）');
    expect(JSON.stringify(card.blocks)).toContain('属于重点行业：危险化学品');
  });

  it('refuses the same credit code again, inline on the field, naming the unit that has it', async () => {
    const res = await slack.interactive(viewSubmission({ callbackId: 'unit_register', user: INSPECTOR, values: unitValues({ name: '另一家公司', code: GOOD_CODE.toLowerCase() }) }));
    expect(await res.json()).toEqual({ response_action: 'errors', errors: { credit_code: '该信用代码已登记：平安化工有限公司。请用 `/unit` 查找并修改已有单位。' } });
    expect(await units()).toHaveLength(1);
  });

  it('finds the unit with /unit <text>', async () => {
    const reply = await (await command(INSPECTOR, '/unit', '平安')).reply();
    expect(reply.text).toBe('找到 1 个单位：');
    expect(JSON.stringify(reply.blocks)).toContain('*平安化工有限公司*');
    const none = await (await command(INSPECTOR, '/unit', '不存在的名字')).reply();
    expect(none.text).toContain('没有找到与「不存在的名字」匹配的单位');
  });

  it('returns the unit from the type-ahead options request', async () => {
    const [unit] = await units();
    const res = await slack.interactive(blockSuggestion({ actionId: 'unit_pick', blockId: 'unit', value: '平安', user: LEADER }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ options: [{ text: { type: 'plain_text', text: '🟡 平安化工有限公司 · 城关镇' }, value: String(unit.id) }] });
  });

  it('opens the card from a search result, then the edit modal filled in', async () => {
    const [unit] = await units();
    const responseUrl = fake.responseUrl('card-open');
    expect((await slack.interactive(blockAction({ actionId: 'unit_open', value: String(unit.id), user: INSPECTOR, responseUrl }))).status).toBe(200);
    const card = await waitFor(() => fake.responses.find((r) => r.id === 'card-open')?.body);
    const buttons = card.blocks.flatMap((b: { elements?: { action_id?: string }[] }) => b.elements ?? []).map((e: { action_id?: string }) => e.action_id).filter(Boolean);
    expect(buttons).toEqual(['unit_edit', 'unit_link_contact', 'accident_open']); // an inspector may not override tiers
    const edit = blockAction({ actionId: 'unit_edit', value: String(unit.id), user: INSPECTOR, responseUrl });
    await slack.interactive(edit);
    const open = await waitFor(() => fake.callsTo('views.open').find((c) => c.args.trigger_id === edit.trigger_id));
    expect(open.args.view.callback_id).toBe('unit_edit');
    expect(open.args.view.blocks[0].element.initial_value).toBe('平安化工有限公司');
    expect(JSON.parse(open.args.view.private_metadata)).toEqual({ unitId: unit.id, responseUrl });
  });

  it('rejects unsigned, wrongly signed and stale requests with 401 and changes nothing', async () => {
    const body = new URLSearchParams(slashCommand({ command: '/anjian', text: `role <@${STRANGER}> admin`, user: ADMIN, responseUrl: fake.responseUrl('forged') })).toString();
    const calls = fake.calls.length;
    const form = 'application/x-www-form-urlencoded';
    expect((await slack.post(body, form, {})).status).toBe(401);
    expect((await slack.post(body, form, signature('0000000000000000000000000000dead', body))).status).toBe(401);
    expect((await slack.post(body, form, signature(SIGNING_SECRET, body, Math.floor(Date.now() / 1000) - 6 * 60))).status).toBe(401);
    const tampered = signature(SIGNING_SECRET, body);
    expect((await slack.post(body.replace('admin', 'leader'), form, tampered)).status).toBe(401);
    await new Promise((r) => setTimeout(r, 300));
    expect(await db('user_role').where({ user_id: STRANGER })).toHaveLength(0);
    expect(fake.calls.length).toBe(calls);
    expect(fake.responses.some((r) => r.id === 'forged')).toBe(false);
  });

  it('answers /anjian help, and help for an unknown subcommand', async () => {
    const help = await (await command(STRANGER, '/anjian', 'help')).reply();
    expect(JSON.stringify(help.blocks)).toContain('/anjian 使用说明');
    const unknown = await (await command(STRANGER, '/anjian', 'frobnicate')).reply();
    expect(JSON.stringify(unknown.blocks)).toContain('没有「frobnicate」这个子命令');
    expect(JSON.stringify(unknown.blocks)).toContain('/anjian 使用说明');
    const usage = await (await command(ADMIN, '/anjian', 'role @lisi')).reply();
    expect(usage.text).toContain('用法：`/anjian role @某人 角色`');
    const plainAt = await (await command(ADMIN, '/anjian', 'role @lisi inspector')).reply();
    expect(plainAt.text).toContain('没有认出要操作的人');
  });

  it('switches a person to English with /anjian lang en, and answers them in English from then on', async () => {
    expect((await (await command(LEADER, '/anjian', 'lang en')).reply()).text).toBe('OK, I will use English with you from now on.');
    const help = await (await command(LEADER, '/unit', 'help')).reply();
    expect(JSON.stringify(help.blocks)).toContain('/unit help');
    const search = await (await command(LEADER, '/unit', '平安')).reply();
    expect(search.text).toBe('1 unit found:');
    expect((await (await command(LEADER, '/anjian', 'lang klingon')).reply()).text).toContain('I don’t know the language “klingon”');
  });

  it('publishes App Home when it is opened, in the person’s language', async () => {
    expect((await slack.event(appHomeOpened(LEADER))).status).toBe(200);
    const publish = await waitFor(() => fake.callsTo('views.publish').find((c) => c.args.user_id === LEADER));
    expect(publish.args.view.type).toBe('home');
    expect(JSON.stringify(publish.args.view.blocks)).toContain('Your roles: leader');
  });

  it('shows an unexpected error with an id that is also in the log, and keeps running', async () => {
    fake.script('views.open', { body: { ok: false, error: 'internal_error' } });
    const reply = await (await command(INSPECTOR, '/unit')).reply();
    const id = /错误编号 (E-[0-9A-F]{8})/.exec(reply.text)?.[1];
    expect(id).toBeDefined();
    await waitFor(() => app.output().includes(`[${id}]`), 3000, 'the error id in the log');
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  });

  it('never writes a secret to the log', () => {
    expect(app.output()).not.toContain('xoxb-e2e-token');
    expect(app.output()).not.toContain(SIGNING_SECRET);
  });
});
