import { daysBetween } from '../../domain/calendar.js';
import { DomainError } from '../../domain/errors.js';
import type { InputOf } from '../../domain/hazard/action-input.js';
import { latestRectification } from '../../domain/hazard/dossier.js';
import { isHazardLevel } from '../../domain/hazard/hazard.js';
import { insertFiles, insertOrder, insertRectification, reviewRectification } from '../../db/repositories/hazard-records.repository.js';
import { oneOf, text } from './input-checks.js';
import type { ActionContext, Outcome } from './context.js';
import { assertRole, closure, futureDeadline } from './handler-helpers.js';
import { newOrder } from './order-officers.js';
import { allocateDocumentSerial } from '../record-number.js';

/** An inspector confirms a reported hazard: its level (may be corrected), deadline and assignee. */
export async function confirm(ctx: ActionContext, input: InputOf<'confirm'>): Promise<Outcome> {
  const level = oneOf('level', input.level, isHazardLevel);
  const deadline = futureDeadline(ctx, input.deadline);
  if (daysBetween(ctx.dossier.hazard.foundDate, deadline) < 0) throw new DomainError('hazard.deadline_before_found', { field: 'deadline' });
  await assertRole(ctx.trx, ctx.deps.adminUserIds, input.assignee, 'inspector', 'assignee');
  const note = text('note', input.note, { required: false });
  return { event: 'confirm', patch: { level, deadline, assignee: input.assignee }, details: { level, deadline, assignee: input.assignee, note }, inform: [ctx.dossier.hazard.foundBy] };
}

export async function dismiss(ctx: ActionContext, input: InputOf<'dismiss'>): Promise<Outcome> {
  const reason = text('reason', input.reason, { max: 500 });
  return { event: 'dismiss', patch: { voidReason: reason }, details: { reason }, inform: [ctx.dossier.hazard.foundBy] };
}

/**
 * 责令限期整改指令书: measures and a deadline, numbered ZG-YYYY-NNNN, with its document number (a serial per year) and two
 * enforcement officers holding cards — the issuer and the second officer (DOMAIN.md §A8). Several hazards of one
 * inspection may share one order (`ctx.order`, allocated once by the caller).
 */
export async function issueOrder(ctx: ActionContext, input: InputOf<'issue_order'>): Promise<Outcome> {
  const measures = text('measures', input.measures);
  const deadline = futureDeadline(ctx, input.deadline);
  const order = ctx.order ?? (await newOrder(ctx, input.secondOfficer));
  await insertOrder(ctx.trx, ctx.dossier.hazard.id, { ...order, measures, deadline, issuedBy: ctx.actor.userId, issuedAt: ctx.now.toISOString() });
  return { event: 'issue_order', patch: { deadline }, details: { order: order.number, deadline, measures, secondOfficer: order.secondOfficer } };
}

/** Rectified on the spot (当场整改): an inspector closes an open general hazard with a note. */
export async function closeOnSpot(ctx: ActionContext, input: InputOf<'close_on_spot'>): Promise<Outcome> {
  const note = text('note', input.note);
  return { event: 'close_on_spot', patch: closure(ctx, 'on_spot', note), details: { note } };
}

/** The unit reports the hazard rectified, with evidence; an inspector may report for it (recorded as such). */
export async function reportRectified(ctx: ActionContext, input: InputOf<'report_rectified'>): Promise<Outcome> {
  const evidence = text('evidence', input.evidence);
  const onBehalf = !ctx.dossier.unitContacts.includes(ctx.actor.userId);
  await insertRectification(ctx.trx, ctx.dossier.hazard.id, { reportedBy: ctx.actor.userId, onBehalf, evidence, reportedAt: ctx.now.toISOString() });
  await insertFiles(ctx.trx, ctx.dossier.hazard.id, 'rectified', input.photos.slice(0, 6), ctx.actor.userId, ctx.now.toISOString());
  return { event: 'report_rectified', details: { onBehalf, evidence, photos: input.photos.length } };
}

/**
 * 复查: pass closes the hazard; fail sends it back to rectification with the reason and a new deadline (the old one
 * has usually passed), and the unit's contacts are told.
 */
export async function reinspect(ctx: ActionContext, input: InputOf<'reinspect'>): Promise<Outcome> {
  const note = text('note', input.note, { required: !input.passed });
  const deadline = input.passed ? null : futureDeadline(ctx, input.newDeadline ?? '', 'new_deadline');
  const report = latestRectification(ctx.dossier);
  // The re-inspection opinion (整改复查意见书) is numbered in its own series, passed or not.
  const opinion = await allocateDocumentSerial(ctx.trx, 'reinspection', ctx.now, ctx.deps.timezone);
  if (report) await reviewRectification(ctx.trx, report.id, input.passed ? 'pass' : 'fail', ctx.actor.userId, note, ctx.now.toISOString(), opinion);
  return deadline === null
    ? { event: 'pass_reinspection', patch: closure(ctx, 'reinspection', note || null), details: { passed: true, note } }
    : { event: 'fail_reinspection', patch: { deadline }, details: { passed: false, note, deadline }, inform: ctx.dossier.unitContacts };
}
