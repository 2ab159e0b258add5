import { daysBetween } from '../../domain/calendar.js';
import { DomainError } from '../../domain/errors.js';
import type { InputOf } from '../../domain/hazard/action-input.js';
import { pendingExtension } from '../../domain/hazard/dossier.js';
import { decideExtension, insertExtension, insertReferral } from '../../db/repositories/hazard-records.repository.js';
import { text } from './input-checks.js';
import type { ActionContext, Outcome } from './context.js';
import { futureDeadline } from './handler-helpers.js';

/** The unit or an inspector asks for a later deadline, with a reason; a leader decides. */
export async function requestExtension(ctx: ActionContext, input: InputOf<'request_extension'>): Promise<Outcome> {
  const to = futureDeadline(ctx, input.deadline);
  const from = ctx.dossier.hazard.deadline;
  if (from && daysBetween(from, to) <= 0) throw new DomainError('hazard.extension_not_later', { field: 'deadline' });
  const reason = text('reason', input.reason);
  await insertExtension(ctx.trx, ctx.dossier.hazard.id, { requestedBy: ctx.actor.userId, fromDeadline: from, toDeadline: to, reason, requestedAt: ctx.now.toISOString() });
  return { details: { from, to, reason } };
}

export async function decideOnExtension(ctx: ActionContext, input: InputOf<'decide_extension'>): Promise<Outcome> {
  const request = pendingExtension(ctx.dossier);
  if (!request) throw new DomainError('hazard.no_extension_pending');
  const note = text('note', input.note, { required: !input.approved });
  await decideExtension(ctx.trx, request.id, { approved: input.approved, by: ctx.actor.userId, note, at: ctx.now.toISOString() });
  return {
    ...(input.approved ? { patch: { deadline: request.toDeadline } } : {}),
    details: { approved: input.approved, from: request.fromDeadline, to: request.toDeadline, note },
    inform: [request.requestedBy],
  };
}

/** 移交联合执法: the hazard stays open and carries the flag. */
export async function referJoint(ctx: ActionContext, input: InputOf<'refer_joint'>): Promise<Outcome> {
  const departments = text('departments', input.departments, { max: 500 });
  const measures = text('measures', input.measures);
  await insertReferral(ctx.trx, ctx.dossier.hazard.id, { departments, measures, referredBy: ctx.actor.userId, referredAt: ctx.now.toISOString() });
  return { patch: { referred: true }, details: { departments, measures } };
}

/** A leader voids a record made in error; it is locked from then on. */
export async function voidHazard(ctx: ActionContext, input: InputOf<'void'>): Promise<Outcome> {
  const reason = text('reason', input.reason, { max: 500 });
  return { event: 'void', patch: { voidReason: reason }, details: { reason }, inform: [ctx.dossier.hazard.foundBy] };
}
