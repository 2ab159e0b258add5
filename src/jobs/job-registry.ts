import type { Config } from '../config/config.js';
import type { Queryable } from '../db/knex.js';
import type { AppLogger } from '../logger.js';
import type { TierService } from '../services/tier.service.js';
import { queueDigest, queueInspectorDays } from './digest.job.js';
import { queueEscalations } from './escalations.job.js';
import type { JobChannel } from './job-channels.js';
import type { JobContext, JobSummary } from './job-context.js';
import type { JobName } from './job-names.js';
import { queuePublicity } from './publicity.job.js';
import { queueStatsReminder } from './stats-reminder.job.js';
import { countTierUnits, recomputeTiers } from './tiers.job.js';

/** What a job may use after its claim committed. */
export interface AfterClaimDeps {
  readonly db: Queryable;
  readonly tiers: TierService;
  readonly logger?: AppLogger;
}

/** One scheduled job: when it fires, and what it does in its slot. */
export interface JobDefinition {
  /** Its cron expression (in APP_TIMEZONE), from the configuration. */
  readonly cron: (config: Config) => string;
  /**
   * The channel it posts to, when it cannot do without it: while that is unset the runner does not claim the job's
   * slot (so that setting the channel and restarting catches the slot up) and says the channel is missing.
   */
  readonly channel?: JobChannel;
  /**
   * What a scheduled run still delivers while `channel` is unset (direct messages), queued without claiming the slot:
   * its outbox keys are the slot's, so each is queued once however often this runs, and not again when the slot runs.
   */
  readonly withoutChannel?: (c: JobContext) => Promise<JobSummary>;
  /** What it queues, in the transaction that claims its slot (so both commit, or neither). */
  readonly queue: (c: JobContext) => Promise<JobSummary>;
  /** Work done once the claim committed, outside that transaction; its outcome is added to the slot's summary. */
  readonly afterClaim?: (deps: AfterClaimDeps) => Promise<JobSummary>;
}

/** Every job (node-cron triggers them, the runner runs them: jobs/scheduler.ts, jobs/job-runner.ts). */
export const JOB_REGISTRY: Readonly<Record<JobName, JobDefinition>> = {
  digest: {
    cron: (c) => c.cron.digest,
    // The channel post is the digest; the inspectors' DMs of the day need no channel and go out anyway.
    channel: 'schedule',
    withoutChannel: async (c) => ({ inspectorDms: await queueInspectorDays(c.trx, c.slot, c.today, c.now) }),
    queue: async (c) => ({ ...(await queueDigest(c.trx, c.slot, c.today, c.now, c.config)) }),
  },
  escalations: {
    // No channel required: without LEADER_CHANNEL the leaders' items go to the leaders (or admins) by DM.
    cron: (c) => c.cron.escalation,
    queue: async (c) => ({ ...(await queueEscalations(c.trx, c.slot, c.today, c.now, c.config)) }),
  },
  tiers: {
    cron: (c) => c.cron.tier,
    queue: countTierUnits,
    afterClaim: recomputeTiers,
  },
  publicity: {
    cron: (c) => c.cron.weeklyReport,
    channel: 'public',
    queue: queuePublicity,
  },
  stats_reminder: {
    // Checks the calendar each morning: 5 days before a statistics deadline it reminds SCHEDULE_CHANNEL.
    cron: (c) => c.cron.statsReminder,
    channel: 'schedule',
    queue: queueStatsReminder,
  },
};
