import { enqueueOutbox } from '../db/repositories/outbox.repository.js';
import { statsRemindersDue } from '../domain/report/stats-deadline.js';
import { requiredChannel } from './job-channels.js';
import type { JobContext, JobSummary } from './job-context.js';

/**
 * The reminder 5 days before each quarterly/annual statistics deadline (16号令 Art 14), queued in the job's
 * transaction: one message to SCHEDULE_CHANNEL per deadline whose reminder window (5 days before, up to the deadline)
 * contains today, keyed by the period, so it is sent once — on the 10th, or on the first day after an outage. An
 * admin's run by hand (`#manual-N` slot) sends it again. Without SCHEDULE_CHANNEL the runner does not start it (the
 * day's slot stays free until the channel is set).
 */
export async function queueStatsReminder(c: JobContext): Promise<JobSummary> {
  const channel = requiredChannel(c.config, 'schedule');
  const due = statsRemindersDue(c.today);
  const byHand = c.slot.includes('#manual-');
  let queued = 0;
  for (const { period, deadline } of due) {
    const fresh = await enqueueOutbox(c.trx, {
      key: byHand ? `job:stats_reminder:${c.slot}:${period.label}` : `job:stats_reminder:${period.label}`,
      delivery: { op: 'post', channel },
      notice: { type: 'stats_reminder', date: c.today, period: { kind: period.kind, label: period.label, year: period.year, index: period.index }, deadline },
    }, c.now);
    if (fresh) queued++;
  }
  return { channelMessages: queued };
}
