import cron, { type ScheduledTask } from 'node-cron';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import { localDate } from '../i18n/dates.js';
import type { AppLogger } from '../logger.js';
import type { JobName, JobRunner } from '../services/schedule/job-runner.js';

const CRON_OF: Record<JobName, (c: Config) => string> = { digest: (c) => c.cron.digest, escalations: (c) => c.cron.escalation, tiers: (c) => c.cron.tier };

/**
 * node-cron only triggers: each job's expression (in APP_TIMEZONE) calls the job runner, which decides from the
 * database whether today's slot still has to run. At start, a job whose time already came today and whose slot has
 * not run is run at once (catch-up after downtime).
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
      if (firedEarlierToday(CRON_OF[job](this.deps.config), this.deps.config.timezone, this.deps.clock.now()) && !(await this.deps.runner.ranToday(job))) {
        this.deps.logger.info(`catching up on today's ${job} (its time has passed and it has not run)`);
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

/** Whether a cron expression matched some moment between local midnight and `now` (minute steps; seconds if it has six fields). */
export function firedEarlierToday(expression: string, timezone: string, now: Date): boolean {
  const probe = cron.createTask(expression, () => undefined, { timezone });
  try {
    const step = expression.trim().split(/\s+/).length === 6 ? 1000 : 60_000;
    const today = localDate(now, timezone);
    const end = Math.floor(now.getTime() / step) * step;
    for (let t = end; localDate(new Date(t), timezone) === today; t -= step) if (probe.match(new Date(t))) return true;
    return false;
  } finally {
    void probe.destroy();
  }
}
