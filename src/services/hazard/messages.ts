import { factsOf, partiesOf, type HazardDossier } from '../../domain/hazard/dossier.js';
import type { HazardAction } from '../../domain/hazard/hazard-actions.js';
import type { TimelineEntry } from '../../domain/hazard/timeline.js';
import { newTodos, pendingTodos, type RoleHolders } from '../../domain/hazard/todos.js';
import type { Queryable } from '../../db/knex.js';
import { usersWithRole } from '../../db/repositories/user-role.repository.js';
import type { OutboxMessage } from '../../outbox/outbox-message.js';
import { documentFor } from './documents.js';

/** The ref under which a hazard's card is stored: later changes update it and reply in its thread. */
export const hazardCardRef = (hazardId: number) => `hazard:${hazardId}`;

export async function roleHolders(q: Queryable, adminUserIds: readonly string[]): Promise<RoleHolders> {
  const [leaders, inspectors] = await Promise.all([usersWithRole(q, 'leader'), usersWithRole(q, 'inspector')]);
  return { leaders, inspectors, fallback: adminUserIds };
}

export function todosOf(d: HazardDossier | undefined, holders: RoleHolders): Map<string, HazardAction[]> {
  if (!d) return new Map();
  return pendingTodos({ facts: factsOf(d), ...partiesOf(d), ...holders });
}

/**
 * The messages one change sends, all queued in its transaction: the card re-rendered (upsert) and each event as a
 * thread reply in HAZARD_CHANNEL; a DM to each person who now has something to do that they did not have before;
 * and a DM telling the people concerned (a requester, a public reporter) what happened.
 */
export function hazardMessages(o: {
  readonly key: string;
  readonly channel: string | undefined;
  readonly before: HazardDossier | undefined;
  readonly after: HazardDossier;
  readonly entries: readonly TimelineEntry[];
  readonly actor: string;
  readonly holders: RoleHolders;
  readonly inform: readonly string[];
}): OutboxMessage[] {
  const hazardId = o.after.hazard.id;
  const messages: OutboxMessage[] = [];
  if (o.channel) {
    const ref = hazardCardRef(hazardId);
    messages.push({ key: `${o.key}:card`, delivery: { op: 'upsert', channel: o.channel, ref }, notice: { type: 'hazard_card', hazardId } });
    o.entries.forEach((entry, i) => messages.push({ key: `${o.key}:reply:${i}`, delivery: { op: 'reply', channel: o.channel!, ref }, notice: { type: 'hazard_event', hazardId, entry, in: 'thread' } }));
    // The document of this change (order, re-inspection opinion, closure form) as a .docx in the same thread.
    const document = o.entries[0] ? documentFor(o.entries[0], o.after) : undefined;
    if (document) messages.push({ key: `${o.key}:document`, delivery: { op: 'reply', channel: o.channel, ref }, notice: { type: 'hazard_document', ...document } });
  }
  const todos = newTodos(todosOf(o.before, o.holders), todosOf(o.after, o.holders), o.actor);
  for (const [user, actions] of todos) messages.push({ key: `${o.key}:todo:${user}`, delivery: { op: 'dm', user }, notice: { type: 'hazard_todo', hazardId, actions } });
  const told = new Set([o.actor, ...todos.keys()]);
  for (const user of new Set(o.inform)) {
    if (told.has(user) || !/^[UW][A-Z0-9]+$/.test(user)) continue;
    messages.push({ key: `${o.key}:info:${user}`, delivery: { op: 'dm', user }, notice: { type: 'hazard_event', hazardId, entry: o.entries[0]!, in: 'dm' } });
  }
  return messages;
}
