import type { Knex } from 'knex';
import type { Config } from '../config/config.js';
import { listHazardIdsForEscalation, listHazardsForEscalation, type EscalationCandidate } from '../db/repositories/escalation.repository.js';
import { enqueueOutbox } from '../db/repositories/outbox.repository.js';
import { recordReminders, sentReminders } from '../db/repositories/reminder.repository.js';
import { listContactsByUnit } from '../db/repositories/unit-contact.repository.js';
import { usersWithRole } from '../db/repositories/user-role.repository.js';
import { LADDER_STEPS, reachedSteps, STEP_AUDIENCE, type DueStep, type LadderRules } from '../domain/escalation/ladder.js';
import { addDays, localDate } from '../domain/calendar.js';
import { reinspectionDue } from '../domain/hazard/clocks.js';
import type { EscalationItem, OutboxMessage } from '../outbox/outbox-message.js';

export const LEADER_ITEMS_PER_MESSAGE = 20;
export const LEADER_MAX_MESSAGES = 5;
/** Items kept in one person's daily DM (the message says how many more there are). */
export const PERSON_MAX_ITEMS = 45;
const PAGE_SIZE = 5000;

/** The first `cap` items and how many there were in all. */
interface Tally {
  readonly cap: number;
  readonly items: EscalationItem[];
  total: number;
}
const newTally = (cap: number): Tally => ({ cap, items: [], total: 0 });
function add(t: Tally, item: EscalationItem): void {
  t.total++;
  if (t.items.length < t.cap) t.items.push(item);
}

/**
 * When one run reaches several steps of a hazard for the same audience (after downtime, or a hazard registered long
 * overdue), all are recorded but the audience hears only the highest: the leaders see a hazard once, with the button.
 */
function highestPerAudience<T extends { hazard: { id: number }; step: DueStep }>(reached: readonly T[]): T[] {
  const kept = new Map<string, T>();
  for (const r of reached) {
    const key = `${r.hazard.id}|${STEP_AUDIENCE[r.step.step]}`;
    const other = kept.get(key);
    if (!other || LADDER_STEPS.indexOf(r.step.step) > LADDER_STEPS.indexOf(other.step.step)) kept.set(key, r);
  }
  return [...kept.values()];
}

export interface EscalationSummary {
  readonly hazards: number;
  readonly steps: number;
  readonly peopleDms: number;
  readonly leaderMessages: number;
}

/**
 * The daily escalation run (PRODUCT.md §6), in the job's transaction: every open hazard's reached ladder steps that
 * were not sent before are recorded (reminder rows, once per hazard, step and deadline/application) and told — the
 * assignee and the unit's contacts get ONE DM each listing all their items; LEADER_CHANNEL gets one message (continued
 * in its thread when long) with the items for leaders and a "refer to joint enforcement" button on the 7-day ones.
 * Closed and void hazards are never considered, so the ladder stops when a hazard closes.
 */
