import type { Tier, TierReason } from './tier.js';

/** One change of a unit's tier, with why (the rules' reasons, or an override) and who caused it. */
export interface TierChange {
  readonly unitId: number;
  readonly from: Tier | null;
  readonly to: Tier;
  readonly reasons: readonly TierReason[];
  readonly byOverride: boolean;
  readonly actor: string;
  readonly at: string;
}
