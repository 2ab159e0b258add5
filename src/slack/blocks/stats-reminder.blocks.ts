import { daysBetween } from '../../domain/calendar.js';
import type { KnownBlock } from '@slack/types';
import { periodName } from '../../documents/xlsx/period-name.js';
import type { I18n } from '../../i18n/index.js';
import type { Notice } from '../../outbox/outbox-message.js';
import { header, section } from './elements.js';

type StatsReminder = Extract<Notice, { type: 'stats_reminder' }>;

/** The command that builds the table of a period (what the reminder tells people to type). */
export const statsCommand = (label: string) => `/anjian export stats ${label}`;

/**
 * The reminder in SCHEDULE_CHANNEL 5 days before a statistics deadline (16号令 Art 14): which table (quarter or year),
 * the last day, how many days are left, and the command that builds it.
 */
export function statsReminderBlocks(i18n: I18n, n: StatsReminder): { text: string; blocks: KnownBlock[] } {
  const { t } = i18n;
  const period = periodName(t, n.period);
  const deadline = i18n.date(n.deadline);
  const text = t('export.reminder.title', { period, deadline });
  const body = t('export.reminder.body', { period, deadline, days: daysBetween(n.date, n.deadline), command: statsCommand(n.period.label) });
  return { text, blocks: [header(text), section(body)] };
}
