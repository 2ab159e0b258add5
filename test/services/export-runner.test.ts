import { PeopleNames } from '../../src/slack/people-names.js';
import { WebClient } from '@slack/web-api';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlackApi, waitFor } from '../../src/demo/fake-slack-api.js';
import { createI18n } from '../../src/i18n/index.js';
import { createLogger } from '../../src/logger.js';
import { buildServices, type Services } from '../../src/services/index.js';
import { ProgressThrottle, runExport, type ExportSlack } from '../../src/slack/export-runner.js';
import { FixedClock } from '../support/fixed-clock.js';
import { ADMIN, INSPECTOR, TEST_CONFIG } from '../support/services.js';
import { migratedDb } from '../support/test-db.js';
import type { Db } from '../../src/db/knex.js';

const zh = createI18n('zh-CN', 'Asia/Shanghai');
const HAZARDS = 10_000;

describe('progress throttle', () => {
  it('lets an update through every 10% at most, and at most once a second', () => {
    let now = 0;
    const throttle = new ProgressThrottle(1000, { step: 10, minIntervalMs: 1000, now: () => now });
    const at = (ms: number, done: number) => ((now = ms), throttle.next(done));
    expect(at(500, 500)).toBeNull(); // 50% but only half a second in
    expect(at(1000, 520)).toBe(52);
    expect(at(1500, 700)).toBeNull(); // too soon
    expect(at(2100, 600)).toBeNull(); // less than 10 points more (a page may come back with fewer rows than counted)
    expect(at(2200, 640)).toBe(64);
    expect(at(9000, 1000)).toBe(99); // never 100: "done" replaces the message
    expect(at(20_000, 1200)).toBeNull();
    const empty = new ProgressThrottle(0, { step: 10, minIntervalMs: 0, now: () => 5 });
    expect(empty.next(0)).toBeNull();
  });
});

/**
 * The export runner in process against the fake Web API, on 10,000 seeded hazards, with progress updates allowed every
 * 100 ms (the app uses 1 s; the e2e test checks that): progress climbs, other work goes on meanwhile, and the file
 * reaches the person's DM.
 */
