import { addDays, localDate } from '../../domain/calendar.js';
import type { Knex } from 'knex';
import type { Config } from '../../config.js';
import { LADDER_STEPS, reachedSteps, STEP_AUDIENCE, type DueStep, type LadderRules } from '../../domain/escalation/ladder.js';
import type { ACTIVE_STATUSES } from '../../domain/hazard/hazard.js';
import { enqueueOutbox } from '../../db/repositories/outbox.repository.js';
import { recordReminders, sentReminders } from '../../db/repositories/reminder.repository.js';
import { usersWithRole } from '../../db/repositories/user-role.repository.js';
import type { EscalationItem, OutboxMessage } from '../../outbox/outbox-message.js';

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
 * Ids of the hazards that can have reached a step: a deadline inside the reminder window or past, or an application
 * under review. Ids first, details by page: asking for "the next 5000 after id X" made SQLite re-scan and re-sort
 * every match for every page (quadratic: 53 s at a million hazards), while one id scan stays linear.
 */
async function candidateIds(trx: Knex.Transaction, today: string, ladder: LadderRules): Promise<number[]> {
  const horizon = addDays(today, Math.max(ladder.remindBeforeGeneral, ladder.remindBeforeMajor));
  const ids = await trx('hazard')
    .where((w) => w.where((d) => d.whereIn('status', ['open', 'rectifying']).where('deadline', '<=', horizon)).orWhereIn('status', ['awaiting_acceptance', 'expert_accepted']))
    .pluck('id');
  return ids.map(Number).sort((a, b) => a - b);
}

async function candidatePage(trx: Knex.Transaction, ids: readonly number[]): Promise<Candidate[]> {
  const rows = (await trx('hazard')
    .join('unit', 'unit.id', 'hazard.unit_id')
    .leftJoin('hazard_listing', 'hazard_listing.hazard_id', 'hazard.id')
    .whereIn('hazard.id', ids)
    .select('hazard.id', 'hazard.number', 'hazard.title', 'hazard.level', 'hazard.status', 'hazard.deadline', 'hazard.assignee', 'hazard.unit_id', 'unit.name as unit_name', 'hazard_listing.leader as leader',
      trx.raw('(select max(applied_at) from hazard_acceptance where hazard_acceptance.hazard_id = hazard.id) as applied_at'))) as Candidate[];
  return rows.sort((a, b) => Number(a.id) - Number(b.id));
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
export async function queueEscalations(trx: Knex.Transaction, slot: string, today: string, now: Date, config: Pick<Config, 'timezone' | 'channels' | 'adminUserIds'> & { rules: { ladder: LadderRules } }): Promise<EscalationSummary> {
  const contacts = new Map<number, string[]>();
  for (const c of await trx('unit_contact').select('unit_id', 'user_id')) {
    const list = contacts.get(Number(c.unit_id));
    if (list) list.push(c.user_id);
    else contacts.set(Number(c.unit_id), [c.user_id]);
  }
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
  const ids = await candidateIds(trx, today, config.rules.ladder);
  for (let i = 0; i < ids.length; i += PAGE_SIZE) {
    const page = await candidatePage(trx, ids.slice(i, i + PAGE_SIZE));
    hazards += page.length;
    // The reached steps not sent before are recorded in bulk; only the rows actually inserted are told (a run that
    // got there first keeps its own), so a step is never sent twice, even by two runs at once.
    const sent = await sentReminders(trx, page.map((h) => Number(h.id)));
    const candidates = new Map<string, { hazard: Candidate; step: DueStep }>();
    for (const h of page) {
      const reviewSince = h.applied_at ? localDate(new Date(h.applied_at), config.timezone) : null;
      for (const step of reachedSteps({ level: h.level, status: h.status, deadline: h.deadline, reviewSince }, today, config.rules.ladder)) {
        const key = `${h.id}|${step.step}|${step.key}`;
        if (!sent.has(key)) candidates.set(key, { hazard: h, step });
      }
    }
    const recorded = (await recordReminders(trx, [...candidates.values()].map((c) => ({ hazardId: Number(c.hazard.id), step: c.step.step, key: c.step.key })), slot, now)).map((key) => candidates.get(key)!);
    steps += recorded.length;
    for (const { hazard: h, step } of highestPerAudience(recorded)) {
      const item: EscalationItem = { hazardId: Number(h.id), number: h.number, title: h.title, unitName: h.unit_name, level: h.level, status: h.status, step: step.step, days: step.days, deadline: h.deadline, leader: h.leader };
      if (STEP_AUDIENCE[step.step] !== 'leaders') {
        for (const user of new Set([...(h.assignee ? [h.assignee] : []), ...(contacts.get(Number(h.unit_id)) ?? [])])) tell(user, item);
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
