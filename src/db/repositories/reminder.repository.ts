import type { LadderStep } from '../../domain/escalation/ladder.js';
import type { Queryable } from '../knex.js';

/** Records that a step was sent; false when it had been sent already (the ladder sends each step once). */
export async function recordReminder(q: Queryable, r: { hazardId: number; step: LadderStep; key: string; slot: string; at: Date }): Promise<boolean> {
  const rows = await q('reminder').insert({ hazard_id: r.hazardId, step: r.step, key: r.key, slot: r.slot, sent_at: r.at.toISOString() })
    .onConflict(['hazard_id', 'step', 'key']).ignore().returning('id');
  return rows.length > 0;
}
