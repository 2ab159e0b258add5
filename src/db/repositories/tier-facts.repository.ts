import type { TierFacts } from '../../domain/unit/tier.js';
import type { Unit } from '../../domain/unit/unit.js';
import type { Queryable } from '../knex.js';

/**
 * Gathers what a unit's tier depends on. Open major hazards and accidents have no tables yet: the hazard and
 * accident features fill these two lists from their own tables; until then a unit has neither.
 */
export async function loadTierFacts(_q: Queryable, unit: Unit): Promise<TierFacts> {
  return { industry: unit.industry, openMajorHazards: [], accidents: [], override: unit.override };
}
