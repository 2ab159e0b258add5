import { localDate } from '../domain/calendar.js';
import type { Knex } from 'knex';
import type { Clock } from '../clock.js';
import { DomainError } from '../domain/errors.js';
import { assertCan, can } from '../domain/permissions.js';
import { isStaff, type Actor } from '../domain/roles.js';
import { evaluateTier, type TierPolicy } from '../domain/unit/tier.js';
import type { UnitCard } from '../domain/unit/unit-card.model.js';
import { validateUnitInput, type RawUnitInput, type Unit, type UnitInput } from '../domain/unit/unit.js';
import { isUniqueViolation } from '../db/knex.js';
import { recordAudit } from '../db/repositories/audit.repository.js';
import { listContacts } from '../db/repositories/unit-contact.repository.js';
import { insertTierChange, listTierChanges } from '../db/repositories/tier-change.repository.js';
import { loadTierFacts } from '../db/repositories/tier-facts.repository.js';
import { getUnit, getUnitByCreditCode, insertUnit, searchUnits, updateUnitFields } from '../db/repositories/unit.repository.js';
import type { Transactor } from '../db/transaction.js';
import { loadActor } from './access.js';
import { applyTier } from './unit-tier.js';

export interface UnitServiceDeps {
  readonly tx: Transactor;
  readonly clock: Clock;
  readonly adminUserIds: readonly string[];
  readonly timezone: string;
  readonly tierPolicy: TierPolicy;
}

export const SEARCH_LIMIT = 20;
export const SUGGEST_LIMIT = 50;

/** Units (PRODUCT.md §3): register, edit, find, and keep each unit's tier with why. */
export class UnitService {
  constructor(private readonly deps: UnitServiceDeps) {}

  async register(actorId: string, raw: RawUnitInput): Promise<UnitCard> {
    const input = validated(raw);
    const id = await this.deps.tx.run(async (trx) => {
      assertCan(await this.actor(trx, actorId), 'unit.register');
      await this.assertCreditCodeFree(trx, input.creditCode, undefined);
      const now = this.deps.clock.now();
      const evaluation = evaluateTier({ industry: input.industry, openMajorHazards: [], accidents: [], override: null }, this.deps.tierPolicy, localDate(now, this.deps.timezone));
      const id = await insertUnit(trx, input, evaluation.tier, actorId, now).catch((e: unknown) => {
        throw isUniqueViolation(e) ? new DomainError('unit.duplicate_credit_code', { field: 'credit_code', name: input.creditCode ?? '' }) : e;
      });
      await insertTierChange(trx, { unitId: id, from: null, to: evaluation.tier, reasons: evaluation.reasons, byOverride: false, actor: actorId, at: now.toISOString() });
      await recordAudit(trx, now, { actor: actorId, entity: 'unit', entityId: id, action: 'unit.register', after: { ...input, tier: evaluation.tier } });
      return id;
    });
    return this.card(actorId, id);
  }

  async update(actorId: string, unitId: number, raw: RawUnitInput): Promise<UnitCard> {
    const input = validated(raw);
    await this.deps.tx.run(async (trx) => {
      assertCan(await this.actor(trx, actorId), 'unit.edit');
      const before = await this.mustGet(trx, unitId);
      await this.assertCreditCodeFree(trx, input.creditCode, unitId);
      const now = this.deps.clock.now();
      await updateUnitFields(trx, unitId, input, actorId, now).catch((e: unknown) => {
        throw isUniqueViolation(e) ? new DomainError('unit.duplicate_credit_code', { field: 'credit_code', name: input.creditCode ?? '' }) : e;
      });
      await recordAudit(trx, now, { actor: actorId, entity: 'unit', entityId: unitId, action: 'unit.update', before: fieldsOf(before), after: input });
      await applyTier(trx, (await getUnit(trx, unitId))!, { actor: actorId, now, timezone: this.deps.timezone, policy: this.deps.tierPolicy });
    });
    return this.card(actorId, unitId);
  }

