import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/knex.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { startApp, type AppProcess } from '../support/app-process.js';
import { FakeSlack, waitFor } from '../support/fake-slack.js';
import { SIGNING_SECRET, slashCommand, SlackSender } from '../support/slack-requests.js';
import { readSheet } from '../support/xlsx.js';

const ADMIN = 'UADMIN0001';
const INSPECTOR = 'UINSPECT01';
const ENGLISH = 'ULEADER0EN';
const NOBODY = 'UNOBODY001';
const NEVER = '0 3 1 1 *'; // 03:00 on 1 January: no job fires during the test
const HAZARDS = 10_000;
const UNITS = 40;
const YEAR = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));
const dm = (user: string) => `D${user.slice(1)}`;
/** A description as long as a real one (about 150 characters): the ledger's size is mostly its text. */
const DESCRIPTION = '二号车间配电箱外壳未可靠接地，箱门锁损坏无法关闭，箱内线路敷设凌乱、部分导线绝缘层老化破损，漏电保护器按试验按钮不动作；配电箱前堆放纸箱等可燃物，未保持一米以上操作通道，未张贴警示标志，日常巡检记录缺失，存在触电和火灾风险，需立即断电整改并落实专人管理。';
const CATEGORIES = ['equipment', 'operation', 'fire', 'electrical'] as const;
const CATEGORY_ZH = { equipment: '设备设施', operation: '作业行为', fire: '消防', electrical: '电气' } as const;

/** The seeded hazard n (1-based): every field computed from n, so the test can say what its ledger row must hold. */
function hazard(n: number) {
  const month = (n % 9) + 1; // January to September of this year: all before today, all in the year
  const found = `${YEAR}-${String(month).padStart(2, '0')}-${String((n % 27) + 1).padStart(2, '0')}`;
  const closed = n % 3 === 0;
  return {
    number: `YH-${YEAR}-${String(n).padStart(5, '0')}`, unitId: (n % UNITS) + 1, title: `隐患${n}`, description: `第${n}号隐患：${DESCRIPTION}`, location: `${n % 7}号车间`,
    category: CATEGORIES[n % 4]!, level: n % 10 === 0 ? 'major' : 'general', found, funding: n % 5 === 0 ? null : n * 1.5, closed,
    deadline: `${YEAR}-12-31`, responsible: `负责人${n % 13}`,
  };
}

/** The 40 units and 10,000 hazards, inserted straight into the app's SQLite file before it starts (multi-row inserts in chunks). */
async function seed(file: string): Promise<void> {
  const db = openDatabase({ client: 'sqlite', filename: file });
  await migrateToLatest(db);
  const now = new Date().toISOString();
  await db('user_role').insert([INSPECTOR, ENGLISH].map((user_id) => ({ user_id, role: user_id === ENGLISH ? 'leader' : 'inspector', granted_by: ADMIN, granted_at: now })));
  await db('user_setting').insert({ user_id: ENGLISH, locale: 'en', updated_at: now });
  await db('unit').insert(Array.from({ length: UNITS }, (_, i) => ({
    id: i + 1, name: `测试单位${i + 1}`, credit_code: null, industry: 'community', town: i % 2 ? '城关镇' : '河西镇', address: `解放路${i + 1}号`, contact_name: '张三',
    contact_phone: '13812345678', tier: 'blue', created_at: now, created_by: ADMIN, updated_at: now, updated_by: ADMIN,
  })));
  await db.transaction(async (trx) => {
    for (let start = 1; start <= HAZARDS; start += 500) {
      await trx('hazard').insert(Array.from({ length: Math.min(500, HAZARDS - start + 1) }, (_, i) => {
        const h = hazard(start + i);
        return {
          id: start + i, number: h.number, unit_id: h.unitId, title: h.title, description: h.description, location: h.location, category: h.category, level: h.level,
          source: 'routine_inspection', found_date: h.found, found_by: INSPECTOR, responsible_person: h.responsible, assignee: INSPECTOR, deadline: h.deadline, funding: h.funding,
          status: h.closed ? 'closed' : 'rectifying', status_since: now, closure_kind: h.closed ? 'on_spot' : null, closed_at: h.closed ? `${h.found}T02:00:00.000Z` : null,
          closed_by: h.closed ? INSPECTOR : null, created_at: now, created_by: INSPECTOR, updated_at: now, updated_by: INSPECTOR,
        };
      }));
    }
  });
  await db.destroy();
}

