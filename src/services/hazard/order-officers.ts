import { DomainError } from '../../domain/errors.js';
import { administrativeStaffingProblem } from '../../domain/inspection/visit.js';
import { getEnforcementCards } from '../../db/repositories/user-setting.repository.js';
import { allocateDocumentSerial, allocateRecordNumber } from '../record-number.js';
import type { ActionContext, PresetOrder } from './context.js';
import { assertRole } from './handler-helpers.js';

/**
 * An order is an administrative enforcement act: two officers holding enforcement cards sign it (行政处罚法 Art 42;
 * DOMAIN.md §A8) — the same rule as an administrative inspection's staffing. The issuer is one; the second officer
 * must be another person with the inspector role. Refused on the form's `second_officer` field.
 */
export async function assertOrderOfficers(ctx: Pick<ActionContext, 'trx' | 'actor' | 'deps'>, secondOfficer: string): Promise<void> {
  const field = 'second_officer';
  if (!/^[UW][A-Z0-9]{2,}$/.test(secondOfficer) || secondOfficer === ctx.actor.userId) throw new DomainError('order.too_few_officers', { field });
  await assertRole(ctx.trx, ctx.deps.adminUserIds, secondOfficer, 'inspector', field);
  const officers = [ctx.actor.userId, secondOfficer];
  const cards = await getEnforcementCards(ctx.trx, officers);
  const problem = administrativeStaffingProblem(officers.map((userId) => ({ userId, cardNumber: cards.get(userId) ?? null })));
  if (problem?.kind === 'too_few') throw new DomainError('order.too_few_officers', { field });
  if (problem?.kind === 'no_card') throw new DomainError('order.no_card', { field, users: problem.users.join(',') });
}

/** Checks the two officers, then allocates the order's ZG number and its document serial in the transaction. */
export async function newOrder(ctx: Pick<ActionContext, 'trx' | 'actor' | 'deps' | 'now'>, secondOfficer: string): Promise<PresetOrder> {
  await assertOrderOfficers(ctx, secondOfficer);
  const number = await allocateRecordNumber(ctx.trx, 'ZG', ctx.now, ctx.deps.timezone);
  const document = await allocateDocumentSerial(ctx.trx, 'order', ctx.now, ctx.deps.timezone);
  return { number, document, secondOfficer, inspectionId: null };
}
