import * as z from 'zod';
import { DEFAULT_LADDER } from '../domain/escalation/ladder.js';
import { CADENCES } from '../domain/inspection/period.js';
import { INDUSTRIES, KEY_INDUSTRIES_DEFAULT } from '../domain/unit/industry.js';
import { isLocale } from '../i18n/locale.js';
import { blankToUndefined, channelId, cronExpr, dateList, flag, isCadenceList, isTimezone, officeText, optional, wholeNumber, withDefault } from './env-fields.js';

/** Every environment variable anjian reads, with its check and default (README → Configuration; .env.example). */
export const envSchema = z.object({
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
    REINSPECTION_PERIOD_DAYS: withDefault(wholeNumber(1, 60), '3'),
    HOLIDAYS: dateList,
    WORKDAYS: dateList,
    BLUE_ALLOWS_ACCIDENT: flag(false),
    OFFICE_NAME: officeText(60),
    DOC_NUMBER_PREFIX: officeText(10),
    RECONSIDERATION_BODY: officeText(100),
    COURT: officeText(100),
    LOG_LEVEL: withDefault(z.enum(['debug', 'info', 'warn', 'error'], { error: 'must be debug, info, warn or error' }), 'info'),
});
