import type { Knex } from 'knex';
import type { InspectionExportRow, LedgerRow, UnitExportRow } from '../../domain/export/export-rows.model.js';
import type { HazardLevel, HazardStatus } from '../../domain/hazard/hazard.js';
import type { Queryable } from '../knex.js';
import { getEnforcementCards } from './user-setting.repository.js';

/**
 * Read-only queries of the exports (ledger, units, inspections, statistics). Every list is read in pages by id
 * (keyset: `id > after`, ordered by id), so a large export never holds the database for long: on SQLite there is one
 * connection, and other requests get it between two pages.
 */

type Row = Record<string, any>;
const num = (v: unknown) => Number(v ?? 0);
const bool = (v: unknown) => Boolean(v) && v !== '0';

/** A calendar period, both ends included (YYYY-MM-DD). */
export interface DateRange {
  readonly start: string;
  readonly end: string;
}

export interface LedgerFilter extends DateRange {
  /** Only these states (null: every state). */
  readonly statuses: readonly HazardStatus[] | null;
}

const ledgerWhere = (b: Knex.QueryBuilder, f: LedgerFilter) => {
  b.whereBetween('hazard.found_date', [f.start, f.end]);
  if (f.statuses) b.whereIn('hazard.status', [...f.statuses]);
  return b;
};

export async function countLedger(q: Queryable, f: LedgerFilter): Promise<number> {
  const [row] = await ledgerWhere(q('hazard').count({ n: '*' }), f);
  return num((row as Row | undefined)?.n);
}

/** The next page of ledger rows after hazard id `after`. */
export async function ledgerPage(q: Queryable, f: LedgerFilter, after: number, limit: number): Promise<LedgerRow[]> {
  const rows: Row[] = await ledgerWhere(q('hazard'), f)
    .join('unit', 'unit.id', 'hazard.unit_id')
    .leftJoin('inspection', 'inspection.id', 'hazard.inspection_id')
    .leftJoin('hazard_listing', 'hazard_listing.hazard_id', 'hazard.id')
    .where('hazard.id', '>', after)
    .orderBy('hazard.id')
    .limit(limit)
    .select(
      'hazard.*', 'unit.name as unit_name', 'unit.credit_code', 'unit.industry', 'unit.town', 'unit.tier', 'unit.major_hazard_source',
      'inspection.number as inspection_number', 'hazard_listing.level as listing_level', 'hazard_listing.document_number', 'hazard_listing.leader as listing_leader',
    );
  if (rows.length === 0) return [];
  // The order in force is the latest one (a failed re-inspection may be followed by a new order).
  const orders = new Map<number, Row>();
  for (const o of await q('hazard_order').whereIn('hazard_id', rows.map((r) => r.id)).orderBy('id')) orders.set(Number(o.hazard_id), o);
  return rows.map((r) => {
    const order = orders.get(Number(r.id));
    return {
      id: Number(r.id), number: r.number, source: r.source, inspectionNumber: r.inspection_number ?? null, unitName: r.unit_name, creditCode: r.credit_code,
      industry: r.industry, town: r.town, tier: r.tier, majorHazardSource: bool(r.major_hazard_source), foundDate: r.found_date, foundBy: r.found_by,
      location: r.location, title: r.title, description: r.description, category: r.category, level: r.level, responsiblePerson: r.responsible_person,
      assignee: r.assignee, orderNumber: order?.number ?? null, orderMeasures: order?.measures ?? null, deadline: r.deadline,
      funding: r.funding === null || r.funding === undefined ? null : Number(r.funding), status: r.status, listingLevel: r.listing_level ?? null,
      listingDocument: r.document_number ?? null, listingLeader: r.listing_leader ?? null, closedAt: r.closed_at, closureKind: r.closure_kind, closedBy: r.closed_by,
    };
  });
}

export async function countUnits(q: Queryable): Promise<number> {
  const [row] = await q('unit').count({ n: '*' });
  return num((row as Row | undefined)?.n);
}

