import * as z from 'zod';
import { cronProblem } from './cron-expression.js';
import { INDUSTRIES, KEY_INDUSTRIES_DEFAULT, type Industry } from './domain/unit/industry.js';
import { isLocale, type Locale } from './i18n/locale.js';
import { DEFAULT_LADDER, type LadderRules } from './domain/escalation/ladder.js';
import { CADENCES, DEFAULT_CADENCES, type Cadence } from './domain/inspection/period.js';
import { TIERS, type Tier } from './domain/unit/tier.js';

/**
 * Runtime configuration (PRODUCT.md §1). Parsed once at start from the environment (plus an optional .env file,
 * see env-file.ts). A bad value stops the start with one message naming every bad variable and why — never its value.
 */
export interface Config {
  readonly slack: {
    readonly mode: 'http' | 'socket';
    readonly botToken: string;
    readonly signingSecret: string | undefined;
    readonly appToken: string | undefined;
    readonly apiUrl: string | undefined;
  };
  readonly port: number;
  readonly database: DatabaseConfig;
  readonly timezone: string;
  readonly locale: Locale;
  readonly adminUserIds: readonly string[];
  readonly channels: {
    readonly hazard: string | undefined;
    readonly schedule: string | undefined;
    readonly leader: string | undefined;
    readonly public: string | undefined;
  };
  readonly cron: { readonly digest: string; readonly escalation: string; readonly tier: string; readonly weeklyReport: string; readonly statsReminder: string };
  readonly rules: {
    readonly keyIndustries: readonly Industry[];
    readonly accidentLookbackDays: number;
    readonly cadences: Readonly<Record<Tier, Cadence>>;
    /** Administrative inspections per unit per year (国办发〔2024〕54号); null: no cap configured. */
    readonly adminInspectionCap: number | null;
    readonly ladder: LadderRules;
    /** The digest lists units whose period ends within this many days. */
    readonly digestSoonDays: number;
  };
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error';
}

export type DatabaseConfig =
  | { readonly client: 'sqlite'; readonly filename: string }
  | { readonly client: 'pg'; readonly connectionString: string };

