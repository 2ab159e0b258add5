import { laneOf, type OutboxMessage } from '../../outbox/outbox-message.js';
import type { OutboxRow, OutboxStatus } from '../../outbox/outbox-store.js';
import type { Queryable } from '../knex.js';

/** Queues a message in the caller's transaction. A key already queued is ignored (returns false). */
export async function enqueueOutbox(q: Queryable, message: OutboxMessage, at: Date): Promise<boolean> {
  const now = at.toISOString();
  const inserted = await q('outbox')
    .insert({
      idempotency_key: message.key,
      lane: laneOf(message.delivery),
      op: message.delivery.op,
      payload: JSON.stringify(message),
      status: 'pending',
      attempts: 0,
      next_attempt_at: now,
      created_at: now,
    })
    .onConflict('idempotency_key')
    .ignore()
    .returning('id');
  return inserted.length > 0;
}

/**
 * The oldest undelivered message of each lane, when it is due (pending and its time has come, or claimed by a
 * process whose lease ran out). A later message never overtakes an earlier one of the same lane.
 */
export async function listDueLaneHeads(q: Queryable, now: Date, limit: number): Promise<OutboxRow[]> {
  const at = now.toISOString();
  const rows = await q('outbox as o')
    .whereIn('o.status', ['pending', 'sending'])
    .whereNotExists((sub) => {
      sub.select(q.raw('1')).from('outbox as p').whereRaw('p.lane = o.lane').whereIn('p.status', ['pending', 'sending']).whereRaw('p.id < o.id');
    })
    .where((w) => {
      w.where((p) => p.where('o.status', 'pending').where('o.next_attempt_at', '<=', at)).orWhere((s) =>
        s.where('o.status', 'sending').where('o.locked_until', '<', at),
      );
    })
    .orderBy('o.id')
    .limit(limit)
    .select('o.*');
  return rows.map((r) => ({
    id: Number(r.id),
    key: r.idempotency_key,
    lane: r.lane,
    message: JSON.parse(r.payload) as OutboxMessage,
    status: r.status,
    attempts: Number(r.attempts),
    nextAttemptAt: r.next_attempt_at,
  }));
}

/** Claims a row for delivery until `lockedUntil`; false when another process claimed it first. */
export async function claimOutboxRow(q: Queryable, id: number, now: Date, lockedUntil: Date): Promise<boolean> {
  const changed = await q('outbox')
    .where({ id })
    .where((w) => w.where('status', 'pending').orWhere((s) => s.where('status', 'sending').where('locked_until', '<', now.toISOString())))
    .update({ status: 'sending', locked_until: lockedUntil.toISOString(), attempts: q.raw('attempts + 1') });
  return changed === 1;
}

export async function markOutboxSent(q: Queryable, id: number, at: Date, result: { channel?: string; ts?: string }): Promise<void> {
  await q('outbox').where({ id }).update({
    status: 'sent', sent_at: at.toISOString(), locked_until: null, last_error: null,
    result_channel: result.channel ?? null, result_ts: result.ts ?? null,
  });
}

/** Back to pending for a later attempt. `countAttempt: false` gives the attempt back (a wait, not a failure). */
export async function rescheduleOutboxRow(q: Queryable, id: number, next: Date, error: string, countAttempt: boolean): Promise<void> {
  await q('outbox').where({ id }).update({
    status: 'pending', next_attempt_at: next.toISOString(), locked_until: null, last_error: error.slice(0, 500),
    ...(countAttempt ? {} : { attempts: q.raw('attempts - 1') }),
  });
}

export async function markOutboxFailed(q: Queryable, id: number, error: string): Promise<void> {
  await q('outbox').where({ id }).update({ status: 'failed', locked_until: null, last_error: error.slice(0, 500) });
}

export async function countOutbox(q: Queryable): Promise<Record<OutboxStatus, number>> {
  const rows: { status: string; n: number | string }[] = await q('outbox').select('status').count({ n: '*' }).groupBy('status');
  const counts: Record<OutboxStatus, number> = { pending: 0, sending: 0, sent: 0, failed: 0 };
  for (const r of rows) counts[r.status as OutboxStatus] = Number(r.n);
  return counts;
}