export async function unitsPage(q: Queryable, openStatuses: readonly HazardStatus[], after: number, limit: number): Promise<UnitExportRow[]> {
  const rows: Row[] = await q('unit').where('id', '>', after).orderBy('id').limit(limit);
  if (rows.length === 0) return [];
  const ids = rows.map((r) => Number(r.id));
  const contacts = new Map<number, string[]>();
  for (const c of await q('unit_contact').whereIn('unit_id', ids).orderBy('user_id')) contacts.set(Number(c.unit_id), [...(contacts.get(Number(c.unit_id)) ?? []), c.user_id]);
  const open = new Map<number, number>();
  for (const h of (await q('hazard').whereIn('unit_id', ids).whereIn('status', [...openStatuses]).groupBy('unit_id').select('unit_id').count({ n: '*' })) as Row[]) open.set(Number(h.unit_id), num(h.n));
  return rows.map((r) => ({
    id: Number(r.id), name: r.name, creditCode: r.credit_code, industry: r.industry, town: r.town, address: r.address, tier: r.tier,
    overrideTier: r.override_tier, overrideUntil: r.override_until, overrideReason: r.override_reason, majorHazardSource: bool(r.major_hazard_source),
    licenceHolder: bool(r.licence_holder), contactName: r.contact_name, contactPhone: r.contact_phone, slackContacts: contacts.get(Number(r.id)) ?? [],
    openHazards: open.get(Number(r.id)) ?? 0,
  }));
}

const inspectionWhere = (b: Knex.QueryBuilder, r: DateRange) => b.whereRaw('coalesce(inspection.done_date, inspection.planned_date) between ? and ?', [r.start, r.end]);

export async function countInspections(q: Queryable, r: DateRange): Promise<number> {
  const [row] = await inspectionWhere(q('inspection').count({ n: '*' }), r);
  return num((row as Row | undefined)?.n);
}

export async function inspectionsPage(q: Queryable, r: DateRange, after: number, limit: number): Promise<InspectionExportRow[]> {
  const rows: Row[] = await inspectionWhere(q('inspection'), r).join('unit', 'unit.id', 'inspection.unit_id')
    .where('inspection.id', '>', after).orderBy('inspection.id').limit(limit).select('inspection.*', 'unit.name as unit_name');
  if (rows.length === 0) return [];
  const ids = rows.map((x) => Number(x.id));
  const people = new Map<number, string[]>();
  for (const p of await q('inspection_inspector').whereIn('inspection_id', ids).orderBy('user_id')) people.set(Number(p.inspection_id), [...(people.get(Number(p.inspection_id)) ?? []), p.user_id]);
  const cards = await getEnforcementCards(q, [...new Set([...people.values()].flat())]);
  const found = new Map<number, number>();
  for (const h of (await q('hazard').whereIn('inspection_id', ids).whereNot('status', 'void').groupBy('inspection_id').select('inspection_id').count({ n: '*' })) as Row[]) found.set(Number(h.inspection_id), num(h.n));
  return rows.map((x) => ({
    id: Number(x.id), number: x.number, unitName: x.unit_name, visitType: x.visit_type, plannedDate: x.planned_date, status: x.status, doneDate: x.done_date,
    inspectors: (people.get(Number(x.id)) ?? []).map((userId) => ({ userId, card: cards.get(userId) ?? null })), hazardsFound: found.get(Number(x.id)) ?? 0,
  }));
}

/** A unit and the hazards found at it in a period (level, state, funding: what the statistics count). */
export interface UnitHazardFacts {
  readonly id: number;
  readonly name: string;
  readonly creditCode: string | null;
  readonly town: string;
  readonly hazards: readonly { readonly level: HazardLevel; readonly status: HazardStatus; readonly funding: number | null }[];
}

export async function unitHazardFactsPage(q: Queryable, r: DateRange, after: number, limit: number): Promise<UnitHazardFacts[]> {
  const rows: Row[] = await q('unit').where('id', '>', after).orderBy('id').limit(limit).select('id', 'name', 'credit_code', 'town');
  if (rows.length === 0) return [];
  const hazards = new Map<number, UnitHazardFacts['hazards'][number][]>();
  const found = await q('hazard').whereIn('unit_id', rows.map((x) => Number(x.id))).whereBetween('found_date', [r.start, r.end]).orderBy('id').select('unit_id', 'level', 'status', 'funding');
  for (const h of found) {
    const list = hazards.get(Number(h.unit_id)) ?? [];
    list.push({ level: h.level, status: h.status, funding: h.funding === null ? null : Number(h.funding) });
    hazards.set(Number(h.unit_id), list);
  }
  return rows.map((x) => ({ id: Number(x.id), name: x.name, creditCode: x.credit_code, town: x.town, hazards: hazards.get(Number(x.id)) ?? [] }));
}
