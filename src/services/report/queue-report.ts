import type { Knex } from 'knex';
import type { ReportFigures } from '../../domain/report/figures.js';
import { splitReport } from '../../domain/report/report-parts.js';
import { enqueueOutbox } from '../../db/repositories/outbox.repository.js';

/**
 * Queues the figures in publication wording to a channel, in the caller's transaction: the first part as a post
 * (stored under `ref`), the rest as replies in its thread. Keys `<key>:<part>`: queuing the same report twice stores
 * it once. Returns how many messages were queued (0 when `key` had already been queued).
 */
export async function queueReport(trx: Knex.Transaction, f: ReportFigures, o: { readonly channel: string; readonly key: string; readonly ref: string; readonly weekly: boolean; readonly now: Date }): Promise<number> {
  let queued = 0;
  for (const part of splitReport(f)) {
    const fresh = await enqueueOutbox(trx, {
      key: `${o.key}:${part.part}`,
      delivery: part.part === 1 ? { op: 'post', channel: o.channel, ref: o.ref } : { op: 'reply', channel: o.channel, ref: o.ref },
      notice: { type: 'report', weekly: o.weekly, ...part },
    }, o.now);
    if (!fresh && part.part === 1) return 0;
    if (fresh) queued++;
  }
  return queued;
}
