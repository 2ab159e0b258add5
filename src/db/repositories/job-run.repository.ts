import { isUniqueViolation, type Queryable } from '../knex.js';

/**
 * Claims a job's slot (job + day, or a manual run's own slot) for this instance. Done inside the job's transaction:
 * the claim commits together with what the job queued, or not at all. False when the slot was already taken.
 */
export async function claimSlot(q: Queryable, job: string, slot: string, instance: string, at: Date): Promise<boolean> {
  const existing = await q('job_run').where({ job, slot }).first('id');
  if (existing) return false;
  try {
    await q('job_run').insert({ job, slot, status: 'done', instance, started_at: at.toISOString(), finished_at: at.toISOString() });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

export async function recordSlotSummary(q: Queryable, job: string, slot: string, summary: unknown): Promise<void> {
  await q('job_run').where({ job, slot }).update({ summary: JSON.stringify(summary) });
}

export async function slotRan(q: Queryable, job: string, slot: string): Promise<boolean> {
  return (await q('job_run').where({ job, slot }).first('id')) !== undefined;
}

/** How many manual runs of a job a day has had (to number the next one's slot). */
export async function countSlots(q: Queryable, job: string, prefix: string): Promise<number> {
  const [row] = await q('job_run').where({ job }).where('slot', 'like', `${prefix}%`).count({ n: '*' });
  return Number((row as Record<string, unknown> | undefined)?.n ?? 0);
}
