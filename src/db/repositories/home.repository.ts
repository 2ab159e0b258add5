import type { Knex } from 'knex';
import type { HazardFacts } from '../../domain/hazard/hazard-actions.js';
import { ACTIVE_STATUSES, type HazardLevel, type HazardStatus } from '../../domain/hazard/hazard.js';
import type { HazardParties } from '../../domain/hazard/todos.js';
import type { ContactUnit, HazardCounts, HazardLine, HomeInspection, ListedHazard } from '../../domain/home/home.model.js';
import { UNCOUNTED_STATUSES } from '../../domain/report/figures.js';
import type { Tier } from '../../domain/unit/tier.js';
import type { OutboxMessage } from '../../outbox/outbox-message.js';
import type { Queryable } from '../knex.js';

/**
 * The reads behind App Home: office counts with GROUP BY (never a row per hazard), the few hazards listed for
 * supervision, a unit contact's units with their open hazards, and the facts the to-do rule needs for the hazards
 * that may concern one person. Portable knex: the same queries on SQLite and PostgreSQL.
 */

type Row = Record<string, any>;
const num = (v: unknown) => Number(v ?? 0);

/** Not finished: a report waiting for confirmation, or an open hazard on its way to closure. */
const UNFINISHED: readonly HazardStatus[] = ['reported', ...ACTIVE_STATUSES];

/** One query: unfinished hazards grouped by level and status, with how many of each group are overdue on `today`. */
export async function hazardCounts(q: Queryable, today: string): Promise<HazardCounts> {
  const rows: Row[] = await q('hazard')
    .whereIn('status', [...UNFINISHED])
    .groupBy('level', 'status')
    .select('level', 'status')
    .count({ n: '*' })
    .select(q.raw('sum(case when deadline is not null and deadline < ? then 1 else 0 end) as late', [today]));
  const open = { general: 0, major: 0 };
  const overdue = { general: 0, major: 0 };
  let reported = 0;
  for (const r of rows) {
    const level = r.level as HazardLevel;
    if (r.status === 'reported') reported += num(r.n);
    else if (level in open) {
      open[level] += num(r.n);
      overdue[level] += num(r.late);
    }
  }
  return { open, overdue, reported };
}

/**
 * Hazards found between two days (inclusive), not void and not an unconfirmed report, and how many of them are
 * closed: the same "found" as the reports' closure rate (src/domain/report/figures.ts).
 */
export async function foundAndClosed(q: Queryable, from: string, to: string): Promise<{ found: number; closed: number }> {
  const rows: Row[] = await q('hazard').whereBetween('found_date', [from, to]).whereNotIn('status', UNCOUNTED_STATUSES).groupBy('status').select('status').count({ n: '*' });
  return {
    found: rows.reduce((n, r) => n + num(r.n), 0),
    closed: rows.filter((r) => r.status === 'closed').reduce((n, r) => n + num(r.n), 0),
  };
}

/** Open major hazards listed for supervision (挂牌督办): the first `limit` by deadline, and how many there are. */
export async function listedMajorHazards(q: Queryable, limit: number): Promise<{ items: ListedHazard[]; total: number }> {
  const base = () => q('hazard').join('hazard_listing', 'hazard_listing.hazard_id', 'hazard.id').where('hazard.level', 'major').whereIn('hazard.status', [...ACTIVE_STATUSES]);
  const [count] = await base().count({ n: '*' });
  const rows: Row[] = await base()
    .join('unit', 'unit.id', 'hazard.unit_id')
    .select('hazard.id', 'hazard.number', 'hazard.title', 'hazard.status', 'hazard.deadline', 'unit.name as unit_name', 'hazard_listing.leader', 'hazard_listing.level as listing_level')
    .orderByRaw('case when hazard.deadline is null then 1 else 0 end')
    .orderBy('hazard.deadline')
    .orderBy('hazard.id')
    .limit(limit);
  return {
    total: num((count as Row | undefined)?.n),
    items: rows.map((r) => ({ hazardId: Number(r.id), number: r.number, title: r.title, status: r.status, deadline: r.deadline, unitName: r.unit_name, leader: r.leader, listingLevel: r.listing_level })),
  };
}

const TIER_ORDER: Record<Tier, number> = { red: 0, yellow: 1, blue: 2 };

/** Units by id with their open and overdue hazards (two queries), red first, then by name. */
export async function unitsWithOpenHazards(q: Queryable, unitIds: readonly number[], today: string): Promise<ContactUnit[]> {
  if (unitIds.length === 0) return [];
  const [units, counts] = await Promise.all([
    q('unit').whereIn('id', [...unitIds]).select('id', 'name', 'town', 'tier') as Promise<Row[]>,
    q('hazard').whereIn('unit_id', [...unitIds]).whereIn('status', [...ACTIVE_STATUSES]).groupBy('unit_id').select('unit_id').count({ n: '*' })
      .select(q.raw('sum(case when deadline is not null and deadline < ? then 1 else 0 end) as late', [today])) as Promise<Row[]>,
  ]);
  const byUnit = new Map(counts.map((c) => [Number(c.unit_id), c]));
  return units
    .map((u) => ({ id: Number(u.id), name: u.name, town: u.town, tier: u.tier as Tier, open: num(byUnit.get(Number(u.id))?.n), overdue: num(byUnit.get(Number(u.id))?.late) }))
    .sort((a, b) => TIER_ORDER[a.tier] - TIER_ORDER[b.tier] || a.name.localeCompare(b.name, 'zh-CN') || a.id - b.id);
}

/** The planned inspections a person takes part in (count), and the units of some inspections (name and tier). */
export async function countPlannedFor(q: Queryable, userId: string): Promise<number> {
  const [row] = await q('inspection').join('inspection_inspector', 'inspection_inspector.inspection_id', 'inspection.id')
    .where('inspection_inspector.user_id', userId).where('inspection.status', 'planned').count({ n: '*' });
  return num((row as Row | undefined)?.n);
}

