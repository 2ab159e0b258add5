import { daysBetween } from '../../domain/calendar.js';
import { DomainError } from '../../domain/errors.js';
import { SHORT_TEXT_MAX, type InputOf } from '../../domain/hazard/action-input.js';
import { latestAcceptance } from '../../domain/hazard/dossier.js';
import { assertClosable, missingPlanElements, PLAN_ELEMENTS, type RemediationPlan } from '../../domain/hazard/guards.js';
import { isEvaluatorKind, isListingLevel } from '../../domain/hazard/hazard.js';
import { insertAcceptance, insertExpert, insertListing, setOpinion, signAcceptance, upsertPlan } from '../../db/repositories/hazard-records.repository.js';
import { isoDate, oneOf, text } from './input-checks.js';
import type { ActionContext, Outcome } from './context.js';
import { assertRole, closure } from './handler-helpers.js';
import { parseYuan } from '../../domain/money.js';

/** 挂牌督办: the supervising leader, the listing level, the document number and date. */
export async function listForSupervision(ctx: ActionContext, input: InputOf<'list_for_supervision'>): Promise<Outcome> {
  await assertRole(ctx.trx, ctx.deps.adminUserIds, input.leader, 'leader', 'leader');
  const level = oneOf('level', input.level, isListingLevel);
  const documentNumber = text('document_number', input.documentNumber, { max: SHORT_TEXT_MAX });
  const listedDate = isoDate('listed_date', input.listedDate);
  if (daysBetween(ctx.today, listedDate) > 0) throw new DomainError('hazard.found_in_future', { field: 'listed_date' });
  await insertListing(ctx.trx, ctx.dossier.hazard.id, { leader: input.leader, level, documentNumber, listedDate, listedBy: ctx.actor.userId, listedAt: ctx.now.toISOString() });
  return { details: { leader: input.leader, level, documentNumber, listedDate } };
}

/** 专家会诊: assign one or more experts (each must hold the expert role); each then gives an opinion from their DM. */
export async function assignExperts(ctx: ActionContext, input: InputOf<'assign_experts'>): Promise<Outcome> {
  if (input.experts.length === 0) throw new DomainError('validation.invalid', { field: 'experts' });
  for (const expert of input.experts) await assertRole(ctx.trx, ctx.deps.adminUserIds, expert, 'expert', 'experts');
  const added: string[] = [];
  for (const expert of new Set(input.experts)) if (await insertExpert(ctx.trx, ctx.dossier.hazard.id, expert, ctx.actor.userId, ctx.now.toISOString())) added.push(expert);
  return { details: { experts: added.join(',') } };
}

export async function recordOpinion(ctx: ActionContext, input: InputOf<'record_opinion'>): Promise<Outcome> {
  const opinion = text('opinion', input.opinion);
  if (!(await setOpinion(ctx.trx, ctx.dossier.hazard.id, ctx.actor.userId, opinion, ctx.now.toISOString()))) throw new DomainError('hazard.opinion_recorded');
  return { details: { opinion } };
}

/** The remediation plan with all six elements of 16号令 Art 15. */
export async function recordPlan(ctx: ActionContext, input: InputOf<'record_plan'>): Promise<Outcome> {
  const missing = missingPlanElements(input.plan);
  if (missing.length > 0) throw new DomainError('validation.invalid', { field: missing[0]! });
  const plan = Object.fromEntries(PLAN_ELEMENTS.map((e) => [e, text(e, input.plan[e])])) as RemediationPlan;
  await upsertPlan(ctx.trx, ctx.dossier.hazard.id, plan, ctx.actor.userId, ctx.now.toISOString());
  return { details: { revised: ctx.dossier.plan !== null } };
}

/** 销号申请 with the evaluation report; starts the authority's 10-day review. */
export async function applyAcceptance(ctx: ActionContext, input: InputOf<'apply_acceptance'>): Promise<Outcome> {
  const evaluatorKind = oneOf('evaluator_kind', input.evaluatorKind, isEvaluatorKind);
  const evaluatorName = text('evaluator_name', input.evaluatorName, { max: SHORT_TEXT_MAX });
  const reportRef = text('report_ref', input.reportRef, { max: SHORT_TEXT_MAX });
  const note = text('note', input.note, { required: false });
  // What the unit carried out and actually spent: the closure form (销号表) prints these, not the plan (DOMAIN.md §B3).
  const measuresDone = text('measures_done', input.measuresDone);
  const fundsSpent = parseYuan(input.fundsSpent);
  if (fundsSpent === undefined || fundsSpent === null) throw new DomainError('validation.invalid', { field: 'funds_spent' });
  const onBehalf = !ctx.dossier.unitContacts.includes(ctx.actor.userId);
  await insertAcceptance(ctx.trx, ctx.dossier.hazard.id, { applicant: ctx.actor.userId, onBehalf, evaluatorKind, evaluatorName, reportRef, note: note || null, measuresDone, fundsSpent, appliedAt: ctx.now.toISOString() });
  return { event: 'apply_acceptance', details: { onBehalf, evaluatorKind, evaluatorName, reportRef, fundsSpent } };
}

function currentApplication(ctx: ActionContext) {
  const application = latestAcceptance(ctx.dossier);
  if (!application) throw new DomainError('closure.missing_signature', { missing: 'applicant' });
  return application;
}

/** The acceptance expert signs: pass → expert accepted; fail → back to rectifying with the opinion. */
export async function expertSign(ctx: ActionContext, input: InputOf<'expert_sign'>): Promise<Outcome> {
  const opinion = text('opinion', input.opinion);
  const application = currentApplication(ctx);
  await signAcceptance(ctx.trx, application.id, 'expert', { by: ctx.actor.userId, passed: input.passed, opinion, at: ctx.now.toISOString() });
  return { event: input.passed ? 'expert_pass' : 'expert_fail', details: { passed: input.passed, opinion } };
}

/** The authority (a leader) signs: pass closes the hazard with all three signatures; fail → back to rectifying. */
export async function authoritySign(ctx: ActionContext, input: InputOf<'authority_sign'>): Promise<Outcome> {
  const opinion = text('opinion', input.opinion);
  const application = currentApplication(ctx);
  const signature = { by: ctx.actor.userId, passed: input.passed, opinion, at: ctx.now.toISOString() };
  if (input.passed) assertClosable({ applicant: { by: application.applicant, at: application.appliedAt }, expert: application.expert, authority: signature });
  await signAcceptance(ctx.trx, application.id, 'authority', signature);
  return input.passed
    ? { event: 'authority_pass', patch: closure(ctx, 'acceptance', opinion), details: { passed: true, opinion } }
    : { event: 'authority_fail', details: { passed: false, opinion } };
}
