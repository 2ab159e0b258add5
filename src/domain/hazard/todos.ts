import type { HazardAction, HazardFacts } from './hazard-actions.js';
import { isActionOpen } from './hazard-actions.js';

/** Who a hazard's work is asked of by name: its assignee, its unit's contacts, the leader supervising its listing. */
export interface HazardParties {
  readonly assignee: string | null;
  readonly unitContacts: readonly string[];
  readonly listingLeader: string | null;
}

/** Who holds the office's roles: work nobody holds by name falls to them. */
export interface RoleHolders {
  readonly leaders: readonly string[];
  readonly inspectors: readonly string[];
  /** Who hears about work nobody else holds (ADMIN_USER_IDS): no inspector, no leader, no assignee. */
  readonly fallback: readonly string[];
}

export interface TodoInput extends HazardParties, RoleHolders {
  readonly facts: HazardFacts;
}

/**
 * Who is expected to act next on a hazard, and how (PRODUCT.md §5): reported → inspectors confirm; open general →
 * the assignee issues the order; open major → leaders list it, the assignee assigns experts and records the plan,
 * each expert gives an opinion; rectifying → the unit's contacts report (or apply), or the assignee on their behalf;
 * awaiting verification → the assignee re-inspects; awaiting acceptance → the experts sign; expert accepted → the
 * supervising leader (or every leader) signs as authority; a pending extension → the same leaders decide.
 */
export function pendingTodos(i: TodoInput): Map<string, HazardAction[]> {
  const todos = new Map<string, HazardAction[]>();
  const add = (users: readonly string[], action: HazardAction) => {
    if (!isActionOpen(i.facts, action)) return;
    for (const u of users.length ? users : i.fallback) todos.set(u, [...(todos.get(u) ?? []), action]);
  };
  const assignee = i.assignee ? [i.assignee] : i.inspectors;
  const forUnit = i.unitContacts.length ? i.unitContacts : assignee;
  const supervising = i.listingLeader ? [i.listingLeader] : i.leaders;
  const f = i.facts;
  switch (f.status) {
    case 'reported':
      add(i.inspectors, 'confirm');
      add(i.inspectors, 'dismiss');
      break;
    case 'open':
      if (f.level === 'general') {
        add(assignee, 'issue_order');
        add(assignee, 'close_on_spot');
      } else {
        add(i.leaders, 'list_for_supervision');
        if (f.experts.length === 0) add(assignee, 'assign_experts');
        add(f.experts.filter((e) => !e.hasOpinion).map((e) => e.userId), 'record_opinion');
        if (!f.hasPlan) add(assignee, 'record_plan');
      }
      break;
    case 'rectifying':
      add(forUnit, f.level === 'general' ? 'report_rectified' : 'apply_acceptance');
      break;
    case 'awaiting_verification':
      add(assignee, 'reinspect');
      break;
    case 'awaiting_acceptance':
      add(f.experts.map((e) => e.userId), 'expert_sign');
      break;
    case 'expert_accepted':
      add(supervising, 'authority_sign');
      break;
    default:
      break;
  }
  if (f.pendingExtension) add(supervising, 'decide_extension');
  return todos;
}

/** The (person, action) pairs open after a change that were not open before it, leaving out the person who acted. */
export function newTodos(before: Map<string, HazardAction[]>, after: Map<string, HazardAction[]>, actor: string): Map<string, HazardAction[]> {
  const fresh = new Map<string, HazardAction[]>();
  for (const [user, actions] of after) {
    if (user === actor) continue;
    const added = actions.filter((a) => !(before.get(user) ?? []).includes(a));
    if (added.length) fresh.set(user, actions);
  }
  return fresh;
}