export async function queueEscalations(trx: Knex.Transaction, slot: string, today: string, now: Date, config: Pick<Config, 'timezone' | 'channels' | 'adminUserIds' | 'workCalendar'> & { rules: { ladder: LadderRules; reinspectionPeriodDays: number } }): Promise<EscalationSummary> {
  const contacts = await listContactsByUnit(trx);
  const people = new Map<string, Tally>();
  const tell = (user: string, item: EscalationItem) => {
    let tally = people.get(user);
    if (!tally) people.set(user, (tally = newTally(PERSON_MAX_ITEMS)));
    add(tally, item);
  };
  const leaders = newTally(LEADER_ITEMS_PER_MESSAGE * LEADER_MAX_MESSAGES);
  const channel = config.channels.leader;
  // No LEADER_CHANNEL configured: each leader (the supervising one of a listed hazard, else all) hears by DM instead;
  // with no leader at all, the admins do — the steps are recorded as sent, so somebody must be told.
  const leaderRoles = channel ? [] : await usersWithRole(trx, 'leader');
  const leadersByDm = leaderRoles.length ? leaderRoles : [...new Set([...config.adminUserIds, ...(await usersWithRole(trx, 'admin'))])];
  let hazards = 0;
  let steps = 0;
  // Page through the hazards that can have reached a step (only their ids are held all at once).
  const { ladder } = config.rules;
  const clockRules = { reviewPeriod: ladder.reviewPeriod, reinspectionPeriodDays: config.rules.reinspectionPeriodDays, workCalendar: config.workCalendar };
  const reinspectionOf = (h: EscalationCandidate) => {
    const since = h.status === 'awaiting_verification' && h.reportedAt ? localDate(new Date(h.reportedAt), config.timezone) : null;
    return since ? { since, due: reinspectionDue(since, clockRules) } : null;
  };
  const ids = await listHazardIdsForEscalation(trx, addDays(today, Math.max(ladder.remindBeforeGeneral, ladder.remindBeforeMajor)));
  for (let i = 0; i < ids.length; i += PAGE_SIZE) {
    const page = await listHazardsForEscalation(trx, ids.slice(i, i + PAGE_SIZE));
    hazards += page.length;
    // The reached steps not sent before are recorded in bulk; only the rows actually inserted are told (a run that
    // got there first keeps its own), so a step is never sent twice, even by two runs at once.
    const sent = await sentReminders(trx, page.map((h) => h.id));
    const candidates = new Map<string, { hazard: EscalationCandidate; step: DueStep }>();
    for (const h of page) {
      const reviewSince = h.appliedAt ? localDate(new Date(h.appliedAt), config.timezone) : null;
      const reinspection = reinspectionOf(h);
      for (const step of reachedSteps({ level: h.level, status: h.status, deadline: h.deadline, reviewSince, reinspection }, today, ladder)) {
        const key = `${h.id}|${step.step}|${step.key}`;
        if (!sent.has(key)) candidates.set(key, { hazard: h, step });
      }
    }
    const recorded = (await recordReminders(trx, [...candidates.values()].map((c) => ({ hazardId: c.hazard.id, step: c.step.step, key: c.step.key })), slot, now)).map((key) => candidates.get(key)!);
    steps += recorded.length;
    for (const { hazard: h, step } of highestPerAudience(recorded)) {
      // The re-inspection steps name its last day as their deadline; the others the rectification deadline.
      const deadline = step.step.startsWith('reinspection_') ? (reinspectionOf(h)?.due ?? h.deadline) : h.deadline;
      const item: EscalationItem = { hazardId: h.id, number: h.number, title: h.title, unitName: h.unitName, level: h.level, status: h.status, step: step.step, days: step.days, deadline, leader: h.leader };
      const audience = STEP_AUDIENCE[step.step];
      if (audience === 'people') {
        for (const user of new Set([...(h.assignee ? [h.assignee] : []), ...(contacts.get(h.unitId) ?? [])])) tell(user, item);
      } else if (audience === 'inspector') {
        // The unit has done its part: only the inspector who must re-inspect is reminded (the assignee, else the
        // inspector who issued the order; with neither, the leaders hear of it).
        const inspector = h.assignee ?? h.orderedBy;
        if (inspector) tell(inspector, item);
        else if (channel) add(leaders, item);
        else for (const user of leadersByDm) tell(user, item);
      } else if (channel) add(leaders, item);
      else for (const user of item.leader ? [item.leader] : leadersByDm) tell(user, item);
    }
  }

  const messages: OutboxMessage[] = [];
  for (const [user, tally] of people) {
    messages.push({ key: `job:escalations:${slot}:dm:${user}`, delivery: { op: 'dm', user }, notice: { type: 'escalation_people', date: today, items: tally.items, more: tally.total - tally.items.length } });
  }
  const shown = leaders.items;
  const parts = Math.ceil(shown.length / LEADER_ITEMS_PER_MESSAGE);
  if (channel) {
    for (let part = 0; part < parts; part++) {
      messages.push({
        key: `job:escalations:${slot}:leaders:${part}`,
        delivery: part === 0 ? { op: 'post', channel, ref: `escalations:${slot}` } : { op: 'reply', channel, ref: `escalations:${slot}` },
        notice: { type: 'escalation_leaders', date: today, part: part + 1, parts, items: shown.slice(part * LEADER_ITEMS_PER_MESSAGE, (part + 1) * LEADER_ITEMS_PER_MESSAGE), more: part === parts - 1 ? leaders.total - shown.length : 0 },
      });
    }
  }
  for (const m of messages) await enqueueOutbox(trx, m, now);
  return { hazards, steps, peopleDms: people.size, leaderMessages: channel ? parts : 0 };
}
