// npm run bench:digest — times the daily digest and the escalation set on a throw-away SQLite database with N units
// (mixed tiers and industries) and 10 hazards per unit, for N = 1,000, 10,000 and 100,000 (or the sizes given as
// arguments). Each size runs in a child process of its own, so its peak memory is its own. Prints numbers; asserts
// nothing. Uses the built app (dist/), built first if needed.
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
  for (const n of sizes.length ? sizes : [1_000, 10_000, 100_000]) {
    const child = spawnSync(process.execPath, ['--max-old-space-size=8192', new URL(import.meta.url).pathname, '--child', String(n)], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (child.status !== 0) {
      process.stderr.write(`${(child.stdout + child.stderr).slice(-3000)}\n`);
      process.exit(child.status ?? 1);
    }
    rows.push(JSON.parse(child.stdout.trim().split('\n').at(-1)));
  }
  const pad = (v, w) => String(v).padStart(w);
  process.stdout.write(`\n${'units'.padStart(8)} ${'hazards'.padStart(9)} │ ${'seed s'.padStart(7)} │ ${'digest ms'.padStart(9)} ${'listed'.padStart(7)} ${'Slack calls'.padStart(11)} │ ${'escalation ms'.padStart(13)} ${'steps'.padStart(7)} ${'Slack calls'.padStart(11)} │ ${'peak RSS MB'.padStart(11)}\n`);
  for (const r of rows) {
    process.stdout.write(`${pad(r.units, 8)} ${pad(r.hazards, 9)} │ ${pad(r.seedSeconds, 7)} │ ${pad(r.digestMs, 9)} ${pad(r.digestListed, 7)} ${pad(r.digestCalls, 11)} │ ${pad(r.escalationMs, 13)} ${pad(r.escalationSteps, 7)} ${pad(r.escalationCalls, 11)} │ ${pad(r.peakRssMb, 11)}\n`);
  }
  process.stdout.write('\nSlack calls = messages queued (channel posts and replies + DMs); they depend on channels and people, not on units.\n');
  process.exit(0);
}

// ---- child: one size ----
const n = Number(process.argv[3]);
const dist = (p) => import(pathToFileURL(join(root, 'dist', p)).href);
const [{ openDatabase }, { migrateToLatest }, { parseConfig }, { queueDigest }, { queueEscalations }, { addDays }] = await Promise.all([
  dist('src/db/knex.js'), dist('src/db/migrate.js'), dist('src/config.js'), dist('src/jobs/digest.job.js'), dist('src/jobs/escalations.job.js'), dist('src/domain/calendar.js'),
]);

const dir = mkdtempSync(join(tmpdir(), 'anjian-bench-'));
const db = openDatabase({ client: 'sqlite', filename: join(dir, 'bench.sqlite') });
await migrateToLatest(db);
const config = parseConfig({ SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_SIGNING_SECRET: 'abcdef0123456789', SCHEDULE_CHANNEL: 'CSCHED0001', LEADER_CHANNEL: 'CLEADER001' });
const today = '2026-11-28';
const now = new Date('2026-11-28T02:00:00Z');
const INDUSTRIES = ['mining', 'hazardous_chemicals', 'construction', 'commerce', 'industry_trade', 'crowded_venue', 'community', 'rural'];
const INSPECTORS = Array.from({ length: 30 }, (_, i) => `UINSP${String(i).padStart(5, '0')}`);

