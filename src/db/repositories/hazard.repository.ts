import type { Knex } from 'knex';
import type { Hazard, HazardStatus } from '../../domain/hazard/hazard.js';
import type { Queryable } from '../knex.js';
import { matchUnitText } from './unit.repository.js';

type Row = Record<string, any>;

function toHazard(r: Row): Hazard {
  return {
    id: Number(r.id), number: r.number, unitId: Number(r.unit_id), title: r.title, description: r.description, location: r.location,
    category: r.category, level: r.level, source: r.source, inspectionId: r.inspection_id === null ? null : Number(r.inspection_id),
    foundDate: r.found_date, foundBy: r.found_by, reportedPublicly: Boolean(r.reported_publicly), responsiblePerson: r.responsible_person,
    assignee: r.assignee, deadline: r.deadline, funding: r.funding === null ? null : Number(r.funding), status: r.status, statusSince: r.status_since,
    version: Number(r.version), referred: Boolean(r.referred), voidReason: r.void_reason, closureKind: r.closure_kind, closureNote: r.closure_note,
    closedAt: r.closed_at, closedBy: r.closed_by, createdAt: r.created_at, createdBy: r.created_by, updatedAt: r.updated_at, updatedBy: r.updated_by,
  };
}

const COLUMNS: Record<string, string> = {
  number: 'number', unitId: 'unit_id', title: 'title', description: 'description', location: 'location', category: 'category', level: 'level',
  source: 'source', inspectionId: 'inspection_id', foundDate: 'found_date', foundBy: 'found_by', reportedPublicly: 'reported_publicly',
  responsiblePerson: 'responsible_person', assignee: 'assignee', deadline: 'deadline', funding: 'funding', status: 'status', statusSince: 'status_since',
  referred: 'referred', voidReason: 'void_reason', closureKind: 'closure_kind', closureNote: 'closure_note', closedAt: 'closed_at', closedBy: 'closed_by',
};

export type NewHazard = Omit<Hazard, 'id' | 'version' | 'createdAt' | 'updatedAt' | 'updatedBy'>;
export type HazardPatch = Partial<Omit<Hazard, 'id' | 'number' | 'version' | 'createdAt' | 'createdBy' | 'updatedAt' | 'updatedBy'>>;

function columns(values: Partial<Hazard>): Row {
  const row: Row = {};
  for (const [key, value] of Object.entries(values)) if (COLUMNS[key] && value !== undefined) row[COLUMNS[key]!] = value;
  return row;
}

export async function getHazard(q: Queryable, id: number): Promise<Hazard | undefined> {
  const row = await q('hazard').where({ id }).first();
  return row ? toHazard(row) : undefined;
}

export async function getHazardByNumber(q: Queryable, number: string): Promise<Hazard | undefined> {
  const row = await q('hazard').where({ number: number.toUpperCase() }).first();
  return row ? toHazard(row) : undefined;
}

export async function insertHazard(q: Queryable, hazard: NewHazard, at: Date): Promise<number> {
  const now = at.toISOString();
  const [row] = await q('hazard').insert({ ...columns(hazard), created_by: hazard.createdBy, created_at: now, updated_at: now, updated_by: hazard.createdBy, version: 1 }).returning('id');
  return Number(typeof row === 'object' ? row.id : row);
}

/**
 * Applies a change if the hazard is still at `expectedVersion` (optimistic concurrency: on PostgreSQL two transactions
 * can read the same version; only one update matches). Returns false when another change got there first.
 */
export async function updateHazard(q: Queryable, id: number, expectedVersion: number, patch: HazardPatch, actor: string, at: Date): Promise<boolean> {
  const changed = await q('hazard').where({ id, version: expectedVersion }).update({ ...columns(patch), version: expectedVersion + 1, updated_at: at.toISOString(), updated_by: actor });
  return changed === 1;
}

/** The hazards registered from an inspection (found on it), by number. */
export async function listInspectionHazards(q: Queryable, inspectionId: number): Promise<Hazard[]> {
  return (await q('hazard').where({ inspection_id: inspectionId }).orderBy('number')).map(toHazard);
}

export async function openMajorHazardNumbers(q: Queryable, unitId: number): Promise<string[]> {
  const rows = await q('hazard').where({ unit_id: unitId, level: 'major' }).whereIn('status', ACTIVE).orderBy('number').select('number');
  return rows.map((r) => r.number);
}

const ACTIVE: HazardStatus[] = ['open', 'rectifying', 'awaiting_verification', 'awaiting_acceptance', 'expert_accepted'];

export interface HazardFilter {
  readonly statuses?: readonly HazardStatus[];
  readonly level?: 'general' | 'major';
  readonly unitIds?: readonly number[];
  /** Hazards this person is involved in: assignee, finder, supervising leader, assigned expert, or contact of the unit. */
  readonly involving?: string;
  /** Hazards of units whose name, credit code, address or town holds every word of this text. */
  readonly unitText?: string;
  /** Only hazards whose deadline is before this day (overdue on it). */
  readonly deadlineBefore?: string;
  readonly limit: number;
}

/** Overdue first (oldest deadline first), then by deadline, then newest. */
export async function listHazards(q: Queryable, filter: HazardFilter, today: string): Promise<{ hazards: Hazard[]; total: number }> {
  const apply = (b: Knex.QueryBuilder) => {
    if (filter.statuses) b.whereIn('hazard.status', [...filter.statuses]);
    if (filter.level) b.where('hazard.level', filter.level);
    if (filter.unitIds) b.whereIn('hazard.unit_id', [...filter.unitIds]);
    if (filter.deadlineBefore) b.where('hazard.deadline', '<', filter.deadlineBefore);
    if (filter.unitText !== undefined) {
      const text = filter.unitText;
      b.whereExists((s) => matchUnitText(s.select(q.raw('1')).from('unit').whereRaw('unit.id = hazard.unit_id'), text));
    }
    if (filter.involving) {
      const u = filter.involving;
      b.where((w) => {
        w.where('hazard.assignee', u).orWhere('hazard.found_by', u)
          .orWhereExists((s) => s.select(q.raw('1')).from('hazard_listing').whereRaw('hazard_listing.hazard_id = hazard.id').where('hazard_listing.leader', u))
          .orWhereExists((s) => s.select(q.raw('1')).from('hazard_expert').whereRaw('hazard_expert.hazard_id = hazard.id').where('hazard_expert.user_id', u))
          .orWhereExists((s) => s.select(q.raw('1')).from('unit_contact').whereRaw('unit_contact.unit_id = hazard.unit_id').where('unit_contact.user_id', u));
      });
    }
    return b;
  };
  const [count] = await apply(q('hazard').count({ n: '*' }));
  const rows = await apply(q('hazard').select('hazard.*'))
    .orderByRaw(`case when hazard.deadline is not null and hazard.deadline < ? and hazard.status in ('open','rectifying','awaiting_verification','awaiting_acceptance','expert_accepted') then 0 else 1 end`, [today])
    .orderByRaw('case when hazard.deadline is null then 1 else 0 end')
    .orderBy('hazard.deadline')
    .orderBy('hazard.id', 'desc')
    .limit(filter.limit);
  return { hazards: rows.map(toHazard), total: Number((count as Row | undefined)?.n ?? 0) };
}
