import { periodOf } from '../domain/inspection/period.js';
import type { JobName } from './job-names.js';

/** Jobs that run once a week (their slot is the week, Monday to Sunday); the others run once a day. */
export const WEEKLY_JOBS: ReadonlySet<JobName> = new Set<JobName>(['publicity']);

/** The slot a job's run on `today` belongs to: the day, or for a weekly job `week-<Monday>`. */
export function slotOf(job: JobName, today: string): string {
  return WEEKLY_JOBS.has(job) ? `week-${periodOf('week', today).start}` : today;
}

/** The first day of the slot `today` falls in (today, or the week's Monday). */
export function slotFirstDay(job: JobName, today: string): string {
  return WEEKLY_JOBS.has(job) ? periodOf('week', today).start : today;
}
