import { localDate } from '../../domain/calendar.js';
import { DomainError } from '../../domain/errors.js';
import type { ActionInput, InputOf } from '../../domain/hazard/action-input.js';
import { factsOf, relationsOf, type HazardDossier } from '../../domain/hazard/dossier.js';
import { missingPrerequisites } from '../../domain/hazard/guards.js';
import { isActionOpen, mayPerform, rolesFor, type HazardAction } from '../../domain/hazard/hazard-actions.js';
import { nextStatus } from '../../domain/hazard/hazard-state.js';
import { isFinal, type HazardStatus } from '../../domain/hazard/hazard.js';
import type { TimelineEntry } from '../../domain/hazard/timeline.js';
import type { Actor } from '../../domain/roles.js';
import { updateHazard, type HazardPatch } from '../../db/repositories/hazard.repository.js';
import { loadActor } from '../access.js';
import type { Knex } from 'knex';
import type { ActionContext, HazardServiceDeps, Outcome, PresetOrder } from './context.js';
import { loadDossier } from './load-dossier.js';
import { finishChange } from './finish-change.js';
import { closeOnSpot, confirm, dismiss, issueOrder, reinspect, reportRectified } from './general.handlers.js';
import { applyAcceptance, assignExperts, authoritySign, expertSign, listForSupervision, recordOpinion, recordPlan } from './major.handlers.js';
import { decideOnExtension, referJoint, requestExtension, voidHazard } from './oversight.handlers.js';

type Handlers = { [A in HazardAction]: (ctx: ActionContext, input: InputOf<A>) => Promise<Outcome> };

const HANDLERS: Handlers = {
  confirm, dismiss, issue_order: issueOrder, close_on_spot: closeOnSpot, report_rectified: reportRectified, reinspect,
  list_for_supervision: listForSupervision, assign_experts: assignExperts, record_opinion: recordOpinion, record_plan: recordPlan,
  apply_acceptance: applyAcceptance, expert_sign: expertSign, authority_sign: authoritySign,
  request_extension: requestExtension, decide_extension: decideOnExtension, refer_joint: referJoint, void: voidHazard,
};

/**
 * Every action on an existing hazard, in one transaction: load it as it stands; refuse a stale or locked one, an action
 * its state does not allow, or a person who may not; let the action's handler record what it does; move the state
 * (and start a major hazard's rectification once listing, consultation and plan are all there); save with a version
 * check; then audit, tier and messages (finish-change.ts).
 */
export class HazardWorkflow {
  constructor(private readonly deps: HazardServiceDeps) {}

  /** `expectedStatus`: the state the person saw when they pressed the button (undefined: no check). */
  async perform(actorId: string, hazardId: number, expectedStatus: HazardStatus | undefined, input: ActionInput): Promise<HazardDossier> {
    return this.deps.tx.run((trx) => this.performIn(trx, actorId, hazardId, expectedStatus, input));
  }

  /** The same, inside a transaction the caller holds (several hazards changed by one use case, all or none). */
  async performIn(trx: Knex.Transaction, actorId: string, hazardId: number, expectedStatus: HazardStatus | undefined, input: ActionInput, order?: PresetOrder): Promise<HazardDossier> {
    const now = this.deps.clock.now();
    const actor = await loadActor(trx, actorId, this.deps.adminUserIds);
    const before = await loadDossier(trx, hazardId);
    const hazard = before.hazard;
    assertMayAct(actor, before, input.action, expectedStatus);

    const ctx: ActionContext = { trx, actor, dossier: before, now, today: localDate(now, this.deps.timezone), deps: this.deps, ...(order ? { order } : {}) };
    const outcome = await (HANDLERS[input.action] as (c: ActionContext, i: ActionInput) => Promise<Outcome>)(ctx, input);
    const level = outcome.patch?.level ?? hazard.level;
    let status = outcome.event ? nextStatus(level, hazard.status, outcome.event) : hazard.status;
    const entries: TimelineEntry[] = [{ kind: input.action, actor: actorId, status, details: outcome.details }];
    if (level === 'major' && status === 'open' && ['list_for_supervision', 'record_opinion', 'record_plan', 'assign_experts'].includes(input.action)) {
      const mid = factsOf(await loadDossier(trx, hazardId));
      if (missingPrerequisites(mid).length === 0) {
        status = nextStatus(level, status, 'start_rectification');
        entries.push({ kind: 'start_rectification', actor: actorId, status, details: { deadline: hazard.deadline } });
      }
    }
    entries[0] = { ...entries[0]!, status };
    const patch: HazardPatch = { ...outcome.patch, ...(status !== hazard.status ? { status, statusSince: now.toISOString() } : {}) };
    if (!(await updateHazard(trx, hazardId, hazard.version, patch, actorId, now))) throw staleError(await loadDossier(trx, hazardId));
    return finishChange(trx, this.deps, { hazardId, before, entries, actor: actorId, now, inform: outcome.inform ?? [] });
  }
}

/**
 * The refusals every action and every modal for it share: the hazard moved on since the person looked (stale: who
 * did it, when), it is closed or void (locked), or this person may not take the action (the precise reason).
 */
export function assertMayAct(actor: Actor, d: HazardDossier, action: HazardAction, expectedStatus: HazardStatus | undefined): void {
  const { status } = d.hazard;
  if (action === 'record_opinion' && d.experts.some((e) => e.userId === actor.userId && e.opinion !== null)) throw new DomainError('hazard.opinion_recorded');
  if ((expectedStatus !== undefined && status !== expectedStatus) || (!isFinal(status) && !isActionOpen(factsOf(d), action))) throw staleError(d);
  if (isFinal(status)) throw new DomainError('hazard.locked', { number: d.hazard.number, status });
  if (!mayPerform(actor, factsOf(d), relationsOf(d), action)) throw refusal(actor.userId, d, action);
}

/** Someone else moved the hazard on since this person looked: say who, when, and where it stands now. */
export function staleError(d: HazardDossier): DomainError {
  return new DomainError('hazard.stale', { number: d.hazard.number, status: d.hazard.status, by: d.hazard.updatedBy, at: d.hazard.updatedAt });
}

/** Why this person may not take the action: the most precise reason there is. */
export function refusal(userId: string, d: HazardDossier, action: HazardAction): DomainError {
  if (action === 'record_opinion' && d.experts.some((e) => e.userId === userId && e.opinion !== null)) return new DomainError('hazard.opinion_recorded');
  if (action === 'record_opinion' || action === 'expert_sign') return new DomainError('hazard.expert_not_assigned', { number: d.hazard.number });
  if (action === 'report_rectified' || action === 'apply_acceptance' || action === 'request_extension') {
    return new DomainError('hazard.not_unit_contact', { unit: d.unit.name });
  }
  return new DomainError('auth.role_required', { roles: rolesFor(action).join(',') });
}
