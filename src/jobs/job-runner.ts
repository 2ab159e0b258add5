import { hostname } from 'node:os';
import type { Clock } from '../clock.js';
import type { Config } from '../config/config.js';
import { claimSlot, countSlots, recordSlotSummary, slotRan } from '../db/repositories/job-run.repository.js';
import type { Transactor } from '../db/transaction.js';
import { DomainError } from '../domain/errors.js';
import { assertCan } from '../domain/permissions.js';
import { localDate } from '../domain/calendar.js';
import type { AppLogger } from '../logger.js';
import { loadActor } from '../services/access.js';
import type { TierService } from '../services/tier.service.js';
import { JOB_CHANNELS, type JobChannel, type JobChannelVariable } from './job-channels.js';
import { JOB_REGISTRY } from './job-registry.js';
import { isJobName, type JobName } from './job-names.js';
import { slotOf } from './job-slot.js';

export interface JobResult {
  readonly job: JobName;
  readonly slot: string;
  /** False when the slot had already run (another instance, or before a restart), or when its channel is unset. */
  readonly ran: boolean;
  readonly summary: Readonly<Record<string, number>> | null;
  /** Set when the job did not run because the channel it posts to is not configured: its slot stays free. */
  readonly missingChannel?: JobChannelVariable;
}

/**
 * Runs the scheduled jobs exactly once per slot (job + day in APP_TIMEZONE), however many instances share the
 * database: the slot is claimed in the same transaction that queues the job's messages, so either both commit or
 * neither does (a crash before the commit leaves the slot free for the catch-up at the next start). A job is a function
 * of the clock and the database; node-cron only triggers it (jobs/scheduler.ts).
 */
export class JobRunner {
  private readonly instance = `${hostname()}:${process.pid}`;

  constructor(private readonly deps: { readonly tx: Transactor; readonly clock: Clock; readonly config: Config; readonly tiers: TierService; readonly logger?: AppLogger }) {}

  /** The current slot of a job (today, or this week for the weekly ones), or a manual run's own slot (never the scheduled one). */
  async run(job: JobName, o: { manual?: boolean } = {}): Promise<JobResult> {
    const definition = JOB_REGISTRY[job];
    const now = this.deps.clock.now();
    const today = localDate(now, this.deps.config.timezone);
    const current = slotOf(job, today);
    if (definition.channel && !this.deps.config.channels[definition.channel]) {
      return this.runWithoutChannel(job, definition.channel, { slot: await this.slotName(job, current, o.manual), today, now }, o.manual);
    }
    // Two hand runs at the same moment can count the same number: the one that loses the claim takes the next.
    for (let attempt = 0; ; attempt++) {
      const slot = await this.slotName(job, current, o.manual);
      const summary = await this.deps.tx.run(async (trx) => {
        if (!(await claimSlot(trx, job, slot, this.instance, now))) return null;
        const result: Record<string, number> = { ...(await definition.queue({ trx, slot, today, now, config: this.deps.config })) };
        await recordSlotSummary(trx, job, slot, result);
        return result;
      });
      if (!summary && o.manual && attempt < 3) continue;
      if (summary && definition.afterClaim) {
        Object.assign(summary, await definition.afterClaim({ db: this.deps.tx.db, tiers: this.deps.tiers, logger: this.deps.logger }));
        await recordSlotSummary(this.deps.tx.db, job, slot, summary);
      }
      this.deps.logger?.info(summary ? `job ${job} ran for slot ${slot}: ${JSON.stringify(summary)}` : `job ${job} slot ${slot} already ran; skipped`);
      return { job, slot, ran: summary !== null, summary };
    }
  }

  /**
   * `/anjian run <job>` (admins): runs now in a slot of its own and says what it queued. `onStart` is told once the
   * person may run the job and before it runs (the Slack layer shows "running…" then).
   */
  async runByHand(actorId: string, job: string, onStart?: (job: JobName) => Promise<unknown>): Promise<JobResult> {
    assertCan(await loadActor(this.deps.tx.db, actorId, this.deps.config.adminUserIds), 'job.run');
    if (!isJobName(job)) throw new DomainError('job.unknown', { job });
    await onStart?.(job);
    return this.run(job, { manual: true });
  }

  /** Whether the job's current slot (today's, or this week's for a weekly job) has run. */
  async ranThisSlot(job: JobName): Promise<boolean> {
    return slotRan(this.deps.tx.db, job, slotOf(job, localDate(this.deps.clock.now(), this.deps.config.timezone)));
  }

  /**
   * A job whose channel is unset does not claim its slot, so that once the channel is set the next trigger or start
   * catches the slot up; it is logged (once per trigger) and the result says which channel is missing. A scheduled run
   * still queues what needs no channel (the digest's DMs to inspectors, keyed by the slot: once); a hand run only
   * answers that the channel is missing.
   */
  private async runWithoutChannel(job: JobName, channel: JobChannel, at: { slot: string; today: string; now: Date }, manual = false): Promise<JobResult> {
    const { variable, missing } = JOB_CHANNELS[channel];
    const withoutChannel = manual ? undefined : JOB_REGISTRY[job].withoutChannel;
    const delivered = withoutChannel ? await this.deps.tx.run((trx) => withoutChannel({ trx, ...at, config: this.deps.config })) : {};
    const also = Object.keys(delivered).length ? `; queued without it: ${JSON.stringify(delivered)}` : '';
    this.deps.logger?.warn(`job ${job} did not run for slot ${at.slot}: ${variable} is not set, so the slot stays free (set it and restart to catch up)${also}`);
    return { job, slot: at.slot, ran: false, summary: { ...delivered, [missing]: 1 }, missingChannel: variable };
  }

  /** The slot a run claims: the current one, or for a run by hand the day's next `#manual-N`. */
  private async slotName(job: JobName, current: string, manual = false): Promise<string> {
    return manual ? `${current}#manual-${(await countSlots(this.deps.tx.db, job, `${current}#manual-`)) + 1}` : current;
  }
}
