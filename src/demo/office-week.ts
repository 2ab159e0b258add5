import { addDays } from '../domain/calendar.js';
import type { I18n, MessageKey } from '../i18n/index.js';
import { DemoFailure, type OfficeDriver } from './office-driver.js';
import { CHANNELS, PEOPLE, type Person, type SampleOffice } from './sample-office.js';

type Day = 1 | 2 | 3 | 4 | 5;

const numberIn = (text: string, prefix: 'YH' | 'JC') => new RegExp(`${prefix}-\\d{4}-\\d{4}`).exec(text)?.[0];
const ephemeral = { channel: 'C2147483705' };

/**
 * The scripted office week: setup, both hazard paths to 销号, an inspection, an accident, an overdue hazard, the
 * digest, the escalations, the weekly publicity, an export and App Home — each step driven only through Slack-shaped
 * requests. Returns how many steps ran.
 */
export async function playOfficeWeek(o: { driver: OfficeDriver; sample: SampleOffice; i18n: I18n; today: string; heading: (line: string) => void; note: (line: string) => void }): Promise<number> {
  const { driver: d, sample: s, i18n, today } = o;
  let steps = 0;
  const step = async (day: Day, title: MessageKey, run: () => Promise<void>) => {
    o.heading(i18n.t('demo.day', { day, weekday: i18n.t(`demo.weekday.${day}`), title: i18n.t(title) }));
    await run();
    await d.settle();
    steps++;
  };
  const answered = async (person: Person, command: string, text: string) => d.reply((await d.command(person, command, text)).responseId);
  const card = (title: string) => d.message(CHANNELS.hazards, (c) => String(c.args.text).includes(title), `the hazard card of “${title}”`);
  const units: Record<keyof SampleOffice['units'], string> = { market: '', mine: '', community: '' };

  await step(1, 'demo.step.roles', async () => {
    for (const [person, role] of [['leader', 'leader'], ['inspector', 'inspector'], ['partner', 'inspector'], ['expert', 'expert']] as const) {
      await answered('admin', '/anjian', `role <@${PEOPLE[person]}> ${role}`);
    }
  });

  await step(1, 'demo.step.cards', async () => {
    await answered('inspector', '/anjian', `card ${s.cards.inspector}`);
    await answered('partner', '/anjian', `card ${s.cards.partner}`);
  });

  await step(1, 'demo.step.units', async () => {
    for (const key of ['market', 'mine', 'community'] as const) {
      const u = s.units[key];
      const { view, responseId } = await d.openByCommand('inspector', '/unit');
      await d.submit('inspector', view, {
        name: u.name, credit_code: u.creditCode, industry: u.industry, town: s.town, address: u.address, contact_name: u.contactName, contact_phone: u.contactPhone, flags: [],
      });
      await d.reply(responseId);
      await d.settle();
      units[key] = await d.pickUnit('inspector', u.search);
    }
  });

  await step(1, 'demo.step.contact', async () => {
    const found = await answered('inspector', '/unit', s.units.mine.search);
    const open = await d.press('inspector', { ...ephemeral, blocks: found.blocks }, 'unit_open');
    const unitCard = await d.reply(open.responseId);
    const { responseId } = await d.act('inspector', { ...ephemeral, blocks: unitCard.blocks }, 'unit_link_contact', { users: [PEOPLE.contact] });
    await d.reply(responseId);
  });

  const register = async (person: Person, unit: string, h: SampleOffice['general'] | SampleOffice['overdue'], level: 'general' | 'major', dates: { found: string; deadline: string }, assignee: string, mistake = false) => {
    const { view, responseId } = await d.openByCommand(person, '/hazard');
    const values = {
      unit, title: h.title, description: h.description, location: h.location, category: h.category, level, source: h.source,
      found_date: dates.found, deadline: dates.deadline, responsible_person: h.responsible, assignee,
    };
    if (mistake) await d.submitWithMistake(person, view, { ...values, deadline: addDays(dates.found, -3) });
    await d.submit(person, view, values);
    await d.reply(responseId);
  };

  await step(1, 'demo.step.register_general', () => register('inspector', units.mine, s.general, 'general', { found: today, deadline: addDays(today, 7) }, PEOPLE.inspector, true));

  await step(1, 'demo.step.order', async () => {
    await d.act('inspector', await card(s.general.title), 'hazard_act_issue_order', { measures: s.general.orderMeasures, deadline: addDays(today, 7), second_officer: PEOPLE.partner });
  });

  await step(2, 'demo.step.rectified', async () => {
    await d.act('contact', await d.dmWith('contact', 'hazard_act_report_rectified'), 'hazard_act_report_rectified', { evidence: s.general.evidence });
  });

  await step(2, 'demo.step.reinspect', async () => {
    await d.act('inspector', await d.dmWith('inspector', 'hazard_act_reinspect'), 'hazard_act_reinspect', { result: 'pass', note: s.general.reinspectNote });
  });

  await step(2, 'demo.step.register_major', () => register('inspector', units.mine, s.major, 'major', { found: today, deadline: addDays(today, 60) }, PEOPLE.inspector));

  await step(2, 'demo.step.listing', async () => {
    await d.act('leader', await d.dmWith('leader', 'hazard_act_list_for_supervision'), 'hazard_act_list_for_supervision', {
      leader: PEOPLE.leader, listing_level: 'county', document_number: s.major.documentNumber, listed_date: today,
    });
  });

  await step(3, 'demo.step.experts', async () => {
    await d.act('inspector', await card(s.major.title), 'hazard_act_assign_experts', { experts: [PEOPLE.expert] });
    await d.settle();
    await d.act('expert', await d.dmWith('expert', 'hazard_act_record_opinion'), 'hazard_act_record_opinion', { opinion: s.major.opinion });
    await d.settle();
    await d.act('inspector', await card(s.major.title), 'hazard_act_record_plan', s.major.plan);
  });

  let inspection = '';
  await step(3, 'demo.step.assign', async () => {
    const { view, responseId } = await d.openByCommand('leader', '/inspect');
    await d.submit('leader', view, { units: [units.market], planned_date: today, inspectors: [PEOPLE.inspector, PEOPLE.partner], visit_type: 'administrative', acknowledge_cap: [] });
    inspection = numberIn(String((await d.reply(responseId)).text), 'JC') ?? '';
    if (!inspection) throw new DemoFailure('the assignment did not answer with an inspection number');
  });

  await step(3, 'demo.step.result', async () => {
    const { view, responseId } = await d.openByCommand('inspector', '/inspect', inspection);
    await d.submit('inspector', view, { outcome: 'done', done_date: today, summary: s.inspection.summary, findings: s.inspection.findings });
    await d.reply(responseId);
  });

  await step(4, 'demo.step.accident', async () => {
    const { view, responseId } = await d.openByCommand('partner', '/unit', `accident ${s.units.community.search}`);
    await d.submit('partner', view, { date: today, deaths: '3', serious_injuries: '1', direct_loss: '1200000', summary: s.accident.summary });
    await d.reply(responseId);
  });

  await step(4, 'demo.step.overdue', () => register('partner', units.community, s.overdue, 'general', { found: addDays(today, -12), deadline: addDays(today, -8) }, PEOPLE.partner));

  await step(4, 'demo.step.acceptance', async () => {
    await d.act('contact', await d.dmWith('contact', 'hazard_act_apply_acceptance'), 'hazard_act_apply_acceptance', {
      evaluator_kind: 'agency', evaluator_name: s.major.evaluatorName, report_ref: s.major.reportRef, measures_done: s.major.measuresDone, funds_spent: s.major.fundsSpent,
    });
    await d.settle();
    await d.act('expert', await d.dmWith('expert', 'hazard_act_expert_sign'), 'hazard_act_expert_sign', { result: 'pass', opinion: s.major.expertOpinion });
    await d.settle();
    await d.act('leader', await d.dmWith('leader', 'hazard_act_authority_sign'), 'hazard_act_authority_sign', { result: 'pass', opinion: s.major.authorityOpinion });
  });

  const runJob = async (job: string) => {
    const { responseId } = await d.command('admin', '/anjian', `run ${job}`);
    return d.reply(responseId, (b) => b.replace_original === true || !String(b.text).includes('…'));
  };
  await step(5, 'demo.step.digest', async () => void (await runJob('digest')));
  await step(5, 'demo.step.escalations', async () => void (await runJob('escalations')));

  await step(5, 'demo.step.publicity', async () => {
    await runJob('publicity');
    await d.settle();
    if (!d.postedTo(CHANNELS.publicity)) throw new DemoFailure('the weekly publicity was not posted to the public channel');
  });

  await step(5, 'demo.step.report', async () => {
    const posts = d.postsTo(CHANNELS.publicity);
    const answer = await answered('leader', '/anjian', 'report month');
    const { responseId } = await d.press('leader', { ...ephemeral, blocks: answer.blocks ?? [] }, 'report_post');
    await d.reply(responseId, (b) => b.replace_original === true);
    await d.settle();
    if (d.postsTo(CHANNELS.publicity) <= posts) throw new DemoFailure('the monthly report was not posted to the public channel');
  });

  const exported = async (text: string) => {
    const files = d.uploadedFiles();
    await answered('leader', '/anjian', text);
    await d.waitFor(() => d.uploadedFiles() > files || undefined, `the file of “/anjian ${text}”`, 20_000);
  };
  await step(5, 'demo.step.export', () => exported('export hazards'));
  await step(5, 'demo.step.stats', () => exported(`export stats ${today.slice(0, 4)}-Q${Math.ceil(Number(today.slice(5, 7)) / 3)}`));

  await step(5, 'demo.step.home', async () => {
    d.homeInFull(true);
    await d.openHome('partner');
    await d.settle();
    await d.openHome('leader');
  });
  return steps;
}
