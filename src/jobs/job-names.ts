/** The scheduled jobs, by the name an admin types (`/anjian run <name>`) and the `job_run` rows store. */
export const JOBS = ['digest', 'escalations', 'tiers', 'publicity', 'stats_reminder'] as const;
export type JobName = (typeof JOBS)[number];

export function isJobName(word: string): word is JobName {
  return (JOBS as readonly string[]).includes(word);
}