  /** `/unit <text>`: staff search every unit, a unit contact only their own; at most 20, with the total. */
  async search(actorId: string, text: string): Promise<{ units: Unit[]; total: number }> {
    const actor = await this.actor(this.deps.tx.db, actorId);
    assertCan(actor, 'unit.search');
    return searchUnits(this.deps.tx.db, { text, limit: SEARCH_LIMIT, ...(isStaff(actor) ? {} : { onlyIds: actor.unitIds }) });
  }

  /**
   * Type-ahead for unit selects. Open to everyone: anyone may report a hazard at any unit (PRODUCT.md §2), and an
   * option shows only the unit's name, town and tier.
   */
  async suggest(text: string): Promise<Unit[]> {
    if (!text.trim()) return [];
    return (await searchUnits(this.deps.tx.db, { text, limit: SUGGEST_LIMIT })).units;
  }

  async card(actorId: string, unitId: number): Promise<UnitCard> {
    const db = this.deps.tx.db;
    const actor = await this.actor(db, actorId);
    const unit = await this.mustGet(db, unitId);
    assertVisible(actor, unit);
    const [contacts, tierChanges] = await Promise.all([listContacts(db, unitId), listTierChanges(db, unitId, 5)]);
    const today = localDate(this.deps.clock.now(), this.deps.timezone);
    const evaluation = evaluateTier(await loadTierFacts(db, unit, today, this.deps.tierPolicy.accidentLookbackDays), this.deps.tierPolicy, today);
    return {
      unit, evaluation, contacts, tierChanges,
      may: { edit: can(actor, 'unit.edit'), linkContacts: can(actor, 'unit.link_contact'), overrideTier: can(actor, 'unit.override_tier'), recordAccident: can(actor, 'accident.record') },
    };
  }

  /** For the edit modal: the unit as stored, if this person may edit it. */
  async forEdit(actorId: string, unitId: number): Promise<Unit> {
    assertCan(await this.actor(this.deps.tx.db, actorId), 'unit.edit');
    return this.mustGet(this.deps.tx.db, unitId);
  }

  /** The units a person is a contact of (App Home). */
  async ofContact(userId: string): Promise<Unit[]> {
    const actor = await this.actor(this.deps.tx.db, userId);
    const units = await Promise.all(actor.unitIds.map((id) => getUnit(this.deps.tx.db, id)));
    return units.filter((u): u is Unit => u !== undefined);
  }

  async get(unitId: number): Promise<Unit> {
    return this.mustGet(this.deps.tx.db, unitId);
  }

  private actor(q: Knex | Knex.Transaction, userId: string): Promise<Actor> {
    return loadActor(q, userId, this.deps.adminUserIds);
  }

  private async mustGet(q: Knex | Knex.Transaction, unitId: number): Promise<Unit> {
    const unit = await getUnit(q, unitId);
    if (!unit) throw new DomainError('unit.not_found', { id: unitId });
    return unit;
  }

  private async assertCreditCodeFree(q: Knex.Transaction, creditCode: string | null, exceptId: number | undefined): Promise<void> {
    if (!creditCode) return;
    const existing = await getUnitByCreditCode(q, creditCode);
    if (existing && existing.id !== exceptId) throw new DomainError('unit.duplicate_credit_code', { field: 'credit_code', name: existing.name });
  }
}

export function assertVisible(actor: Actor, unit: Unit): void {
  if (!isStaff(actor) && !actor.unitIds.includes(unit.id)) throw new DomainError('auth.unit_not_visible');
}

function validated(raw: RawUnitInput): UnitInput {
  const result = validateUnitInput(raw);
  if (!result.ok) throw new DomainError('validation.invalid', { field: result.problems[0]!.field });
  return result.value;
}

function fieldsOf(unit: Unit): UnitInput {
  const { name, creditCode, industry, town, address, contactName, contactPhone, majorHazardSource, licenceHolder } = unit;
  return { name, creditCode, industry, town, address, contactName, contactPhone, majorHazardSource, licenceHolder };
}
