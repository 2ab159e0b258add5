import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxLines } from '../documents/docx-text.js';
import { startOffice, type E2eOffice } from '../support/e2e-office.js';
import { waitFor } from '../support/fake-slack.js';
import { newTriggerId, slashCommand } from '../support/slack-requests.js';
import { actionIdsOf } from '../support/slack-ui.js';

const LEADER = 'ULEADER001';
const INSPECTOR = 'UINSPECT01';
const OFFICER = 'UOFFICER02';
const CONTACT = 'UCONTACT01';
const HAZARD_CHANNEL = 'CHAZARD001';
const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const JC = `JC-${TODAY.slice(0, 4)}-0001`;
const dm = (user: string) => `D${user.slice(1)}`;
type Blocks = { type: string; block_id?: string; elements?: never[] }[];

/**
 * One 责令限期整改指令书 for what one inspection found, as an inspector does it in Slack: assign, record the result,
 * register two hazards from it (one major), then `/inspect JC-…` → "issue one order" → the modal → one order, one
 * document number, the general hazard to rectification, the document in each hazard's thread listing both problems.
 */
describe('one order for an inspection, end to end', () => {
  let office: E2eOffice;
  const as = (user: string) => office.as(user);

  beforeAll(async () => {
    office = await startOffice({
      name: 'inspection-order', roles: [[LEADER, 'leader'], [INSPECTOR, 'inspector'], [OFFICER, 'inspector']], registrar: INSPECTOR, contact: CONTACT,
      env: { HAZARD_CHANNEL, OFFICE_NAME: '某某镇应急管理办公室', DOC_NUMBER_PREFIX: '某' }, cards: [[INSPECTOR, 'ZF-4401-0001'], [OFFICER, 'ZF-4401-0009']],
    });
  });
  afterAll(async () => {
    expect(await office?.stop()).toBe(0);
  });

  /** Runs a slash command and returns its ephemeral answer (text and blocks). */
  const command = async (user: string, name: string, text: string, id: string, triggerId = newTriggerId()) => {
    await office.slack.command(slashCommand({ command: name, text, user, responseUrl: office.fake.responseUrl(id), triggerId }));
    return triggerId;
  };
  const answer = (id: string) => waitFor(() => office.fake.responses.find((r) => r.id === id)?.body, 8000, `the answer ${id}`);

  it('issues one order for both hazards an inspection found, refusing a missing second officer inline', async () => {
    const { fake, db, unitId } = office;
    const assign = await command(LEADER, '/inspect', '', 'assign');
    await as(LEADER).submit(await as(LEADER).modalFor(assign), { units: [String(unitId)], planned_date: TODAY, inspectors: [INSPECTOR], visit_type: 'patrol' });
    await waitFor(() => db('inspection').first());
    const result = await command(INSPECTOR, '/inspect', JC, 'result');
    await as(INSPECTOR).submit(await as(INSPECTOR).modalFor(result), { outcome: 'done', done_date: TODAY, summary: '检查配电和储罐区', findings: '发现两处问题' });
    const recorded = await waitFor(() => fake.responses.filter((r) => r.id === 'result').at(-1)?.body, 8000, 'the recorded result');
    for (const [i, hazard] of [{ title: '配电箱未接地', level: 'general', category: 'electrical' }, { title: '储罐区阀门泄漏', level: 'major', category: 'hazardous_chemicals' }].entries()) {
      const { triggerId } = await as(INSPECTOR).press({ channel: dm(INSPECTOR), blocks: recorded.blocks }, 'hazard_register_open');
      await as(INSPECTOR).submit(await as(INSPECTOR).modalFor(triggerId), {
        ...hazard, unit: String(unitId), description: `${hazard.title}，现场核实`, location: '厂区', source: 'routine_inspection', found_date: TODAY, deadline: '2099-12-31', assignee: INSPECTOR,
      });
      await waitFor(async () => (await db('hazard')).length === i + 1);
    }

    // `/inspect JC-…` now offers one order for what it found; the modal lists both hazards, preselected.
    await command(INSPECTOR, '/inspect', JC, 'view');
    const shown = await answer('view');
    expect(actionIdsOf(shown.blocks as Blocks)).toContain('inspection_order_open');
    const { triggerId } = await as(INSPECTOR).press({ channel: dm(INSPECTOR), blocks: shown.blocks }, 'inspection_order_open');
    const modal = await as(INSPECTOR).modalFor(triggerId);
    const picks = (modal.blocks as { block_id?: string; element?: Record<string, any> }[]).find((b) => b.block_id === 'hazards')!.element!;
    expect(picks.options.map((o: { text: { text: string } }) => o.text.text)).toEqual([`YH-${TODAY.slice(0, 4)}-0001 配电箱未接地`, `YH-${TODAY.slice(0, 4)}-0002 储罐区阀门泄漏 · 重大隐患`]);
    expect(picks.initial_options).toHaveLength(2);
    const ids = picks.options.map((o: { value: string }) => o.value);

    const missing = await as(INSPECTOR).submit(modal, { hazards: ids, measures: '逐项整改', deadline: '2099-12-10' });
    expect(missing.body).toEqual({ response_action: 'errors', errors: { second_officer: '请选择一个人。' } });
    const forged = await as(INSPECTOR).submit(modal, { hazards: [...ids, '999'], measures: '逐项整改', deadline: '2099-12-10', second_officer: OFFICER });
    expect(Object.keys(forged.body.errors)).toEqual(['hazards']);
    expect(await db('hazard_order')).toEqual([]);
    expect((await as(INSPECTOR).submit(modal, { hazards: ids, measures: '逐项整改，整改完毕后报告', deadline: '2099-12-10', second_officer: OFFICER })).status).toBe(200);

    const rows: Record<string, any>[] = await waitFor(async () => { const r = await db('hazard_order').orderBy('id'); return r.length === 2 ? r : undefined; });
    expect(new Set(rows.map((r) => r.number)).size).toBe(1);
    expect(rows.map((r) => [r.second_officer, Number(r.doc_serial)])).toEqual([[OFFICER, 1], [OFFICER, 1]]);
    expect((await db('hazard').orderBy('id')).map((h) => h.status)).toEqual(['rectifying', 'open']);
    const docs = await waitFor(() => (fake.completedFiles().length === 2 ? fake.completedFiles() : undefined), 10_000, 'the order in both threads');
    expect(docs.map((d) => d.channel)).toEqual([HAZARD_CHANNEL, HAZARD_CHANNEL]);
    expect(new Set(docs.map((d) => d.threadTs)).size).toBe(2); // one in each hazard's thread
    const lines = await docxLines(docs[0]!.bytes);
    expect(lines.slice(0, 3)).toEqual(['某某镇应急管理办公室', '责令限期整改指令书', `（某）应急责改〔${TODAY.slice(0, 4)}〕1号`]);
    expect(lines.filter((l) => /^\d\. /.test(l))).toEqual(['1. 配电箱未接地（厂区）：配电箱未接地，现场核实', '2. 储罐区阀门泄漏（厂区）：储罐区阀门泄漏，现场核实']);
    expect(lines).toContain('其中第2项属于重大隐患。');
    expect(lines.join('\n')).toContain('现责令你单位对上述第1项问题于2099年12月10日前整改完毕');
    expect(lines.filter((l) => l.startsWith('行政执法人员：'))).toEqual([`行政执法人员：${INSPECTOR}　　执法证号：ZF-4401-0001　　签名：`, `行政执法人员：${OFFICER}　　执法证号：ZF-4401-0009　　签名：`]);
    const reply = await waitFor(() => fake.responses.filter((r) => r.id.startsWith(INSPECTOR)).map((r) => r.body.text as string).find((t) => t?.startsWith('已下达整改指令')));
    expect(reply).toContain(`（某）应急责改〔${TODAY.slice(0, 4)}〕1号`);
  });
});
