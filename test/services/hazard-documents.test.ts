import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebClient } from '@slack/web-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DbOutboxStore } from '../../src/db/db-outbox-store.js';
import { listAudit } from '../../src/db/repositories/audit.repository.js';
import { enqueueOutbox } from '../../src/db/repositories/outbox.repository.js';
import type { HazardStatus } from '../../src/domain/hazard/hazard.js';
import { createI18n } from '../../src/i18n/index.js';
import { createLogger } from '../../src/logger.js';
import type { Notice, OutboxMessage } from '../../src/outbox/outbox-message.js';
import type { ActionInput } from '../../src/domain/hazard/action-input.js';
import { loadHazardDocument } from '../../src/services/hazard/documents.js';
import { renderNotice, type NoticeReader } from '../../src/slack/notices/render-notice.js';
import { OutboxDispatcher } from '../../src/slack/outbox-dispatcher.js';
import { docxLines, docxText } from '../documents/docx-text.js';
import { codeOf, lastOutboxId, queuedMessages, settle } from '../support/db-state.js';
import { FakeSlack } from '../support/fake-slack.js';
import { CONTACT, hazardOffice, makeHazard, PLAN } from '../support/hazards.js';
import { EXPERT, INSPECTOR, LEADER, NOBODY, type ServiceHarness, orderOfficers } from '../support/services.js';
import { OFFICER2 } from '../support/services.js';
import { DIALECTS } from '../support/test-db.js';

const INSPECTOR2 = 'UINSPECT02';
const CHANNEL = 'CHAZARD001';
const TZ = 'Asia/Shanghai';
type DocumentNotice = Extract<Notice, { type: 'hazard_document' }>;

