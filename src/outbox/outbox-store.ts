import type { OutboxMessage } from './outbox-message.js';

export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed';

/** A queued message as stored, with its delivery state. */
export interface OutboxRow {
  readonly id: number;
  readonly key: string;
  readonly lane: string;
  readonly message: OutboxMessage;
  readonly status: OutboxStatus;
  readonly attempts: number;
  readonly nextAttemptAt: string;
}

/** Where a message was posted: later changes update it (`chat.update`) or reply in its thread. */
export interface SlackMessageRef {
  readonly channel: string;
  readonly ts: string;
}

/**
 * What the outbox dispatcher (src/slack/outbox-dispatcher.ts) needs from storage: the rows due, their claim and
 * outcome, the messages stored under a ref, and the app's DM channel with each person. Declared here so that the
 * dispatcher does not depend on the database; src/db/db-outbox-store.ts implements it over the repositories.
 */
export interface OutboxStore {
  /** The oldest undelivered message of each lane, when it is due (see listDueLaneHeads). */
  dueLaneHeads(now: Date, limit: number): Promise<OutboxRow[]>;
  /** Claims a row for delivery until `lockedUntil`; false when another process claimed it first. */
  claim(id: number, now: Date, lockedUntil: Date): Promise<boolean>;
  markSent(id: number, at: Date, result: { channel?: string; ts?: string }): Promise<void>;
  markFailed(id: number, error: string): Promise<void>;
  /** Back to pending for a later attempt. `countAttempt: false` gives the attempt back (a wait, not a failure). */
  reschedule(id: number, next: Date, error: string, countAttempt: boolean): Promise<void>;
  messageRef(ref: string): Promise<SlackMessageRef | undefined>;
  saveMessageRef(ref: string, message: SlackMessageRef, at: Date): Promise<void>;
  dmChannel(userId: string): Promise<string | undefined>;
  saveDmChannel(userId: string, channel: string, at: Date): Promise<void>;
}
