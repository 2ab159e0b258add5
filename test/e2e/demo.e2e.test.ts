import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const DEMO = resolve(ROOT, 'dist/src/demo/main.js');

const tmpDirs: string[] = [];
afterAll(() => {
  for (const dir of tmpDirs) rmSync(dir, { recursive: true, force: true });
});

/** Runs the built demo as `npm run demo` does (after its build step), with its own temporary directory. */
function runDemo(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; out: string; err: string; tmp: string }> {
  const tmp = mkdtempSync(join(tmpdir(), 'anjian-demo-test-'));
  tmpDirs.push(tmp);
  const proc = spawn(process.execPath, [DEMO, ...args], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', TMPDIR: tmp, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  proc.stdout.on('data', (d) => (out += String(d)));
  proc.stderr.on('data', (d) => (err += String(d)));
  return new Promise((ok) => proc.once('exit', (code) => ok({ code, out, err, tmp })));
}

/** Today in the office's time zone, and as each language writes it (computed here, not by the app's formatter). */
const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const YEAR = TODAY.slice(0, 4);
const d = new Date(`${TODAY}T00:00:00Z`);
const ZH_TODAY = `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 星期${'日一二三四五六'[d.getUTCDay()]}`;
const EN_TODAY = `${['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getUTCDay()]} ${d.getUTCDate()} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()]} ${YEAR}`;

describe('npm run demo', () => {
  it('plays the office week against the real app in Chinese (the default) and in English, exits 0 and leaves no files', { timeout: 60_000 }, async () => {
    const [zh, en] = await Promise.all([runDemo([]), runDemo(['--lang', 'en'])]);
    expect(zh.err).toBe('');
    expect(zh.code).toBe(0);
    const zhLines = zh.out.split('\n');
    // The hazard card posted in the hazards channel, with the person's name instead of a Slack id.
    expect(zhLines).toContain(`#隐患排查 (CHAZARDS01) · anjian: ▌⚠️ YH-${YEAR}-0001 配电箱未接地`);
    expect(zh.out).toContain('负责检查员：@王检查员');
    expect(zh.out).not.toMatch(/<@U[A-Z0-9]+>/);
    // Both paths to closure, the tier following the major hazard.
    expect(zh.out).toContain('✅ 复查：YH-');
    expect(zh.out).toContain('单位「红星矿业」监管等级调整：🔴 红色（每周一查） → 🟡 黄色（半月一查）');
    expect(zh.out).toContain('主管部门：@李局长');
    // The inline error shown on purpose, a modal, an ephemeral answer, a DM.
    expect(zhLines).toContain('⚠ 表单提示（未保存）：整改期限不能早于发现日期。');
    expect(zhLines).toContain('▸ 弹窗「登记隐患」· @王检查员');
    expect(zhLines).toContain(`（仅 @王检查员 可见） ✅ 已登记隐患 YH-${YEAR}-0001。`);
    expect(zh.out).toContain('私信 @刘安全员 · anjian: 📋 整改完成后，请报告整改情况。');
    // The digest and the escalation.
    expect(zhLines).toContain(`#检查排期 (CSCHEDULE1) · anjian: ▌每日检查排期 · ${ZH_TODAY}`);
    expect(zh.out).toMatch(/#领导督办 \(CLEADERS01\) · anjian: .*\n.*消防通道堆放杂物/);
    // The documents in the hazard's thread, the publicity, the posted report and the two exports.
    expect(zh.out).toMatch(new RegExp(`#隐患排查 \\(CHAZARDS01\\) ↳ 讨论串「YH-${YEAR}-0001」 · anjian: 📄 ZG-${YEAR}-0001 责令限期整改指令书`));
    expect(zh.out).toMatch(/📎 ZG-\d{4}-0001 责令限期整改指令书\.docx（\d+ 字节）/);
    expect(zh.out).toMatch(/📎 YH-\d{4}-0002 重大事故隐患销号表\.docx/);
    expect(zh.out).toMatch(/#安全公示 \(CPUBLIC001\) · anjian: ▌安全生产隐患排查治理情况公示（\d{4}年第\d+周/);
    expect(zh.out).toContain('#安全公示 (CPUBLIC001) · anjian: ▌安全生产隐患排查治理情况公示（');
    expect(zh.out).toMatch(/📎 隐患台账 \d{4} 全部\.xlsx（\d+ 字节）/);
    expect(zh.out).toMatch(/📎 隐患排查治理统计表 \d{4}-Q[1-4]\.xlsx（\d+ 字节）/);
    // App Home of the leader, in full.
    const home = zhLines.indexOf('🏠 @李局长 的 App Home');
    expect(home).toBeGreaterThan(0);
    expect(zhLines.slice(home, home + 4).join('\n')).toContain('你好，@李局长！');
    expect(zhLines.at(-2)).toMatch(/^演示完成：\d+ 个步骤全部成功。$/);

    expect(en.err).toBe('');
    expect(en.code).toBe(0);
    expect(en.out.split('\n')).toContain(`#hazards (CHAZARDS01) · anjian: ▌⚠️ YH-${YEAR}-0001 Distribution box not earthed`);
    expect(en.out).toContain(`▌Daily inspection schedule · ${EN_TODAY}`);
    expect(en.out).toContain('🏠 App Home of @Director Li');
    expect(en.out).toMatch(/── Day 5 · Friday: the morning inspection digest ──/);
    expect(en.out).toMatch(/Demo finished: all \d+ steps succeeded\.\n$/);

    // The throw-away database went with the demo.
    expect(readdirSync(zh.tmp)).toEqual([]);
    expect(readdirSync(en.tmp)).toEqual([]);
  });

  it('takes DEMO_LANG, refuses an unknown language with exit code 2, and fails with the reason when the app cannot start', { timeout: 30_000 }, async () => {
    const unknown = await runDemo(['--lang', 'fr']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('unknown language “fr”');
    // APP_TIMEZONE is handed to the app: a bad one stops it at start, and the demo says so (in English, from DEMO_LANG).
    const broken = await runDemo([], { DEMO_LANG: 'en', APP_TIMEZONE: 'Mars/Olympus' });
    expect(broken.code).toBe(1);
    expect(broken.err).toContain('Demo failed: ');
    expect(broken.err).toContain('APP_TIMEZONE must be an IANA time zone');
    expect(readdirSync(broken.tmp)).toEqual([]);
  });
});
