import type { Db } from '../../src/db/knex.js';
import { DomainError } from '../../src/domain/errors.js';
import type { OutboxMessage } from '../../src/outbox/outbox-message.js';

/** Every table a hazard change may touch: a refusal must leave all of them exactly as they were. */
export const HAZARD_TABLES = ['hazard', 'hazard_file', 'hazard_order', 'hazard_listing', 'hazard_expert', 'hazard_plan', 'hazard_rectification', 'hazard_acceptance',
  'hazard_extension', 'hazard_referral', 'audit_log', 'outbox', 'unit', 'tier_change', 'counter'] as const;

/** A function that reads these tables' rows (sorted, as JSON), to show that a refused call changed nothing. */
export function snapshotOf(tables: readonly string[]): (db: Db) => Promise<Record<string, string[]>> {
  return async (db) => {
    const out: Record<string, string[]> = {};
    for (const t of tables) out[t] = (await db(t).select('*')).map((r: object) => JSON.stringify(r)).sort();
    return out;
  };
}

/** What a promise settled to: the error it threw, or the words 'it succeeded'. */
export const settle = (p: Promise<unknown>): Promise<unknown> => p.then(() => 'it succeeded', (e: unknown) => e);
/** A domain error's code; anything else as it is. */
export const codeOf = (e: unknown): unknown => (e instanceof DomainError ? e.code : e);

export async function lastOutboxId(db: Db): Promise<number> {
  const row = await db('outbox').max({ m: 'id' }).first();
  return Number(row?.m ?? 0);
}

export async function queuedMessages(db: Db, afterId: number): Promise<OutboxMessage[]> {
  return (await db('outbox').where('id', '>', afterId).orderBy('id')).map((r) => JSON.parse(r.payload) as OutboxMessage);
}

/** One line per message queued after `afterId`: where it goes and what it says. */
export async function queuedAfter(db: Db, afterId: number): Promise<string[]> {
  return (await queuedMessages(db, afterId)).map(({ delivery: d, notice: n }) => {
    const where = d.op === 'dm' ? `dm ${d.user}` : `${d.op} ${d.channel}`;
    const what = n.type === 'hazard_todo' ? `todo ${n.actions.join(',')}` : n.type === 'hazard_event' ? `event ${n.entry.kind}` : n.type;
    return `${where} ${what}`;
  });
}
