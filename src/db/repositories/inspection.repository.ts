import type { Inspection, InspectionStatus, VisitType } from '../../domain/inspection/visit.js';
import type { Queryable } from '../knex.js';

type Row = Record<string, any>;

async function withInspectors(q: Queryable, rows: Row[]): Promise<Inspection[]> {
  if (rows.length === 0) return [];
  const people = await q('inspection_inspector').whereIn('inspection_id', rows.map((r) => r.id)).orderBy('user_id');
  const byId = new Map<number, string[]>();
  for (const p of people) byId.set(Number(p.inspection_id), [...(byId.get(Number(p.inspection_id)) ?? []), p.user_id]);
  return rows.map((r) => ({
    id: Number(r.id), number: r.number, unitId: Number(r.unit_id), plannedDate: r.planned_date, visitType: r.visit_type, status: r.status,
    doneDate: r.done_date, summary: r.summary, findings: r.findings, cancelReason: r.cancel_reason, inspectors: byId.get(Number(r.id)) ?? [],
    createdBy: r.created_by, updatedAt: r.updated_at, updatedBy: r.updated_by,
  }));
}

export async function insertInspection(q: Queryable, i: { number: string; unitId: number; plannedDate: string; visitType: VisitType; inspectors: readonly string[]; by: string; at: string }): Promise<number> {
  const [row] = await q('inspection').insert({
    number: i.number, unit_id: i.unitId, planned_date: i.plannedDate, visit_type: i.visitType, status: 'planned',
    created_by: i.by, created_at: i.at, updated_by: i.by, updated_at: i.at,
  }).returning('id');
  const id = Number(typeof row === 'object' ? row.id : row);
  await q('inspection_inspector').insert([...new Set(i.inspectors)].map((user_id) => ({ inspection_id: id, user_id })));
  return id;
}

export async function getInspection(q: Queryable, id: number): Promise<Inspection | undefined> {
  return (await withInspectors(q, await q('inspection').where({ id })))[0];
}

export async function getInspectionByNumber(q: Queryable, number: string): Promise<Inspection | undefined> {
  return (await withInspectors(q, await q('inspection').where({ number: number.toUpperCase() })))[0];
}

/** Closes a planned inspection (done or cancelled); false when it is no longer planned (someone got there first). */
export async function finishInspection(q: Queryable, id: number, patch: { status: Exclude<InspectionStatus, 'planned'>; doneDate: string | null; summary: string; findings: string | null; cancelReason: string | null; by: string; at: string }): Promise<boolean> {
  const changed = await q('inspection').where({ id, status: 'planned' }).update({
    status: patch.status, done_date: patch.doneDate, summary: patch.summary, findings: patch.findings, cancel_reason: patch.cancelReason, updated_by: patch.by, updated_at: patch.at,
  });
  return changed === 1;
}

/** Planned inspections a person takes part in, soonest first. */
export async function plannedFor(q: Queryable, userId: string, limit = 50): Promise<Inspection[]> {
  const rows = await q('inspection').join('inspection_inspector', 'inspection_inspector.inspection_id', 'inspection.id')
    .where('inspection_inspector.user_id', userId).where('inspection.status', 'planned').orderBy('inspection.planned_date').orderBy('inspection.id').limit(limit).select('inspection.*');
  return withInspectors(q, rows);
}

/** Planned inspections on one day with their units' names, for every inspector (the morning DMs). */
export async function plannedOn(q: Queryable, date: string): Promise<(Inspection & { unitName: string })[]> {
  const rows = await q('inspection').join('unit', 'unit.id', 'inspection.unit_id').where({ 'inspection.status': 'planned', 'inspection.planned_date': date }).orderBy('inspection.id').select('inspection.*', 'unit.name as unit_name');
  const names = new Map(rows.map((r) => [Number(r.id), String(r.unit_name)]));
  return (await withInspectors(q, rows)).map((i) => ({ ...i, unitName: names.get(i.id) ?? '' }));
}

/** Administrative inspections of a unit in a calendar year that are done or still planned (they count against the cap). */
export async function countAdministrative(q: Queryable, unitId: number, year: number): Promise<number> {
  const [row] = await q('inspection').where({ unit_id: unitId, visit_type: 'administrative' }).whereIn('status', ['planned', 'done'])
    .where((w) => w.whereBetween('done_date', [`${year}-01-01`, `${year}-12-31`]).orWhere((p) => p.whereNull('done_date').whereBetween('planned_date', [`${year}-01-01`, `${year}-12-31`])))
    .count({ n: '*' });
  return Number((row as Row | undefined)?.n ?? 0);
}
