import type { Knex } from 'knex';
import { daysBetween, localDate } from '../../domain/calendar.js';
import { DomainError } from '../../domain/errors.js';
import type { HazardDossier } from '../../domain/hazard/dossier.js';
import { INSPECTION_ORDER_MAX, isOrderable, type InspectionOrderInput } from '../../domain/hazard/inspection-order.js';
import type { Hazard } from '../../domain/hazard/hazard.js';
import type { Inspection } from '../../domain/inspection/visit.js';
import { assertCan } from '../../domain/permissions.js';
import type { Actor } from '../../domain/roles.js';
import type { Queryable } from '../../db/knex.js';
import { insertOrder } from '../../db/repositories/hazard-records.repository.js';
import { listInspectionHazards, updateHazard } from '../../db/repositories/hazard.repository.js';
import { getInspection } from '../../db/repositories/inspection.repository.js';
import { loadActor } from '../access.js';
import type { HazardServiceDeps, PresetOrder } from './context.js';
import { finishChange } from './finish-change.js';
import { isoDate, text } from './input-checks.js';
import { loadDossier } from './load-dossier.js';
import { newOrder } from './order-officers.js';
import { ACTION_TEXT_MAX } from '../../domain/hazard/action-input.js';
import { staleError, type HazardWorkflow } from './workflow.js';

/** What the order modal offers: the inspection and its hazards an order may still cover. */
export async function inspectionOrderDraft(q: Queryable, deps: HazardServiceDeps, actorId: string, inspectionId: number): Promise<{ inspection: Inspection; hazards: Hazard[] }> {
  assertCan(await loadActor(q, actorId, deps.adminUserIds), 'inspection.order');
  const inspection = await getInspection(q, inspectionId);
  if (!inspection) throw new DomainError('inspection.not_found', { number: String(inspectionId) });
  return { inspection, hazards: (await listInspectionHazards(q, inspectionId)).filter(isOrderable) };
}

/**
 * One order for what an inspection found, in one transaction (all the hazards or none): one ZG number, one document
 * number, the same two officers, measures and deadline. Each general hazard moves `open → rectifying` through the same
 * pipeline and checks as a single order; each major hazard is listed in the order and keeps its own path. Every hazard
 * gets its audit row, card update, thread reply and the .docx in its thread.
 */
export async function issueInspectionOrder(deps: HazardServiceDeps, workflow: HazardWorkflow, actorId: string, inspectionId: number, input: InspectionOrderInput): Promise<{ number: string; hazards: HazardDossier[] }> {
  return deps.tx.run(async (trx) => {
    const now = deps.clock.now();
    const actor = await loadActor(trx, actorId, deps.adminUserIds);
    const { hazards: orderable } = await inspectionOrderDraft(trx, deps, actorId, inspectionId);
    const wanted = new Set(input.hazardIds);
    const all = await listInspectionHazards(trx, inspectionId);
    const chosen = all.filter((h) => wanted.has(h.id));
    if (chosen.length === 0 || chosen.length !== wanted.size || wanted.size > INSPECTION_ORDER_MAX) throw new DomainError('order.no_hazards', { field: 'hazards', max: INSPECTION_ORDER_MAX });
    const refused = chosen.find((h) => !orderable.some((o) => o.id === h.id));
    if (refused) throw new DomainError('order.hazard_not_orderable', { field: 'hazards', number: refused.number, status: refused.status });
    const measures = text('measures', input.measures, { max: ACTION_TEXT_MAX });
    const deadline = isoDate('deadline', input.deadline);
    if (daysBetween(localDate(now, deps.timezone), deadline) < 0) throw new DomainError('hazard.deadline_in_past', { field: 'deadline' });
    const order: PresetOrder = { ...(await newOrder({ trx, actor, deps, now }, input.secondOfficer)), inspectionId };
    const changed: HazardDossier[] = [];
    for (const h of chosen) {
      changed.push(h.level === 'general'
        ? await workflow.performIn(trx, actorId, h.id, 'open', { action: 'issue_order', measures, deadline, secondOfficer: input.secondOfficer }, order)
        : await listMajorOnOrder(trx, deps, actor, h, { order, measures, deadline, now }));
    }
    return { number: order.number, hazards: changed };
  });
}

/** A major hazard named in an inspection's order: the order recorded against it, its state unchanged (16号令 Art 20). */
async function listMajorOnOrder(trx: Knex.Transaction, deps: HazardServiceDeps, actor: Actor, h: Hazard, o: { order: PresetOrder; measures: string; deadline: string; now: Date }): Promise<HazardDossier> {
  const before = await loadDossier(trx, h.id);
  await insertOrder(trx, h.id, { ...o.order, measures: o.measures, deadline: o.deadline, issuedBy: actor.userId, issuedAt: o.now.toISOString() });
  if (!(await updateHazard(trx, h.id, before.hazard.version, {}, actor.userId, o.now))) throw staleError(await loadDossier(trx, h.id));
  const details = { order: o.order.number, deadline: o.deadline, measures: o.measures, secondOfficer: o.order.secondOfficer, major: true };
  return finishChange(trx, deps, { hazardId: h.id, before, entries: [{ kind: 'issue_order', actor: actor.userId, status: h.status, details }], actor: actor.userId, now: o.now, inform: [] });
}
