import type { HazardAction } from '../domain/hazard/hazard-actions.js';
import type { TimelineEntry } from '../domain/hazard/timeline.js';
import type { AssignableRole } from '../domain/roles.js';

/**
 * What a service wants people to be told, in domain terms. The Slack layer renders a notice into text and blocks at
 * delivery time, in the reader's language (a DM: the recipient's; a channel: APP_LOCALE).
 */
export type Notice =
  | { readonly type: 'role_changed'; readonly change: 'granted' | 'revoked'; readonly role: AssignableRole; readonly by: string }
  | { readonly type: 'unit_contact_changed'; readonly change: 'linked' | 'unlinked'; readonly unitId: number; readonly unitName: string; readonly by: string }
  /** The hazard's card, rendered from its current state when delivered. */
  | { readonly type: 'hazard_card'; readonly hazardId: number }
  /** An event, as a reply in the hazard's thread (`in: 'thread'`) or as a DM telling someone about it. */
  | { readonly type: 'hazard_event'; readonly hazardId: number; readonly entry: TimelineEntry; readonly in: 'thread' | 'dm' }
  /** A DM to the next person to act, with a button for each action (shown only while still open). */
  | { readonly type: 'hazard_todo'; readonly hazardId: number; readonly actions: readonly HazardAction[] };

/**
 * Where a notice goes. `ref` names a message so that later changes can update it (`upsert`) or reply in its thread
 * (`reply`): the dispatcher stores the channel and ts it was posted at under that ref.
 */
export type Delivery =
  | { readonly op: 'dm'; readonly user: string }
  | { readonly op: 'post'; readonly channel: string; readonly ref?: string }
  | { readonly op: 'upsert'; readonly channel: string; readonly ref: string }
  | { readonly op: 'reply'; readonly channel: string; readonly ref: string };

export interface OutboxMessage {
  /** Unique per logical message: queuing the same key twice stores it once. */
  readonly key: string;
  readonly delivery: Delivery;
  readonly notice: Notice;
}

/** Messages of one lane are delivered strictly in order; lanes are independent (one per channel or person). */
export function laneOf(delivery: Delivery): string {
  return delivery.op === 'dm' ? `user:${delivery.user}` : `channel:${delivery.channel}`;
}
