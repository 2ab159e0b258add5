import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import knexFactory, { type Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppProcess } from '../support/app-process.js';
import { FakeSlack, waitFor } from '../support/fake-slack.js';
import { blockAction, newTriggerId, SIGNING_SECRET, slashCommand, SlackSender, viewSubmission } from '../support/slack-requests.js';

const ADMIN = 'UADMIN0001';
const LEADER = 'ULEADER001';
const INSPECTOR = 'UINSPECT01';
const CONTACT = 'UCONTACT01';

/** The unit card's buttons, on card flows clicked as a person would: link, unlink (twice), override, clear. */
describe('unit card flows over signed HTTP', () => {
  let fake: FakeSlack;
  let app: AppProcess;
  let slack: SlackSender;
  let db: Knex;
  let unitId: number;
  let seq = 0;

  beforeAll(async () => {
    fake = await new FakeSlack().start();
    const file = join(mkdtempSync(join(tmpdir(), 'anjian-card-')), 'a.sqlite');
    app = await startApp({ SLACK_BOT_TOKEN: 'xoxb-card', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, DATABASE_URL: `sqlite:${file}`, ADMIN_USER_IDS: ADMIN });
    slack = new SlackSender(app.url);
    db = knexFactory({ client: 'sqlite3', connection: { filename: file }, useNullAsDefault: true });
    for (const [user, role] of [[LEADER, 'leader'], [INSPECTOR, 'inspector']]) {
      await slack.command(slashCommand({ command: '/anjian', text: `role <@${user}> ${role}`, user: ADMIN, responseUrl: fake.responseUrl(`grant-${user}`) }));
      await waitFor(() => fake.responses.find((r) => r.id === `grant-${user}`));
    }
    const values = {
      name: { text: { value: '为民超市' } }, credit_code: { text: { value: '91110108551385082Q' } }, industry: { select: { selected_option: { value: 'commerce' } } },
      town: { text: { value: '北关街道' } }, address: { text: { value: '人民路 1 号' } }, contact_name: { text: { value: '刘店长' } }, contact_phone: { text: { value: '0571-88886666' } }, flags: { checkboxes: { selected_options: [] } },
    };
    await slack.interactive(viewSubmission({ callbackId: 'unit_register', user: INSPECTOR, values }));
    unitId = (await waitFor(() => db('unit').first())).id;
  });
  afterAll(async () => {
    await db?.destroy();
    await app?.stop();
    await fake?.stop();
  });

  const reply = (id: string) => waitFor(() => fake.responses.find((r) => r.id === id)?.body, 5000, `reply ${id}`);
  const click = async (actionId: string, value: string, user: string) => {
    const id = `click${++seq}`;
    const payload = blockAction({ actionId, value, user, responseUrl: fake.responseUrl(id) });
    expect((await slack.interactive(payload)).status).toBe(200);
    return { id, triggerId: payload.trigger_id };
  };

  it('links contacts from the card’s modal; each gets a DM and the card shows them', async () => {
    const { id, triggerId } = await click('unit_link_contact', String(unitId), INSPECTOR);
    const open = await waitFor(() => fake.callsTo('views.open').find((c) => c.args.trigger_id === triggerId));
    expect(open.args.view.callback_id).toBe('contact_link');
    const metadata = open.args.view.private_metadata;
    const empty = await slack.interactive(viewSubmission({ callbackId: 'contact_link', user: INSPECTOR, privateMetadata: metadata, values: { users: { users: { type: 'multi_users_select', selected_users: [] } } } }));
    expect(await empty.json()).toEqual({ response_action: 'errors', errors: { users: '请至少选择一个人。' } });
    await slack.interactive(viewSubmission({ callbackId: 'contact_link', user: INSPECTOR, privateMetadata: metadata, values: { users: { users: { type: 'multi_users_select', selected_users: [CONTACT] } } } }));
    const answer = await reply(id);
    expect(answer.text).toBe(`已将 <@${CONTACT}> 关联为「为民超市」的单位联系人。`);
    expect(JSON.stringify(answer.blocks)).toContain(`<@${CONTACT}> · `);
    const dm = await waitFor(() => fake.callsTo('chat.postMessage').find((c) => c.args.channel === `D${CONTACT.slice(1)}`));
    expect(dm.args.text).toBe(`<@${INSPECTOR}> 将你设为「为民超市」的单位联系人。你可以为该单位的隐患报告整改、申请销号。`);
  });

  it('refuses the link button to the unit contact themself', async () => {
    const { id, triggerId } = await click('unit_link_contact', String(unitId), CONTACT);
    expect((await reply(id)).text).toContain('你没有权限做这件事');
    expect(fake.callsTo('views.open').some((c) => c.args.trigger_id === triggerId)).toBe(false);
  });

  it('unlinks once on a double click: the second press changes nothing and says so', async () => {
    const [a, b] = await Promise.all([click('unit_unlink_contact', `${unitId}:${CONTACT}`, INSPECTOR), click('unit_unlink_contact', `${unitId}:${CONTACT}`, INSPECTOR)]);
    const answers = [await reply(a.id), await reply(b.id)];
    expect(answers.filter((r) => r.text === '此人已经不是该单位的联系人。')).toHaveLength(1);
    expect(answers.filter((r) => r.replace_original === true && r.text === '为民超市')).toHaveLength(1);
    expect(await db('unit_contact')).toHaveLength(0);
    expect(await db('audit_log').where({ action: 'unit.contact_unlink' })).toHaveLength(1);
    await waitFor(() => fake.callsTo('chat.postMessage').filter((c) => c.args.channel === `D${CONTACT.slice(1)}`).length === 2);
  });

  it('overrides the tier from /unit tier <name> and clears it from the card', async () => {
    const triggerId = newTriggerId();
    await slack.command(slashCommand({ command: '/unit', text: 'tier 为民', user: LEADER, responseUrl: fake.responseUrl('tier'), triggerId }));
    const open = await waitFor(() => fake.callsTo('views.open').find((c) => c.args.trigger_id === triggerId));
    expect(open.args.view.callback_id).toBe('tier_override');
    const metadata = open.args.view.private_metadata;
    expect(JSON.parse(metadata).unitId).toBe(unitId);
    const values = (until: string | null) => ({
      tier: { radio: { type: 'radio_buttons', selected_option: { value: 'red' } } },
      reason: { text: { type: 'plain_text_input', value: '春节前消防专项检查' } },
      until: { date: { type: 'datepicker', selected_date: until } },
    });
    const past = await slack.interactive(viewSubmission({ callbackId: 'tier_override', user: LEADER, privateMetadata: metadata, values: values('2020-01-01') }));
    expect(await past.json()).toEqual({ response_action: 'errors', errors: { until: '截止日期不能早于今天。' } });
    await slack.interactive(viewSubmission({ callbackId: 'tier_override', user: LEADER, privateMetadata: metadata, values: values('2099-12-31') }));
    expect((await reply('tier')).text).toBe('已将「为民超市」调整为🔴 红色（每周一查）。');
    expect((await db('unit').first()).tier).toBe('red');
    const { id } = await click('unit_clear_override', String(unitId), LEADER);
    const card = await reply(id);
    expect(card.replace_original).toBe(true);
    expect(JSON.stringify(card.blocks)).toContain('🔵 蓝色（每月一查）');
    expect((await db('unit').first()).tier).toBe('blue');
    expect((await db('tier_change').orderBy('id')).map((c) => c.to_tier)).toEqual(['blue', 'red', 'blue']);
  });

  it('refuses the override to an inspector even with a forged submission', async () => {
    const res = await slack.interactive(viewSubmission({
      callbackId: 'tier_override', user: INSPECTOR, privateMetadata: JSON.stringify({ unitId }),
      values: { tier: { radio: { selected_option: { value: 'red' } } }, reason: { text: { value: 'x' } }, until: { date: { selected_date: null } } },
    }));
    const body = (await res.json()) as { response_action: string; view: unknown };
    expect(body.response_action).toBe('push');
    expect(JSON.stringify(body.view)).toContain('你没有权限做这件事，需要以下角色之一：管理员、领导。');
    expect((await db('unit').first()).tier).toBe('blue');
  });

  it('still opens a modal when Slack answers views.open with 429 once (the client waits Retry-After and retries)', async () => {
    fake.script('views.open', { status: 429, retryAfter: 1 });
    const triggerId = newTriggerId();
    await slack.command(slashCommand({ command: '/unit', user: INSPECTOR, responseUrl: fake.responseUrl('rl'), triggerId }));
    await waitFor(() => fake.callsTo('views.open').filter((c) => c.args.trigger_id === triggerId).length === 2, 5000, 'the retried views.open');
  });

  it('switches language from App Home and re-publishes it in English', async () => {
    await slack.interactive(blockAction({ actionId: 'set_language_en', value: 'en', user: INSPECTOR, view: { type: 'home' } }));
    const publish = await waitFor(() => fake.callsTo('views.publish').find((c) => c.args.user_id === INSPECTOR));
    expect(JSON.stringify(publish.args.view.blocks)).toContain('Your roles: inspector');
    expect((await db('user_setting').where({ user_id: INSPECTOR }).first()).locale).toBe('en');
  });
});
