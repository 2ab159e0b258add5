import type { TierFacts } from '../../domain/unit/tier.js';
import type { Unit } from '../../domain/unit/unit.js';
import type { Queryable } from '../knex.js';
import { openMajorHazardNumbers } from './hazard.repository.js';

/**
 * Gathers what a unit's tier depends on: its industry, its open major hazards, its accidents (the accident register
 * arrives with issue #4; until then a unit has none) and a leader's override.
 */
export async function loadTierFacts(q: Queryable, unit: Unit): Promise<TierFacts> {
  const numbers = await openMajorHazardNumbers(q, unit.id);
  return { industry: unit.industry, openMajorHazards: numbers.map((number) => ({ number })), accidents: [], override: unit.override };
}
