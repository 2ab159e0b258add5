import type { Knex } from 'knex';
import type { Config } from '../../config.js';
import { reachedSteps, STEP_AUDIENCE, type LadderRules } from '../../domain/escalation/ladder.js';
import { ACTIVE_STATUSES } from '../../domain/hazard/hazard.js';
import { enqueueOutbox } from '../../db/repositories/outbox.repository.js';
import { recordReminder } from '../../db/repositories/reminder.repository.js';
import { usersWithRole } from '../../db/repositories/user-role.repository.js';
import { localDate } from '../../i18n/dates.js';
import type { EscalationItem, OutboxMessage } from '../../outbox/outbox-message.js';

export const LEADER_ITEMS_PER_MESSAGE = 20;
export const LEADER_MAX_MESSAGES = 5;

export interface EscalationSummary {
  readonly hazards: number;
  readonly steps: number;
  readonly peopleDms: number;
  readonly leaderMessages: number;
}

interface Candidate {
  id: number;
  number: string;
  title: string;
  level: 'general' | 'major';
  status: (typeof ACTIVE_STATUSES)[number];
  deadline: string | null;
  assignee: string | null;
  unit_id: number;
  unit_name: string;
  leader: string | null;
  applied_at: string | null;
}

/**
 * The daily escalation run (PRODUCT.md §6), in the job's transaction: every open hazard's reached ladder steps that
 * were not sent before are recorded (reminder rows, once per hazard, step and deadline/application) and told — the
 * assignee and the unit's contacts get ONE DM each listing all their items; LEADER_CHANNEL gets one message (continued
 * in its thread when long) with the items for leaders and a "refer to joint enforcement" button on the 7-day ones.
 * Closed and void hazards are never considered, so the ladder stops when a hazard closes.
 */
export async function queueEscalations(trx: Knex.Transaction, slot: string, today: string, now: Date, config: Pick<Config, 'timezone' | 'channels'> & { rules: { ladder: LadderRules } }): Promise<EscalationSummary> {
  const rows = (await trx('hazard')
    .join('unit', 'unit.id', 'hazard.unit_id')
    .leftJoin('hazard_listing', 'hazard_listing.hazard_id', 'hazard.id')
    .whereIn('hazard.status', [...ACTIVE_STATUSES])
    .select('hazard.id', 'hazard.number', 'hazard.title', 'hazard.level', 'hazard.status', 'hazard.deadline', 'hazard.assignee', 'hazard.unit_id', 'unit.name as unit_name', 'hazard_listing.leader as leader',
      trx.raw('(select max(applied_at) from hazard_acceptance where hazard_acceptance.hazard_id = hazard.id) as applied_at'))) as Candidate[];
  const contacts = new Map<number, string[]>();
  for (const c of await trx('unit_contact').select('unit_id', 'user_id')) contacts.set(Number(c.unit_id), [...(contacts.get(Number(c.unit_id)) ?? []), c.user_id]);

  const people = new Map<string, EscalationItem[]>();
  const leaders: EscalationItem[] = [];
  let steps = 0;
  for (const h of rows) {
    const reviewSince = h.applied_at ? localDate(new Date(h.applied_at), config.timezone) : null;
    for (const step of reachedSteps({ level: h.level, status: h.status, deadline: h.deadline, reviewSince }, today, config.rules.ladder)) {
      if (!(await recordReminder(trx, { hazardId: Number(h.id), step: step.step, key: step.key, slot, at: now }))) continue;
      steps++;
      const item: EscalationItem = { hazardId: Number(h.id), number: h.number, title: h.title, unitName: h.unit_name, level: h.level, status: h.status, step: step.step, days: step.days, deadline: h.deadline, leader: h.leader };
      if (STEP_AUDIENCE[step.step] === 'leaders') leaders.push(item);
      else for (const user of new Set([...(h.assignee ? [h.assignee] : []), ...(contacts.get(Number(h.unit_id)) ?? [])])) people.set(user, [...(people.get(user) ?? []), item]);
    }
  }

  const channel = config.channels.leader;
  if (!channel && leaders.length) {
    // No LEADER_CHANNEL configured: each leader (the supervising one of a listed hazard, else all) hears by DM instead.
    const all = await usersWithRole(trx, 'leader');
    for (const item of leaders) for (const user of item.leader ? [item.leader] : all) people.set(user, [...(people.get(user) ?? []), item]);
  }
  const messages: OutboxMessage[] = [];
  for (const [user, items] of people) messages.push({ key: `job:escalations:${slot}:dm:${user}`, delivery: { op: 'dm', user }, notice: { type: 'escalation_people', date: today, items } });
  const shown = leaders.slice(0, LEADER_ITEMS_PER_MESSAGE * LEADER_MAX_MESSAGES);
  const parts = Math.ceil(shown.length / LEADER_ITEMS_PER_MESSAGE);
  if (channel) {
    for (let part = 0; part < parts; part++) {
      messages.push({
        key: `job:escalations:${slot}:leaders:${part}`,
        delivery: part === 0 ? { op: 'post', channel, ref: `escalations:${slot}` } : { op: 'reply', channel, ref: `escalations:${slot}` },
        notice: { type: 'escalation_leaders', date: today, part: part + 1, parts, items: shown.slice(part * LEADER_ITEMS_PER_MESSAGE, (part + 1) * LEADER_ITEMS_PER_MESSAGE), more: part === parts - 1 ? leaders.length - shown.length : 0 },
      });
    }
  }
  for (const m of messages) await enqueueOutbox(trx, m, now);
  return { hazards: rows.length, steps, peopleDms: people.size, leaderMessages: channel ? parts : 0 };
}
