import type { JobContext, JobSummary } from '../schedule/job-context.js';

/** The weekly publicity (公示) to PUBLIC_CHANNEL: last week's figures. (Issue 5 point 2; filled in by the reports work.) */
export async function queuePublicity(_c: JobContext): Promise<JobSummary> {
  return {};
}
