import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig, secretValues } from '../../src/config/config.js';

const BOT_TOKEN = 'xoxb-1234-5678-abcdef';
const SIGNING_SECRET = '8f742231b10e8888abcd99aaabbb85a5';
const APP_TOKEN = 'xapp-1-A0123-456-abcdef';

/** The smallest environment that starts the app in HTTP mode. */
const HTTP_ENV = { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET };

/** Runs parseConfig and returns the ConfigError it throws (fails the test when it does not throw one). */
function configError(env: Record<string, string | undefined>): ConfigError {
  try {
    parseConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('parseConfig did not throw');
}

/** The variable named at the start of each problem line. */
const problemNames = (error: ConfigError) => error.problems.map((p) => p.split(' ')[0]);

describe(parseConfig.name, () => {
  it('gives every default from a minimal HTTP-mode environment', () => {
    expect(parseConfig(HTTP_ENV)).toEqual({
      slack: { mode: 'http', botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, appToken: undefined, apiUrl: undefined },
      port: 3000,
      database: { client: 'sqlite', filename: './data/anjian.sqlite' },
      timezone: 'Asia/Shanghai',
      locale: 'zh-CN',
      adminUserIds: [],
      channels: { hazard: undefined, schedule: undefined, leader: undefined, public: undefined },
      cron: { digest: '30 8 * * *', escalation: '0 9 * * *', tier: '0 2 * * *', weeklyReport: '0 9 * * 1', statsReminder: '0 8 * * *' },
      rules: {
        keyIndustries: ['mining', 'hazardous_chemicals', 'fireworks', 'civil_explosives', 'construction', 'metal_smelting', 'road_transport', 'urban_gas'],
        accidentLookbackDays: 365,
        cadences: { red: 'week', yellow: 'half_month', blue: 'month' },
        adminInspectionCap: null,
        ladder: { remindBeforeGeneral: 3, remindBeforeMajor: 7, overdueNotify: 1, overdueLeader: 3, overdueJoint: 7, reviewWarning: 8, reviewPeriod: 10 },
        digestSoonDays: 3,
        reinspectionPeriodDays: 3,
        blueAllowsAccident: false,
      },
      workCalendar: { holidays: [], workdays: [] },
      office: { name: undefined, numberPrefix: undefined, reconsiderationBody: undefined, court: undefined },
      logLevel: 'info',
    });
  });

  it('switches to socket mode when SLACK_APP_TOKEN is set, and then needs no signing secret', () => {
    const config = parseConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN });
    expect(config.slack).toEqual({ mode: 'socket', botToken: BOT_TOKEN, signingSecret: undefined, appToken: APP_TOKEN, apiUrl: undefined });
  });

  it('requires the signing secret in HTTP mode', () => {
    const error = configError({ SLACK_BOT_TOKEN: BOT_TOKEN });
    expect(problemNames(error)).toEqual(['SLACK_SIGNING_SECRET']);
  });

  it('treats blank strings as unset', () => {
    const config = parseConfig({
      ...HTTP_ENV,
      SLACK_APP_TOKEN: '   ',
      SLACK_API_URL: '',
      PORT: ' ',
      DATABASE_URL: '',
      APP_TIMEZONE: '',
      APP_LOCALE: '  ',
      ADMIN_USER_IDS: '',
      HAZARD_CHANNEL: '',
      DIGEST_CRON: ' ',
      KEY_INDUSTRIES: '',
      ACCIDENT_LOOKBACK_DAYS: '',
      LOG_LEVEL: '',
    });
    expect(config).toMatchObject({
      slack: { mode: 'http', appToken: undefined, apiUrl: undefined },
      port: 3000,
      database: { client: 'sqlite', filename: './data/anjian.sqlite' },
      timezone: 'Asia/Shanghai',
      locale: 'zh-CN',
      adminUserIds: [],
      channels: { hazard: undefined },
      cron: { digest: '30 8 * * *' },
      rules: { accidentLookbackDays: 365 },
      logLevel: 'info',
    });
    expect(config.rules.keyIndustries).toHaveLength(8);
  });

  it('treats a blank signing secret as missing in HTTP mode', () => {
    expect(problemNames(configError({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: '  ' }))).toEqual(['SLACK_SIGNING_SECRET']);
  });

  it('trims surrounding whitespace from values', () => {
    const config = parseConfig({ SLACK_BOT_TOKEN: `  ${BOT_TOKEN}\n`, SLACK_SIGNING_SECRET: ` ${SIGNING_SECRET} `, PORT: ' 8080 ' });
    expect(config.slack.botToken).toBe(BOT_TOKEN);
    expect(config.slack.signingSecret).toBe(SIGNING_SECRET);
    expect(config.port).toBe(8080);
  });

  it.each([
    ['postgres://u:Pa55word@h/db', { client: 'pg', connectionString: 'postgres://u:Pa55word@h/db' }],
    ['postgresql://anjian:pw@db.example:5432/anjian', { client: 'pg', connectionString: 'postgresql://anjian:pw@db.example:5432/anjian' }],
    ['sqlite::memory:', { client: 'sqlite', filename: ':memory:' }],
    ['sqlite:/var/lib/anjian/db.sqlite', { client: 'sqlite', filename: '/var/lib/anjian/db.sqlite' }],
  ])('reads DATABASE_URL %s', (url, expected) => {
    expect(parseConfig({ ...HTTP_ENV, DATABASE_URL: url }).database).toEqual(expected);
  });

  it.each([
    ['U0123456789', ['U0123456789']],
    [' U0123456789 , W0ABCDEFGH ', ['U0123456789', 'W0ABCDEFGH']],
    ['U0123456789,U0987654321,UABCDEFG12', ['U0123456789', 'U0987654321', 'UABCDEFG12']],
  ])('splits and trims ADMIN_USER_IDS %j', (value, expected) => {
    expect(parseConfig({ ...HTTP_ENV, ADMIN_USER_IDS: value }).adminUserIds).toEqual(expected);
  });

  it('reads every optional variable when given', () => {
    const config = parseConfig({
      ...HTTP_ENV,
      SLACK_API_URL: 'http://localhost:9999/api/',
      PORT: '8080',
      APP_TIMEZONE: 'Europe/London',
      APP_LOCALE: 'en',
      HAZARD_CHANNEL: 'C0123456789',
      SCHEDULE_CHANNEL: 'C0SCHEDULE1',
      LEADER_CHANNEL: 'G0LEADERS1',
      PUBLIC_CHANNEL: 'C0PUBLIC99',
      DIGEST_CRON: '*/5 * * * *',
      ESCALATION_CRON: '0 10 * * *',
      TIER_CRON: '0 3 * * *',
      WEEKLY_REPORT_CRON: '0 8 * * 5',
      STATS_REMINDER_CRON: '0 7 * * *',
      KEY_INDUSTRIES: 'commerce, rural',
      ACCIDENT_LOOKBACK_DAYS: '730',
      LOG_LEVEL: 'debug',
    });
    expect(config).toMatchObject({
      slack: { apiUrl: 'http://localhost:9999/api/' },
      port: 8080,
      timezone: 'Europe/London',
      locale: 'en',
      channels: { hazard: 'C0123456789', schedule: 'C0SCHEDULE1', leader: 'G0LEADERS1', public: 'C0PUBLIC99' },
      cron: { digest: '*/5 * * * *', escalation: '0 10 * * *', tier: '0 3 * * *', weeklyReport: '0 8 * * 5', statsReminder: '0 7 * * *' },
      rules: { keyIndustries: ['commerce', 'rural'], accidentLookbackDays: 730 },
      logLevel: 'debug',
    });
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['PORT', '-1'],
    ['PORT', '80.5'],
    ['APP_LOCALE', 'fr'],
    ['APP_TIMEZONE', 'Mars/Base'],
    ['DATABASE_URL', 'mysql://x'],
    ['DATABASE_URL', 'sqlite:'],
    ['HAZARD_CHANNEL', '#general'],
    ['LEADER_CHANNEL', 'general'],
    ['ADMIN_USER_IDS', 'bob'],
    ['ADMIN_USER_IDS', 'U0123456789,bob'],
    ['DIGEST_CRON', '99 * * *'],
    ['TIER_CRON', '99 * * * *'],
    ['KEY_INDUSTRIES', 'banking'],
    ['KEY_INDUSTRIES', 'mining,banking'],
    ['ACCIDENT_LOOKBACK_DAYS', '0'],
    ['ACCIDENT_LOOKBACK_DAYS', '3651'],
    ['LOG_LEVEL', 'verbose'],
    ['SLACK_API_URL', 'ftp://slack.example/api'],
    ['SLACK_BOT_TOKEN', 'xoxp-TOPSECRET-123'],
    ['SLACK_SIGNING_SECRET', 'not-hex-at-all-zzzz'],
    ['SLACK_APP_TOKEN', 'abc'],
  ])('rejects %s=%j with one problem line naming the variable', (name, value) => {
    const error = configError({ ...HTTP_ENV, [name]: value });
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatch(new RegExp(`^${name} \\S`));
    expect(error.message).toContain(error.problems[0]);
  });

  it('names a missing SLACK_BOT_TOKEN', () => {
    const error = configError({ SLACK_SIGNING_SECRET: SIGNING_SECRET });
    expect(problemNames(error)).toEqual(['SLACK_BOT_TOKEN']);
    expect(error.message).toContain('SLACK_BOT_TOKEN');
  });

  it('lists every bad variable in one error', () => {
    const error = configError({
      SLACK_BOT_TOKEN: 'xoxp-TOPSECRET-123',
      SLACK_SIGNING_SECRET: 'deadbeef-not-hex',
      SLACK_APP_TOKEN: 'abc',
      PORT: '70000',
      APP_LOCALE: 'fr',
      APP_TIMEZONE: 'Mars/Base',
      DATABASE_URL: 'mysql://x',
      HAZARD_CHANNEL: '#general',
      ADMIN_USER_IDS: 'bob',
      DIGEST_CRON: '99 * * *',
      KEY_INDUSTRIES: 'banking',
    });
    expect(error.name).toBe('ConfigError');
    expect(problemNames(error).sort()).toEqual([
      'ADMIN_USER_IDS',
      'APP_LOCALE',
      'APP_TIMEZONE',
      'DATABASE_URL',
      'DIGEST_CRON',
      'HAZARD_CHANNEL',
      'KEY_INDUSTRIES',
      'PORT',
      'SLACK_APP_TOKEN',
      'SLACK_BOT_TOKEN',
      'SLACK_SIGNING_SECRET',
    ]);
    expect(error.message).toContain('11 problems');
    for (const problem of error.problems) expect(error.message).toContain(problem);
  });

  // The signing secret is only required when the other variables are fine: a missing signing secret should be listed
  // together with the other bad variables, not reported only after they are fixed.
  it.each([
    [{}, ['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET']],
    [{ SLACK_BOT_TOKEN: BOT_TOKEN, PORT: 'abc' }, ['PORT', 'SLACK_SIGNING_SECRET']],
  ])('lists a missing HTTP-mode signing secret together with the other bad variables (%j)', (env, expected) => {
    expect(problemNames(configError(env)).sort()).toEqual(expected);
  });

  it.each([
    ['a malformed bot token', { ...HTTP_ENV, SLACK_BOT_TOKEN: 'xoxp-TOPSECRET-123' }, ['xoxp-TOPSECRET-123', 'TOPSECRET']],
    ['a malformed signing secret', { ...HTTP_ENV, SLACK_SIGNING_SECRET: 'deadbeefSECRETnothex' }, ['deadbeefSECRETnothex', 'SECRETnothex']],
    ['a malformed app token', { ...HTTP_ENV, SLACK_APP_TOKEN: 'SECRETAPPTOKEN-xapp' }, ['SECRETAPPTOKEN']],
    ['a good app token with a bad other variable', { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: 'xapp-SECRET-A1-999', PORT: 'abc' }, ['xapp-SECRET-A1-999', 'SECRET-A1']],
    ['a good bot token with a bad other variable', { ...HTTP_ENV, SLACK_BOT_TOKEN: 'xoxb-GOODSECRET-42', APP_LOCALE: 'fr' }, ['xoxb-GOODSECRET-42', 'GOODSECRET']],
    ['a postgres password with bad other variables', { ...HTTP_ENV, DATABASE_URL: 'postgres://u:Pa55word@h/db', PORT: 'abc', APP_LOCALE: 'fr', HAZARD_CHANNEL: '#x' }, ['Pa55word']],
    ['a malformed database URL holding a password', { ...HTTP_ENV, DATABASE_URL: 'mysql://root:Hunter2pw@db/x' }, ['Hunter2pw']],
  ])('never puts secret values in the error (%s)', (_label, env, secrets) => {
    const error = configError(env);
    const everything = [error.message, String(error), error.stack ?? '', JSON.stringify(error), ...error.problems].join('\n');
    for (const secret of secrets) expect(everything).not.toContain(secret);
  });
});

