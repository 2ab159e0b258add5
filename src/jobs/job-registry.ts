import type { Config } from '../config.js';
import type { Queryable } from '../db/knex.js';
import type { AppLogger } from '../logger.js';
import type { TierService } from '../services/tier.service.js';
import { queueDigest } from './digest.job.js';
import { queueEscalations } from './escalations.job.js';
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
  /** What it queues, in the transaction that claims its slot (so both commit, or neither). */
  readonly queue: (c: JobContext) => Promise<JobSummary>;
  /** Work done once the claim committed, outside that transaction; its outcome is added to the slot's summary. */
  readonly afterClaim?: (deps: AfterClaimDeps) => Promise<JobSummary>;
}

/** Every job (node-cron triggers them, the runner runs them: jobs/scheduler.ts, jobs/job-runner.ts). */
export const JOB_REGISTRY: Readonly<Record<JobName, JobDefinition>> = {
  digest: {
    cron: (c) => c.cron.digest,
    queue: async (c) => ({ ...(await queueDigest(c.trx, c.slot, c.today, c.now, c.config)) }),
  },
  escalations: {
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
    queue: queuePublicity,
  },
  stats_reminder: {
    // Checks the calendar each morning: 5 days before a statistics deadline it reminds SCHEDULE_CHANNEL.
    cron: (c) => c.cron.statsReminder,
    queue: queueStatsReminder,
  },
};
