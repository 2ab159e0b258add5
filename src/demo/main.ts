import { localDate } from '../domain/calendar.js';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createI18n, type I18n } from '../i18n/index.js';
import { parseLocaleWord, type Locale } from '../i18n/locale.js';
import { startDemoApp, type DemoApp } from './app-process.js';
import { errorTextMatcher } from './error-texts.js';
import { FakeSlackApi } from './fake-slack-api.js';
import { DemoFailure, OfficeDriver } from './office-driver.js';
import { playOfficeWeek } from './office-week.js';
import { CHANNELS, PEOPLE, SAMPLE_OFFICE, type ChannelName, type Person } from './sample-office.js';
import { SIGNING_SECRET, SlackSender } from './slack-requests.js';
import { Transcript } from './transcript.js';

/** No job fires by itself during the demo (nor catches up at start, unless started in the last minute of a year): the demo runs them by hand. */
const NEVER = '59 23 31 12 *';

/** `--lang en`, `--lang=en`, else DEMO_LANG, else APP_LOCALE, else zh-CN. */
export function demoLocale(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Locale {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const word = i < 0 ? env.DEMO_LANG || env.APP_LOCALE || 'zh-CN' : argv[i]!.includes('=') ? argv[i]!.split('=')[1]! : (argv[i + 1] ?? '');
  const locale = parseLocaleWord(word);
  if (!locale) throw new Error(`unknown language “${word}”: use zh or en`);
  return locale;
}

/** `--files <dir>`: where to save the files the app shared (the .docx documents, the .xlsx exports), to open them. */
export function demoFilesDir(argv: readonly string[]): string | undefined {
  const i = argv.findIndex((a) => a === '--files' || a.startsWith('--files='));
  if (i < 0) return undefined;
  const dir = argv[i]!.includes('=') ? argv[i]!.split('=')[1]! : argv[i + 1];
  if (!dir || dir.startsWith('--')) throw new Error('--files needs a directory');
  return resolve(dir);
}

const write = (line: string) => void process.stdout.write(`${line}\n`);
// `npm run demo | head` closes the pipe early: stop printing, but still finish and clean up.
process.stdout.on('error', () => undefined);

async function main(): Promise<number> {
  let locale: Locale;
  let filesDir: string | undefined;
  try {
    locale = demoLocale(process.argv.slice(2), process.env);
    filesDir = demoFilesDir(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  const timezone = process.env.APP_TIMEZONE || 'Asia/Shanghai';
  const i18n: I18n = createI18n(locale, timezone);
  const sample = SAMPLE_OFFICE[locale];
  const names = new Map<string, string>(Object.entries(PEOPLE).map(([person, id]) => [id, sample.names[person as Person]]));
  const channelNames = new Map<string, string>(Object.entries(CHANNELS).map(([name, id]) => [id as string, sample.channels[name as ChannelName]]));

  const fake = await new FakeSlackApi().start();
  for (const [id, name] of names) fake.people.set(id, { realName: name.replace(/^@/, '') });
  const dir = mkdtempSync(join(tmpdir(), 'anjian-demo-'));
  let app: DemoApp | undefined;
  let interrupted = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      interrupted = true;
      void (async () => {
        await app?.stop();
        rmSync(dir, { recursive: true, force: true });
        process.exit(130);
      })();
    });
  }
  try {
    app = await startDemoApp({
      SLACK_BOT_TOKEN: 'xoxb-demo-0000', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, DATABASE_URL: `sqlite:${join(dir, 'demo.sqlite')}`,
      APP_LOCALE: locale, APP_TIMEZONE: timezone, ADMIN_USER_IDS: PEOPLE.admin, LOG_LEVEL: 'warn',
      HAZARD_CHANNEL: CHANNELS.hazards, SCHEDULE_CHANNEL: CHANNELS.schedule, LEADER_CHANNEL: CHANNELS.leaders, PUBLIC_CHANNEL: CHANNELS.publicity,
      DIGEST_CRON: NEVER, ESCALATION_CRON: NEVER, TIER_CRON: NEVER, WEEKLY_REPORT_CRON: NEVER, STATS_REMINDER_CRON: NEVER,
    }, dir);
    const runningApp = app;
    const text = { userName: (id: string) => names.get(id), channelName: (id: string) => channelNames.get(id), optionalLabel: i18n.t('demo.optional'), labelSeparator: i18n.t('demo.label_separator') };
    const owners = new Map<string, string>();
    const transcript = new Transcript({
      fake, i18n, text, write,
      channelLabel: (id) => channelNames.get(id),
      responseOwner: (id) => id.split('-')[0] ?? id,
      triggerOwner: (id) => owners.get(id) ?? '?',
      isError: errorTextMatcher(),
    });
    transcript.skip(); // auth.test at start
    const note = (line: string) => write(line);
    const driver = new OfficeDriver({
      fake, slack: new SlackSender(app.url), appUrl: app.url, transcript, appExit: () => runningApp.exit(), note, triggerOwners: owners,
      formErrors: (errors) => i18n.t('demo.form_errors', { errors: Object.values(errors).join(' ') }),
    });

    const today = localDate(new Date(), timezone);
    write(i18n.t('demo.title'));
    write(i18n.t('demo.intro', { date: i18n.date(today) }));
    const steps = await playOfficeWeek({ driver, sample, i18n, today, heading: (line) => write(`\n${line}`), note });
    if (filesDir) {
      mkdirSync(filesDir, { recursive: true });
      const files = fake.completedFiles();
      for (const f of files) writeFileSync(join(filesDir, f.filename), f.bytes);
      write(`\n${i18n.t('demo.files_saved', { n: files.length, dir: filesDir })}`);
    }
    write(`\n${i18n.t('demo.finished', { steps })}`);
    const code = await app.stop();
    app = undefined;
    if (code !== 0) throw new DemoFailure(`the app did not stop cleanly (exit code ${code})`);
    return 0;
  } catch (error) {
    if (interrupted) return 130;
    const reason = error instanceof DemoFailure ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
    write('');
    process.stderr.write(`${i18n.t('demo.failed', { reason })}\n`);
    if (app?.output().trim()) process.stderr.write(`--- the app's output ---\n${app.output().trim().split('\n').slice(-40).join('\n')}\n`);
    return 1;
  } finally {
    await app?.stop();
    await fake.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