describe(secretValues.name, () => {
  it('returns the Slack tokens, the signing secret and the postgres password, and nothing else', () => {
    const values = secretValues({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_APP_TOKEN: APP_TOKEN,
      DATABASE_URL: 'postgres://anjian:Pa55word@db.internal:5432/anjian',
      APP_TIMEZONE: 'Asia/Shanghai',
      PORT: '3000',
      ADMIN_USER_IDS: 'U0123456789',
      HAZARD_CHANNEL: 'C0123456789',
    });
    expect(values).toEqual(expect.arrayContaining([BOT_TOKEN, SIGNING_SECRET, APP_TOKEN, 'Pa55word']));
    for (const notSecret of ['Asia/Shanghai', '3000', 'U0123456789', 'C0123456789', 'anjian', 'db.internal']) {
      expect(values).not.toContain(notSecret);
    }
  });

  it('masks both the percent-encoded and the decoded form of a postgres password', () => {
    expect(secretValues({ DATABASE_URL: 'postgresql://u:Pa%40ss99@h/db' })).toEqual(expect.arrayContaining(['Pa%40ss99', 'Pa@ss99']));
  });

  it.each([
    ['a sqlite URL', { DATABASE_URL: 'sqlite:./data/anjian.sqlite' }],
    ['a postgres URL without a password', { DATABASE_URL: 'postgres://anjian@db/anjian' }],
    ['blank secrets', { SLACK_BOT_TOKEN: '  ', SLACK_SIGNING_SECRET: '', DATABASE_URL: ' ' }],
    ['no secrets', { PORT: '3000' }],
  ])('returns nothing for %s', (_label, env) => {
    expect(secretValues(env)).toEqual([]);
  });

  it('trims the values it returns', () => {
    expect(secretValues({ SLACK_BOT_TOKEN: `  ${BOT_TOKEN} ` })).toEqual([BOT_TOKEN]);
  });

  // parseConfig accepts such a URL, and start.ts calls secretValues right after it: masking must not crash the start.
  it('does not throw on a postgres password holding a literal % that is not a valid escape', () => {
    let values: string[] = [];
    expect(() => {
      values = secretValues({ DATABASE_URL: 'postgres://u:50%offSale@h/db' });
    }).not.toThrow();
    expect(values).toContain('50%offSale');
  });
});

