import { addDays } from '../../domain/calendar.js';
import type { TierFacts } from '../../domain/unit/tier.js';
import type { Unit } from '../../domain/unit/unit.js';
import type { Queryable } from '../knex.js';
import { accidentsSince } from './accident.repository.js';
import { openMajorHazardNumbers } from './hazard.repository.js';

/** What a unit's tier depends on: its industry, open major hazards, recent accidents and a leader's override. */
export async function loadTierFacts(q: Queryable, unit: Unit, today: string, lookbackDays: number): Promise<TierFacts> {
  const [numbers, accidents] = await Promise.all([openMajorHazardNumbers(q, unit.id), accidentsSince(q, unit.id, addDays(today, -lookbackDays))]);
  return {
    industry: unit.industry,
    openMajorHazards: numbers.map((number) => ({ number })),
    accidents: accidents.map((a) => ({ date: a.date, grade: a.grade })),
    override: unit.override,
  };
}
