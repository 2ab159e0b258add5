import cron from 'node-cron';
import { localDate } from '../i18n/dates.js';

/**
 * Whether a cron expression matched some moment between local midnight of `firstDay` (default: today) and `now`
 * (minute steps; seconds if it has six fields).
 */
export function firedEarlierToday(expression: string, timezone: string, now: Date, firstDay?: string): boolean {
  const probe = cron.createTask(expression, () => undefined, { timezone });
  try {
    const step = expression.trim().split(/\s+/).length === 6 ? 1000 : 60_000;
    const from = firstDay ?? localDate(now, timezone);
    const end = Math.floor(now.getTime() / step) * step;
    for (let t = end; localDate(new Date(t), timezone) >= from; t -= step) if (probe.match(new Date(t))) return true;
    return false;
  } finally {
    void probe.destroy();
  }
}
