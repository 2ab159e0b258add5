import type { Tier, TierReason } from '../../domain/unit/tier.js';
import type { Queryable } from '../knex.js';

export interface TierChange {
  readonly unitId: number;
  readonly from: Tier | null;
  readonly to: Tier;
  readonly reasons: readonly TierReason[];
  readonly byOverride: boolean;
  readonly actor: string;
  readonly at: string;
}

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
