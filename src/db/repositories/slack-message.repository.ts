import type { SlackMessageRef } from '../../outbox/outbox-store.js';
import type { Queryable } from '../knex.js';

export async function getSlackMessage(q: Queryable, ref: string): Promise<SlackMessageRef | undefined> {
  const row = await q('slack_message').where({ ref }).first();
  return row ? { channel: row.channel, ts: row.ts } : undefined;
}

export async function saveSlackMessage(q: Queryable, ref: string, message: SlackMessageRef, at: Date): Promise<void> {
  await q('slack_message')
    .insert({ ref, channel: message.channel, ts: message.ts, updated_at: at.toISOString() })
    .onConflict('ref')
    .merge({ channel: message.channel, ts: message.ts, updated_at: at.toISOString() });
}
