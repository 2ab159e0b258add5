import type { OutboxRow, OutboxStore, SlackMessageRef } from '../outbox/outbox-store.js';
import type { Db } from './knex.js';
import { claimOutboxRow, listDueLaneHeads, markOutboxFailed, markOutboxSent, rescheduleOutboxRow } from './repositories/outbox.repository.js';
import { getSlackMessage, saveSlackMessage } from './repositories/slack-message.repository.js';
import { getDmChannel, setDmChannel } from './repositories/user-setting.repository.js';

/** The outbox dispatcher's storage (src/outbox/outbox-store.ts) over the repositories: each call is one statement, no transaction. */
export class DbOutboxStore implements OutboxStore {
  constructor(private readonly db: Db) {}

  dueLaneHeads(now: Date, limit: number): Promise<OutboxRow[]> {
    return listDueLaneHeads(this.db, now, limit);
  }

  claim(id: number, now: Date, lockedUntil: Date): Promise<boolean> {
    return claimOutboxRow(this.db, id, now, lockedUntil);
  }

  markSent(id: number, at: Date, result: { channel?: string; ts?: string }): Promise<void> {
    return markOutboxSent(this.db, id, at, result);
  }

  markFailed(id: number, error: string): Promise<void> {
    return markOutboxFailed(this.db, id, error);
  }

  reschedule(id: number, next: Date, error: string, countAttempt: boolean): Promise<void> {
    return rescheduleOutboxRow(this.db, id, next, error, countAttempt);
  }

  messageRef(ref: string): Promise<SlackMessageRef | undefined> {
    return getSlackMessage(this.db, ref);
  }

  saveMessageRef(ref: string, message: SlackMessageRef, at: Date): Promise<void> {
    return saveSlackMessage(this.db, ref, message, at);
  }

  dmChannel(userId: string): Promise<string | undefined> {
    return getDmChannel(this.db, userId);
  }

  saveDmChannel(userId: string, channel: string, at: Date): Promise<void> {
    return setDmChannel(this.db, userId, channel, at);
  }
}
