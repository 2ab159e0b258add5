import type { JobContext, JobSummary } from '../schedule/job-context.js';

/** The reminder 5 days before each quarterly/annual statistics deadline (16号令 Art 14). (Issue 5 point 5.) */
export async function queueStatsReminder(_c: JobContext): Promise<JobSummary> {
  return {};
}