describe.each(DIALECTS)('hazard documents on %s', (dialect) => {
  let h: ServiceHarness;
  let unitId: number;
  let unitName: string;
  beforeEach(async () => {
    ({ h, unitId } = await hazardOffice(dialect, [[INSPECTOR2, 'inspector']]));
    unitName = (await h.db('unit').where({ id: unitId }).first()).name;
  });
  beforeEach(async () => orderOfficers(h.db));
  afterEach(async () => h.close());

  const perform = (actor: string, id: number, expected: HazardStatus | undefined, input: ActionInput) => h.sut.hazards.perform(actor, id, expected, input);
  const documentsAfter = async (from: number) => (await queuedMessages(h.db, from)).filter((m) => m.notice.type === 'hazard_document');
  const reader: NoticeReader = { hazardCard: (id) => h.sut.hazards.card(id), hazardDocument: (ref) => loadHazardDocument(h.db, ref, { timezone: TZ, office: {}, nameOf: async (id) => id }) };
  const render = (notice: Notice, locale: 'zh-CN' | 'en' = 'zh-CN') => renderNotice(createI18n(locale, TZ), notice, reader);
  const ORDER = { action: 'issue_order', measures: '立即加装接地线', deadline: '2026-12-10', secondOfficer: 'UOFFICER02' } as const;

  describe('queued with the change, in its transaction', () => {
    it('issuing an order queues exactly one document notice, a reply under the card, for the order just stored', async () => {
      const id = (await h.sut.hazards.register(INSPECTOR, makeHazard(unitId))).hazard.id;
      const from = await lastOutboxId(h.db);
      await perform(INSPECTOR, id, 'open', ORDER);
      const orders = await h.db('hazard_order').where({ hazard_id: id });
      expect(orders).toHaveLength(1);
      const docs = await documentsAfter(from);
      expect(docs).toHaveLength(1);
      const auditId = (await listAudit(h.db, 'hazard', id)).find((a) => a.action === 'hazard.issue_order')!.id;
      expect(docs[0]).toEqual({
        key: `audit:${auditId}:document`, // named after the audit row of the same transaction
        delivery: { op: 'reply', channel: CHANNEL, ref: `hazard:${id}` },
        notice: { type: 'hazard_document', hazardId: id, document: 'order', recordId: Number(orders[0].id) },
      });
    });

    it('a refused or failed transition queues none', async () => {
      const id = (await h.sut.hazards.register(INSPECTOR, makeHazard(unitId))).hazard.id;
      const from = await lastOutboxId(h.db);
      expect(codeOf(await settle(perform(INSPECTOR, id, 'open', { ...ORDER, deadline: '2026-11-01' })))).toBe('hazard.deadline_in_past');
      expect(codeOf(await settle(perform(NOBODY, id, 'open', ORDER)))).toBe('auth.role_required');
      expect(codeOf(await settle(perform(INSPECTOR, id, 'rectifying', ORDER)))).toBe('hazard.stale');
      expect(codeOf(await settle(perform(INSPECTOR, id, 'open', { ...ORDER, measures: '   ' })))).toBe('validation.invalid');
      expect(await settle(perform(INSPECTOR, id, 'open', { ...ORDER, measures: 42 as unknown as string }))).toBeInstanceOf(Error); // a wrong type: rolled back too
      expect(await lastOutboxId(h.db)).toBe(from);
      expect(await h.db('hazard_order')).toHaveLength(0);
      // Two inspectors press at once: one order, one document.
      const [a, b] = await Promise.allSettled([perform(INSPECTOR, id, 'open', ORDER), perform(INSPECTOR2, id, 'open', ORDER)]);
      expect([a.status, b.status].sort()).toEqual(['fulfilled', 'rejected']);
      const orders = await h.db('hazard_order');
      expect(orders).toHaveLength(1);
      expect((await documentsAfter(from)).map((m) => (m.notice as DocumentNotice).recordId)).toEqual([Number(orders[0].id)]);
    });

    it('each re-inspection, passed or not, queues its opinion; reporting rectified queues nothing', async () => {
      const id = (await h.sut.hazards.register(INSPECTOR, makeHazard(unitId))).hazard.id;
      await perform(INSPECTOR, id, 'open', ORDER);
      let from = await lastOutboxId(h.db);
      await perform(CONTACT, id, 'rectifying', { action: 'report_rectified', evidence: '已接地', photos: [] });
      expect(await documentsAfter(from)).toEqual([]);
      await perform(INSPECTOR2, id, 'awaiting_verification', { action: 'reinspect', passed: false, note: '接地电阻不合格', newDeadline: '2026-12-15' });
      await perform(CONTACT, id, 'rectifying', { action: 'report_rectified', evidence: '重新接地', photos: [] });
      await perform(INSPECTOR, id, 'awaiting_verification', { action: 'reinspect', passed: true, note: '' });
      const reports = (await h.db('hazard_rectification').where({ hazard_id: id }).orderBy('id')).map((r) => Number(r.id));
      const docs = (await documentsAfter(from)).map((m) => m.notice as DocumentNotice);
      expect(docs.map((n) => [n.document, n.recordId])).toEqual([['reinspection', reports[0]], ['reinspection', reports[1]]]);

      const failed = await docxLines((await render(docs[0]!)).file!.bytes);
      expect(failed).toContain('复查结果：不合格');
      expect(failed).toContain('复查意见：接地电阻不合格');
      expect(failed.join('\n')).toContain('（  ）应急责改〔2026〕1号《责令限期整改指令书》');
      expect(failed[1]).toBe('（  ）应急复查〔2026〕1号'); // the opinions have a series of their own
      expect(failed).toContain('行政执法人员：UINSPECT02　　执法证号：ZF-4401-0002　　签名：');
      const passed = await render(docs[1]!);
      expect(await docxText(passed.file!.bytes)).toContain('复查结果：合格');
      expect(passed.file!.filename).toBe('YH-2026-0001 整改复查意见书 2026-11-30.docx');
    });

    it('closing a major hazard with the authority’s signature queues the closure form; the other signatures do not', async () => {
      const id = (await h.sut.hazards.register(INSPECTOR, makeHazard(unitId, { level: 'major', title: '储罐区阀门泄漏', funding: 480000 }))).hazard.id;
      await perform(LEADER, id, 'open', { action: 'list_for_supervision', leader: LEADER, level: 'county', documentNumber: '安委办〔2026〕12号', listedDate: '2026-11-30' });
      await perform(INSPECTOR, id, 'open', { action: 'assign_experts', experts: [EXPERT] });
      await perform(EXPERT, id, 'open', { action: 'record_opinion', opinion: '需更换阀门' });
      await perform(INSPECTOR, id, 'open', { action: 'record_plan', plan: PLAN });
      const apply = { action: 'apply_acceptance', evaluatorKind: 'agency', evaluatorName: '某安全评价公司', reportRef: 'PJ-2026-088', note: '', measuresDone: '已更换阀门并增设报警装置', fundsSpent: '480000' } as const;
      const from = await lastOutboxId(h.db);
      await perform(CONTACT, id, 'rectifying', apply);
      await perform(EXPERT, id, 'awaiting_acceptance', { action: 'expert_sign', passed: true, opinion: '整改到位' });
      await perform(LEADER, id, 'expert_accepted', { action: 'authority_sign', passed: false, opinion: '资料不全' });
      expect(await documentsAfter(from)).toEqual([]);
      h.clock.advance(24 * 3600_000);
      await perform(CONTACT, id, 'rectifying', apply);
      await perform(EXPERT, id, 'awaiting_acceptance', { action: 'expert_sign', passed: true, opinion: '整改到位' });
      h.clock.advance(24 * 3600_000);
      await perform(LEADER, id, 'expert_accepted', { action: 'authority_sign', passed: true, opinion: '同意销号' });
      const acceptances = (await h.db('hazard_acceptance').where({ hazard_id: id }).orderBy('id')).map((r) => Number(r.id));
      const docs = (await documentsAfter(from)).map((m) => m.notice as DocumentNotice);
      expect(docs.map((n) => [n.document, n.recordId])).toEqual([['closure', acceptances[1]]]);

      const lines = await docxLines((await render(docs[0]!)).file!.bytes);
      const after = (label: string) => lines[lines.indexOf(label) + 1];
      expect(after('隐患编号')).toBe('YH-2026-0001');
      expect(after('单位名称')).toBe(unitName);
      expect(after('隐患等级')).toBe('重大隐患');
      expect(after('挂牌督办文号')).toBe('安委办〔2026〕12号');
      expect(after('整改措施落实情况')).toBe('已更换阀门并增设报警装置'); // as the unit reported it in its application, not the plan
      expect(after('资金实际投入')).toBe('480000.00 元');
      expect(after('单位申请')).toBe(`申请人：${CONTACT}　　申请日期：2026年12月1日`);
      expect(lines).toContain(`验收专家：${EXPERT}　　验收意见：整改到位　　签字日期：2026年12月1日`);
      expect(after('行业主管部门审查')).toBe(`审查人：${LEADER}　　审查结论：合格（同意销号）　　签字日期：2026年12月2日`);
      expect(after('销号日期')).toBe('2026年12月2日');
    });
  });

  describe('rendered from the database when delivered', () => {
    it('the order names its two officers, the issuer and the second officer, with their card numbers', async () => {
      const [inspection] = await h.sut.inspections.assign(LEADER, { unitIds: [unitId], plannedDate: '2026-11-30', inspectors: [INSPECTOR2, INSPECTOR], visitType: 'patrol', acknowledgeCap: false });
      await h.sut.inspections.setCard(INSPECTOR, INSPECTOR, 'ZF-4401-0001');
      const id = (await h.sut.hazards.register(INSPECTOR, makeHazard(unitId, { inspectionId: inspection!.id, title: '灭火器过期', description: '仓库 4 具灭火器已过有效期。', location: '仓库' }))).hazard.id;
      const from = await lastOutboxId(h.db);
      await perform(INSPECTOR, id, 'open', { ...ORDER, measures: '更换灭火器' });
      const [doc] = await documentsAfter(from);
      const rendered = await render(doc!.notice);
      expect(rendered.file!.filename).toBe('ZG-2026-0001 责令限期整改指令书.docx');
      expect(rendered.text).toContain('YH-2026-0001');
      const lines = await docxLines(rendered.file!.bytes);
      expect(lines[1]).toBe('（  ）应急责改〔2026〕1号');
      expect(lines[2]).toBe(`${unitName}：`);
      expect(lines).toContain('1. 灭火器过期（仓库）：仓库 4 具灭火器已过有效期。');
      expect(lines).toContain('整改要求：更换灭火器');
      const text = lines.join('\n');
      expect(text).not.toContain('重大隐患');
      expect(text).toContain('于2026年12月10日前整改完毕');
      expect(text).toContain('60日内');
      expect(text).toContain('6个月内');
      const signers = lines.filter((l) => l.startsWith('行政执法人员：'));
      expect(signers).toEqual([
        '行政执法人员：UINSPECT01　　执法证号：ZF-4401-0001　　签名：',
        '行政执法人员：UOFFICER02　　执法证号：ZF-4401-0009　　签名：',
      ]);
      expect(lines).toContain('2026年11月30日');
      // The document is read when delivered: a card number changed later is in a retry's rendering.
      await h.sut.inspections.setCard(OFFICER2, OFFICER2, 'ZF-4401-0099');
      expect(await docxText((await render(doc!.notice)).file!.bytes)).toContain('UOFFICER02　　执法证号：ZF-4401-0099');
      expect(await docxText((await render(doc!.notice, 'en')).file!.bytes)).toContain('before 10 December 2026');
    });

    it('numbers each year’s orders in one series, and signs each with its own two officers', async () => {
      const id = (await h.sut.hazards.register(INSPECTOR, makeHazard(unitId))).hazard.id;
      const from = await lastOutboxId(h.db);
      await perform(INSPECTOR2, id, 'open', ORDER);
      const lines = await docxLines((await render((await documentsAfter(from))[0]!.notice)).file!.bytes);
      expect(lines.filter((l) => l.startsWith('行政执法人员：'))).toEqual(['行政执法人员：UINSPECT02　　执法证号：ZF-4401-0002　　签名：', '行政执法人员：UOFFICER02　　执法证号：ZF-4401-0009　　签名：']);
      const second = (await h.sut.hazards.register(INSPECTOR, makeHazard(unitId, { title: '消防通道堵塞' }))).hazard.id;
      const next = await lastOutboxId(h.db);
      await perform(INSPECTOR, second, 'open', ORDER);
      expect((await docxLines((await render((await documentsAfter(next))[0]!.notice)).file!.bytes))[1]).toBe('（  ）应急责改〔2026〕2号');
    });
  });

  describe('delivered as a file in the card’s thread (files.uploadV2 against the fake Web API)', () => {
    let fake: FakeSlack;
    let failing: Server | undefined;
    beforeEach(async () => void (fake = await new FakeSlack().start()));
    afterEach(async () => {
      await fake.stop();
      if (failing) await new Promise((r) => failing!.close(r));
      failing = undefined;
    });

    const dispatcher = () => new OutboxDispatcher({
      store: new DbOutboxStore(h.db), clock: h.clock, logger: createLogger({ level: 'error', write: () => {} }), channelLocale: 'zh-CN', timezone: TZ,
      localeOf: async () => 'zh-CN', render: (notice, locale) => renderNotice(createI18n(locale, TZ), notice, reader),
      client: new WebClient('xoxb-test', { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true, timeout: 5000 }),
    });
    const documentRow = async () => h.db('outbox').where('idempotency_key', 'like', '%:document').first();
    const cardTs = async (id: number) => (await h.db('slack_message').where({ ref: `hazard:${id}` }).first()).ts as string;
    async function orderIssued(): Promise<number> {
      const id = (await h.sut.hazards.register(INSPECTOR, makeHazard(unitId))).hazard.id;
      await perform(INSPECTOR, id, 'open', ORDER);
      return id;
    }

    it('shares the .docx in the thread: the three upload calls, the bytes, the row marked sent with its channel', async () => {
      const id = await orderIssued();
      await dispatcher().drain();
      expect(fake.callsTo('files.getUploadURLExternal').map((c) => c.args.filename)).toEqual(['ZG-2026-0001 责令限期整改指令书.docx']);
      expect(fake.callsTo('files.completeUploadExternal')).toHaveLength(1);
      const [file] = fake.completedFiles();
      expect(file).toMatchObject({ channel: CHANNEL, threadTs: await cardTs(id), title: 'ZG-2026-0001 责令限期整改指令书' });
      expect(file!.initialComment).toContain('ZG-2026-0001');
      expect(await docxText(file!.bytes)).toContain(`${unitName}：`);
      expect(await documentRow()).toMatchObject({ status: 'sent', result_channel: CHANNEL, result_ts: null, attempts: 1 });
      expect(fake.callsTo('chat.postMessage').filter((c) => String(c.args.text).includes('责令限期整改指令书'))).toEqual([]); // a file, not a message
    });

    it('waits out a 429 on files.getUploadURLExternal as Slack says, then shares it once', async () => {
      const id = await orderIssued();
      fake.script('files.getUploadURLExternal', { status: 429, retryAfter: 7 });
      const sut = dispatcher();
      await sut.drain();
      expect(await documentRow()).toMatchObject({ status: 'pending', last_error: 'ratelimited', next_attempt_at: new Date(h.clock.now().getTime() + 7000).toISOString() });
      expect(fake.completedFiles()).toEqual([]);
      h.clock.advance(6000);
      await sut.drain();
      expect(fake.callsTo('files.getUploadURLExternal')).toHaveLength(1); // still paused
      h.clock.advance(1000);
      await sut.drain();
      expect(fake.callsTo('files.getUploadURLExternal')).toHaveLength(2);
      expect(fake.callsTo('files.completeUploadExternal')).toHaveLength(1);
      expect(fake.completedFiles().map((f) => f.threadTs)).toEqual([await cardTs(id)]);
      expect(await documentRow()).toMatchObject({ status: 'sent', attempts: 1 }); // a 429 is not counted as a failed attempt
    });

    it('backs off after a 500 from the upload URL, then shares it once', async () => {
      await orderIssued();
      failing = createServer((_req, res) => res.writeHead(500).end('upstream down'));
      await new Promise<void>((r) => failing!.listen(0, '127.0.0.1', r));
      const url = `http://127.0.0.1:${(failing.address() as AddressInfo).port}/upload/broken`;
      fake.script('files.getUploadURLExternal', { body: { ok: true, upload_url: url, file_id: 'FBROKEN001' } });
      const sut = dispatcher();
      await sut.drain();
      expect(await documentRow()).toMatchObject({ status: 'pending', last_error: 'http_500', next_attempt_at: new Date(h.clock.now().getTime() + 1000).toISOString() });
      expect(fake.callsTo('files.completeUploadExternal')).toHaveLength(0);
      h.clock.advance(1000);
      await sut.drain();
      expect(fake.callsTo('files.getUploadURLExternal')).toHaveLength(2);
      expect(fake.completedFiles()).toHaveLength(1);
      expect(await documentRow()).toMatchObject({ status: 'sent', attempts: 2 });
    });

    it('refuses for good to "update" a file in place', async () => {
      const id = await orderIssued();
      await dispatcher().drain();
      const notice = (await documentsAfter(0))[0]!.notice;
      const upsert: OutboxMessage = { key: 'bad-upsert', delivery: { op: 'upsert', channel: CHANNEL, ref: `hazard:${id}` }, notice };
      await enqueueOutbox(h.db, upsert, h.clock.now());
      expect(await dispatcher().drain()).toEqual({ sent: 0, retrying: 0, failed: 1 });
      expect(await h.db('outbox').where({ idempotency_key: 'bad-upsert' }).first()).toMatchObject({ status: 'failed', last_error: 'file_cannot_be_updated' });
    });
  });
});