describe(ConfigError.name, () => {
  it('keeps the problems and writes one line per problem in its message', () => {
    const error = new ConfigError(['PORT must be a whole number', 'APP_LOCALE must be zh-CN or en']);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ConfigError');
    expect(error.problems).toEqual(['PORT must be a whole number', 'APP_LOCALE must be zh-CN or en']);
    expect(error.message).toBe(
      'Configuration is invalid (2 problems):\n  - PORT must be a whole number\n  - APP_LOCALE must be zh-CN or en\nSee .env.example for every variable.',
    );
  });

  it('says "problem" for a single problem', () => {
    expect(new ConfigError(['PORT x']).message).toMatch(/^Configuration is invalid \(1 problem\):\n {2}- PORT x\n/);
  });
});

describe('the settings added for re-inspection, working days, tiers and documents', () => {
  it('reads the re-inspection period, holidays as dates and ranges, make-up working days and the blue-tier switch', () => {
    const config = parseConfig({ ...HTTP_ENV, REINSPECTION_PERIOD_DAYS: '5', HOLIDAYS: '2026-10-01..2026-10-03, 2027-01-01', WORKDAYS: '2026-10-10', BLUE_ALLOWS_ACCIDENT: 'true' });
    expect(config.rules.reinspectionPeriodDays).toBe(5);
    expect(config.rules.blueAllowsAccident).toBe(true);
    expect(config.workCalendar).toEqual({ holidays: ['2026-10-01', '2026-10-02', '2026-10-03', '2027-01-01'], workdays: ['2026-10-10'] });
  });

  it.each([
    ['REINSPECTION_PERIOD_DAYS', '0'],
    ['REINSPECTION_PERIOD_DAYS', 'three'],
    ['HOLIDAYS', '2026-02-30'],
    ['HOLIDAYS', '2026-10-08..2026-10-01'],
    ['HOLIDAYS', '2026-10-01..2026-10-02..2026-10-03'],
    ['WORKDAYS', 'Saturday'],
    ['BLUE_ALLOWS_ACCIDENT', 'maybe'],
    ['OFFICE_NAME', 'x'.repeat(61)],
    ['DOC_NUMBER_PREFIX', '郑\n州'],
  ])('refuses %s=%j, naming the variable and not the value', (name, value) => {
    const error = configError({ ...HTTP_ENV, [name]: value });
    expect(problemNames(error)).toEqual([name]);
    if (value.length > 3) expect(error.message).not.toContain(value);
  });

  it('reads the office as its documents name it', () => {
    const config = parseConfig({ ...HTTP_ENV, OFFICE_NAME: '郑州市金水区应急管理局', DOC_NUMBER_PREFIX: '金', RECONSIDERATION_BODY: '金水区人民政府', COURT: '金水区人民法院' });
    expect(config.office).toEqual({ name: '郑州市金水区应急管理局', numberPrefix: '金', reconsiderationBody: '金水区人民政府', court: '金水区人民法院' });
  });
});
