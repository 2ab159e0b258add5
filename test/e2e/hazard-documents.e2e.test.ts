import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxLines, docxText } from '../documents/docx-text.js';
import { startOffice, type E2eOffice } from '../support/e2e-office.js';
import { FakeSlack, waitFor } from '../support/fake-slack.js';
import { newTriggerId, slashCommand, SlackSender } from '../support/slack-requests.js';
import { actionIdsOf, latestRendering } from '../support/slack-ui.js';

const INSPECTOR = 'UINSPECT01';
const PARTNER = 'UINSPECT02';
const CONTACT = 'UCONTACT01';
const HAZARD_CHANNEL = 'CHAZARD001';
const UNIT = '为民超市';
const dm = (user: string) => `D${user.slice(1)}`;

/**
 * The documents of a hazard as an office receives them: an order issued from the card's button comes back as a
 * .docx shared in the card's thread through files.uploadV2 (three calls), and so does the re-inspection opinion, also
 * when Slack first answers 429. Everything is checked on what the fake Slack Web API received, bytes unzipped.
 */
describe('hazard documents in Slack, end to end', () => {
  let office: E2eOffice;
  let fake: FakeSlack;
  let slack: SlackSender;
  let db: Knex;
  let unitId: number;
  const as = (user: string) => office.as(user);

  beforeAll(async () => {
    office = await startOffice({
      name: 'docs', roles: [[INSPECTOR, 'inspector'], [PARTNER, 'inspector']], registrar: INSPECTOR, contact: CONTACT, env: { HAZARD_CHANNEL }, cards: [[PARTNER, 'ZF-4401-0007']],
      prepare: (f) => f.people.set(INSPECTOR, { realName: '王建国', displayName: '老王' }),
    });
    ({ fake, slack, db, unitId } = office);
    await slack.command(slashCommand({ command: '/anjian', text: 'card ZF-4401-0001', user: INSPECTOR, responseUrl: fake.responseUrl('card') }));
    await waitFor(() => fake.responses.find((r) => r.id === 'card'));
  });
  afterAll(async () => {
    expect(await office?.stop()).toBe(0);
  });

  const card = async (number: string) => {
    const post = await waitFor(() => fake.callsTo('chat.postMessage').find((c) => c.args.channel === HAZARD_CHANNEL && !c.args.thread_ts && String(c.args.text).startsWith(number)));
    return latestRendering(fake, HAZARD_CHANNEL, post.result!.ts);
  };
  const dmWith = (user: string, actionId: string) =>
    waitFor(() => {
      const call = fake.callsTo('chat.postMessage').filter((c) => c.args.channel === dm(user) && actionIdsOf(c.args.blocks).includes(actionId)).at(-1);
      return call ? { channel: dm(user), blocks: call.args.blocks as never, ts: call.result!.ts } : undefined;
    }, 8000, `a DM to ${user} with ${actionId}`);
  const methods = () => fake.calls.map((c) => c.method).filter((m) => m.startsWith('files.'));

  it('issuing an order from the card shares the 责令限期整改指令书 in the card’s thread, through the three upload steps', async () => {
    const triggerId = newTriggerId();
    await slack.command(slashCommand({ command: '/hazard', user: INSPECTOR, responseUrl: fake.responseUrl('reg'), triggerId }));
    await as(INSPECTOR).submit(await as(INSPECTOR).modalFor(triggerId), {
      unit: String(unitId), title: '配电箱未接地', description: '二号车间配电箱外壳未接地', location: '二号车间', category: 'electrical', level: 'general',
      source: 'routine_inspection', found_date: '2026-11-28', deadline: '2099-12-10', assignee: INSPECTOR,
    });
    const c = await card('YH-2026-0001');
    expect(fake.completedFiles()).toEqual([]); // registering makes no document
    await as(PARTNER).act(c, 'hazard_act_issue_order', { measures: '立即加装接地线', deadline: '2099-12-10', second_officer: INSPECTOR });

    const [file] = await waitFor(() => (fake.completedFiles().length === 1 ? fake.completedFiles() : undefined), 8000, 'the shared order');
    expect(methods()).toEqual(['files.getUploadURLExternal', 'files.completeUploadExternal']);
    const [step1] = fake.callsTo('files.getUploadURLExternal');
    expect(step1!.args).toMatchObject({ filename: 'ZG-2026-0001 责令限期整改指令书.docx', length: String(file!.bytes.length) });
    expect(step1!.auth).toBe('Bearer xoxb-docs');
    expect(file!.bytes.length).toBeGreaterThan(1000); // step 2: the bytes arrived at the upload URL
    const [step3] = fake.callsTo('files.completeUploadExternal');
    expect(step3!.args).toMatchObject({ channel_id: HAZARD_CHANNEL, thread_ts: c.ts });
    expect(file).toMatchObject({ channel: HAZARD_CHANNEL, threadTs: c.ts, title: 'ZG-2026-0001 责令限期整改指令书' });
    expect(file!.initialComment).toContain('YH-2026-0001');

    const lines = await docxLines(file!.bytes);
    expect(lines[0]).toBe('责令限期整改指令书');
    expect(lines[1]).toBe('（  ）应急责改〔2026〕1号');
    expect(lines[2]).toBe(`${UNIT}：`);
    expect(lines).toContain('1. 配电箱未接地（二号车间）：二号车间配电箱外壳未接地');
    const text = lines.join('\n');
    expect(text).toContain('于2099年12月10日前整改完毕');
    expect(text).toContain('60日内');
    expect(text).toContain('6个月内');
    expect(text).not.toContain('重大隐患');
    // The two officers, each with the card number recorded for them: the issuer, and the second officer as Slack's
    // directory names him (his real name).
    expect(lines.filter((l) => l.startsWith('行政执法人员：'))).toEqual([`行政执法人员：${PARTNER}　　执法证号：ZF-4401-0007　　签名：`, '行政执法人员：王建国　　执法证号：ZF-4401-0001　　签名：']);
    // The row is marked sent just after Slack's answer to the last upload step: wait for it, then check it.
    const sent = await waitFor(async () => {
      const rows = await db('outbox').where('idempotency_key', 'like', '%:document');
      return rows.every((r) => r.status === 'sent') && rows;
    }, 5000, 'the document row marked sent');
    expect(sent).toMatchObject([{ status: 'sent', result_channel: HAZARD_CHANNEL, result_ts: null }]);
  });

  it('shares the re-inspection opinion once even when files.getUploadURLExternal first answers 429', async () => {
    await as(CONTACT).act(await dmWith(CONTACT, 'hazard_act_report_rectified'), 'hazard_act_report_rectified', { evidence: '已加装接地线' });
    const reinspect = await dmWith(INSPECTOR, 'hazard_act_reinspect');
    fake.script('files.getUploadURLExternal', { status: 429, retryAfter: 1 });
    const before = fake.callsTo('files.getUploadURLExternal').length;
    await as(INSPECTOR).act(reinspect, 'hazard_act_reinspect', { result: 'fail', note: '接地电阻 12Ω，不合格', new_deadline: '2099-12-31' });

    const files = await waitFor(() => (fake.completedFiles().length === 2 ? fake.completedFiles() : undefined), 10_000, 'the shared re-inspection opinion');
    expect(fake.callsTo('files.getUploadURLExternal').length - before).toBe(2); // the 429, then the retry after 1 s
    expect(fake.callsTo('files.getUploadURLExternal')[before]!.result).toBeUndefined(); // the scripted 429 has no JSON answer recorded
    expect(fake.callsTo('files.completeUploadExternal')).toHaveLength(2);
    const opinion = files[1]!;
    expect(opinion).toMatchObject({ channel: HAZARD_CHANNEL, threadTs: (await card('YH-2026-0001')).ts, filename: expect.stringMatching(/^YH-2026-0001 整改复查意见书 \d{4}-\d{2}-\d{2}\.docx$/) });
    const text = await docxText(opinion.bytes);
    expect(text).toContain('复查结果：不合格');
    expect(text).toContain('复查意见：接地电阻 12Ω，不合格');
    expect(text).toContain('（  ）应急责改〔2026〕1号《责令限期整改指令书》'); // the order it follows, by its document number
    // Named as Slack's directory names the inspector (real name first), not by the Slack user id.
    expect(text).toContain('行政执法人员：王建国　　执法证号：ZF-4401-0001');
    expect(text).not.toContain(INSPECTOR);
    const row = await waitFor(async () => {
      const last = await db('outbox').where('idempotency_key', 'like', '%:document').orderBy('id', 'desc').first();
      return last?.status === 'sent' && last;
    }, 5000, 'the opinion row marked sent');
    expect(row).toMatchObject({ status: 'sent', last_error: null });
  });
});
