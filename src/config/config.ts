import type { WorkCalendar } from '../domain/work-calendar.js';
import type { LadderRules } from '../domain/escalation/ladder.js';
import type { Cadence } from '../domain/inspection/period.js';
import type { Industry } from '../domain/unit/industry.js';
import type { Tier } from '../domain/unit/tier.js';
import type { Locale } from '../i18n/locale.js';
import { expandDateList, parseCadences } from './env-fields.js';
import { envSchema } from './env-schema.js';

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
    /** Working days an inspector has to re-inspect (复查) a general hazard after the unit reports it rectified. */
    readonly reinspectionPeriodDays: number;
    /** True restores the older rule: a non-key unit stays blue despite a 一般 accident in the look-back window. */
    readonly blueAllowsAccident: boolean;
  };
  /** Which days are working days (weekends off, plus public holidays and make-up working days). */
  readonly workCalendar: WorkCalendar;
  /** The office as its documents name it; each undefined until configured (a warning at start says so). */
  readonly office: {
    readonly name: string | undefined;
    /** The short prefix in document numbers: 郑 in （郑）应急责改〔2026〕1号. */
    readonly numberPrefix: string | undefined;
    readonly reconsiderationBody: string | undefined;
    readonly court: string | undefined;
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
      reinspectionPeriodDays: e.REINSPECTION_PERIOD_DAYS,
      blueAllowsAccident: e.BLUE_ALLOWS_ACCIDENT,
    },
    workCalendar: { holidays: expandDateList(e.HOLIDAYS ?? '') ?? [], workdays: expandDateList(e.WORKDAYS ?? '') ?? [] },
    office: { name: e.OFFICE_NAME, numberPrefix: e.DOC_NUMBER_PREFIX, reconsiderationBody: e.RECONSIDERATION_BODY, court: e.COURT },
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
