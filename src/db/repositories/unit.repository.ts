import type { Knex } from 'knex';
import type { Industry } from '../../domain/unit/industry.js';
import type { Tier, TierOverride } from '../../domain/unit/tier.js';
import type { Unit, UnitInput } from '../../domain/unit/unit.js';
import type { Queryable } from '../knex.js';

interface UnitRow {
  id: number;
  name: string;
  credit_code: string | null;
  industry: string;
  town: string;
  address: string;
  contact_name: string;
  contact_phone: string;
  major_hazard_source: number | boolean;
  licence_holder: number | boolean;
  tier: string;
  override_tier: string | null;
  override_reason: string | null;
  override_until: string | null;
  override_by: string | null;
  created_at: string;
  created_by: string;
  updated_at: string;
}

function toUnit(r: UnitRow): Unit {
  return {
    id: Number(r.id),
    name: r.name,
    creditCode: r.credit_code,
    industry: r.industry as Industry,
    town: r.town,
    address: r.address,
    contactName: r.contact_name,
    contactPhone: r.contact_phone,
    majorHazardSource: Boolean(r.major_hazard_source),
    licenceHolder: Boolean(r.licence_holder),
    tier: r.tier as Tier,
    override: r.override_tier
      ? { tier: r.override_tier as Tier, reason: r.override_reason ?? '', until: r.override_until, by: r.override_by ?? '' }
      : null,
    createdAt: r.created_at,
    createdBy: r.created_by,
    updatedAt: r.updated_at,
  };
}

function inputColumns(input: UnitInput) {
  return {
    name: input.name,
    credit_code: input.creditCode,
    industry: input.industry,
    town: input.town,
    address: input.address,
    contact_name: input.contactName,
    contact_phone: input.contactPhone,
    major_hazard_source: input.majorHazardSource,
    licence_holder: input.licenceHolder,
  };
}

export async function getUnit(q: Queryable, id: number): Promise<Unit | undefined> {
  const row = await q<UnitRow>('unit').where({ id }).first();
  return row ? toUnit(row) : undefined;
}

export async function getUnitByCreditCode(q: Queryable, creditCode: string): Promise<Unit | undefined> {
  const row = await q<UnitRow>('unit').where({ credit_code: creditCode }).first();
  return row ? toUnit(row) : undefined;
}

export async function insertUnit(q: Queryable, input: UnitInput, tier: Tier, actor: string, at: Date): Promise<number> {
  const now = at.toISOString();
  const [row] = await q('unit')
    .insert({ ...inputColumns(input), tier, created_at: now, created_by: actor, updated_at: now, updated_by: actor })
    .returning('id');
  return Number(typeof row === 'object' ? row.id : row);
}

export async function updateUnitFields(q: Queryable, id: number, input: UnitInput, actor: string, at: Date): Promise<void> {
  await q('unit').where({ id }).update({ ...inputColumns(input), updated_at: at.toISOString(), updated_by: actor });
}

export async function setUnitTier(q: Queryable, id: number, tier: Tier): Promise<void> {
  await q('unit').where({ id }).update({ tier });
}

export async function setUnitOverride(q: Queryable, id: number, override: TierOverride | null, actor: string, at: Date): Promise<void> {
  await q('unit')
    .where({ id })
    .update({
      override_tier: override?.tier ?? null,
      override_reason: override?.reason ?? null,
      override_until: override?.until ?? null,
      override_by: override?.by ?? null,
      override_at: override ? at.toISOString() : null,
      updated_at: at.toISOString(),
      updated_by: actor,
    });
}

export interface UnitSearch {
  readonly text: string;
  readonly limit: number;
  /** Restrict to these units (a unit contact sees only their own). */
  readonly onlyIds?: readonly number[];
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Every word of the text must appear in the name, credit code, address or town (case-insensitive). An exact credit
 * code comes first, then names that start with the text, then the rest by name.
 */
/** Every word of the text in a unit's name, credit code, address or town (case-insensitive); `unit` is the table. */
export function matchUnitText(builder: Knex.QueryBuilder, text: string): Knex.QueryBuilder {
  for (const word of text.trim().toLowerCase().split(/\s+/).filter(Boolean)) {
    const pattern = `%${escapeLike(word)}%`;
    builder.where((w) => {
      for (const column of ['unit.name', 'unit.credit_code', 'unit.address', 'unit.town']) w.orWhereRaw(`lower(??) like ? escape '\\'`, [column, pattern]);
    });
  }
  return builder;
}

export async function searchUnits(q: Queryable, search: UnitSearch): Promise<{ units: Unit[]; total: number }> {
  const filtered = (builder: Knex.QueryBuilder) => {
    matchUnitText(builder, search.text);
    if (search.onlyIds) builder.whereIn('id', [...search.onlyIds]);
    return builder;
  };
  const whole = search.text.trim();
  const [countRow] = await filtered(q('unit').count<{ n: number | string }[]>({ n: '*' }));
  const rows = await filtered(q<UnitRow>('unit').select('*'))
    .orderByRaw(`case when credit_code = ? then 0 when lower(name) like ? escape '\\' then 1 else 2 end`, [whole.toUpperCase(), `${escapeLike(whole.toLowerCase())}%`])
    .orderBy('name')
    .orderBy('id')
    .limit(search.limit);
  return { units: rows.map(toUnit), total: Number(countRow?.n ?? 0) };
}

export async function listUnitIds(q: Queryable): Promise<number[]> {
  return (await q('unit').orderBy('id').select('id')).map((r) => Number(r.id));
}
