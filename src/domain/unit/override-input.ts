import type { Tier } from './tier.js';

/** A leader's override of a unit's tier, as the override modal (or a test) supplies it. */
export interface OverrideInput {
  readonly tier: Tier;
  readonly reason: string;
  /** Last day (YYYY-MM-DD, inclusive); null = until a leader clears it. */
  readonly until: string | null;
}

export const OVERRIDE_REASON_MAX = 500;
