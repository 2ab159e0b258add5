import { addDays, localDate } from '../../domain/calendar.js';
import type { UnitScheduleFacts } from '../../domain/digest/digest.js';
import { periodOf, previousPeriod, type Cadence } from '../../domain/inspection/period.js';
import type { Tier } from '../../domain/unit/tier.js';
import type { Queryable } from '../knex.js';

/**
 * The schedule facts of every unit in four queries (units, their latest tier change, completed inspections since the
 * start of the oldest previous period, planned inspections ahead): the cost grows with the number of units and
 * inspections, never with a query per unit.
 */
export async function loadScheduleFacts(q: Queryable, today: string, cadences: Readonly<Record<Tier, Cadence>>, timezone: string): Promise<UnitScheduleFacts[]> {
  const windowStart = Object.values(cadences).map((c) => previousPeriod(c, periodOf(c, today)).start).sort()[0]!;
  const [units, changes, done, planned] = await Promise.all([
    q('unit').select('id', 'name', 'town', 'tier', 'created_at'),
    q('tier_change').select('unit_id').max({ at: 'at' }).groupBy('unit_id') as Promise<{ unit_id: number; at: string }[]>,
    q('inspection').where({ status: 'done' }).where('done_date', '>=', windowStart).select('unit_id', 'done_date'),
    q('inspection').where({ status: 'planned' }).whereBetween('planned_date', [today, addDays(today, 62)]).select('id', 'number', 'unit_id', 'planned_date'),
  ]);
  const inspectors = planned.length
    ? await q('inspection_inspector').whereIn('inspection_id', planned.map((p) => p.id)).orderBy('user_id').select('inspection_id', 'user_id')
    : [];
  const since = new Map<number, string>(changes.map((c) => [Number(c.unit_id), localDate(new Date(c.at as string), timezone)]));
  const doneBy = group(done, (d) => Number(d.unit_id), (d) => d.done_date as string);
  const peopleBy = group(inspectors, (i) => Number(i.inspection_id), (i) => i.user_id as string);
  const plannedBy = group(planned, (p) => Number(p.unit_id), (p) => ({ number: p.number as string, date: p.planned_date as string, inspectors: peopleBy.get(Number(p.id)) ?? [] }));
  return units.map((u) => ({
    unitId: Number(u.id), name: u.name, town: u.town, tier: u.tier as Tier,
    tierSince: since.get(Number(u.id)) ?? localDate(new Date(u.created_at as string), timezone),
    doneDates: doneBy.get(Number(u.id)) ?? [],
    planned: (plannedBy.get(Number(u.id)) ?? []).sort((a, b) => a.date.localeCompare(b.date)),
  }));
}

function group<T, K, V>(rows: readonly T[], key: (r: T) => K, value: (r: T) => V): Map<K, V[]> {
  const map = new Map<K, V[]>();
  for (const r of rows) {
    const k = key(r);
    const list = map.get(k);
    if (list) list.push(value(r));
    else map.set(k, [value(r)]);
  }
  return map;
}