/**
 * `/anjian export` against the real app process: the ledger of 10,000 hazards built in pages with progress in the
 * person's DM while other commands are answered, uploaded with files.uploadV2 to the DM (read back here with exceljs),
 * the statistics table in English, refusals and usage, and a failure after the acknowledgement.
 */
describe('exports in Slack, end to end', () => {
  let fake: FakeSlack;
  let app: AppProcess;
  let slack: SlackSender;
  let seq = 0;

  const type = async (user: string, text: string) => {
    const id = `cmd${++seq}`;
    const res = await slack.command(slashCommand({ command: '/anjian', text, user, responseUrl: fake.responseUrl(id) }));
    expect(res.status).toBe(200);
    return id;
  };
  const answers = (id: string) => fake.responses.filter((r) => r.id === id).map((r) => String(r.body.text));
  const answer = (id: string) => waitFor(() => answers(id)[0], 5000, `the answer on ${id}`);
  /** The DM progress message's text, first as posted then every update, in order. */
  const progressTexts = (user: string) => {
    const post = fake.callsTo('chat.postMessage').find((c) => c.args.channel === dm(user) && /%$/.test(String(c.args.text)));
    if (!post) return [];
    return [String(post.args.text), ...fake.callsTo('chat.update').filter((c) => c.args.channel === dm(user) && c.args.ts === post.result?.ts).map((c) => String(c.args.text))];
  };

  /** When each chat.update reached the fake (progress updates, then "done"). */
  const updateTimes: number[] = [];

  beforeAll(async () => {
    fake = await new FakeSlack().start();
    fake.handle('chat.update', (args) => {
      updateTimes.push(Date.now());
      return { ok: true, channel: String(args.channel), ts: String(args.ts) };
    });
    const file = join(mkdtempSync(join(tmpdir(), 'anjian-export-')), 'a.sqlite');
    await seed(file);
    app = await startApp({
      SLACK_BOT_TOKEN: 'xoxb-export', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, DATABASE_URL: `sqlite:${file}`, ADMIN_USER_IDS: ADMIN,
      DIGEST_CRON: NEVER, ESCALATION_CRON: NEVER, TIER_CRON: NEVER, WEEKLY_REPORT_CRON: NEVER, STATS_REMINDER_CRON: NEVER,
    });
    slack = new SlackSender(app.url);
  });
  afterAll(async () => {
    expect(await app?.stop()).toBe(0);
    await fake?.stop();
  });

  it('builds the 10,000-hazard ledger with progress in the DM, answers another command meanwhile, and uploads it to the DM', async () => {
    const started = Date.now();
    const exportId = await type(INSPECTOR, 'export hazards');
    expect(await answer(exportId)).toBe(`好的，正在生成${YEAR}年度隐患台账（全部），完成后私信发给你。`);
    expect(Date.now() - started).toBeLessThan(3000); // acknowledged and answered at once

    // While it is being built, someone else asks for help: answered before the export is done.
    await waitFor(() => progressTexts(INSPECTOR).length > 0, 5000, 'the progress message');
    const helpAsked = Date.now();
    const helpId = await type(NOBODY, 'help');
    const helpHttp = Date.now() - helpAsked;
    const helpText = await answer(helpId);
    const completedWhenHelpAnswered = fake.callsTo('files.completeUploadExternal').length;
    expect(helpText).toContain('/anjian 使用说明');
    expect(completedWhenHelpAnswered).toBe(0);
    expect(helpHttp).toBeLessThan(1000);

    const done = await waitFor(() => progressTexts(INSPECTOR).find((t) => t.startsWith('✅')), 15_000, 'the export to finish');
    expect(done).toBe(`✅ ${YEAR}年度隐患台账（全部）已生成：10000 行。文件见下方。`);
    const texts = progressTexts(INSPECTOR);
    const percents = texts.filter((t) => t.startsWith('⏳')).map((t) => Number(/(\d+)%$/.exec(t)![1]));
    expect(texts[0]).toBe(`⏳ 正在生成${YEAR}年度隐患台账（全部）… 0%`);
    // Strictly increasing in steps of at least 10%, never 100% (replaced by "done"), and at most one update a second
    // (chat.update is rate-limited): a 10,000-row ledger takes a second or two here, so there is room for one or two.
    // test/services/export-runner.test.ts shows three and more with a shorter interval.
    percents.slice(1).forEach((p, i) => expect(p).toBeGreaterThanOrEqual(percents[i]! + 10));
    expect(percents.at(-1)).toBeLessThan(100);
    expect(texts.at(-1)).toBe(done);
    const progressUpdates = updateTimes.slice(0, texts.length - 2); // after the post; the last update is "done"
    expect(progressUpdates.slice(1).every((t, i) => t - progressUpdates[i]! >= 900)).toBe(true);

    // files.uploadV2: the URL, the upload POST with the bot token, then completeUploadExternal to the DM.
    const [getUrl] = fake.callsTo('files.getUploadURLExternal');
    expect(getUrl!.args).toMatchObject({ filename: `隐患台账 ${YEAR} 全部.xlsx` });
    const [complete] = fake.callsTo('files.completeUploadExternal');
    expect(complete!.args.channel_id).toBe(dm(INSPECTOR));
    expect(complete!.args.initial_comment).toMatch(new RegExp(`^${YEAR}年度隐患台账（全部）（10000 行，生成于 `));
    expect(fake.callsTo('conversations.open').map((c) => c.args.users)).toEqual([INSPECTOR]);
    const [file] = fake.completedFiles();
    expect(file).toMatchObject({ channel: dm(INSPECTOR), title: `${YEAR}年度隐患台账（全部）`, uploadAuth: 'Bearer xoxb-export' });
    expect(Number(getUrl!.args.length)).toBe(file!.bytes.length);

    const { sheet, rows } = await readSheet(file!.bytes);
    expect(rows).toHaveLength(HAZARDS + 1);
    expect(rows[0]!.slice(0, 4)).toEqual(['隐患编号', '隐患来源', '关联检查编号', '单位名称']);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:AD1');
    for (const n of [1, 30, 4321, HAZARDS]) {
      const h = hazard(n);
      const row = Object.fromEntries(rows[0]!.map((k, i) => [String(k), rows[n]![i] ?? null]));
      expect(row).toMatchObject({
        隐患编号: h.number, 单位名称: `测试单位${h.unitId}`, 发现日期: new Date(`${h.found}T00:00:00.000Z`), 隐患名称: h.title, 隐患描述: h.description, 隐患部位: h.location,
        隐患类别: CATEGORY_ZH[h.category], 隐患等级: h.level === 'major' ? '重大隐患' : '一般隐患', 整改责任人: h.responsible, '整改资金（元）': h.funding,
        整改状态: h.closed ? '已销号' : '整改中', 是否逾期: '否', 整改期限: new Date(`${h.deadline}T00:00:00.000Z`), 销号日期: h.closed ? new Date(`${h.found}T00:00:00.000Z`) : null,
      });
    }
  }, 25_000);

  it('sends the quarterly statistics table in English to an English-speaking leader, totals counted independently', async () => {
    const quarter = `${YEAR}-Q2`;
    const id = await type(ENGLISH, `export stats ${quarter}`);
    expect(await answer(id)).toBe(`OK, building the hazard statistics table of Q2 ${YEAR}; I will send it to you as a direct message.`);
    await waitFor(() => progressTexts(ENGLISH).find((t) => t.startsWith('✅')), 10_000, 'the statistics');
    const file = fake.completedFiles().find((f) => f.channel === dm(ENGLISH))!;
    expect(file.filename).toBe(`hazard statistics ${quarter}.xlsx`);
    const { rows } = await readSheet(file.bytes);
    expect(rows[1]).toEqual(['Unit', 'Credit code', 'Town', 'Hazards found', 'of which major', 'Rectified', 'of which major', 'Rectification rate', 'Funding (yuan)']);
    const inQ2 = Array.from({ length: HAZARDS }, (_, i) => hazard(i + 1)).filter((h) => h.found >= `${YEAR}-04-01` && h.found <= `${YEAR}-06-30`);
    const found = inQ2.length;
    const rectified = inQ2.filter((h) => h.closed).length;
    const funding = Math.round(inQ2.reduce((s, h) => s + (h.funding ?? 0) * 100, 0)) / 100;
    expect(rows[2 + UNITS]).toEqual([`Total (${UNITS} units)`, null, null, found, inQ2.filter((h) => h.level === 'major').length, rectified, inQ2.filter((h) => h.closed && h.level === 'major').length, Math.round((rectified / found) * 1000) / 1000, funding]);
    const unit7 = inQ2.filter((h) => h.unitId === 7);
    expect(rows[2 + 6]!.slice(0, 4)).toEqual(['测试单位7', null, '河西镇', unit7.length]); // unit 7 was seeded as i = 6: even, 河西镇
  });

  it('refuses a person without the role, and answers bad periods and unknown exports with the usage', async () => {
    const refused = await type(NOBODY, 'export units');
    expect(await answer(refused)).toBe('你没有权限做这件事，需要以下角色之一：管理员、检查员、领导。请联系管理员。');
    // What comes first says what is wrong: the period itself, a month for the statistics, or the form of the words.
    const leads: [string, string][] = [
      ['export hazards 2026-13', '「2026-13」不是有效的期间。'],
      ['export inventory', '命令格式不对。'],
      ['导出 统计 2026-11', '统计表按季度或年度生成，「2026-11」不是季度或年份：请写成 `2026-Q4` 或 `2026`。'],
      ['export units 2026', '命令格式不对。'],
      ['export', '用法：'],
    ];
    for (const [words, lead] of leads) {
      const text = await answer(await type(INSPECTOR, words));
      expect(text).toContain('`/anjian export stats 2026-Q4`');
      expect(text.split('\n')[0]).toBe(lead);
    }
    await new Promise((r) => setTimeout(r, 200));
    expect(fake.callsTo('conversations.open').map((c) => c.args.users)).not.toContain(NOBODY);
  });

  it('tells the person in the progress message when the upload fails after the acknowledgement, and logs it', async () => {
    fake.script('files.getUploadURLExternal', { body: { ok: false, error: 'internal_error' } });
    const before = fake.callsTo('chat.update').length;
    const id = await type(INSPECTOR, '导出 单位');
    expect(await answer(id)).toBe('好的，正在生成单位名录，完成后私信发给你。');
    const failed = await waitFor(() => fake.callsTo('chat.update').slice(before).map((c) => String(c.args.text)).find((t) => t.startsWith('⚠️')), 10_000, 'the failure');
    const errorId = /E-[0-9A-F]{8}/.exec(failed)?.[0];
    expect(errorId).toBeDefined();
    expect(failed).toBe(`⚠️ 单位名录生成失败：出了点问题，操作没有完成。错误编号 ${errorId}，请稍后再试；如果仍然不行，请把编号告诉管理员。`);
    await waitFor(() => app.output().includes(`[${errorId}] export units for ${INSPECTOR} failed`), 5000, 'the log line');
    expect(answers(id)).toHaveLength(1); // told once, in the DM
  });
});
