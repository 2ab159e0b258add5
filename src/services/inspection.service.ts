import type { Clock } from '../clock.js';
import type { Config } from '../config/config.js';
import { daysBetween, isCalendarDate, localDate } from '../domain/calendar.js';
import { DomainError } from '../domain/errors.js';
import type { DueUnit } from '../domain/inspection/due-unit.model.js';
import { MAX_UNITS_PER_ASSIGNMENT, type AssignInput, type ResultInput } from '../domain/inspection/inspection-input.js';
import { periodStanding } from '../domain/inspection/period.js';
import { administrativeStaffingProblem, isVisitType, wouldExceedCap, type Inspection } from '../domain/inspection/visit.js';
import { assertCan, can } from '../domain/permissions.js';
import type { Tier } from '../domain/unit/tier.js';
import type { Unit } from '../domain/unit/unit.js';
import { recordAudit } from '../db/repositories/audit.repository.js';
import { countAdministrative, finishInspection, getInspection, getInspectionByNumber, insertInspection, plannedFor } from '../db/repositories/inspection.repository.js';
import { enqueueOutbox } from '../db/repositories/outbox.repository.js';
import { loadScheduleFacts } from '../db/repositories/schedule.repository.js';
import { getUnit } from '../db/repositories/unit.repository.js';
import { getEnforcementCards, setEnforcementCard } from '../db/repositories/user-setting.repository.js';
import type { Transactor } from '../db/transaction.js';
import { loadActor } from './access.js';
import { allocateRecordNumber } from './record-number.js';
import { listInspectionHazards } from '../db/repositories/hazard.repository.js';
import { isOrderable } from '../domain/hazard/inspection-order.js';

export const DUE_LIST_LIMIT = 20;
const TIER_ORDER: Record<Tier, number> = { red: 0, yellow: 1, blue: 2 };

/** Inspections (PRODUCT.md §4): assign (JC-…), record the result or cancel, and what is due this period. */
export class InspectionService {
  constructor(private readonly deps: { readonly tx: Transactor; readonly clock: Clock; readonly adminUserIds: readonly string[]; readonly timezone: string; readonly rules: Config['rules'] }) {}

  async assign(actorId: string, input: AssignInput): Promise<Inspection[]> {
    return this.deps.tx.run(async (trx) => {
      assertCan(await loadActor(trx, actorId, this.deps.adminUserIds), 'inspection.assign');
      const now = this.deps.clock.now();
      const today = localDate(now, this.deps.timezone);
      const unitIds = [...new Set(input.unitIds)];
      if (unitIds.length === 0 || unitIds.length > MAX_UNITS_PER_ASSIGNMENT) throw new DomainError('validation.invalid', { field: 'units' });
      if (!isVisitType(input.visitType)) throw new DomainError('validation.invalid', { field: 'visit_type' });
      if (!isCalendarDate(input.plannedDate)) throw new DomainError('validation.invalid', { field: 'planned_date' });
      if (daysBetween(today, input.plannedDate) < 0) throw new DomainError('inspection.date_in_past', { field: 'planned_date' });
      const inspectors = [...new Set(input.inspectors)];
      if (inspectors.length === 0) throw new DomainError('validation.invalid', { field: 'inspectors' });
      for (const user of inspectors) {
        if (!(await loadActor(trx, user, this.deps.adminUserIds)).roles.has('inspector')) throw new DomainError('inspection.not_inspector', { field: 'inspectors', user });
      }
      if (input.visitType === 'administrative') {
        const cards = await getEnforcementCards(trx, inspectors);
        const problem = administrativeStaffingProblem(inspectors.map((userId) => ({ userId, cardNumber: cards.get(userId) ?? null })));
        if (problem?.kind === 'too_few') throw new DomainError('inspection.too_few_inspectors', { field: 'inspectors', min: problem.min });
        if (problem?.kind === 'no_card') throw new DomainError('inspection.no_card', { field: 'inspectors', users: problem.users.join(',') });
      }
      const units: { unit: Unit; overCap: { count: number; cap: number } | null }[] = [];
      const cap = this.deps.rules.adminInspectionCap;
      for (const id of unitIds) {
        const unit = await getUnit(trx, id);
        if (!unit) throw new DomainError('unit.not_found', { field: 'units' });
        let overCap: { count: number; cap: number } | null = null;
        if (input.visitType === 'administrative' && cap !== null) {
          const count = await countAdministrative(trx, id, Number(input.plannedDate.slice(0, 4)));
          if (wouldExceedCap(count, cap)) {
            if (!input.acknowledgeCap) throw new DomainError('inspection.cap_reached', { field: 'visit_type', unit: unit.name, count, cap });
            overCap = { count, cap }; // assigned anyway, knowingly: the audit row says so
          }
        }
        units.push({ unit, overCap });
      }
      const created: Inspection[] = [];
      for (const { unit, overCap } of units) {
        const number = await allocateRecordNumber(trx, 'JC', now, this.deps.timezone);
        const id = await insertInspection(trx, { number, unitId: unit.id, plannedDate: input.plannedDate, visitType: input.visitType, inspectors, by: actorId, at: now.toISOString() });
        const auditId = await recordAudit(trx, now, { actor: actorId, entity: 'inspection', entityId: id, action: 'inspection.assign', after: { number, unitId: unit.id, plannedDate: input.plannedDate, visitType: input.visitType, inspectors, ...(overCap ? { overCap } : {}) } });
        for (const user of inspectors.filter((u) => u !== actorId)) {
          await enqueueOutbox(trx, { key: `audit:${auditId}:dm:${user}`, delivery: { op: 'dm', user }, notice: { type: 'inspection_assigned', number, unitName: unit.name, plannedDate: input.plannedDate, visitType: input.visitType, by: actorId } }, now);
        }
        created.push((await getInspection(trx, id))!);
      }
      return created;
    });
  }

