import type { Knex } from 'knex';
import type { Config } from '../config/config.js';
import { plannedOn } from '../db/repositories/inspection.repository.js';
import { enqueueOutbox } from '../db/repositories/outbox.repository.js';
import type { VisitType } from '../domain/inspection/visit.js';
import type { OutboxMessage } from '../outbox/outbox-message.js';
import { digestModel } from '../services/digest-model.js';

/** Units listed per message (each takes one block; a message holds at most 50). */
export const DIGEST_ITEMS_PER_MESSAGE = 40;
/** Messages per digest at most (the first plus thread replies): Slack calls do not grow with the number of units. */
export const DIGEST_MAX_MESSAGES = 4;

export interface DigestSummary {
  readonly units: number;
  readonly endingSoon: number;
  readonly listed: number;
  readonly channelMessages: number;
  readonly inspectorDms: number;
}

/**
 * Queues the daily digest (PRODUCT.md §6) in the job's transaction: the counts and the first units ending soon as one
 * message to SCHEDULE_CHANNEL, the rest in its thread (at most four messages; beyond that, how many more), and one DM
 * to each inspector with the day's planned inspections.
 */
export async function queueDigest(trx: Knex.Transaction, slot: string, today: string, now: Date, config: Pick<Config, 'rules' | 'timezone' | 'channels'>): Promise<DigestSummary> {
  const model = await digestModel(trx, today, config);
  const messages: OutboxMessage[] = [];
  const channel = config.channels.schedule;
  const shown = model.endingSoon.slice(0, DIGEST_ITEMS_PER_MESSAGE * DIGEST_MAX_MESSAGES);
  const parts = Math.max(1, Math.ceil(shown.length / DIGEST_ITEMS_PER_MESSAGE));
  if (channel) {
    const ref = `digest:${slot}`;
    for (let part = 0; part < parts; part++) {
      const items = shown.slice(part * DIGEST_ITEMS_PER_MESSAGE, (part + 1) * DIGEST_ITEMS_PER_MESSAGE);
      messages.push({
        key: `job:digest:${slot}:${part}`,
        delivery: part === 0 ? { op: 'post', channel, ref } : { op: 'reply', channel, ref },
        notice: { type: 'digest', date: today, part: part + 1, parts, counts: part === 0 ? model.counts : null, items, more: part === parts - 1 ? model.endingSoon.length - shown.length : 0, soonDays: config.rules.digestSoonDays },
      });
    }
  }
  for (const m of messages) await enqueueOutbox(trx, m, now);
  const inspectorDms = await queueInspectorDays(trx, slot, today, now);
  const units = Object.values(model.counts).reduce((n, c) => n + c.units, 0);
  return { units, endingSoon: model.endingSoon.length, listed: shown.length, channelMessages: channel ? parts : 0, inspectorDms };
}

/** One DM to each inspector with the day's planned inspections (keyed by the slot: queued once). How many people. */
export async function queueInspectorDays(trx: Knex.Transaction, slot: string, today: string, now: Date): Promise<number> {
  const byInspector = new Map<string, { number: string; unitName: string; visitType: VisitType; inspectors: readonly string[] }[]>();
  for (const inspection of await plannedOn(trx, today)) {
    for (const user of inspection.inspectors) {
      byInspector.set(user, [...(byInspector.get(user) ?? []), { number: inspection.number, unitName: inspection.unitName, visitType: inspection.visitType, inspectors: inspection.inspectors }]);
    }
  }
  for (const [user, inspections] of byInspector) {
    await enqueueOutbox(trx, { key: `job:digest:${slot}:dm:${user}`, delivery: { op: 'dm', user }, notice: { type: 'inspector_day', date: today, inspections } }, now);
  }
  return byInspector.size;
}
