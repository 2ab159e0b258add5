import type { AccidentGrade } from '../../domain/unit/tier.js';
import type { Queryable } from '../knex.js';

export interface Accident {
  readonly id: number;
  readonly unitId: number;
  readonly date: string;
  readonly deaths: number;
  readonly seriousInjuries: number;
  readonly directLoss: number;
  readonly grade: AccidentGrade;
  readonly summary: string;
  readonly recordedBy: string;
  readonly recordedAt: string;
}

export async function insertAccident(q: Queryable, a: Omit<Accident, 'id'>): Promise<number> {
  const [row] = await q('accident').insert({
    unit_id: a.unitId, date: a.date, deaths: a.deaths, serious_injuries: a.seriousInjuries, direct_loss: a.directLoss, grade: a.grade,
    summary: a.summary, recorded_by: a.recordedBy, recorded_at: a.recordedAt,
  }).returning('id');
  return Number(typeof row === 'object' ? row.id : row);
}

/** A unit's accidents on or after a day, newest first. */
export async function accidentsSince(q: Queryable, unitId: number, since: string): Promise<Accident[]> {
  const rows = await q('accident').where({ unit_id: unitId }).where('date', '>=', since).orderBy('date', 'desc').orderBy('id', 'desc');
  return rows.map((r) => ({
    id: Number(r.id), unitId: Number(r.unit_id), date: r.date, deaths: Number(r.deaths), seriousInjuries: Number(r.serious_injuries),
    directLoss: Number(r.direct_loss), grade: r.grade, summary: r.summary, recordedBy: r.recorded_by, recordedAt: r.recorded_at,
  }));
}
