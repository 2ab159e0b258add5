import type { Knex } from 'knex';
import type { Config } from '../config/config.js';

/** What a scheduled job's queueing step gets: the job's transaction, its slot, and "now" from the injected clock. */
export interface JobContext {
  readonly trx: Knex.Transaction;
  /** The slot being claimed (a day `YYYY-MM-DD`, a week `week-<Monday>`, or a manual run's `…#manual-N`). */
  readonly slot: string;
  /** Today in APP_TIMEZONE. */
  readonly today: string;
  readonly now: Date;
  readonly config: Config;
}

/** What a job queued, as counts (shown to an admin after `/anjian run`, stored with the slot). */
export type JobSummary = Readonly<Record<string, number>>;