/** Variables whose values must never appear in a log line or an error message. */
export const SECRET_VARIABLES = ['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN', 'DATABASE_URL'] as const;

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Configuration is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee .env.example for every variable.`);
    this.name = 'ConfigError';
  }
}

// Every message below is written by hand so that zod never echoes a received value into the error.
const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());
const withDefault = <T extends z.ZodType>(schema: T, fallback: string) =>
  z.preprocess((v) => blankToUndefined(v) ?? fallback, schema);

const channelId = optional(z.string().regex(/^[CG][A-Z0-9]{6,}$/, { error: 'must be a channel ID such as C0123456789 (channel details → About → Channel ID), not a #name' }));
const cronExpr = (fallback: string) =>
  withDefault(
    z.string()
      .refine((v) => cronProblem(v) !== 'invalid', { error: 'is not a valid cron expression (5 or 6 fields, e.g. "30 8 * * *")' })
      .refine((v) => cronProblem(v) !== 'both_day_fields', { error: 'sets both a day of the month and a day of the week; use one of them and * for the other (e.g. "0 9 1 * *" or "0 9 * * 1")' }),
    fallback,
  );

const wholeNumber = (min: number, max: number) =>
  z.coerce.number({ error: `must be a whole number from ${min} to ${max}` }).int({ error: `must be a whole number from ${min} to ${max}` }).min(min, { error: `must be a whole number from ${min} to ${max}` }).max(max, { error: `must be a whole number from ${min} to ${max}` });

function parseCadences(v: string): Record<Tier, Cadence> {
  const out: Record<Tier, Cadence> = { ...DEFAULT_CADENCES };
  for (const pair of v.split(',')) {
    const [tier, cadence] = pair.split('=').map((s) => s.trim());
    out[tier as Tier] = cadence as Cadence;
  }
  return out;
}
const isCadenceList = (v: string) =>
  v.split(',').every((pair) => {
    const [tier, cadence] = pair.split('=').map((s) => s.trim());
    return (TIERS as readonly string[]).includes(tier ?? '') && (CADENCES as readonly string[]).includes(cadence ?? '');
  });

const isTimezone = (tz: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

const envSchema = z.object({
    SLACK_BOT_TOKEN: z.preprocess(blankToUndefined, z.string({ error: 'is required: the bot token (xoxb-…) from OAuth & Permissions' }).startsWith('xoxb-', { error: 'must be a bot token starting with xoxb-' })),
    SLACK_SIGNING_SECRET: optional(z.string().regex(/^[0-9a-f]{16,}$/i, { error: 'must be the hexadecimal signing secret from Basic Information → App Credentials' })),
    SLACK_APP_TOKEN: optional(z.string().startsWith('xapp-', { error: 'must be an app-level token starting with xapp- (scope connections:write)' })),
    SLACK_API_URL: optional(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://slack.com/api/' })),
    PORT: withDefault(z.coerce.number({ error: 'must be a whole number from 0 to 65535' }).int({ error: 'must be a whole number from 0 to 65535' }).min(0, { error: 'must be a whole number from 0 to 65535' }).max(65535, { error: 'must be a whole number from 0 to 65535' }), '3000'),
    DATABASE_URL: withDefault(z.string().refine((v) => /^sqlite:.+/.test(v) || /^postgres(ql)?:\/\/.+/.test(v), { error: 'must be sqlite:<path> or postgres://user:password@host/db' }), 'sqlite:./data/anjian.sqlite'),
    APP_TIMEZONE: withDefault(z.string().refine(isTimezone, { error: 'must be an IANA time zone such as Asia/Shanghai' }), 'Asia/Shanghai'),
    APP_LOCALE: withDefault(z.string().refine(isLocale, { error: 'must be zh-CN or en' }), 'zh-CN'),
    ADMIN_USER_IDS: optional(z.string().refine((v) => v.split(',').every((id) => /^[UW][A-Z0-9]{6,}$/.test(id.trim())), { error: 'must be comma-separated Slack user IDs such as U0123456789' })),
    HAZARD_CHANNEL: channelId,
    SCHEDULE_CHANNEL: channelId,
    LEADER_CHANNEL: channelId,
    PUBLIC_CHANNEL: channelId,
    DIGEST_CRON: cronExpr('30 8 * * *'),
    ESCALATION_CRON: cronExpr('0 9 * * *'),
    TIER_CRON: cronExpr('0 2 * * *'),
    WEEKLY_REPORT_CRON: cronExpr('0 9 * * 1'),
    STATS_REMINDER_CRON: cronExpr('0 8 * * *'),
    KEY_INDUSTRIES: withDefault(z.string().refine((v) => v.split(',').every((i) => (INDUSTRIES as readonly string[]).includes(i.trim())), { error: `must be comma-separated industry codes from: ${INDUSTRIES.join(', ')}` }), KEY_INDUSTRIES_DEFAULT.join(',')),
    ACCIDENT_LOOKBACK_DAYS: withDefault(z.coerce.number({ error: 'must be a whole number of days from 1 to 3650' }).int({ error: 'must be a whole number of days from 1 to 3650' }).min(1, { error: 'must be a whole number of days from 1 to 3650' }).max(3650, { error: 'must be a whole number of days from 1 to 3650' }), '365'),
    TIER_CADENCES: withDefault(z.string().refine(isCadenceList, { error: `must be tier=cadence pairs such as red=week,yellow=half_month,blue=month (cadences: ${CADENCES.join(', ')})` }), 'red=week,yellow=half_month,blue=month'),
    ADMIN_INSPECTION_CAP: optional(wholeNumber(1, 365)),
    REMIND_BEFORE_DAYS_GENERAL: withDefault(wholeNumber(0, 365), String(DEFAULT_LADDER.remindBeforeGeneral)),
    REMIND_BEFORE_DAYS_MAJOR: withDefault(wholeNumber(0, 365), String(DEFAULT_LADDER.remindBeforeMajor)),
    OVERDUE_ESCALATION_DAYS: withDefault(z.string().regex(/^\d{1,3},\d{1,3},\d{1,3}$/, { error: 'must be three day counts: to the assignee, to the leaders, to joint enforcement (e.g. 1,3,7)' }), `${DEFAULT_LADDER.overdueNotify},${DEFAULT_LADDER.overdueLeader},${DEFAULT_LADDER.overdueJoint}`),
    REVIEW_WARNING_DAYS: withDefault(wholeNumber(1, 365), String(DEFAULT_LADDER.reviewWarning)),
    REVIEW_PERIOD_DAYS: withDefault(wholeNumber(1, 365), String(DEFAULT_LADDER.reviewPeriod)),
    DIGEST_SOON_DAYS: withDefault(wholeNumber(0, 31), '3'),
    LOG_LEVEL: withDefault(z.enum(['debug', 'info', 'warn', 'error'], { error: 'must be debug, info, warn or error' }), 'info'),
});

/** Rules across variables, checked on the raw environment so they are reported together with every other problem. */
function crossVariableProblems(env: Readonly<Record<string, string | undefined>>): [string, string][] {
  const set = (name: string) => Boolean(env[name]?.trim());
  return !set('SLACK_APP_TOKEN') && !set('SLACK_SIGNING_SECRET')
    ? [['SLACK_SIGNING_SECRET', 'is required in HTTP mode (when SLACK_APP_TOKEN is not set): the signing secret from Basic Information']]
    : [];
}

export function parseConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const result = envSchema.safeParse(env);
  const issues: [string, string][] = [
    ...(result.success ? [] : result.error.issues.map((i): [string, string] => [String(i.path[0] ?? 'environment'), i.message])),
    ...crossVariableProblems(env),
  ];
  if (!result.success || issues.length > 0) {
    const problems = new Map<string, string[]>();
    for (const [name, message] of issues) problems.set(name, [...(problems.get(name) ?? []), message]);
    throw new ConfigError([...problems].map(([name, msgs]) => `${name} ${[...new Set(msgs)].join('; ')}`));
  }
  const e = result.data;
  return Object.freeze({
    slack: {
      mode: e.SLACK_APP_TOKEN ? 'socket' : 'http',
      botToken: e.SLACK_BOT_TOKEN,
      signingSecret: e.SLACK_SIGNING_SECRET,
      appToken: e.SLACK_APP_TOKEN,
      apiUrl: e.SLACK_API_URL,
    },
    port: e.PORT,
    database: parseDatabaseUrl(e.DATABASE_URL),
    timezone: e.APP_TIMEZONE,
    locale: e.APP_LOCALE as Locale,
    adminUserIds: e.ADMIN_USER_IDS ? e.ADMIN_USER_IDS.split(',').map((id) => id.trim()) : [],
    channels: { hazard: e.HAZARD_CHANNEL, schedule: e.SCHEDULE_CHANNEL, leader: e.LEADER_CHANNEL, public: e.PUBLIC_CHANNEL },
    cron: { digest: e.DIGEST_CRON, escalation: e.ESCALATION_CRON, tier: e.TIER_CRON, weeklyReport: e.WEEKLY_REPORT_CRON, statsReminder: e.STATS_REMINDER_CRON },
    rules: {
      keyIndustries: e.KEY_INDUSTRIES.split(',').map((i) => i.trim() as Industry),
      accidentLookbackDays: e.ACCIDENT_LOOKBACK_DAYS,
      cadences: parseCadences(e.TIER_CADENCES),
      adminInspectionCap: e.ADMIN_INSPECTION_CAP ?? null,
      ladder: ((): LadderRules => {
        const [overdueNotify, overdueLeader, overdueJoint] = e.OVERDUE_ESCALATION_DAYS.split(',').map(Number) as [number, number, number];
        return { remindBeforeGeneral: e.REMIND_BEFORE_DAYS_GENERAL, remindBeforeMajor: e.REMIND_BEFORE_DAYS_MAJOR, overdueNotify, overdueLeader, overdueJoint, reviewWarning: e.REVIEW_WARNING_DAYS, reviewPeriod: e.REVIEW_PERIOD_DAYS };
      })(),
      digestSoonDays: e.DIGEST_SOON_DAYS,
    },
    logLevel: e.LOG_LEVEL,
  } satisfies Config);
}

function parseDatabaseUrl(url: string): DatabaseConfig {
  if (url.startsWith('sqlite:')) return { client: 'sqlite', filename: url.slice('sqlite:'.length) };
  return { client: 'pg', connectionString: url };
}

/** The values to mask in every log line (defence in depth: no code path should log them in the first place). */
export function secretValues(env: Readonly<Record<string, string | undefined>>): string[] {
  const values: string[] = [];
  for (const name of SECRET_VARIABLES) {
    const v = env[name]?.trim();
    if (!v) continue;
    if (name === 'DATABASE_URL') {
      const password = /^postgres(?:ql)?:\/\/[^:/@]+:([^@]+)@/.exec(v)?.[1];
      if (password) values.push(password, safeDecode(password));
    } else {
      values.push(v);
    }
  }
  return values.filter((v) => v.length >= 4);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
