// npm run bench:export — times the hazard-ledger export (/anjian export hazards) on a throw-away SQLite database with
// N hazards (default 10,000; or the sizes given as arguments): reading the rows in pages, writing the .xlsx, its size,
// the longest the event loop was held (what another request would wait at worst) and the peak memory. Each size runs
// in a child process of its own, so its peak memory is its own. Prints numbers; asserts nothing. Uses the built app
// (dist/), built first if needed.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url).pathname;

if (process.argv[2] !== '--child') {
  execFileSync(process.execPath, [join(root, 'scripts/build-if-needed.mjs')], { stdio: 'inherit' });
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  const rows = [];
  for (const n of sizes.length ? sizes : [10_000]) {
    const child = spawnSync(process.execPath, [new URL(import.meta.url).pathname, '--child', String(n)], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (child.status !== 0) {
      process.stderr.write(`${(child.stdout + child.stderr).slice(-3000)}\n`);
      process.exit(child.status ?? 1);
    }
    rows.push(JSON.parse(child.stdout.trim().split('\n').at(-1)));
  }
  const pad = (v, w) => String(v).padStart(w);
  process.stdout.write(`\n${'hazards'.padStart(9)} │ ${'seed s'.padStart(7)} │ ${'export ms'.padStart(9)} ${'rows'.padStart(8)} ${'xlsx KB'.padStart(8)} │ ${'max loop block ms'.padStart(17)} │ ${'peak RSS MB'.padStart(11)}\n`);
  for (const r of rows) {
    process.stdout.write(`${pad(r.hazards, 9)} │ ${pad(r.seedSeconds, 7)} │ ${pad(r.exportMs, 9)} ${pad(r.rows, 8)} ${pad(r.kilobytes, 8)} │ ${pad(r.maxLoopBlockMs, 17)} │ ${pad(r.peakRssMb, 11)}\n`);
  }
  process.stdout.write('\nmax loop block = the longest stretch the event loop could not answer anything else (a 5 ms timer measures it).\n');
  process.exit(0);
}

// ---- child: one size ----
const n = Number(process.argv[3]);
const dist = (p) => import(pathToFileURL(join(root, 'dist', p)).href);
const [{ openDatabase }, { migrateToLatest }, { ExportService }, { buildExportFile }, { createI18n }] = await Promise.all([
  dist('src/db/knex.js'), dist('src/db/migrate.js'), dist('src/services/export/export.service.js'), dist('src/documents/xlsx/export-workbook.js'), dist('src/i18n/index.js'),
]);

const dir = mkdtempSync(join(tmpdir(), 'anjian-bench-export-'));
const db = openDatabase({ client: 'sqlite', filename: join(dir, 'bench.sqlite') });
await migrateToLatest(db);
const now = '2026-11-28T02:00:00.000Z';
const UNITS = Math.max(1, Math.ceil(n / 10));
const STATES = ['open', 'rectifying', 'awaiting_verification', 'closed', 'closed'];

const seedStarted = performance.now();
await db.transaction(async (trx) => {
  const units = Array.from({ length: UNITS }, (_, i) => ({
    id: i + 1, name: `单位${i + 1}`, credit_code: null, industry: 'community', town: `片区${i % 20}`, address: `地址${i + 1}`, contact_name: '联系人', contact_phone: '13800000000',
    tier: 'blue', created_at: now, created_by: 'UBENCH', updated_at: now, updated_by: 'UBENCH',
  }));
  for (let i = 0; i < units.length; i += 400) await trx('unit').insert(units.slice(i, i + 400));
  for (let start = 1; start <= n; start += 500) {
    const hazards = [];
    const orders = [];
    for (let id = start; id < Math.min(n + 1, start + 500); id++) {
      const status = STATES[id % STATES.length];
      const found = `2026-${String((id % 11) + 1).padStart(2, '0')}-${String((id % 28) + 1).padStart(2, '0')}`;
      hazards.push({
        id, number: `YH-2026-${String(id).padStart(6, '0')}`, unit_id: (id % UNITS) + 1, title: `隐患${id}`, description: '二号车间配电箱外壳未可靠接地，箱门锁损坏，箱内线路敷设凌乱、部分导线绝缘层老化破损，漏电保护器不动作，存在触电和火灾风险。',
        location: `${id % 9}号车间`, category: 'electrical', level: id % 20 === 0 ? 'major' : 'general', source: 'routine_inspection', found_date: found, found_by: 'UINSPECT01',
        responsible_person: '王经理', assignee: 'UINSPECT01', deadline: '2026-12-31', funding: id % 3 ? id * 10.5 : null, status, status_since: now,
        closure_kind: status === 'closed' ? 'reinspection' : null, closed_at: status === 'closed' ? now : null, closed_by: status === 'closed' ? 'UINSPECT01' : null,
        created_at: now, created_by: 'UINSPECT01', updated_at: now, updated_by: 'UINSPECT01',
      });
      if (status !== 'open') orders.push({ hazard_id: id, number: `ZG-2026-${String(id).padStart(6, '0')}`, measures: '立即断电，更换漏电保护器，重新敷设线路并可靠接地。', deadline: '2026-12-31', issued_by: 'UINSPECT01', issued_at: now });
    }
    await trx('hazard').insert(hazards);
    await trx('hazard_order').insert(orders);
  }
});
const seedSeconds = Math.round((performance.now() - seedStarted) / 100) / 10;

const service = new ExportService({ db, clock: { now: () => new Date(now) }, adminUserIds: ['UADMIN'], timezone: 'Asia/Shanghai' });
let maxLoopBlockMs = 0;
let last = performance.now();
const timer = setInterval(() => {
  const t = performance.now();
  maxLoopBlockMs = Math.max(maxLoopBlockMs, t - last - 5);
  last = t;
}, 5);
const started = performance.now();
const prepared = await service.prepare('UADMIN', { kind: 'hazards', period: null, status: 'all' });
const file = await buildExportFile(prepared, createI18n('zh-CN', 'Asia/Shanghai'));
const exportMs = Math.round(performance.now() - started);
clearInterval(timer);
await db.destroy();
rmSync(dir, { recursive: true, force: true });
const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
process.stdout.write(`${JSON.stringify({ hazards: n, seedSeconds, exportMs, rows: file.rows, kilobytes: Math.round(file.bytes.length / 1024), maxLoopBlockMs: Math.round(maxLoopBlockMs), peakRssMb })}\n`);
