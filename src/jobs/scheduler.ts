import { localDate } from '../domain/calendar.js';
import cron, { type ScheduledTask } from 'node-cron';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { AppLogger } from '../logger.js';
import type { JobName, JobRunner } from '../services/schedule/job-runner.js';
import { slotFirstDay } from '../services/schedule/job-slot.js';

const CRON_OF: Record<JobName, (c: Config) => string> = {
  digest: (c) => c.cron.digest,
  escalations: (c) => c.cron.escalation,
  tiers: (c) => c.cron.tier,
  publicity: (c) => c.cron.weeklyReport,
  // Checks the calendar each morning: 5 days before a statistics deadline it reminds SCHEDULE_CHANNEL.
  stats_reminder: (c) => c.cron.statsReminder,
};

/**
 * node-cron only triggers: each job's expression (in APP_TIMEZONE) calls the job runner, which decides from the
 * database whether the current slot (today, or this week for the weekly publicity) still has to run. At start, a job
 * whose time already came in its current slot and whose slot has not run is run at once (catch-up after downtime).
 */
export class Scheduler {
  private readonly tasks: ScheduledTask[] = [];

  constructor(private readonly deps: { readonly runner: JobRunner; readonly config: Config; readonly clock: Clock; readonly logger: AppLogger }) {}

  start(): void {
    for (const job of Object.keys(CRON_OF) as JobName[]) {
      const expression = CRON_OF[job](this.deps.config);
      this.tasks.push(cron.schedule(expression, () => this.trigger(job), { timezone: this.deps.config.timezone, name: `anjian-${job}`, noOverlap: true }));
    }
  }

  async catchUp(): Promise<void> {
    for (const job of Object.keys(CRON_OF) as JobName[]) {
      const now = this.deps.clock.now();
      const firstDay = slotFirstDay(job, localDate(now, this.deps.config.timezone));
      if (firedEarlierToday(CRON_OF[job](this.deps.config), this.deps.config.timezone, now, firstDay) && !(await this.deps.runner.ranThisSlot(job))) {
        this.deps.logger.info(`catching up on ${job} (its time has passed in its current slot and it has not run)`);
        await this.trigger(job);
      }
    }
  }

  async stop(): Promise<void> {
    for (const task of this.tasks) await task.destroy();
    this.tasks.length = 0;
  }

  private async trigger(job: JobName): Promise<void> {
    try {
      await this.deps.runner.run(job);
    } catch (error) {
      this.deps.logger.error(`job ${job} failed (its slot stays free; the next trigger or start retries it):`, error);
    }
  }
}

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
