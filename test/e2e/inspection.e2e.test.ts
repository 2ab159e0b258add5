import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import knexFactory, { type Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppProcess } from '../support/app-process.js';
import { FakeSlack, waitFor } from '../support/fake-slack.js';
import { blockSuggestion, newTriggerId, signature, SIGNING_SECRET, slashCommand, SlackSender, viewSubmission } from '../support/slack-requests.js';
import { actionIdsOf, buttonsOf, SlackUser } from '../support/slack-ui.js';

const ADMIN = 'UADMIN0001';
const INSPECTOR = 'UINSPECT01';
const PARTNER = 'UINSPECT02';
const STRANGER = 'USTRANGER1';
const SCHEDULE = 'CSCHED0001';
const NEVER = '0 3 1 1 *'; // 03:00 on 1 January: no job fires during the test
const dm = (user: string) => `D${user.slice(1)}`;
const REFUSED = '你没有权限做这件事，需要以下角色之一：管理员、检查员、领导。请联系管理员。';

/** Today in the office's time zone (APP_TIMEZONE defaults to Asia/Shanghai), and dates around it. */
const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const YEAR = TODAY.slice(0, 4);
const JC = (n: number) => `JC-${YEAR}-${String(n).padStart(4, '0')}`;
/** A date as people read it in zh-CN: 2026年11月29日 星期日. */
const zhDate = (date: string) => {
  const d = new Date(`${date}T00:00:00Z`);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 星期${'日一二三四五六'[d.getUTCDay()]}`;
};

type View = Record<string, any>;
/**
 * What Slack puts in view.state for inputs the person did not touch: their initial values (by block id, in the shape
 * SlackUser.submit takes). Prefilled fields (the unit from the digest, today's date, oneself as inspector) travel
 * only this way.
 */
function initialValues(view: View): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const block of view.blocks as { type: string; block_id?: string; element?: Record<string, any> }[]) {
    const e = block.element;
    if (block.type !== 'input' || !block.block_id || !e) continue;
    const value = e.initial_value ?? e.initial_date ?? e.initial_user ?? e.initial_users ?? e.initial_option?.value ?? e.initial_options?.map((o: { value: string }) => o.value);
    if (value !== undefined) out[block.block_id] = value;
  }
  return out;
}
const blockOf = (view: View, blockId: string) => (view.blocks as { block_id?: string; element?: Record<string, any> }[]).find((b) => b.block_id === blockId);

/**
 * Tiered supervision driven as people would in Slack: /inspect and its modals, /anjian card, the result modal and the
 * hazard registered from it, the digest's Assign button, /unit accident. Everything is checked on what the fake Slack
 * received (and, read-only, on the database).
 */
describe('inspections and accidents in Slack, end to end', () => {
  let fake: FakeSlack;
  let app: AppProcess;
  let slack: SlackSender;
  let db: Knex;
  const units: Record<'market' | 'mine' | 'community', string> = { market: '', mine: '', community: '' };
  const people: Record<string, SlackUser> = {};
  const as = (user: string) => (people[user] ??= new SlackUser(user, slack, fake));
  let seq = 0;

  /** Types a slash command; returns the response_url id (where ephemeral answers land) and the trigger id. */
  const type = async (user: string, command: string, text = '') => {
    const id = `cmd${++seq}`;
    const triggerId = newTriggerId();
    expect((await slack.command(slashCommand({ command, text, user, responseUrl: fake.responseUrl(id), triggerId }))).status).toBe(200);
    return { id, triggerId };
  };
  const reply = (id: string) => waitFor(() => fake.responses.find((r) => r.id === id)?.body, 5000, `the answer on ${id}`);
  const noModalFor = async (triggerId: string) => {
    await new Promise((r) => setTimeout(r, 200));
    expect(fake.callsTo('views.open').some((c) => c.args.trigger_id === triggerId)).toBe(false);
  };
  /** Types in a unit select and picks the only match, as a person does (the option value is what Slack submits). */
  const pickUnit = async (user: string, words: string) => {
    const res = await slack.interactive(blockSuggestion({ actionId: 'unit_pick', blockId: 'units', value: words, user }));
    const { options } = (await res.json()) as { options: { value: string; text: { text: string } }[] };
    expect(options).toHaveLength(1);
    return options[0]!.value;
  };
  const dmTexts = (user: string) => fake.callsTo('chat.postMessage').filter((c) => c.args.channel === dm(user)).map((c) => String(c.args.text));
  const outboxIdle = () => waitFor(async () => ((await (await fetch(`${app.url}/healthz`)).json()) as { outbox: { pending: number } }).outbox.pending === 0, 8000, 'an idle outbox');
  const inspections = () => db('inspection').orderBy('id');

  beforeAll(async () => {
    fake = await new FakeSlack().start();
    const file = join(mkdtempSync(join(tmpdir(), 'anjian-inspection-')), 'a.sqlite');
    app = await startApp({
      SLACK_BOT_TOKEN: 'xoxb-inspection', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, DATABASE_URL: `sqlite:${file}`,
      ADMIN_USER_IDS: ADMIN, SCHEDULE_CHANNEL: SCHEDULE, ADMIN_INSPECTION_CAP: '1', DIGEST_SOON_DAYS: '31',
      DIGEST_CRON: NEVER, ESCALATION_CRON: NEVER, TIER_CRON: NEVER, WEEKLY_REPORT_CRON: NEVER, STATS_REMINDER_CRON: NEVER,
    });
    slack = new SlackSender(app.url);
    db = knexFactory({ client: 'sqlite3', connection: { filename: file }, useNullAsDefault: true });
    for (const user of [INSPECTOR, PARTNER]) {
      const { id } = await type(ADMIN, '/anjian', `role <@${user}> inspector`);
      await reply(id);
    }
    const unit = (name: string, industry: string, creditCode: string | null) => ({
      name: { text: { value: name } }, credit_code: { text: { value: creditCode } }, industry: { select: { selected_option: { value: industry } } },
      town: { text: { value: '北关街道' } }, address: { text: { value: '人民路 1 号' } }, contact_name: { text: { value: '刘店长' } }, contact_phone: { text: { value: '13912345678' } },
    });
    for (const values of [unit('为民超市', 'commerce', '91110108551385082Q'), unit('红星矿业', 'mining', '914403001922038216'), unit('东风社区菜市场', 'community', null)]) {
      await slack.interactive(viewSubmission({ callbackId: 'unit_register', user: INSPECTOR, values }));
    }
    await waitFor(async () => (await db('unit')).length === 3, 5000, 'three units');
    units.market = await pickUnit(INSPECTOR, '为民');
    units.mine = await pickUnit(INSPECTOR, '红星');
    units.community = await pickUnit(INSPECTOR, '东风');
  });
  afterAll(async () => {
    await db?.destroy();
    expect(await app?.stop()).toBe(0);
    await fake?.stop();
  });

  let assign: { id: string; view: View };
  let noCardMessage = '';

  it('opens the assignment modal on /inspect for an inspector, and refuses a person without a role', async () => {
    const cmd = await type(INSPECTOR, '/inspect');
    const view = await as(INSPECTOR).modalFor(cmd.triggerId);
    expect(view.callback_id).toBe('inspection_assign');
    expect(view.title.text).toBe('安排检查');
    expect(view.blocks.map((b: { block_id: string; element: { type: string } }) => `${b.block_id}:${b.element.type}`)).toEqual([
      'units:multi_external_select', 'planned_date:datepicker', 'inspectors:multi_users_select', 'visit_type:radio_buttons', 'acknowledge_cap:checkboxes',
    ]);
    expect(initialValues(view)).toEqual({ planned_date: TODAY, inspectors: [INSPECTOR], visit_type: 'patrol' });
    expect(blockOf(view, 'visit_type')!.element!.options.map((o: { text: { text: string } }) => o.text.text)).toEqual(['行政检查', '巡查', '指导服务', '书面核查']);
    assign = { id: cmd.id, view };

    const refused = await type(STRANGER, '/inspect');
    expect((await reply(refused.id)).text).toBe(REFUSED);
    await noModalFor(refused.triggerId);
  });

  it('needs two inspectors holding enforcement cards for an administrative inspection, then assigns it and tells the partner', async () => {
    const base = { units: [units.market], planned_date: TODAY, visit_type: 'administrative' };
    const alone = await as(INSPECTOR).submit(assign.view, { ...base, inspectors: [INSPECTOR] });
    expect(alone.body).toEqual({ response_action: 'errors', errors: { inspectors: '行政检查须有至少 2 名检查员。' } });
    const notInspector = await as(INSPECTOR).submit(assign.view, { ...base, inspectors: [INSPECTOR, STRANGER] });
    expect(notInspector.body).toEqual({ response_action: 'errors', errors: { inspectors: `所选人员中有人不是检查员（<@${STRANGER}>）。` } });

    const own = await type(INSPECTOR, '/anjian', 'card ZF-3301-0001');
    expect((await reply(own.id)).text).toBe(`已登记 <@${INSPECTOR}> 的执法证号。`);
    const noCard = await as(INSPECTOR).submit(assign.view, { ...base, inspectors: [INSPECTOR, PARTNER] });
    expect(noCard.body.response_action).toBe('errors');
    expect(Object.keys(noCard.body.errors)).toEqual(['inspectors']);
    noCardMessage = noCard.body.errors.inspectors;
    expect(noCardMessage).toMatch(/^行政检查的检查员须持执法证，以下人员尚未登记执法证号：.*UINSPECT02/);
    expect(noCardMessage).not.toContain(INSPECTOR); // the one who has a card is not named
    expect(await inspections()).toHaveLength(0);

    const typo = await type(PARTNER, '/anjian', 'card 12');
    expect((await reply(typo.id)).text).toContain('执法证号应为 4–50 位字母、数字或连字符');
    const partner = await type(PARTNER, '/anjian', 'card ZF-3301-0002');
    expect((await reply(partner.id)).text).toBe(`已登记 <@${PARTNER}> 的执法证号。`);
    const ok = await as(INSPECTOR).submit(assign.view, { ...base, inspectors: [INSPECTOR, PARTNER] });
    expect(ok).toEqual({ status: 200, body: null });
    const confirmation = await reply(assign.id);
    expect(confirmation.text).toBe(`已安排 1 项检查：${JC(1)}。`);
    expect(JSON.stringify(confirmation.blocks)).toContain(`行政检查 · 已安排 · 计划 ${zhDate(TODAY)} · <@${INSPECTOR}> <@${PARTNER}>`);

    const told = await waitFor(() => dmTexts(PARTNER).find((t) => t.includes(JC(1))), 8000, 'the partner’s DM');
    expect(told).toBe(`<@${INSPECTOR}> 安排你在 ${zhDate(TODAY)} 检查「为民超市」（${JC(1)}，行政检查）。`);
    expect(fake.callsTo('conversations.open').some((c) => c.args.users === PARTNER)).toBe(true);
    await outboxIdle();
    expect(dmTexts(INSPECTOR).filter((t) => t.includes(JC(1)))).toEqual([]); // the person who assigned is not told
  });

  it('names the inspectors without a card as Slack mentions, like every other message (not HTML-escaped markup)', () => {
    expect(noCardMessage).toBe(`行政检查的检查员须持执法证，以下人员尚未登记执法证号：<@${PARTNER}>。请他们用 \`/anjian card 证号\` 登记。`);
  });

  it('refuses a second administrative inspection of the unit this year on the visit-type field, until "assign anyway" is ticked', async () => {
    const cmd = await type(INSPECTOR, '/inspect');
    const view = await as(INSPECTOR).modalFor(cmd.triggerId);
    const values = { ...initialValues(view), units: [units.market], visit_type: 'administrative', inspectors: [INSPECTOR, PARTNER] };
    const capped = await as(INSPECTOR).submit(view, values);
    expect(capped.body).toEqual({
      response_action: 'errors',
      errors: { visit_type: '「为民超市」今年已安排或完成 1 次行政检查，年度上限为 1 次。如确需检查，请勾选「仍然安排」，或改为巡查、指导服务、书面核查。' },
    });
    expect(await inspections()).toHaveLength(1);
    expect(blockOf(view, 'acknowledge_cap')!.element!.options[0].text.text).toBe('已知超过上限，仍然安排');
    const anyway = await as(INSPECTOR).submit(view, { ...values, acknowledge_cap: ['yes'] });
    expect(anyway).toEqual({ status: 200, body: null });
    expect((await reply(cmd.id)).text).toBe(`已安排 1 项检查：${JC(2)}。`);
    const audit = await db('audit_log').where({ action: 'inspection.assign' }).orderBy('id', 'desc').first();
    expect(JSON.parse(audit.after)).toMatchObject({ number: JC(2), overCap: { count: 1, cap: 1 } });
  });

  it('refuses a planned date in the past, and a forged date that does not exist, on the date field; nothing is created', async () => {
    const cmd = await type(INSPECTOR, '/inspect');
    const view = await as(INSPECTOR).modalFor(cmd.triggerId);
    const values = { ...initialValues(view), units: [units.mine] };
    const past = await as(INSPECTOR).submit(view, { ...values, planned_date: addDays(TODAY, -1) });
    expect(past.body).toEqual({ response_action: 'errors', errors: { planned_date: '计划日期不能早于今天。' } });
    const forged = await as(INSPECTOR).submit(view, { ...values, planned_date: `${YEAR}-02-30` });
    expect(forged.body).toEqual({ response_action: 'errors', errors: { planned_date: '请选择一个有效日期。' } });
    const none = await as(INSPECTOR).submit(view, { ...values, units: [] });
    expect(none.body).toEqual({ response_action: 'errors', errors: { units: '请选择一个单位。' } });
    expect((await inspections()).map((i) => i.number)).toEqual([JC(1), JC(2)]);
    await new Promise((r) => setTimeout(r, 100));
    expect(fake.responses.some((r) => r.id === cmd.id)).toBe(false);
  });

  it('lists one’s planned inspections (/inspect mine) and the units due (/inspect due), with the right buttons', async () => {
    const mine = await type(PARTNER, '/inspect', 'mine');
    const list = await reply(mine.id);
    expect(list.text).toBe('我的检查安排：2 项');
    expect(JSON.stringify(list.blocks)).toContain(`*${JC(1)}* 为民超市`);
    expect(JSON.stringify(list.blocks)).toContain(`*${JC(2)}* 为民超市`);
    expect(actionIdsOf(list.blocks)).toEqual(['inspection_result_open', 'inspection_result_open']);
    // Record result from the list opens the result modal of that inspection.
    const press = await as(PARTNER).press({ channel: 'C2147483705', blocks: list.blocks }, 'inspection_result_open');
    const opened = await as(PARTNER).modalFor(press.triggerId);
    expect(opened.callback_id).toBe('inspection_result');
    expect(opened.blocks[0].text.text).toContain(`*${JC(1)}* 为民超市`);

    const nobody = await type(STRANGER, '/inspect', 'mine');
    expect((await reply(nobody.id)).text).toBe('我的检查安排：0 项');

    const due = await type(INSPECTOR, '/inspect', 'due');
    const answer = await reply(due.id);
    expect(answer.text).toBe('本期应查未查：共 3 家');
    const lines = (answer.blocks as { type: string; text?: { text: string } }[]).filter((b) => b.type === 'section').map((b) => b.text!.text);
    expect(lines[0]).toContain('🟡 *红星矿业*'); // yellow before blue
    expect(lines.find((l) => l.includes('为民超市'))).toMatch(new RegExp(`已安排 ${JC(1)}|已安排 ${JC(2)}`));
    expect(buttonsOf(answer.blocks).map((b) => [b.action_id, b.value])).toEqual([['inspection_assign_open', units.mine], ['inspection_assign_open', units.community]]);
    const refused = await type(STRANGER, '/inspect', 'due');
    expect((await reply(refused.id)).text).toBe(REFUSED);
  });

  let recorded: { id: string; view: View; blocks: never[] };

  it('records the result from /inspect JC-…: a future day is refused inline, then done with summary and findings', async () => {
    const cmd = await type(INSPECTOR, '/inspect', JC(1));
    const view = await as(INSPECTOR).modalFor(cmd.triggerId);
    expect(view.callback_id).toBe('inspection_result');
    const first = (await inspections())[0];
    expect(JSON.parse(view.private_metadata)).toMatchObject({ inspectionId: first.id });
    expect(initialValues(view)).toEqual({ outcome: 'done', done_date: TODAY });
    const values = { ...initialValues(view), summary: '检查了配电、消防和仓储', findings: '二号仓库灭火器过期' };

    const future = await as(INSPECTOR).submit(view, { ...values, done_date: addDays(TODAY, 1) });
    expect(future.body).toEqual({ response_action: 'errors', errors: { done_date: '日期不能晚于今天。' } });
    const noSummary = await as(INSPECTOR).submit(view, { ...values, summary: '  ' });
    expect(noSummary.body).toEqual({ response_action: 'errors', errors: { summary: '请填写此项。' } });
    expect((await inspections())[0].status).toBe('planned');

    expect(await as(INSPECTOR).submit(view, values)).toEqual({ status: 200, body: null });
    const answer = await reply(cmd.id);
    expect(answer.text).toBe(`已记录检查 ${JC(1)} 的结果。`);
    const text = JSON.stringify(answer.blocks);
    expect(text).toContain('行政检查 · 已完成');
    expect(text).toContain(`${zhDate(TODAY)} 已检查`);
    expect(text).toContain('二号仓库灭火器过期');
    expect(actionIdsOf(answer.blocks)).toEqual(['hazard_register_open']);
    expect((await inspections())[0]).toMatchObject({ status: 'done', done_date: TODAY, summary: '检查了配电、消防和仓储', findings: '二号仓库灭火器过期', updated_by: INSPECTOR });
    recorded = { id: cmd.id, view, blocks: answer.blocks };
  });

  it('refuses a second submission of the result (double click): nothing changes, and it says who recorded it and how', async () => {
    const again = await as(INSPECTOR).submit(recorded.view, { ...initialValues(recorded.view), outcome: 'cancelled', summary: '再次提交' });
    expect((await inspections())[0]).toMatchObject({ status: 'done', summary: '检查了配电、消防和仓储', cancel_reason: null });
    expect(await db('audit_log').whereIn('action', ['inspection.done', 'inspection.cancelled'])).toHaveLength(1);
    expect(again.body.response_action).toBe('push');
    const said = JSON.stringify(again.body.view);
    expect(said).toContain(`${JC(1)} 已由 <@${INSPECTOR}> 于 ${zhDate(TODAY)}`);
    // The status must read as people read it (inspection.status.done = 已完成), not as the stored code.
    expect(said).toContain('记录为「已完成」，不能再修改。');
  });

  it('registers a hazard found, from the recorded inspection’s button: unit filled in, the hazard linked to the inspection', async () => {
    const press = await as(INSPECTOR).press({ channel: 'C2147483705', blocks: recorded.blocks }, 'hazard_register_open');
    const view = await as(INSPECTOR).modalFor(press.triggerId);
    expect(view.callback_id).toBe('hazard_register');
    const inspection = (await inspections())[0];
    expect(JSON.parse(view.private_metadata)).toMatchObject({ inspectionId: inspection.id, staff: true });
    expect(blockOf(view, 'unit')!.element!.initial_option).toEqual({ text: { type: 'plain_text', text: '为民超市', emoji: true }, value: units.market });
    expect(JSON.stringify(view.blocks)).toContain(`来自检查 ${JC(1)}：单位已填好，登记后隐患与这次检查关联。`);

    const values = { ...initialValues(view), title: '灭火器过期', description: '二号仓库 3 具灭火器超过有效期', location: '二号仓库', category: 'fire', deadline: addDays(TODAY, 7) };
    const otherUnit = await as(INSPECTOR).submit(view, { ...values, unit: units.mine });
    expect(otherUnit.body.response_action).toBe('errors');
    expect(Object.keys(otherUnit.body.errors)).toEqual(['unit']);
    expect(await db('hazard')).toHaveLength(0);

    expect(await as(INSPECTOR).submit(view, values)).toEqual({ status: 200, body: null });
    expect((await reply(press.responseId)).text).toBe(`已登记隐患 YH-${YEAR}-0001。`);
    expect(await db('hazard').first()).toMatchObject({ number: `YH-${YEAR}-0001`, unit_id: Number(units.market), inspection_id: inspection.id, status: 'open', found_by: INSPECTOR, found_date: TODAY });
  });

  it('posts the digest to SCHEDULE_CHANNEL on /anjian run digest; its Assign button opens the modal with the unit filled in', async () => {
    const run = await type(ADMIN, '/anjian', 'run digest');
    const ran = await waitFor(() => fake.responses.find((r) => r.id === run.id && r.body.replace_original)?.body, 8000, 'the run’s result');
    expect(ran.text).toMatch(/^已运行「每日排期」：单位 3 家、即将截止 2 家/);
    const post = await waitFor(() => fake.callsTo('chat.postMessage').find((c) => c.args.channel === SCHEDULE && !c.args.thread_ts), 8000, 'the digest');
    expect(post.args.text).toBe(`每日检查排期 · ${zhDate(TODAY)}`);
    const text = JSON.stringify(post.args.blocks);
    expect(text).toContain('*🔵 蓝色（每月一查）*　共 2 家 · 本期应查 1 · 已查 1 · 上期漏查 0'); // the market was inspected today
    expect(text).toContain('*🟡 黄色（半月一查）*　共 1 家 · 本期应查 1 · 已查 0 · 上期漏查 0');
    expect(text).not.toContain('为民超市');
    expect(buttonsOf(post.args.blocks).map((b) => [b.action_id, b.value])).toEqual([['inspection_assign_open', units.mine], ['inspection_assign_open', units.community]]);
    // Each inspector gets the day's planned inspections (JC-2 is planned today).
    const day = await waitFor(() => fake.callsTo('chat.postMessage').find((c) => c.args.channel === dm(PARTNER) && String(c.args.text).startsWith('你今天')), 8000, 'the partner’s day');
    expect(day.args.text).toBe(`你今天（${zhDate(TODAY)}）有 1 项检查：`);
    expect(JSON.stringify(day.args.blocks)).toContain(`*${JC(2)}* 为民超市 · 行政检查`);

    const digest = { channel: SCHEDULE, blocks: post.args.blocks };
    const stranger = await as(STRANGER).press(digest, 'inspection_assign_open');
    expect((await reply(stranger.responseId)).text).toBe(REFUSED);
    await noModalFor(stranger.triggerId);

    const press = await as(INSPECTOR).press(digest, 'inspection_assign_open');
    const view = await as(INSPECTOR).modalFor(press.triggerId);
    expect(view.callback_id).toBe('inspection_assign');
    expect(blockOf(view, 'units')!.element!.initial_options).toEqual([{ text: { type: 'plain_text', text: '红星矿业', emoji: true }, value: units.mine }]);
    expect(await as(INSPECTOR).submit(view, initialValues(view))).toEqual({ status: 200, body: null });
    expect((await reply(press.responseId)).text).toBe(`已安排 1 项检查：${JC(3)}。`);
    expect((await inspections())[2]).toMatchObject({ number: JC(3), unit_id: Number(units.mine), visit_type: 'patrol', planned_date: TODAY, status: 'planned' });
  });

  it('records an accident with /unit accident: bad numbers inline, 3 deaths is 较大 and makes the unit red with its cause', async () => {
    const refused = await type(STRANGER, '/unit', 'accident 东风社区');
    expect((await reply(refused.id)).text).toBe(REFUSED);
    await noModalFor(refused.triggerId);

    const cmd = await type(INSPECTOR, '/unit', 'accident 东风社区');
    const view = await as(INSPECTOR).modalFor(cmd.triggerId);
    expect(view.callback_id).toBe('accident_record');
    expect(JSON.parse(view.private_metadata)).toMatchObject({ unitId: Number(units.community) });
    expect(view.blocks[0].text.text).toBe('*东风社区菜市场*');
    const values = { ...initialValues(view), summary: '摊位燃气泄漏引发爆燃' };
    const negative = await as(INSPECTOR).submit(view, { ...values, deaths: '-1' });
    expect(negative.body).toEqual({ response_action: 'errors', errors: { deaths: '请输入整数。' } });
    const words = await as(INSPECTOR).submit(view, { ...values, deaths: '三', serious_injuries: '2.5', direct_loss: '很多' });
    expect(words.body).toEqual({ response_action: 'errors', errors: { deaths: '请输入整数。', serious_injuries: '请输入整数。', direct_loss: '请输入金额（元），最多两位小数。' } });
    const future = await as(INSPECTOR).submit(view, { ...values, deaths: '3', date: addDays(TODAY, 1) });
    expect(future.body).toEqual({ response_action: 'errors', errors: { date: '日期不能晚于今天。' } });
    expect(await db('accident')).toHaveLength(0);
    expect((await db('unit').where({ id: Number(units.community) }).first()).tier).toBe('blue');

    expect(await as(INSPECTOR).submit(view, { ...values, deaths: '3', serious_injuries: '1', direct_loss: '1200000' })).toEqual({ status: 200, body: null });
    const answer = await reply(cmd.id);
    expect(answer.text).toBe('已记录事故：较大事故。单位现为🔴 红色（每周一查）。');
    const card = JSON.stringify(answer.blocks);
    expect(card).toContain(`• ${zhDate(TODAY)}发生较大事故`);
    expect(card).toContain('🔵 蓝色（每月一查） → 🔴 红色（每周一查）');
    expect(await db('accident').first()).toMatchObject({ unit_id: Number(units.community), deaths: 3, serious_injuries: 1, grade: 'larger', recorded_by: INSPECTOR });
    expect((await db('unit').where({ id: Number(units.community) }).first()).tier).toBe('red');
    const change = await db('tier_change').where({ unit_id: Number(units.community) }).orderBy('id', 'desc').first();
    expect(change).toMatchObject({ from_tier: 'blue', to_tier: 'red', actor: INSPECTOR });
    expect(JSON.parse(change.reasons)).toEqual([{ kind: 'serious_accident', date: TODAY, grade: 'larger' }]);
  });

  it('rejects a forged signature with 401 and assigns nothing (the same body, rightly signed, assigns)', async () => {
    const payload = viewSubmission({
      callbackId: 'inspection_assign', user: INSPECTOR, privateMetadata: assign.view.private_metadata,
      values: {
        units: { unit_pick: { type: 'multi_external_select', selected_options: [{ value: units.community }] } }, planned_date: { date: { type: 'datepicker', selected_date: TODAY } },
        inspectors: { users: { type: 'multi_users_select', selected_users: [INSPECTOR] } }, visit_type: { choice: { type: 'radio_buttons', selected_option: { value: 'patrol' } } },
      },
    });
    const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    expect((await slack.post(body, 'application/x-www-form-urlencoded', signature('0000000000000000000000000000dead', body))).status).toBe(401);
    await new Promise((r) => setTimeout(r, 200));
    expect(await inspections()).toHaveLength(3);
    // The same body, signed with the right secret, is accepted: it was refused for its signature alone.
    expect((await slack.post(body, 'application/x-www-form-urlencoded')).status).toBe(200);
    expect((await inspections()).map((i) => i.number)).toEqual([JC(1), JC(2), JC(3), JC(4)]);
  });
});
