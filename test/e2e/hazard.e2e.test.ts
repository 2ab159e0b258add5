import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppProcess } from '../support/app-process.js';
import { OFFICE_ADMIN as ADMIN, startOffice, type E2eOffice } from '../support/e2e-office.js';
import { FakeSlack, waitFor, type RecordedCall } from '../support/fake-slack.js';
import { PLAN } from '../support/hazards.js';
import { newTriggerId, slashCommand, SlackSender } from '../support/slack-requests.js';
import { actionIdsOf, latestRendering } from '../support/slack-ui.js';

const LEADER = 'ULEADER001';
const INSPECTOR = 'UINSPECT01';
const OFFICER = 'UOFFICER02';
const EXPERT = 'UEXPERT001';
const CONTACT = 'UCONTACT01';
const STRANGER = 'USTRANGER1';
const HAZARD_CHANNEL = 'CHAZARD001';
const dm = (user: string) => `D${user.slice(1)}`;

/**
 * Both hazard paths driven to 销号 only as people would: /hazard and its modal, then buttons on the channel card and
 * in DMs, each opening a modal that is filled in and submitted. Everything is checked on what Slack received.
 */
describe('the hazard lifecycle in Slack, end to end', () => {
  let office: E2eOffice;
  let fake: FakeSlack;
  let app: AppProcess;
  let slack: SlackSender;
  let db: Knex;
  let unitId: number;
  const as = (user: string) => office.as(user);

  beforeAll(async () => {
    office = await startOffice({ name: 'hazard', roles: [[LEADER, 'leader'], [INSPECTOR, 'inspector'], [EXPERT, 'expert'], [OFFICER, 'inspector']], registrar: INSPECTOR, contact: CONTACT, env: { HAZARD_CHANNEL }, cards: [[INSPECTOR, 'ZF-4401-0001']] });
    ({ fake, app, slack, db, unitId } = office);
  });
  afterAll(async () => {
    expect(await office?.stop()).toBe(0);
  });

  const hazard = (number: string) => db('hazard').where({ number }).first();
  /** The hazard's card in the channel, as last rendered. */
  const card = async (number: string) => {
    const post = await waitFor(() => fake.callsTo('chat.postMessage').find((c) => c.args.channel === HAZARD_CHANNEL && !c.args.thread_ts && String(c.args.text).startsWith(number)));
    return latestRendering(fake, HAZARD_CHANNEL, post.result!.ts);
  };
  const cardShows = (number: string, text: string) =>
    waitFor(async () => {
      const c = await card(number);
      return JSON.stringify(c.blocks).includes(text) ? c : undefined;
    }, 8000, `the card of ${number} to show ${text}`);
  const thread = async (number: string) => {
    const { ts } = await card(number);
    return fake.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === ts).map((c) => String(c.args.text));
  };
  const threadHas = (number: string, text: string) => waitFor(async () => (await thread(number)).some((t) => t.includes(text)), 8000, `a thread reply with ${text}`);
  /** The newest DM to a person about a hazard that offers this button. */
  const dmWith = (user: string, actionId: string) =>
    waitFor(() => {
      const call = fake.callsTo('chat.postMessage').filter((c) => c.args.channel === dm(user) && actionIdsOf(c.args.blocks).includes(actionId)).at(-1);
      return call ? { channel: dm(user), blocks: call.args.blocks as never, ts: call.result!.ts } : undefined;
    }, 8000, `a DM to ${user} with ${actionId}`);
  const auditCount = async (action: string) => (await db('audit_log').where({ action })).length;
  const outboxIdle = () => waitFor(async () => ((await (await fetch(`${app.url}/healthz`)).json()) as { outbox: { pending: number } }).outbox.pending === 0, 8000, 'an idle outbox');

  it('registers a hazard through /hazard: bad deadline and missing unit inline, then the card and thread in the channel', async () => {
    const triggerId = newTriggerId();
    await slack.command(slashCommand({ command: '/hazard', user: INSPECTOR, responseUrl: fake.responseUrl('reg'), triggerId }));
    const view = await as(INSPECTOR).modalFor(triggerId);
    expect(view.callback_id).toBe('hazard_register');
    const fields = { title: '配电箱未接地', description: '二号车间配电箱外壳未接地', location: '二号车间', category: 'electrical', level: 'general', source: 'routine_inspection', found_date: '2026-11-28', assignee: INSPECTOR };
    const bad = await as(INSPECTOR).submit(view, { ...fields, deadline: '2026-11-20' });
    expect(bad.body).toEqual({ response_action: 'errors', errors: { unit: '请选择一个单位。', deadline: '整改期限不能早于发现日期。' } });
    expect(await db('hazard')).toHaveLength(0);
    const good = await as(INSPECTOR).submit(view, { ...fields, unit: String(unitId), deadline: '2099-12-10' });
    expect(good.status).toBe(200);
    expect(await hazard('YH-2026-0001')).toMatchObject({ status: 'open', assignee: INSPECTOR, unit_id: unitId });
    const reply = await waitFor(() => fake.responses.find((r) => r.id === 'reg')?.body);
    expect(reply.text).toBe('已登记隐患 YH-2026-0001。');
    const c = await card('YH-2026-0001');
    expect(JSON.stringify(c.blocks)).toContain('⚠️ YH-2026-0001 配电箱未接地');
    expect(actionIdsOf(c.blocks as never)).toEqual(['hazard_act_issue_order', 'hazard_act_close_on_spot', 'hazard_act_request_extension', 'hazard_act_refer_joint', 'hazard_act_void']);
    await threadHas('YH-2026-0001', `<@${INSPECTOR}> 登记了这个隐患（一般隐患）`);
  });

  it('refuses a button pressed by a person without the role, and opens nothing', async () => {
    const { responseId, triggerId } = await as(STRANGER).press(await card('YH-2026-0001'), 'hazard_act_void');
    expect((await waitFor(() => fake.responses.find((r) => r.id === responseId)?.body)).text).toContain('你没有权限做这件事，需要以下角色之一：管理员、领导');
    await new Promise((r) => setTimeout(r, 200));
    expect(fake.callsTo('views.open').some((c) => c.args.trigger_id === triggerId)).toBe(false);
  });

  it('issues the order from the card: card re-rendered, thread reply with ZG number, the unit contact gets a DM', async () => {
    // Two officers holding enforcement cards (DOMAIN.md §A8): refused inline until the second officer is another
    // inspector whose card number is on record.
    const orders = await db('hazard_order');
    const tries = await as(INSPECTOR).act(await card('YH-2026-0001'), 'hazard_act_issue_order', { measures: '立即加装接地线', deadline: '2099-12-10', second_officer: INSPECTOR });
    expect(tries.body).toEqual({ response_action: 'errors', errors: { second_officer: '整改指令须由两名持执法证的执法人员下达：请另选一名检查员作为第二执法人员。' } });
    const noCard = await as(INSPECTOR).submit(tries.view, { measures: '立即加装接地线', deadline: '2099-12-10', second_officer: OFFICER });
    expect(noCard.body).toEqual({ response_action: 'errors', errors: { second_officer: `下达整改指令的执法人员须持执法证，以下人员尚未登记执法证号：<@${OFFICER}>。请本人用 \`/anjian card 证号\` 登记，或由管理员用 \`/anjian card @某人 证号\` 登记。` } });
    const notInspector = await as(INSPECTOR).submit(tries.view, { measures: '立即加装接地线', deadline: '2099-12-10', second_officer: LEADER });
    expect(notInspector.body.errors).toEqual({ second_officer: '所选的人没有检查员角色。请选择检查员，或请管理员先授予角色。' });
    expect(await db('hazard_order')).toEqual(orders); // nothing stored from a refused order
    await slack.command(slashCommand({ command: '/anjian', text: 'card ZF-4401-0009', user: OFFICER, responseUrl: fake.responseUrl('officer-card') }));
    await waitFor(() => fake.responses.find((r) => r.id === 'officer-card'));
    expect((await as(INSPECTOR).submit(tries.view, { measures: '立即加装接地线', deadline: '2099-12-10', second_officer: OFFICER })).status).toBe(200);
    expect(await db('hazard_order').first()).toMatchObject({ issued_by: INSPECTOR, second_officer: OFFICER, doc_serial: 1 });
    await cardShows('YH-2026-0001', '整改指令 ZG-2026-0001');
    expect(JSON.stringify((await card('YH-2026-0001')).blocks)).toContain('整改中');
    await threadHas('YH-2026-0001', `<@${INSPECTOR}> 下达整改指令 ZG-2026-0001，期限 2099年12月10日 星期四。`);
    const todo = await dmWith(CONTACT, 'hazard_act_report_rectified');
    expect(JSON.stringify(todo.blocks)).toContain('整改完成后，请报告整改情况。');
  });

  it('lets the unit contact report from the DM (the DM is replaced), then the inspector re-inspects from theirs', async () => {
    const report = await as(CONTACT).act(await dmWith(CONTACT, 'hazard_act_report_rectified'), 'hazard_act_report_rectified', { evidence: '已加装接地线并测试' });
    const replaced = await waitFor(() => fake.responses.find((r) => r.id === report.responseId)?.body);
    expect(replaced).toMatchObject({ replace_original: true, text: '✅ 报告已整改：YH-2026-0001 已处理，现在的状态是「待复查」。' });
    await cardShows('YH-2026-0001', '待复查');
    const reinspect = await dmWith(INSPECTOR, 'hazard_act_reinspect');
    const fail = await as(INSPECTOR).act(reinspect, 'hazard_act_reinspect', { result: 'fail' });
    // A failed re-inspection needs the reason and the unit's new deadline (the modal offers one a week ahead).
    expect(fail.body).toEqual({ response_action: 'errors', errors: { note: '请写明原因。', new_deadline: '复查不合格时，请填写重新整改的期限。' } });
    const offered = (fail.view.blocks as { block_id?: string; element?: { initial_date?: string } }[]).find((b) => b.block_id === 'new_deadline');
    expect(offered?.element?.initial_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await as(INSPECTOR).submit(fail.view, { result: 'pass', note: '接地电阻合格' });
    await cardShows('YH-2026-0001', '已销号');
    expect(actionIdsOf((await card('YH-2026-0001')).blocks as never)).toEqual([]);
    await threadHas('YH-2026-0001', '复查合格，隐患销号');
    expect(await hazard('YH-2026-0001')).toMatchObject({ status: 'closed', closure_kind: 'reinspection', closed_by: INSPECTOR });
  });

  it('applies a stale press once: a second submission of the same modal changes nothing and says who acted', async () => {
    const reinspects = await auditCount('hazard.reinspect');
    const again = await as(INSPECTOR).submit((await as(INSPECTOR).modalFor(fake.callsTo('views.open').filter((c) => c.args.view.private_metadata?.includes('"reinspect"')).at(-1)!.args.trigger_id)), { result: 'pass', note: '再次提交' });
    expect(again.body.response_action).toBe('push');
    expect(JSON.stringify(again.body.view)).toContain(`YH-2026-0001 已由 <@${INSPECTOR}> 于`);
    expect(await auditCount('hazard.reinspect')).toBe(reinspects);
  });

  it('takes a major hazard through listing, consultation, plan, application and three signatures to closed, with the tier following', async () => {
    const triggerId = newTriggerId();
    await slack.command(slashCommand({ command: '/hazard', user: INSPECTOR, responseUrl: fake.responseUrl('reg2'), triggerId }));
    await as(INSPECTOR).submit(await as(INSPECTOR).modalFor(triggerId), {
      unit: String(unitId), title: '燃气管道腐蚀', description: '地下燃气管道严重腐蚀', location: '后院', category: 'equipment', level: 'major', source: 'special_campaign',
      found_date: '2026-11-28', deadline: '2099-06-30', assignee: INSPECTOR,
    });
    await threadHas('YH-2026-0002', '单位「为民超市」监管等级调整：🔵 蓝色（每月一查） → 🔴 红色（每周一查）');
    expect((await db('unit').first()).tier).toBe('red');

    await as(LEADER).act(await dmWith(LEADER, 'hazard_act_list_for_supervision'), 'hazard_act_list_for_supervision', { leader: LEADER, listing_level: 'county', document_number: '安委办〔2026〕12号', listed_date: '2026-11-29' });
    await threadHas('YH-2026-0002', '挂牌督办（县级，文号 安委办〔2026〕12号）');
    const experts = await as(INSPECTOR).act(await card('YH-2026-0002'), 'hazard_act_assign_experts', { experts: [EXPERT] });
    expect(experts.status).toBe(200);
    await as(EXPERT).act(await dmWith(EXPERT, 'hazard_act_record_opinion'), 'hazard_act_record_opinion', { opinion: '应整体更换管段' });
    await threadHas('YH-2026-0002', '提交了会诊意见：应整体更换管段');
    const plan = await as(INSPECTOR).act(await card('YH-2026-0002'), 'hazard_act_record_plan', { ...PLAN, time_limit: '' });
    expect(plan.body).toEqual({ response_action: 'errors', errors: { time_limit: '请填写此项。' } });
    await as(INSPECTOR).submit(plan.view, PLAN);
    await threadHas('YH-2026-0002', '挂牌督办、专家会诊、治理方案均已完成，转入整改。');

    await as(CONTACT).act(await dmWith(CONTACT, 'hazard_act_apply_acceptance'), 'hazard_act_apply_acceptance', { evaluator_kind: 'agency', evaluator_name: '某安全评价有限公司', report_ref: 'PJ-2027-018', measures_done: '已更换储罐阀门，增设可燃气体报警器', funds_spent: '480000' });
    await cardShows('YH-2026-0002', '主管部门审查：第 1 天（共 10 天');
    await as(EXPERT).act(await dmWith(EXPERT, 'hazard_act_expert_sign'), 'hazard_act_expert_sign', { result: 'pass', opinion: '更换到位，验收合格' });
    await cardShows('YH-2026-0002', '专家已验收');

    // Two people sign as the authority at the same moment: exactly one transition; the other is told who did it.
    const leaderPress = await as(LEADER).press(await dmWith(LEADER, 'hazard_act_authority_sign'), 'hazard_act_authority_sign');
    const adminPress = await as(ADMIN).press(await card('YH-2026-0002'), 'hazard_act_authority_sign');
    const [leaderView, adminView] = await Promise.all([as(LEADER).modalFor(leaderPress.triggerId), as(ADMIN).modalFor(adminPress.triggerId)]);
    const answers = await Promise.all([as(LEADER).submit(leaderView, { result: 'pass', opinion: '同意销号' }), as(ADMIN).submit(adminView, { result: 'pass', opinion: '同意' })]);
    expect(answers.filter((a) => a.body === null)).toHaveLength(1);
    const refused = answers.find((a) => a.body !== null)!;
    expect(JSON.stringify(refused.body.view)).toMatch(/YH-2026-0002 已由 <@U(LEADER001|ADMIN0001)> 于 .* 处理，现在的状态是「已销号」/);
    expect(await auditCount('hazard.authority_sign')).toBe(1);

    const closed = await cardShows('YH-2026-0002', '已销号');
    const text = JSON.stringify(closed.blocks);
    expect(text).toContain(`单位申请：<@${CONTACT}>`);
    expect(text).toContain(`验收专家：<@${EXPERT}>`);
    expect(text).toMatch(/主管部门：<@U(LEADER001|ADMIN0001)> .* 通过/);
    await threadHas('YH-2026-0002', '单位「为民超市」监管等级调整：🔴 红色（每周一查） → 🔵 蓝色（每月一查）');
    expect((await db('unit').first()).tier).toBe('blue');
  });

  it('keeps the state change when Slack answers 429 and 500 during a transition, and delivers the card later exactly once', async () => {
    const triggerId = newTriggerId();
    await slack.command(slashCommand({ command: '/hazard', user: INSPECTOR, responseUrl: fake.responseUrl('reg3'), triggerId }));
    await as(INSPECTOR).submit(await as(INSPECTOR).modalFor(triggerId), {
      unit: String(unitId), title: '消防通道堵塞', description: '后门消防通道堆放货物', location: '后门', category: 'fire', level: 'general', source: 'routine_inspection', found_date: '2026-11-28', deadline: '2099-12-01', assignee: INSPECTOR,
    });
    const before = await card('YH-2026-0003');
    await outboxIdle(); // so the scripted failures meet this transition's card update, not a late one of another card
    fake.script('chat.update', { status: 429, retryAfter: 1 }, { status: 500 });
    await as(INSPECTOR).act(before, 'hazard_act_close_on_spot', { note: '已当场清理' });
    expect(await hazard('YH-2026-0003')).toMatchObject({ status: 'closed', closure_kind: 'on_spot' });
    await cardShows('YH-2026-0003', '已销号');
    const updates = fake.callsTo('chat.update').filter((c: RecordedCall) => c.args.ts === before.ts);
    expect(updates.map((c) => c.result?.ok ?? 'http error')).toEqual(['http error', 'http error', true]); // 429, 500, then delivered
    await threadHas('YH-2026-0003', '确认已当场整改，隐患销号：已当场清理');
    expect((await thread('YH-2026-0003')).filter((t) => t.includes('当场整改'))).toHaveLength(1);
  });

  it('answers /hazard YH-… with the card and the person’s own actions, its history, and list scopes', async () => {
    const viewed = await (async () => {
      await slack.command(slashCommand({ command: '/hazard', text: 'YH-2026-0001', user: CONTACT, responseUrl: fake.responseUrl('view') }));
      return waitFor(() => fake.responses.find((r) => r.id === 'view')?.body);
    })();
    expect(viewed.text).toBe('YH-2026-0001 配电箱未接地');
    expect(JSON.stringify(viewed.blocks)).toContain('已销号');
    await slack.command(slashCommand({ command: '/hazard', text: 'YH-2026-0001 history', user: INSPECTOR, responseUrl: fake.responseUrl('hist') }));
    const history = await waitFor(() => fake.responses.find((r) => r.id === 'hist')?.body);
    const lines = JSON.stringify(history.blocks);
    for (const step of ['登记了这个隐患', '下达整改指令 ZG-2026-0001', '报告已整改', '复查合格']) expect(lines).toContain(step);
    await slack.command(slashCommand({ command: '/hazard', text: 'list major', user: LEADER, responseUrl: fake.responseUrl('list') }));
    expect((await waitFor(() => fake.responses.find((r) => r.id === 'list')?.body)).text).toBe('未销号的重大隐患：共 0 条');
    await slack.command(slashCommand({ command: '/hazard', text: 'YH-2026-0999', user: LEADER, responseUrl: fake.responseUrl('missing') }));
    expect((await waitFor(() => fake.responses.find((r) => r.id === 'missing')?.body)).text).toBe('找不到这个隐患。请检查编号，例如 YH-2026-0001。');
    await slack.command(slashCommand({ command: '/hazard', text: 'frobnicate', user: LEADER, responseUrl: fake.responseUrl('help') }));
    expect(JSON.stringify((await waitFor(() => fake.responses.find((r) => r.id === 'help')?.body)).blocks)).toContain('没有「frobnicate」这个子命令');
  });

  it('lets anyone report a hazard for confirmation; every inspector is asked by DM, and the reporter hears back', async () => {
    const triggerId = newTriggerId();
    await slack.command(slashCommand({ command: '/hazard', user: STRANGER, responseUrl: fake.responseUrl('public'), triggerId }));
    const view = await as(STRANGER).modalFor(triggerId);
    expect(JSON.parse(view.private_metadata).staff).toBe(false);
    await as(STRANGER).submit(view, { unit: String(unitId), title: '井盖缺失', description: '门口人行道井盖缺失', location: '门口', category: 'public_facility', level: 'general', source: 'public_report', found_date: '2026-11-29' });
    expect((await waitFor(() => fake.responses.find((r) => r.id === 'public')?.body)).text).toBe('已提交举报 YH-2026-0004。检查员确认后会私信告诉你。');
    const ask = await dmWith(INSPECTOR, 'hazard_act_confirm');
    await as(INSPECTOR).act(ask, 'hazard_act_confirm', { level: 'general', deadline: '2099-12-05', assignee: INSPECTOR });
    const told = await waitFor(() => fake.callsTo('chat.postMessage').find((c) => c.args.channel === dm(STRANGER) && String(c.args.text).includes('确认了隐患')));
    expect(told.args.text).toContain('YH-2026-0004');
  });
});
