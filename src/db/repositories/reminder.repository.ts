import type { LadderStep } from '../../domain/escalation/ladder.js';
import type { Queryable } from '../knex.js';

/** `hazardId|step|key` of every step already sent for these hazards. */
export async function sentReminders(q: Queryable, hazardIds: readonly number[]): Promise<Set<string>> {
  const sent = new Set<string>();
  for (let i = 0; i < hazardIds.length; i += 1000) {
    const rows = await q('reminder').whereIn('hazard_id', hazardIds.slice(i, i + 1000)).select('hazard_id', 'step', 'key');
    for (const r of rows) sent.add(`${r.hazard_id}|${r.step}|${r.key}`);
  }
  return sent;
}

/**
 * Records steps as sent, in chunks; returns `hazardId|step|key` of the rows this call inserted. A step recorded by
 * another run in the meantime is skipped (ON CONFLICT DO NOTHING … RETURNING gives only the new rows).
 */
export async function recordReminders(q: Queryable, steps: readonly { hazardId: number; step: LadderStep; key: string }[], slot: string, at: Date): Promise<string[]> {
  const inserted: string[] = [];
  for (let i = 0; i < steps.length; i += 500) {
    const chunk = steps.slice(i, i + 500).map((s) => ({ hazard_id: s.hazardId, step: s.step, key: s.key, slot, sent_at: at.toISOString() }));
    const rows = await q('reminder').insert(chunk).onConflict(['hazard_id', 'step', 'key']).ignore().returning(['hazard_id', 'step', 'key']);
    for (const r of rows as { hazard_id: number; step: string; key: string }[]) inserted.push(`${r.hazard_id}|${r.step}|${r.key}`);
  }
  return inserted;
}
