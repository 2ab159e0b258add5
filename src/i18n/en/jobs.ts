import type { zhJobs } from '../zh-CN/jobs.js';

/**
 * English messages. Jobs: names, `/anjian run` replies and run summaries.
 * Exactly the keys of zh-CN/jobs.ts.
 */
export const enJobs: Record<keyof typeof zhJobs, string> = {
  'job.name.digest': 'daily schedule',
  'job.name.escalations': 'escalations',
  'job.name.tiers': 'tier recompute',
  'job.name.publicity': 'weekly publicity',
  'job.name.stats_reminder': 'statistics reminder',
  'job.running': 'Running “{job}”…',
  'job.ran': 'Ran “{job}”: {summary}.',
  'job.summary.units': '{n} {n|unit|units}',
  'job.summary.endingSoon': '{n} ending soon',
  'job.summary.listed': '{n} listed',
  'job.summary.channelMessages': '{n} channel {n|message|messages}',
  'job.summary.inspectorDms': '{n} {n|inspector|inspectors} messaged',
  'job.summary.hazards': '{n} open {n|hazard|hazards}',
  'job.summary.steps': '{n} new {n|reminder|reminders}',
  'job.summary.peopleDms': '{n} {n|person|people} messaged',
  'job.summary.leaderMessages': '{n} leaders’ channel {n|message|messages}',
  'job.summary.changed': '{n} {n|tier|tiers} changed',
  'job.summary.failed': '{n} failed',
  'job.summary.newHazards': '{n} new {n|hazard|hazards}',
  'job.summary.closedHazards': '{n} closed',
  'job.summary.overdueHazards': '{n} overdue',
  'job.summary.listedHazards': '{n} listed for supervision',
  'job.summary.towns': '{n} {n|town|towns}',
  'job.summary.noPublicChannel': 'PUBLIC_CHANNEL is not set, so nothing was posted',
  'job.summary.noScheduleChannel': 'SCHEDULE_CHANNEL is not set, so nothing was sent',
};
