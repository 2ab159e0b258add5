import { periodBefore, periodContaining } from '../domain/report/report-period.js';
import { queueReport } from '../services/report/queue-report.js';
import { officeFigures } from '../services/report/report.service.js';
import { requiredChannel } from './job-channels.js';
import type { JobContext, JobSummary } from './job-context.js';

/**
 * The weekly publicity (公示, issue 5 point 2) to PUBLIC_CHANNEL: last week's figures (the ISO week before the slot's)
 * in publication wording, the first part as a post and the rest in its thread. Runs in the job's transaction, which
 * also claims the week's slot: exactly once per week (keys `job:publicity:<slot>:<part>`). Without PUBLIC_CHANNEL the
 * runner does not start it, so the week's slot stays free until the channel is set.
 */
export async function queuePublicity(c: JobContext): Promise<JobSummary> {
  const channel = requiredChannel(c.config, 'public');
  const period = periodBefore(periodContaining('week', c.today));
  const figures = await officeFigures(c.trx, period, c.today, c.config.timezone);
  const channelMessages = await queueReport(c.trx, figures, { channel, key: `job:publicity:${c.slot}`, ref: `publicity:${c.slot}`, weekly: true, now: c.now });
  return { channelMessages, newHazards: figures.new.total, closedHazards: figures.closed.total, overdueHazards: figures.overdue.total, listedHazards: figures.listed.length, towns: figures.towns.length };
}