export async function unitNames(q: Queryable, unitIds: readonly number[]): Promise<Map<number, HomeInspection['unit']>> {
  if (unitIds.length === 0) return new Map();
  const rows: Row[] = await q('unit').whereIn('id', [...new Set(unitIds)]).select('id', 'name', 'tier');
  return new Map(rows.map((r) => [Number(r.id), { id: Number(r.id), name: r.name, tier: r.tier as Tier }]));
}

/** What the to-do rule (domain/hazard/todos.ts) needs about one unfinished hazard, plus what a Home line shows. */
export type TodoFacts = HazardLine & HazardParties & Pick<HazardFacts, 'referred' | 'experts' | 'hasPlan' | 'pendingExtension'>;

/**
 * The facts of the unfinished hazards that may concern a person, in six queries whatever their number (subqueries,
 * no id lists). `involving` narrows them to the hazards the person is tied to (assignee, supervising leader, assigned
 * expert, contact of the unit); without it every unfinished hazard is read — what a leader, inspector or admin needs,
 * since work nobody holds falls to all inspectors, all leaders or the admins.
 */
export async function todoFacts(q: Queryable, involving?: string): Promise<TodoFacts[]> {
  const scope = (b: Knex.QueryBuilder) => {
    b.whereIn('hazard.status', [...UNFINISHED]);
    if (involving) {
      const u = involving;
      b.where((w) => {
        w.where('hazard.assignee', u)
          .orWhereExists((s) => s.select(q.raw('1')).from('hazard_listing').whereRaw('hazard_listing.hazard_id = hazard.id').where('hazard_listing.leader', u))
          .orWhereExists((s) => s.select(q.raw('1')).from('hazard_expert').whereRaw('hazard_expert.hazard_id = hazard.id').where('hazard_expert.user_id', u))
          .orWhereExists((s) => s.select(q.raw('1')).from('unit_contact').whereRaw('unit_contact.unit_id = hazard.unit_id').where('unit_contact.user_id', u));
      });
    }
    return b;
  };
  const ids = () => scope(q('hazard').select('hazard.id'));
  const [hazards, listings, experts, plans, extensions, contacts] = await Promise.all([
    scope(q('hazard').join('unit', 'unit.id', 'hazard.unit_id'))
      .select('hazard.id', 'hazard.number', 'hazard.title', 'hazard.level', 'hazard.status', 'hazard.deadline', 'hazard.assignee', 'hazard.referred', 'hazard.unit_id', 'unit.name as unit_name') as Promise<Row[]>,
    q('hazard_listing').whereIn('hazard_id', ids()).select('hazard_id', 'leader') as Promise<Row[]>,
    q('hazard_expert').whereIn('hazard_id', ids()).select('hazard_id', 'user_id', q.raw('case when opinion is null then 0 else 1 end as has_opinion')) as Promise<Row[]>,
    q('hazard_plan').whereIn('hazard_id', ids()).select('hazard_id') as Promise<Row[]>,
    q('hazard_extension').where('status', 'pending').whereIn('hazard_id', ids()).distinct('hazard_id') as Promise<Row[]>,
    q('unit_contact').whereIn('unit_id', scope(q('hazard').select('hazard.unit_id'))).orderBy('user_id').select('unit_id', 'user_id') as Promise<Row[]>,
  ]);
  const leaderOf = new Map(listings.map((l) => [Number(l.hazard_id), String(l.leader)]));
  const expertsOf = groupBy(experts, (e) => Number(e.hazard_id), (e) => ({ userId: String(e.user_id), hasOpinion: num(e.has_opinion) === 1 }));
  const planned = new Set(plans.map((p) => Number(p.hazard_id)));
  const extended = new Set(extensions.map((e) => Number(e.hazard_id)));
  const contactsOf = groupBy(contacts, (c) => Number(c.unit_id), (c) => String(c.user_id));
  return hazards.map((h) => {
    const id = Number(h.id);
    return {
      hazardId: id, number: h.number, title: h.title, level: h.level, status: h.status, deadline: h.deadline, assignee: h.assignee, referred: Boolean(h.referred),
      unitName: h.unit_name, listingLeader: leaderOf.get(id) ?? null, experts: expertsOf.get(id) ?? [], hasPlan: planned.has(id), pendingExtension: extended.has(id),
      unitContacts: [...new Set(contactsOf.get(Number(h.unit_id)) ?? [])],
    };
  });
}

function groupBy<T, V>(rows: readonly T[], key: (r: T) => number, value: (r: T) => V): Map<number, V[]> {
  const map = new Map<number, V[]>();
  for (const r of rows) map.set(key(r), [...(map.get(key(r)) ?? []), value(r)]);
  return map;
}

/** The newest outbox row id: taken before a request runs, so that what it queued can be read after. */
export async function outboxMark(q: Queryable): Promise<number> {
  const [row] = await q('outbox').max({ id: 'id' });
  return num((row as Row | undefined)?.id);
}

/** The people a to-do DM (`hazard_todo`) was queued for after `mark`. */
export async function todoDmRecipientsAfter(q: Queryable, mark: number): Promise<string[]> {
  const rows: Row[] = await q('outbox').where('id', '>', mark).where('op', 'dm').where('payload', 'like', '%"hazard_todo"%').orderBy('id').select('payload');
  const users = new Set<string>();
  for (const r of rows) {
    const message = JSON.parse(String(r.payload)) as OutboxMessage;
    if (message.notice.type === 'hazard_todo' && message.delivery.op === 'dm') users.add(message.delivery.user);
  }
  return [...users];
}
