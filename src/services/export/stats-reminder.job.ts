import { enqueueOutbox } from '../../db/repositories/outbox.repository.js';
import { statsRemindersOn } from '../../domain/report/stats-deadline.js';
import type { JobContext, JobSummary } from '../schedule/job-context.js';

/**
 * The reminder 5 days before each quarterly/annual statistics deadline (16号令 Art 14), queued in the job's
 * transaction: one message to SCHEDULE_CHANNEL per deadline falling 5 days after today (none on other days, or when
 * the channel is not configured). The slot is part of the key: a day's run queues each reminder once.
 */
export async function queueStatsReminder(c: JobContext): Promise<JobSummary> {
  const channel = c.config.channels.schedule;
  const due = statsRemindersOn(c.today);
  if (!channel) return { channelMessages: 0, noScheduleChannel: 1 };
  for (const { period, deadline } of due) {
    await enqueueOutbox(c.trx, {
      key: `job:stats_reminder:${c.slot}:${period.label}`,
      delivery: { op: 'post', channel },
      notice: { type: 'stats_reminder', date: c.today, period: { kind: period.kind, label: period.label, year: period.year, index: period.index }, deadline },
    }, c.now);
  }
  return { channelMessages: due.length };
}
