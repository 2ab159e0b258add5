import { localDate } from '../domain/calendar.js';
import cron, { type ScheduledTask } from 'node-cron';
import type { Clock } from '../clock.js';
import type { Config } from '../config/config.js';
import type { AppLogger } from '../logger.js';
import { firedEarlierToday } from './cron-catchup.js';
import { JOB_REGISTRY } from './job-registry.js';
import { JOBS, type JobName } from './job-names.js';
import type { JobRunner } from './job-runner.js';
import { slotFirstDay } from './job-slot.js';

/**
 * node-cron only triggers: each job's expression (in APP_TIMEZONE) calls the job runner, which decides from the
 * database whether the current slot (today, or this week for the weekly publicity) still has to run. At start, a job
 * whose time already came in its current slot and whose slot has not run is run at once (catch-up after downtime).
 */
export class Scheduler {
  private readonly tasks: ScheduledTask[] = [];

  constructor(private readonly deps: { readonly runner: JobRunner; readonly config: Config; readonly clock: Clock; readonly logger: AppLogger }) {}

  start(): void {
    for (const job of JOBS) {
      const expression = JOB_REGISTRY[job].cron(this.deps.config);
      this.tasks.push(cron.schedule(expression, () => this.trigger(job), { timezone: this.deps.config.timezone, name: `anjian-${job}`, noOverlap: true }));
    }
  }

  async catchUp(): Promise<void> {
    for (const job of JOBS) {
      const now = this.deps.clock.now();
      const firstDay = slotFirstDay(job, localDate(now, this.deps.config.timezone));
      if (firedEarlierToday(JOB_REGISTRY[job].cron(this.deps.config), this.deps.config.timezone, now, firstDay) && !(await this.deps.runner.ranThisSlot(job))) {
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
