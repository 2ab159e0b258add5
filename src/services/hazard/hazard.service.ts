import { localDate } from '../../domain/calendar.js';
import type { AuditRow } from '../../domain/audit.model.js';
import { DomainError } from '../../domain/errors.js';
import type { ActionInput } from '../../domain/hazard/action-input.js';
import { hazardClocks } from '../../domain/hazard/clocks.js';
import { factsOf, relationsOf, type HazardDossier } from '../../domain/hazard/dossier.js';
import { mayPerform, openActions, type HazardAction } from '../../domain/hazard/hazard-actions.js';
import type { RawHazardInput } from '../../domain/hazard/hazard-input.js';
import type { HazardListScope, HazardView } from '../../domain/hazard/hazard-view.model.js';
import { ACTIVE_STATUSES, type Hazard, type HazardStatus } from '../../domain/hazard/hazard.js';
import { can } from '../../domain/permissions.js';
import { isStaff, type Actor } from '../../domain/roles.js';
import type { Unit } from '../../domain/unit/unit.js';
import { listAudit } from '../../db/repositories/audit.repository.js';
import { getHazardByNumber, listHazards, type HazardFilter } from '../../db/repositories/hazard.repository.js';
import { getUnit } from '../../db/repositories/unit.repository.js';
import { loadActor } from '../access.js';
import type { HazardServiceDeps } from './context.js';
import { loadDossier } from './load-dossier.js';
import { registerHazard } from './register.js';
import { inspectionOrderDraft, issueInspectionOrder } from './inspection-order.js';
import type { InspectionOrderInput } from '../../domain/hazard/inspection-order.js';
import type { Inspection } from '../../domain/inspection/visit.js';
import { assertMayAct, HazardWorkflow } from './workflow.js';

export const HAZARD_LIST_LIMIT = 20;

/** Hazards (PRODUCT.md §5): registration, every action on the way to closure, and the look-ups. */
export class HazardService {
  private readonly workflow: HazardWorkflow;

  constructor(private readonly deps: HazardServiceDeps) {
    this.workflow = new HazardWorkflow(deps);
  }

  register(actorId: string, raw: RawHazardInput): Promise<HazardDossier> {
    return registerHazard(this.deps, actorId, raw);
  }

  perform(actorId: string, hazardId: number, expectedStatus: HazardStatus | undefined, input: ActionInput): Promise<HazardDossier> {
    return this.workflow.perform(actorId, hazardId, expectedStatus, input);
  }

  /** One 责令限期整改指令书 for the hazards an inspection found (inspectors). */
  issueInspectionOrder(actorId: string, inspectionId: number, input: InspectionOrderInput): Promise<{ number: string; hazards: HazardDossier[] }> {
    return issueInspectionOrder(this.deps, this.workflow, actorId, inspectionId, input);
  }

  /** For the inspection-order modal: the inspection and the hazards an order may still cover. */
  inspectionOrderDraft(actorId: string, inspectionId: number): Promise<{ inspection: Inspection; hazards: Hazard[]; today: string }> {
    return inspectionOrderDraft(this.deps.tx.db, this.deps, actorId, inspectionId).then((d) => ({ ...d, today: this.today() }));
  }

  /** For the registration modal: whether this person registers straight into `open` (staff), and today's date. */
  async registration(actorId: string): Promise<{ staff: boolean; today: string }> {
    return { staff: can(await this.actor(actorId), 'hazard.register_open'), today: this.today() };
  }

  /** Before a modal opens: the same refusals as the action itself, so nobody fills in a form for nothing. */
  async prepare(actorId: string, hazardId: number, action: HazardAction, expectedStatus: HazardStatus | undefined): Promise<{ dossier: HazardDossier; today: string }> {
    const dossier = await loadDossier(this.deps.tx.db, hazardId);
    assertMayAct(await this.actor(actorId), dossier, action, expectedStatus);
    return { dossier, today: this.today() };
  }

  /** `/hazard YH-…`: the hazard with the actions this person may take; visible to staff, its unit's contacts and its finder. */
  async view(actorId: string, ref: number | string): Promise<HazardView> {
    const actor = await this.actor(actorId);
    const dossier = await this.dossierByRef(ref);
    assertCanSee(actor, dossier);
    const facts = factsOf(dossier);
    const today = this.today();
    return { dossier, actions: openActions(facts).filter((a) => mayPerform(actor, facts, relationsOf(dossier), a)), today, clocks: hazardClocks(dossier, today, this.deps.clockRules, this.deps.timezone) };
  }

  /** The channel card: the actions the state allows (each press is checked again for the person who presses). */
  async card(hazardId: number): Promise<HazardView> {
    const dossier = await loadDossier(this.deps.tx.db, hazardId);
    const today = this.today();
    return { dossier, actions: openActions(factsOf(dossier)), today, clocks: hazardClocks(dossier, today, this.deps.clockRules, this.deps.timezone) };
  }

  async history(actorId: string, ref: number | string): Promise<{ dossier: HazardDossier; audit: AuditRow[] }> {
    const { dossier } = await this.view(actorId, ref);
    return { dossier, audit: await listAudit(this.deps.tx.db, 'hazard', dossier.hazard.id) };
  }

  /** `/hazard list …`: at most 20, overdue first, with the total. People without a staff role see their own. */
  async list(actorId: string, scope: HazardListScope): Promise<{ items: { hazard: Hazard; unit: Unit }[]; total: number; today: string }> {
    const actor = await this.actor(actorId);
    const db = this.deps.tx.db;
    const today = this.today();
    const filter: { -readonly [K in keyof HazardFilter]: HazardFilter[K] } = { limit: HAZARD_LIST_LIMIT };
    if (!isStaff(actor)) filter.involving = actorId; // their units' hazards and the ones they reported
    switch (scope.kind) {
      case 'mine':
        filter.involving = actorId;
        filter.statuses = ['reported', ...ACTIVE_STATUSES];
        break;
      case 'overdue':
        filter.statuses = ACTIVE_STATUSES;
        filter.deadlineBefore = today;
        break;
      case 'major':
        filter.level = 'major';
        filter.statuses = ['reported', ...ACTIVE_STATUSES];
        break;
      case 'open':
        filter.statuses = ['reported', ...ACTIVE_STATUSES];
        break;
      case 'unit':
        filter.unitText = scope.text;
        filter.statuses = ['reported', ...ACTIVE_STATUSES];
        break;
    }
    const { hazards, total } = await listHazards(db, filter, today);
    const units = new Map<number, Unit>();
    for (const h of hazards) if (!units.has(h.unitId)) units.set(h.unitId, (await getUnit(db, h.unitId))!);
    return { items: hazards.map((hazard) => ({ hazard, unit: units.get(hazard.unitId)! })), total, today };
  }

  private async dossierByRef(ref: number | string): Promise<HazardDossier> {
    if (typeof ref === 'number') return loadDossier(this.deps.tx.db, ref);
    const hazard = await getHazardByNumber(this.deps.tx.db, ref);
    if (!hazard) throw new DomainError('hazard.not_found', { number: ref });
    return loadDossier(this.deps.tx.db, hazard.id);
  }

  private actor(userId: string): Promise<Actor> {
    return loadActor(this.deps.tx.db, userId, this.deps.adminUserIds);
  }

  private today(): string {
    return localDate(this.deps.clock.now(), this.deps.timezone);
  }
}

function assertCanSee(actor: Actor, d: HazardDossier): void {
  if (isStaff(actor) || actor.unitIds.includes(d.hazard.unitId) || d.hazard.foundBy === actor.userId) return;
  throw new DomainError('auth.unit_not_visible');
}
