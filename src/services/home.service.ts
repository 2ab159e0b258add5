import type { Clock } from '../clock.js';
import type { Config } from '../config/config.js';
import { localDate } from '../domain/calendar.js';
import { mayPerform, type HazardAction, type HazardFacts } from '../domain/hazard/hazard-actions.js';
import { pendingTodos, type RoleHolders } from '../domain/hazard/todos.js';
import { HOME_LIST_LIMIT, type HomeModel, type HomeTodo, type HomeTodos, type OfficeFigures } from '../domain/home/home.model.js';
import { rectificationRate } from '../domain/report/rate.js';
import type { Actor } from '../domain/roles.js';
import { can } from '../domain/permissions.js';
import type { Db } from '../db/knex.js';
import {
  countPlannedFor, foundAndClosed, hazardCounts, listedMajorHazards, outboxMark, todoDmRecipientsAfter, todoFacts, unitNames, unitsWithOpenHazards, type TodoFacts,
} from '../db/repositories/home.repository.js';
import { plannedFor } from '../db/repositories/inspection.repository.js';
import { loadActor } from './access.js';
import { digestModel } from './digest-model.js';
import { roleHolders } from './hazard/messages.js';

/** Leaders, inspectors and admins may be asked about any unfinished hazard (work nobody holds falls to them). */
const BROAD_ROLES = ['admin', 'leader', 'inspector'] as const;
const TODO_ORDER = (a: HomeTodo, b: HomeTodo) =>
  (a.deadline === null ? 1 : 0) - (b.deadline === null ? 1 : 0) || (a.deadline ?? '').localeCompare(b.deadline ?? '') || a.number.localeCompare(b.number);

/**
 * App Home's model (PRODUCT.md, issue 5): what waits for the person (by the same rule as the to-do DMs), their planned
 * inspections, their units, and the office's figures. Reads only; no transaction (a Home is a snapshot).
 */
export class HomeService {
  constructor(private readonly deps: { readonly db: Db; readonly clock: Clock; readonly adminUserIds: readonly string[]; readonly timezone: string; readonly rules: Config['rules'] }) {}

  async home(userId: string): Promise<HomeModel> {
    return (await this.homes([userId]))[0]!;
  }

  /** Several people's Homes (after one change): the office figures and role holders are read once for all of them. */
  async homes(userIds: readonly string[]): Promise<HomeModel[]> {
    const { db } = this.deps;
    const today = localDate(this.deps.clock.now(), this.deps.timezone);
    const actors = await Promise.all(userIds.map((u) => loadActor(db, u, this.deps.adminUserIds)));
    let office: Promise<OfficeFigures> | undefined;
    let holders: Promise<RoleHolders> | undefined;
    return Promise.all(actors.map(async (actor) => {
      // The office figures are for the office's staff (`report.view`: inspectors, leaders, admins), like
      // `/anjian report`; experts, unit contacts and people without a role see their own things only.
      const [todos, inspections, units, figures] = await Promise.all([
        this.todos(actor, (holders ??= roleHolders(db, this.deps.adminUserIds))),
        this.inspections(actor),
        unitsWithOpenHazards(db, actor.unitIds, today),
        can(actor, 'report.view') ? (office ??= this.office(today)) : null,
      ]);
      return { actor, today, todos, inspections, units: units.slice(0, HOME_LIST_LIMIT), unitsTotal: units.length, office: figures };
    }));
  }

  /** The outbox position before a request runs (see todoRecipientsSince). */
  outboxMark(): Promise<number> {
    return outboxMark(this.deps.db);
  }

  /** The people a to-do DM was queued for since `mark`: their Home changed too. */
  todoRecipientsSince(mark: number): Promise<string[]> {
    return todoDmRecipientsAfter(this.deps.db, mark);
  }

  private async todos(actor: Actor, holders: Promise<RoleHolders>): Promise<HomeTodos> {
    const broad = BROAD_ROLES.some((r) => actor.roles.has(r)); // ADMIN_USER_IDS (the fallback) always hold `admin`
    const [facts, who] = await Promise.all([todoFacts(this.deps.db, broad ? undefined : actor.userId), holders]);
    const all = facts.flatMap((f) => {
      const todo = todoOf(f, actor, who);
      return todo ? [todo] : [];
    }).sort(TODO_ORDER);
    const byAction: Partial<Record<HazardAction, number>> = {};
    for (const t of all) byAction[t.asked[0]!] = (byAction[t.asked[0]!] ?? 0) + 1;
    return { items: all.slice(0, HOME_LIST_LIMIT), total: all.length, byAction };
  }

  private async inspections(actor: Actor): Promise<HomeModel['inspections']> {
    const { db } = this.deps;
    const [planned, total] = await Promise.all([plannedFor(db, actor.userId, HOME_LIST_LIMIT), countPlannedFor(db, actor.userId)]);
    if (total === 0 && !actor.roles.has('inspector')) return null;
    const units = await unitNames(db, planned.map((p) => p.unitId));
    return { items: planned.flatMap((inspection) => (units.has(inspection.unitId) ? [{ inspection, unit: units.get(inspection.unitId)! }] : [])), total };
  }

  private async office(today: string): Promise<OfficeFigures> {
    const { db } = this.deps;
    const year = Number(today.slice(0, 4));
    const [counts, listed, digest, found] = await Promise.all([
      hazardCounts(db, today),
      listedMajorHazards(db, HOME_LIST_LIMIT),
      digestModel(db, today, { rules: this.deps.rules, timezone: this.deps.timezone }),
      foundAndClosed(db, `${year}-01-01`, `${year}-12-31`),
    ]);
    return { ...counts, listed, tiers: digest.counts, year: { year, ...found, rate: rectificationRate(found.closed, found.found) } };
  }
}

/** One hazard as a to-do of this person, or undefined when the rule asks nothing of them. */
function todoOf(f: TodoFacts, actor: Actor, holders: RoleHolders): HomeTodo | undefined {
  const facts: HazardFacts = { level: f.level, status: f.status, listed: f.listingLeader !== null, referred: f.referred, pendingExtension: f.pendingExtension, experts: f.experts, hasPlan: f.hasPlan };
  const asked = pendingTodos({ facts, assignee: f.assignee, unitContacts: f.unitContacts, listingLeader: f.listingLeader, ...holders }).get(actor.userId);
  if (!asked?.length) return undefined;
  const buttons = asked.filter((a) => mayPerform(actor, facts, { unitContacts: f.unitContacts }, a));
  return { hazardId: f.hazardId, number: f.number, title: f.title, level: f.level, status: f.status, deadline: f.deadline, unitName: f.unitName, asked, buttons };
}
