import type { HazardLevel, HazardStatus } from '../../domain/hazard/hazard.js';
import type { Queryable } from '../knex.js';

/** What the escalation run needs of a hazard that can have reached a ladder step. */
export interface EscalationCandidate {
  readonly id: number;
  readonly number: string;
  readonly title: string;
  readonly level: HazardLevel;
  readonly status: HazardStatus;
  readonly deadline: string | null;
  readonly assignee: string | null;
  readonly unitId: number;
  readonly unitName: string;
  /** The supervising leader of a listed (挂牌督办) hazard. */
  readonly leader: string | null;
  /** When its latest acceptance application was made (ISO instant), if any. */
  readonly appliedAt: string | null;
  /** When the unit last reported it rectified (ISO instant), if ever. */
  readonly reportedAt: string | null;
  /** Who issued its latest rectification order (re-inspects it when no inspector is assigned). */
  readonly orderedBy: string | null;
}

/**
 * Ids (ascending) of the hazards that can have reached a step: open or rectifying with a deadline on or before
 * `horizon` (inside the reminder window, or past), a report awaiting re-inspection, or an application under review. Ids first, details by page (see
 * `listHazardsForEscalation`): asking for "the next 5000 after id X" made SQLite re-scan and re-sort every match for
 * every page (quadratic: 53 s at a million hazards), while one id scan stays linear.
 */
export async function listHazardIdsForEscalation(q: Queryable, horizon: string): Promise<number[]> {
  const ids = await q('hazard')
    .where((w) => w.where((d) => d.whereIn('status', ['open', 'rectifying']).where('deadline', '<=', horizon)).orWhereIn('status', ['awaiting_verification', 'awaiting_acceptance', 'expert_accepted']))
    .pluck('id');
  return ids.map(Number).sort((a, b) => a - b);
}

/** The hazards with these ids (a page of `listHazardIdsForEscalation`), by id, with their unit, leader and application. */
export async function listHazardsForEscalation(q: Queryable, ids: readonly number[]): Promise<EscalationCandidate[]> {
  const rows = await q('hazard')
    .join('unit', 'unit.id', 'hazard.unit_id')
    .leftJoin('hazard_listing', 'hazard_listing.hazard_id', 'hazard.id')
    .whereIn('hazard.id', ids)
    .select('hazard.id', 'hazard.number', 'hazard.title', 'hazard.level', 'hazard.status', 'hazard.deadline', 'hazard.assignee', 'hazard.unit_id', 'unit.name as unit_name', 'hazard_listing.leader as leader',
      q.raw('(select max(applied_at) from hazard_acceptance where hazard_acceptance.hazard_id = hazard.id) as applied_at'),
      q.raw('(select max(reported_at) from hazard_rectification where hazard_rectification.hazard_id = hazard.id) as reported_at'),
      q.raw('(select o.issued_by from hazard_order o where o.hazard_id = hazard.id order by o.id desc limit 1) as ordered_by'));
  return rows
    .map((r): EscalationCandidate => ({
      id: Number(r.id), number: r.number, title: r.title, level: r.level, status: r.status, deadline: r.deadline, assignee: r.assignee,
      unitId: Number(r.unit_id), unitName: r.unit_name, leader: r.leader, appliedAt: r.applied_at, reportedAt: r.reported_at, orderedBy: r.ordered_by ?? null,
    }))
    .sort((a, b) => a.id - b.id);
}