const seedStarted = performance.now();
await db.transaction(async (trx) => {
  const at = '2026-01-01T00:00:00.000Z';
  const units = [];
  for (let i = 1; i <= n; i++) {
    const industry = INDUSTRIES[i % INDUSTRIES.length];
    const tier = i % 10 === 0 ? 'red' : ['mining', 'hazardous_chemicals', 'construction'].includes(industry) ? 'yellow' : 'blue';
    units.push({ id: i, name: `单位${i}`, credit_code: null, industry, town: `片区${i % 20}`, address: `地址${i}`, contact_name: '联系人', contact_phone: '13800000000', tier, created_at: at, created_by: 'UBENCH', updated_at: at, updated_by: 'UBENCH' });
  }
  for (let i = 0; i < units.length; i += 400) await trx('unit').insert(units.slice(i, i + 400));
  const changes = units.map((u) => ({ unit_id: u.id, from_tier: null, to_tier: u.tier, reasons: '[]', by_override: false, actor: 'UBENCH', at }));
  for (let i = 0; i < changes.length; i += 400) await trx('tier_change').insert(changes.slice(i, i + 400));
  const hazards = [];
  let id = 0;
  for (const u of units) {
    for (let k = 0; k < 10; k++) {
      id++;
      const status = ['open', 'rectifying', 'rectifying', 'awaiting_verification', 'closed', 'closed', 'closed', 'open', 'awaiting_acceptance', 'void'][k];
      hazards.push({
        id, number: `YH-2026-${String(id).padStart(7, '0')}`, unit_id: u.id, title: `隐患${id}`, description: '描述', location: '部位', category: 'equipment',
        level: k === 8 ? 'major' : 'general', source: 'routine_inspection', found_date: '2026-10-01', found_by: 'UBENCH', reported_publicly: false, assignee: INSPECTORS[id % INSPECTORS.length],
        deadline: addDays(today, (id % 40) - 20), status, status_since: at, version: 1, referred: false, created_at: at, created_by: 'UBENCH', updated_at: at, updated_by: 'UBENCH',
      });
      if (hazards.length >= 5000) {
        for (let i = 0; i < hazards.length; i += 200) await trx('hazard').insert(hazards.slice(i, i + 200));
        hazards.length = 0;
      }
    }
  }
  for (let i = 0; i < hazards.length; i += 200) await trx('hazard').insert(hazards.slice(i, i + 200));
  const inspections = [];
  for (const u of units) {
    if (u.id % 2 === 0) inspections.push({ id: inspections.length + 1, number: `JC-2026-${String(inspections.length + 1).padStart(7, '0')}`, unit_id: u.id, planned_date: '2026-11-20', visit_type: 'patrol', status: 'done', done_date: '2026-11-20', summary: 'ok', created_by: 'UBENCH', created_at: at, updated_by: 'UBENCH', updated_at: at });
    if (u.id % 7 === 0) inspections.push({ id: inspections.length + 1, number: `JC-2026-${String(inspections.length + 1).padStart(7, '0')}`, unit_id: u.id, planned_date: today, visit_type: 'patrol', status: 'planned', created_by: 'UBENCH', created_at: at, updated_by: 'UBENCH', updated_at: at });
  }
  for (let i = 0; i < inspections.length; i += 400) await trx('inspection').insert(inspections.slice(i, i + 400));
  const people = inspections.map((i) => ({ inspection_id: i.id, user_id: INSPECTORS[i.id % INSPECTORS.length] }));
  for (let i = 0; i < people.length; i += 400) await trx('inspection_inspector').insert(people.slice(i, i + 400));
});
const seedSeconds = ((performance.now() - seedStarted) / 1000).toFixed(1);

/** Runs a job's body in a transaction that is rolled back, so each measurement starts from the same state. */
async function measure(work) {
  let result;
  const started = performance.now();
  await db.transaction(async (trx) => {
    result = await work(trx);
    throw Object.assign(new Error('rollback'), { rollback: true });
  }).catch((e) => {
    if (!e.rollback) throw e;
  });
  return { ms: Math.round(performance.now() - started), result };
}

await measure((trx) => queueDigest(trx, 'warm-up', today, now, config)); // warm the page cache and the JIT
const digest = await measure((trx) => queueDigest(trx, 'bench', today, now, config));
const escalation = await measure((trx) => queueEscalations(trx, 'bench', today, now, config));
await db.destroy();
rmSync(dir, { recursive: true, force: true });
process.stdout.write(`${JSON.stringify({
  units: n, hazards: n * 10, seedSeconds,
  digestMs: digest.ms, digestListed: digest.result.listed, digestCalls: digest.result.channelMessages + digest.result.inspectorDms,
  escalationMs: escalation.ms, escalationSteps: escalation.result.steps, escalationCalls: escalation.result.peopleDms + escalation.result.leaderMessages,
  peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
})}\n`);
