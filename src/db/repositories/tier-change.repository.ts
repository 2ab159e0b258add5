import type { TierChange } from '../../domain/unit/tier-change.js';
import type { Queryable } from '../knex.js';

export async function insertTierChange(q: Queryable, change: TierChange): Promise<void> {
  await q('tier_change').insert({
    unit_id: change.unitId,
    from_tier: change.from,
    to_tier: change.to,
    reasons: JSON.stringify(change.reasons),
    by_override: change.byOverride,
    actor: change.actor,
    at: change.at,
  });
}

export async function listTierChanges(q: Queryable, unitId: number, limit = 20): Promise<TierChange[]> {
  const rows = await q('tier_change').where({ unit_id: unitId }).orderBy('id', 'desc').limit(limit);
  return rows.map((r) => ({
    unitId: Number(r.unit_id),
    from: r.from_tier,
    to: r.to_tier,
    reasons: JSON.parse(r.reasons),
    byOverride: Boolean(r.by_override),
    actor: r.actor,
    at: r.at,
  }));
}
