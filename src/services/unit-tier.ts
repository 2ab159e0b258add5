import { localDate } from '../domain/calendar.js';
import type { Knex } from 'knex';
import { evaluateTier, type Tier, type TierEvaluation, type TierPolicy } from '../domain/unit/tier.js';
import type { Unit } from '../domain/unit/unit.js';
import { recordAudit } from '../db/repositories/audit.repository.js';
import { insertTierChange } from '../db/repositories/tier-change.repository.js';
import { loadTierFacts } from '../db/repositories/tier-facts.repository.js';
import { setUnitOverride, setUnitTier } from '../db/repositories/unit.repository.js';

export interface TierContext {
  readonly actor: string;
  readonly now: Date;
  readonly timezone: string;
  readonly policy: TierPolicy;
}

/**
 * Recomputes a unit's tier inside the caller's transaction: an override whose last day has passed is expired, and a
 * change of tier is stored with its cause (tier_change) and audited. Called whenever a rule input changes.
 */
export async function applyTier(trx: Knex.Transaction, unit: Unit, ctx: TierContext): Promise<TierEvaluation & { readonly previousTier: Tier }> {
  const today = localDate(ctx.now, ctx.timezone);
  const evaluation = evaluateTier(await loadTierFacts(trx, unit, today, ctx.policy.accidentLookbackDays), ctx.policy, today);
  if (evaluation.expiredOverride) {
    await setUnitOverride(trx, unit.id, null, ctx.actor, ctx.now);
    await recordAudit(trx, ctx.now, { actor: ctx.actor, entity: 'unit', entityId: unit.id, action: 'unit.override_expire', before: { override: evaluation.expiredOverride }, after: { override: null } });
  }
  if (evaluation.tier !== unit.tier) {
    await setUnitTier(trx, unit.id, evaluation.tier);
    await insertTierChange(trx, {
      unitId: unit.id, from: unit.tier, to: evaluation.tier, reasons: evaluation.reasons,
      byOverride: evaluation.override !== null, actor: ctx.actor, at: ctx.now.toISOString(),
    });
    await recordAudit(trx, ctx.now, { actor: ctx.actor, entity: 'unit', entityId: unit.id, action: 'unit.tier_change', before: { tier: unit.tier }, after: { tier: evaluation.tier, reasons: evaluation.reasons, override: evaluation.override } });
  }
  return { ...evaluation, previousTier: unit.tier };
}