  /** A planned inspection becomes done (with its result) or cancelled (with the reason); once only. */
  async record(actorId: string, inspectionId: number, input: ResultInput): Promise<Inspection> {
    return this.deps.tx.run(async (trx) => {
      assertCan(await loadActor(trx, actorId, this.deps.adminUserIds), 'inspection.record');
      const now = this.deps.clock.now();
      const before = await getInspection(trx, inspectionId);
      if (!before) throw new DomainError('inspection.not_found', { id: inspectionId });
      if (before.status !== 'planned') throw new DomainError('inspection.not_planned', { number: before.number, status: before.status, by: before.updatedBy, at: before.updatedAt });
      const summary = input.summary.trim();
      if (!summary || [...summary].length > 2000) throw new DomainError('validation.invalid', { field: 'summary' });
      const findings = input.findings.trim();
      if ([...findings].length > 2000) throw new DomainError('validation.invalid', { field: 'findings' });
      let doneDate: string | null = null;
      if (input.outcome === 'done') {
        doneDate = input.doneDate;
        if (!isCalendarDate(doneDate)) throw new DomainError('validation.invalid', { field: 'done_date' });
        if (daysBetween(localDate(now, this.deps.timezone), doneDate) > 0) throw new DomainError('hazard.found_in_future', { field: 'done_date' });
      }
      const ok = await finishInspection(trx, inspectionId, {
        status: input.outcome, doneDate, summary, findings: findings || null, cancelReason: input.outcome === 'cancelled' ? summary : null, by: actorId, at: now.toISOString(),
      });
      if (!ok) {
        // Someone recorded it between our read and our write (possible on PostgreSQL): say what they recorded.
        const after = (await getInspection(trx, inspectionId))!;
        throw new DomainError('inspection.not_planned', { number: after.number, status: after.status, by: after.updatedBy, at: after.updatedAt });
      }
      await recordAudit(trx, now, { actor: actorId, entity: 'inspection', entityId: inspectionId, action: `inspection.${input.outcome}`, before: { status: 'planned' }, after: { status: input.outcome, doneDate, summary, findings } });
      return (await getInspection(trx, inspectionId))!;
    });
  }

  async get(actorId: string, ref: number | string): Promise<{ inspection: Inspection; unit: Unit; mayRecord: boolean; mayOrder: boolean }> {
    const db = this.deps.tx.db;
    const actor = await loadActor(db, actorId, this.deps.adminUserIds);
    assertCan(actor, 'unit.search');
    const inspection = typeof ref === 'number' ? await getInspection(db, ref) : await getInspectionByNumber(db, ref);
    if (!inspection) throw new DomainError('inspection.not_found', { number: String(ref) });
    // One order may cover what it found while any of those hazards can still go on an order (inspectors only).
    const mayOrder = can(actor, 'inspection.order') && inspection.status === 'done' && (await listInspectionHazards(db, inspection.id)).some(isOrderable);
    return { inspection, unit: (await getUnit(db, inspection.unitId))!, mayRecord: can(actor, 'inspection.record') && inspection.status === 'planned', mayOrder };
  }

  /** `/inspect mine`: the person's planned inspections, soonest first, with their units. */
  async mine(actorId: string): Promise<{ inspection: Inspection; unit: Unit }[]> {
    const db = this.deps.tx.db;
    const planned = await plannedFor(db, actorId);
    return Promise.all(planned.map(async (inspection) => ({ inspection, unit: (await getUnit(db, inspection.unitId))! })));
  }

  /** `/inspect due`: units still due in their current period, red first, then the period ending soonest (20 shown). */
  async due(actorId: string): Promise<{ units: DueUnit[]; total: number; today: string }> {
    const db = this.deps.tx.db;
    assertCan(await loadActor(db, actorId, this.deps.adminUserIds), 'inspection.assign');
    const today = localDate(this.deps.clock.now(), this.deps.timezone);
    const facts = await loadScheduleFacts(db, today, this.deps.rules.cadences, this.deps.timezone);
    const due = facts
      .map((u) => ({ unit: { id: u.unitId, name: u.name, town: u.town, tier: u.tier }, standing: periodStanding(this.deps.rules.cadences[u.tier], today, u.doneDates), planned: u.planned[0] ?? null }))
      .filter((d) => d.standing.due)
      .sort((a, b) => TIER_ORDER[a.unit.tier] - TIER_ORDER[b.unit.tier] || a.standing.period.end.localeCompare(b.standing.period.end) || a.unit.id - b.unit.id);
    return { units: due.slice(0, DUE_LIST_LIMIT), total: due.length, today };
  }

  /** `/anjian card <number>`: one's own enforcement-card number (admins may set anyone's). */
  async setCard(actorId: string, userId: string, card: string | null): Promise<void> {
    await this.deps.tx.run(async (trx) => {
      if (userId !== actorId) assertCan(await loadActor(trx, actorId, this.deps.adminUserIds), 'role.manage');
      const value = card?.trim() || null;
      if (value && !/^[\p{L}\p{N}-]{4,50}$/u.test(value)) throw new DomainError('inspection.card_invalid', { field: 'card' });
      const now = this.deps.clock.now();
      await setEnforcementCard(trx, userId, value, now);
      await recordAudit(trx, now, { actor: actorId, entity: 'user', entityId: userId, action: 'settings.enforcement_card', after: { card: value } });
    });
  }
}
