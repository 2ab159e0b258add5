import { daysBetween } from '../calendar.js';
import type { HazardLevel, HazardStatus } from '../hazard/hazard.js';
import { deadlineStanding } from '../hazard/deadline.js';

/**
 * The escalation ladder (PRODUCT.md §6). Numbers come from configuration with these defaults: a reminder 3 days
 * (general) or 7 days (major) before the deadline; overdue day 1 to the assignee and the unit; day 3 to the leaders'
 * channel; day 7 to the leaders' channel with a "refer to joint enforcement" button; for a general hazard awaiting
 * re-inspection (复查), its inspector on the day the re-inspection period ends and once it is overdue by the first
 * overdue step, the leaders' channel at the second; for a major hazard awaiting acceptance, a warning from day 8 of the
 * authority's review and a breach once it is late: from day 11 of a 10-day period (DOMAIN.md §A2 Art 23 — the day the
 * application arrives is day 0, day 10 is the last legal day).
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

export const LADDER_STEPS = [
  'due_soon', 'overdue', 'overdue_leader', 'overdue_joint', 'reinspection_due', 'reinspection_overdue', 'reinspection_leader', 'review_warning', 'review_breach',
] as const;
export type LadderStep = (typeof LADDER_STEPS)[number];

/**
 * Who hears about a step: the people responsible (assignee and unit contacts), the inspector who must re-inspect
 * (the unit has done its part), or the leaders' channel.
 */
export const STEP_AUDIENCE: Record<LadderStep, 'people' | 'inspector' | 'leaders'> = {
  due_soon: 'people', overdue: 'people', overdue_leader: 'leaders', overdue_joint: 'leaders',
  reinspection_due: 'inspector', reinspection_overdue: 'inspector', reinspection_leader: 'leaders',
  review_warning: 'leaders', review_breach: 'leaders',
};

export interface LadderInput {
  readonly level: HazardLevel;
  readonly status: HazardStatus;
  readonly deadline: string | null;
  /** The day the acceptance application arrived (YYYY-MM-DD), while one awaits the authority. */
  readonly reviewSince: string | null;
  /** While a general hazard awaits re-inspection: the day the unit reported it rectified, and the last day to re-inspect. */
  readonly reinspection?: { readonly since: string; readonly due: string } | null;
}

export interface DueStep {
  readonly step: LadderStep;
  /**
   * What the step is about: the deadline for the deadline steps (an extension re-arms the ladder), the application
   * day for the review steps (a new application re-arms them), the day of the rectification report for the
   * re-inspection steps (a new report re-arms them). A step is sent once per (hazard, step, key).
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
  if (h.status === 'awaiting_verification' && h.reinspection) {
    const late = daysBetween(h.reinspection.due, today);
    const key = h.reinspection.since;
    if (late >= 0) steps.push({ step: 'reinspection_due', key, days: late });
    if (late >= rules.overdueNotify) steps.push({ step: 'reinspection_overdue', key, days: late });
    if (late >= rules.overdueLeader) steps.push({ step: 'reinspection_leader', key, days: late });
  }
  if ((h.status === 'awaiting_acceptance' || h.status === 'expert_accepted') && h.reviewSince) {
    const day = daysBetween(h.reviewSince, today);
    if (day >= rules.reviewWarning && day <= rules.reviewPeriod) steps.push({ step: 'review_warning', key: h.reviewSince, days: day });
    if (day > rules.reviewPeriod) steps.push({ step: 'review_breach', key: h.reviewSince, days: day });
  }
  return steps;
}
