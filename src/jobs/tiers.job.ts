import { listUnitIds } from '../db/repositories/unit.repository.js';
import type { Queryable } from '../db/knex.js';
import type { AppLogger } from '../logger.js';
import type { TierService } from '../services/tier.service.js';
import type { JobContext, JobSummary } from './job-context.js';

/** The nightly tier recompute's step in the claiming transaction: how many units there are. */
export async function countTierUnits(c: JobContext): Promise<JobSummary> {
  return { units: (await listUnitIds(c.trx)).length };
}

/**
 * The recompute itself, after the claim committed: each unit in its own transaction (one bad unit never stops the rest),
 * overrides expired. A crash part-way leaves the rest to the next night (each unit is recomputed anyway whenever one of
 * its inputs changes).
 */
export async function recomputeTiers(deps: { readonly db: Queryable; readonly tiers: TierService; readonly logger?: AppLogger }): Promise<{ changed: number; failed: number }> {
  let changed = 0;
  let failed = 0;
  for (const id of await listUnitIds(deps.db)) {
    try {
      const evaluation = await deps.tiers.recompute(id);
      if (evaluation.tier !== evaluation.previousTier) changed++;
    } catch (error) {
      failed++;
      deps.logger?.error(`tier recompute failed for unit ${id}:`, error);
    }
  }
  return { changed, failed };
}
