import { daysBetween } from '../../domain/calendar.js';
import { DomainError } from '../../domain/errors.js';
import type { Queryable } from '../../db/knex.js';
import { loadActor } from '../access.js';
import { isoDate } from './input-checks.js';
import type { ActionContext } from './context.js';

/** A deadline set now must not lie in the past. */
export function futureDeadline(ctx: ActionContext, value: string, field = 'deadline'): string {
  const deadline = isoDate(field, value);
  if (daysBetween(ctx.today, deadline) < 0) throw new DomainError('hazard.deadline_in_past', { field });
  return deadline;
}

/** The person chosen for a part (assignee, supervising leader, expert) must hold the role for it. */
export async function assertRole(q: Queryable, adminUserIds: readonly string[], userId: string, role: 'inspector' | 'leader' | 'expert', field: string): Promise<void> {
  const person = await loadActor(q, userId, adminUserIds);
  if (!person.roles.has(role)) throw new DomainError(role === 'inspector' ? 'hazard.not_inspector' : role === 'leader' ? 'hazard.not_leader' : 'hazard.not_expert', { field, user: userId });
}

export const closure = (ctx: ActionContext, kind: 'on_spot' | 'reinspection' | 'acceptance', note: string | null) => ({
  closureKind: kind, closureNote: note, closedAt: ctx.now.toISOString(), closedBy: ctx.actor.userId,
});