describe('export runner on 10,000 hazards', () => {
  let db: Db;
  let close: () => Promise<void>;
  let sut: Services;
  let fake: FakeSlackApi;
  let slack: ExportSlack;
  const log: string[] = [];
  const updates: { at: number; text: string }[] = [];

  beforeAll(async () => {
    ({ db, close } = await migratedDb('sqlite'));
    sut = buildServices(db, new FixedClock('2026-11-30T02:00:00.000Z'), TEST_CONFIG);
    await sut.roles.grant(ADMIN, INSPECTOR, 'inspector');
    const now = '2026-11-30T02:00:00.000Z';
    await db('unit').insert({ id: 1, name: '测试单位', industry: 'community', town: '城关镇', address: '一号路', contact_name: '张三', contact_phone: '13812345678', tier: 'blue', created_at: now, created_by: ADMIN, updated_at: now, updated_by: ADMIN });
    await db.transaction(async (trx) => {
      for (let start = 1; start <= HAZARDS; start += 500) {
        await trx('hazard').insert(Array.from({ length: 500 }, (_, i) => ({
          number: `YH-2026-${String(start + i).padStart(5, '0')}`, unit_id: 1, title: `隐患${start + i}`, description: '配电箱外壳未接地，存在触电风险。', location: '车间', category: 'electrical',
          level: 'general', source: 'routine_inspection', found_date: '2026-06-01', found_by: INSPECTOR, status: 'open', status_since: now, created_at: now, created_by: INSPECTOR, updated_at: now, updated_by: INSPECTOR,
        })));
      }
    });
    fake = await new FakeSlackApi().start();
    fake.handle('chat.update', (args) => {
      updates.push({ at: performance.now(), text: String(args.text) });
      return { ok: true, channel: String(args.channel), ts: String(args.ts) };
    });
    fake.people.set(INSPECTOR, { realName: '王检查员' });
    const client = new WebClient('xoxb-runner', { slackApiUrl: fake.apiUrl });
    slack = { client, logger: createLogger({ write: (line) => void log.push(line) }), names: new PeopleNames(client) };
  });
  afterAll(async () => {
    await fake?.stop();
    await close?.();
  });

  it('updates its DM message as it goes, answers other work meanwhile, and shares the file in the DM', async () => {
    const prepared = await sut.exports.prepare(INSPECTOR, { kind: 'hazards', period: null, status: 'all' });
    expect(prepared.total).toBe(HAZARDS);
    const replies: string[] = [];
    let finished = false;
    const run = runExport({ slack, userId: INSPECTOR, i18n: zh, prepared, reply: async (m) => void replies.push(m.text), progress: { minIntervalMs: 100 } }).finally(() => (finished = true));

    // Once it has started, another request's work (reading the person's roles from the same SQLite connection) is done
    // before the export is.
    await waitFor(() => fake.callsTo('chat.postMessage').length === 1, 5000, 'the progress message');
    const asked = performance.now();
    const actor = await sut.access.actor(ADMIN);
    const answeredIn = performance.now() - asked;
    expect(actor.roles.has('admin')).toBe(true);
    expect(finished).toBe(false);
    expect(answeredIn).toBeLessThan(500);

    expect(await run).toEqual({ ok: true, rows: HAZARDS });
    expect(replies).toEqual([]);
    const post = fake.callsTo('chat.postMessage')[0]!;
    expect(post.args).toMatchObject({ channel: 'DINSPECT01', text: '⏳ 正在生成2026年度隐患台账（全部）… 0%' });
    const progress = updates.filter((u) => u.text.startsWith('⏳'));
    const percents = [0, ...progress.map((u) => Number(/(\d+)%$/.exec(u.text)![1]))];
    expect(new Set(percents).size).toBeGreaterThanOrEqual(3);
    percents.slice(1).forEach((p, i) => expect(p).toBeGreaterThanOrEqual(percents[i]! + 10));
    expect(percents.at(-1)).toBeLessThan(100);
    progress.slice(1).forEach((u, i) => expect(u.at - progress[i]!.at).toBeGreaterThanOrEqual(90));
    expect(updates.at(-1)!.text).toBe('✅ 2026年度隐患台账（全部）已生成：10000 行。文件见下方。');

    const [file] = fake.completedFiles();
    expect(file).toMatchObject({ channel: 'DINSPECT01', filename: '隐患台账 2026 全部.xlsx', title: '2026年度隐患台账（全部）' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file!.bytes as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.rowCount).toBe(HAZARDS + 1);
    expect(wb.worksheets[0]!.getRow(HAZARDS + 1).getCell(1).value).toBe('YH-2026-10000');
    // The person who found them is named as Slack's directory names them (users.info, asked once), not by id.
    const foundBy = (wb.worksheets[0]!.getRow(1).values as unknown[]).indexOf('发现人');
    expect(foundBy).toBeGreaterThan(0);
    expect(wb.worksheets[0]!.getRow(2).getCell(foundBy).value).toBe('王检查员');
    expect(wb.worksheets[0]!.getRow(HAZARDS + 1).getCell(foundBy).value).toBe('王检查员');
    expect(fake.callsTo('users.info').map((c) => c.args.user)).toEqual([INSPECTOR]);
    expect(log.join('\n')).toMatch(/export hazards for UINSPECT01: 10000 rows/);
  }, 20_000);

  it('answers the command when Slack fails before the DM message exists, and logs the error with its id', async () => {
    fake.script('conversations.open', { body: { ok: false, error: 'user_not_found' } });
    const replies: string[] = [];
    const prepared = await sut.exports.prepare(INSPECTOR, { kind: 'units' });
    expect(await runExport({ slack, userId: INSPECTOR, i18n: zh, prepared, reply: async (m) => void replies.push(m.text) })).toEqual({ ok: false, rows: 0 });
    expect(replies).toHaveLength(1);
    const id = /E-[0-9A-F]{8}/.exec(replies[0]!)![0];
    expect(replies[0]).toBe(`⚠️ 单位名录生成失败：出了点问题，操作没有完成。错误编号 ${id}，请稍后再试；如果仍然不行，请把编号告诉管理员。`);
    expect(log.some((line) => line.includes(`[${id}] export units for ${INSPECTOR} failed`) && line.includes('user_not_found'))).toBe(true);
  });
});
