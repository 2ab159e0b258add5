import { daysBetween } from '../calendar.js';
import type { HazardLevel, HazardStatus } from '../hazard/hazard.js';
import { deadlineStanding } from '../hazard/deadline.js';

/**
 * The escalation ladder (PRODUCT.md §6). Numbers come from configuration with these defaults: a reminder 3 days
 * (general) or 7 days (major) before the deadline; overdue day 1 to the assignee and the unit; day 3 to the leaders'
 * channel; day 7 to the leaders' channel with a "refer to joint enforcement" button; for a major hazard awaiting
 * acceptance, a warning on day 8 of the authority's review and a breach on day 10.
 */
export interface LadderRules {
  readonly remindBeforeGeneral: number;
  readonly remindBeforeMajor: number;
  readonly overdueNotify: number;
  readonly overdueLeader: number;
  readonly overdueJoint: number;
  readonly reviewWarning: number;
  readonly reviewPeriod: number;
}

export const DEFAULT_LADDER: LadderRules = { remindBeforeGeneral: 3, remindBeforeMajor: 7, overdueNotify: 1, overdueLeader: 3, overdueJoint: 7, reviewWarning: 8, reviewPeriod: 10 };

export const LADDER_STEPS = ['due_soon', 'overdue', 'overdue_leader', 'overdue_joint', 'review_warning', 'review_breach'] as const;
export type LadderStep = (typeof LADDER_STEPS)[number];

/** Who hears about a step: the people responsible (assignee and unit contacts), or the leaders' channel. */
export const STEP_AUDIENCE: Record<LadderStep, 'people' | 'leaders'> = {
  due_soon: 'people', overdue: 'people', overdue_leader: 'leaders', overdue_joint: 'leaders', review_warning: 'leaders', review_breach: 'leaders',
};

export interface LadderInput {
  readonly level: HazardLevel;
  readonly status: HazardStatus;
  readonly deadline: string | null;
  /** The day the acceptance application arrived (YYYY-MM-DD), while one awaits the authority. */
  readonly reviewSince: string | null;
}

export interface DueStep {
  readonly step: LadderStep;
  /**
   * What the step is about: the deadline for the deadline steps (an extension re-arms the ladder), the application
   * day for the review steps (a new application re-arms them). A step is sent once per (hazard, step, key).
   */
  readonly key: string;
  readonly days: number;
}

/** The steps a hazard has reached on `today`; the caller sends those not sent before. */
export function reachedSteps(h: LadderInput, today: string, rules: LadderRules = DEFAULT_LADDER): DueStep[] {
  const steps: DueStep[] = [];
  if ((h.status === 'open' || h.status === 'rectifying') && h.deadline) {
    const s = deadlineStanding(h.deadline, today);
    const before = h.level === 'major' ? rules.remindBeforeMajor : rules.remindBeforeGeneral;
    if (s.kind !== 'overdue') {
      const left = s.kind === 'due_in' ? s.days : 0;
      if (left <= before) steps.push({ step: 'due_soon', key: h.deadline, days: left });
    } else {
      if (s.days >= rules.overdueNotify) steps.push({ step: 'overdue', key: h.deadline, days: s.days });
      if (s.days >= rules.overdueLeader) steps.push({ step: 'overdue_leader', key: h.deadline, days: s.days });
      if (s.days >= rules.overdueJoint) steps.push({ step: 'overdue_joint', key: h.deadline, days: s.days });
    }
  }
  if ((h.status === 'awaiting_acceptance' || h.status === 'expert_accepted') && h.reviewSince) {
    const day = daysBetween(h.reviewSince, today);
    if (day >= rules.reviewWarning && day < rules.reviewPeriod) steps.push({ step: 'review_warning', key: h.reviewSince, days: day });
    if (day >= rules.reviewPeriod) steps.push({ step: 'review_breach', key: h.reviewSince, days: day });
  }
  return steps;
}
