import type { Config } from '../config/config.js';
import type { JobRunner } from '../jobs/job-runner.js';
import type { Services } from '../services/index.js';

/**
 * What the Slack listeners may call: every service (derived from `Services`, so a new service is one line there), the
 * configuration and the job runner — but not the transactor: no database, no clock.
 */
export type SlackDeps = Omit<Services, 'tx'> & { readonly config: Config; readonly jobs: JobRunner };
