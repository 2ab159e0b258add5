import type { Clock } from '../clock.js';
import { localDate } from '../domain/calendar.js';
import { DomainError } from '../domain/errors.js';
import { assertCan } from '../domain/permissions.js';
import { OVERRIDE_REASON_MAX, type OverrideInput } from '../domain/unit/override-input.js';
import type { Tier, TierEvaluation, TierPolicy } from '../domain/unit/tier.js';
import { recordAudit } from '../db/repositories/audit.repository.js';
import { getUnit, setUnitOverride } from '../db/repositories/unit.repository.js';
import type { Transactor } from '../db/transaction.js';
import { loadActor } from './access.js';
import { applyTier } from './unit-tier.js';

/**
 * A unit's tier over time (PRODUCT.md §3): a leader's override wins until its last day; `recompute` applies the rules
 * again (a rule input changed, or the nightly run) and expires ended overrides. Every change is recorded with its cause.
 */
export class TierService {
  constructor(private readonly deps: { readonly tx: Transactor; readonly clock: Clock; readonly adminUserIds: readonly string[]; readonly timezone: string; readonly tierPolicy: TierPolicy }) {}

  async override(actorId: string, unitId: number, input: OverrideInput): Promise<TierEvaluation> {
    const reason = input.reason.trim();
    if (!reason) throw new DomainError('validation.invalid', { field: 'reason' });
    if ([...reason].length > OVERRIDE_REASON_MAX) throw new DomainError('validation.invalid', { field: 'reason' });
    return this.deps.tx.run(async (trx) => {
      assertCan(await loadActor(trx, actorId, this.deps.adminUserIds), 'unit.override_tier');
      const now = this.deps.clock.now();
      if (input.until !== null && input.until < localDate(now, this.deps.timezone)) throw new DomainError('unit.override_until_past', { field: 'until' });
      const unit = await getUnit(trx, unitId);
      if (!unit) throw new DomainError('unit.not_found', { id: unitId });
      const override = { tier: input.tier, reason, until: input.until, by: actorId };
      await setUnitOverride(trx, unitId, override, actorId, now);
      await recordAudit(trx, now, { actor: actorId, entity: 'unit', entityId: unitId, action: 'unit.override_set', before: { override: unit.override }, after: { override } });
      return applyTier(trx, (await getUnit(trx, unitId))!, this.context(actorId, now));
    });
  }

  async clear(actorId: string, unitId: number): Promise<TierEvaluation> {
    return this.deps.tx.run(async (trx) => {
      assertCan(await loadActor(trx, actorId, this.deps.adminUserIds), 'unit.override_tier');
      const unit = await getUnit(trx, unitId);
      if (!unit) throw new DomainError('unit.not_found', { id: unitId });
      if (!unit.override) throw new DomainError('unit.no_override');
      const now = this.deps.clock.now();
      await setUnitOverride(trx, unitId, null, actorId, now);
      await recordAudit(trx, now, { actor: actorId, entity: 'unit', entityId: unitId, action: 'unit.override_clear', before: { override: unit.override }, after: { override: null } });
      return applyTier(trx, (await getUnit(trx, unitId))!, this.context(actorId, now));
    });
  }

  /** Applies the tier rules to a unit now (actor `system` for scheduled runs). */
  async recompute(unitId: number, actor = 'system'): Promise<TierEvaluation & { readonly previousTier: Tier }> {
    return this.deps.tx.run(async (trx) => {
      const unit = await getUnit(trx, unitId);
      if (!unit) throw new DomainError('unit.not_found', { id: unitId });
      return applyTier(trx, unit, this.context(actor, this.deps.clock.now()));
    });
  }

  private context(actor: string, now: Date) {
    return { actor, now, timezone: this.deps.timezone, policy: this.deps.tierPolicy };
  }
}
