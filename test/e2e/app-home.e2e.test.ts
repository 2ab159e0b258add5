import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppProcess } from '../support/app-process.js';
import { OFFICE_ADMIN as ADMIN, startOffice, type E2eOffice } from '../support/e2e-office.js';
import { FakeSlack, waitFor, type RecordedCall } from '../support/fake-slack.js';
import { appHomeOpened, blockAction, newTriggerId, slashCommand, SlackSender } from '../support/slack-requests.js';
import { buttonsOf } from '../support/slack-ui.js';

const LEADER = 'ULEADER001';
const INSPECTOR = 'UINSPECT01';
const OFFICER = 'UOFFICER02';
const CONTACT = 'UCONTACT01';
const NOBODY = 'UNOBODY001';

/**
 * App Home over signed HTTP against the fake Web API: published when opened, per role; republished after the person
 * acts (a modal submitted, a button pressed on it), and for the people someone else's change gave a to-do — only for
 * people who have a Home (opened it); never for anyone else.
 */
describe('App Home, end to end', () => {
  let office: E2eOffice;
  let fake: FakeSlack;
  let app: AppProcess;
  let slack: SlackSender;
  let db: Knex;
  let unitId: number;
  const as = (user: string) => office.as(user);

  beforeAll(async () => {
    office = await startOffice({ name: 'home', roles: [[LEADER, 'leader'], [INSPECTOR, 'inspector'], [OFFICER, 'inspector']], registrar: INSPECTOR, contact: CONTACT, cards: [[INSPECTOR, 'ZF-4401-0001'], [OFFICER, 'ZF-4401-0009']] });
    ({ fake, app, slack, db, unitId } = office);
  });
  afterAll(async () => {
    expect(await office?.stop()).toBe(0);
  });

  const publishes = (user: string) => fake.callsTo('views.publish').filter((c) => c.args.user_id === user);
  /** Waits for the next views.publish for this person after `seen` of them, and returns its blocks as text. */
  const nextPublish = async (user: string, seen: number, what: string) => {
    const call = await waitFor(() => publishes(user)[seen], 8000, `Home #${seen + 1} of ${user} (${what})`);
    return { call, text: JSON.stringify(call.args.view.blocks) };
  };
  const open = async (user: string) => {
    const seen = publishes(user).length;
    expect((await slack.event(appHomeOpened(user))).status).toBe(200);
    return nextPublish(user, seen, 'opened');
  };
  const homeButton = (call: RecordedCall, actionId: string) => buttonsOf(call.args.view.blocks).find((b) => b.action_id === actionId);

  it('publishes nothing for people who never opened their Home, however much they act', () => {
    expect(fake.callsTo('views.publish')).toEqual([]);
  });

  it('opening Home publishes a view for that person, per role: a leader sees the office’s figures and the buttons they may use', async () => {
    const { call, text } = await open(LEADER);
    expect(call.args.view.type).toBe('home');
    expect(text).toContain('你的角色：领导');
    expect(text).toContain('没有等你处理的隐患');
    expect(text).toContain('*未销号隐患 0*');
    expect(text).toContain('*本期待查单位 1 家*（待查/共计）');
    expect(text).toContain('🔵 1/1');
    expect(text).toContain('2026 年整改率 —');
    expect(buttonsOf(call.args.view.blocks).map((b) => b.action_id)).toEqual(['hazard_register_open', 'home_assign_inspection', 'unit_register_open', 'set_language_zh', 'set_language_en']);
  });

  it('gives a person without a role a useful Home: report a hazard, where their reports are, no office figures', async () => {
    const { call, text } = await open(NOBODY);
    expect(text).toContain('你还没有角色');
    expect(text).toContain('`/hazard list mine`');
    expect(text).not.toContain('全局概况');
    expect(buttonsOf(call.args.view.blocks).map((b) => b.action_id)).toEqual(['hazard_register_open', 'set_language_zh', 'set_language_en']);
  });

  it('refreshes the Homes of the person who acts and of the person the change gives work to', async () => {
    await open(INSPECTOR);
    await open(CONTACT);
    const inspectorSeen = publishes(INSPECTOR).length;
    const contactSeen = publishes(CONTACT).length;
    const leaderSeen = publishes(LEADER).length;
    // The leader registers a hazard assigned to the inspector: the inspector now has to issue the order.
    const triggerId = newTriggerId();
    await slack.command(slashCommand({ command: '/hazard', user: LEADER, responseUrl: fake.responseUrl('reg'), triggerId }));
    const view = await as(LEADER).modalFor(triggerId);
    const fields = { title: '配电箱未接地', description: '二号车间配电箱外壳未接地', location: '二号车间', category: 'electrical', level: 'general', source: 'routine_inspection', found_date: '2026-11-01', assignee: INSPECTOR, unit: String(unitId), deadline: '2099-12-10' };
    expect((await as(LEADER).submit(view, fields)).status).toBe(200);
    const leader = await nextPublish(LEADER, leaderSeen, 'after registering');
    expect(leader.text).toContain('*未销号隐患 1*\\n一般 1 · 重大 0');
    const inspector = await nextPublish(INSPECTOR, inspectorSeen, 'given the order to issue');
    expect(inspector.text).toContain('待我处理：1 项');
    expect(inspector.text).toContain('*YH-2026-0001* 配电箱未接地 · 为民超市');
    const issue = homeButton(inspector.call, 'hazard_act_issue_order');
    expect(issue?.value).toBe(`${(await db('hazard').first()).id}:open`);
    expect(publishes(CONTACT)).toHaveLength(contactSeen); // nothing for the unit yet

    // The inspector presses the button on their Home and submits the order: their to-do is gone, the unit's contact has one.
    const press = blockAction({ actionId: 'hazard_act_issue_order', value: issue!.value, user: INSPECTOR, view: { type: 'home' } });
    expect((await slack.interactive(press)).status).toBe(200);
    const modal = await as(INSPECTOR).modalFor(press.trigger_id);
    expect((await as(INSPECTOR).submit(modal, { measures: '立即加装接地线', deadline: '2099-12-10', second_officer: OFFICER })).status).toBe(200);
    // Republished after the press (it opened a modal) and after the submission; the last one has no to-do left.
    await waitFor(() => publishes(INSPECTOR).length === inspectorSeen + 3, 8000, 'the inspector’s Home after the press and the submission');
    expect(JSON.stringify(publishes(INSPECTOR).at(-1)!.args.view.blocks)).toContain('没有等你处理的隐患');
    const contact = await nextPublish(CONTACT, contactSeen, 'given the rectification to report');
    expect(contact.text).toContain('*YH-2026-0001*');
    expect(homeButton(contact.call, 'hazard_act_report_rectified')).toBeDefined();
    expect(contact.text).toContain('我联系的单位：1 家');
    expect(contact.text).toContain('未销号隐患 1 · 逾期 0');
  });

  it('switches language from Home and republishes it once, in English', async () => {
    const seen = publishes(NOBODY).length;
    expect((await slack.interactive(blockAction({ actionId: 'set_language_en', value: 'en', user: NOBODY, view: { type: 'home' } }))).status).toBe(200);
    const { text } = await nextPublish(NOBODY, seen, 'after switching language');
    expect(text).toContain('You have no role yet');
    expect((await db('user_setting').where({ user_id: NOBODY }).first()).locale).toBe('en');
    await new Promise((r) => setTimeout(r, 300));
    expect(publishes(NOBODY)).toHaveLength(seen + 1);
  });

  it('never publishes a Home for someone who did not open it (the admin granted roles, acted, and never looked)', () => {
    expect(publishes(ADMIN)).toEqual([]);
    expect(app.output()).not.toContain('App Home refresh failed');
  });
});
