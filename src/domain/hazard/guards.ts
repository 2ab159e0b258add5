import { DomainError } from '../errors.js';
import type { HazardFacts } from './hazard-actions.js';

/** The three things a major hazard needs before rectification (PRODUCT.md §5): listing, consultation, plan. */
export const MAJOR_PREREQUISITES = ['listing', 'consultation', 'plan'] as const;
export type MajorPrerequisite = (typeof MAJOR_PREREQUISITES)[number];

/** Consultation is complete when at least one expert is assigned and every assigned expert has given an opinion. */
export function missingPrerequisites(facts: Pick<HazardFacts, 'listed' | 'experts' | 'hasPlan'>): MajorPrerequisite[] {
  const missing: MajorPrerequisite[] = [];
  if (!facts.listed) missing.push('listing');
  if (facts.experts.length === 0 || facts.experts.some((e) => !e.hasOpinion)) missing.push('consultation');
  if (!facts.hasPlan) missing.push('plan');
  return missing;
}

export function assertCanStartRectification(facts: Pick<HazardFacts, 'listed' | 'experts' | 'hasPlan'>): void {
  const missing = missingPrerequisites(facts);
  if (missing.length > 0) throw new DomainError('hazard.prerequisites_missing', { missing: missing.join(',') });
}

/** The six elements of a major-hazard remediation plan (16号令 Art 15), all required. */
export const PLAN_ELEMENTS = ['goal_and_tasks', 'methods_and_measures', 'funding_and_materials', 'responsible_body', 'time_limit', 'safety_and_emergency'] as const;
export type PlanElement = (typeof PLAN_ELEMENTS)[number];
export type RemediationPlan = Readonly<Record<PlanElement, string>>;

export function missingPlanElements(plan: Partial<Record<PlanElement, string | null | undefined>>): PlanElement[] {
  return PLAN_ELEMENTS.filter((e) => !plan[e]?.trim());
}

/** The closure record of a major hazard: the unit's application, the acceptance expert and the authority. */
export interface ClosureSignatures {
  readonly applicant: { readonly by: string; readonly at: string } | null;
  readonly expert: { readonly by: string; readonly at: string; readonly passed: boolean } | null;
  readonly authority: { readonly by: string; readonly at: string; readonly passed: boolean } | null;
}

export type Signature = keyof ClosureSignatures;

/** Which signatures a closure still lacks (a failed signature does not count). */
export function missingSignatures(s: ClosureSignatures): Signature[] {
  const missing: Signature[] = [];
  if (!s.applicant) missing.push('applicant');
  if (!s.expert?.passed) missing.push('expert');
  if (!s.authority?.passed) missing.push('authority');
  return missing;
}

export function assertClosable(s: ClosureSignatures): void {
  const missing = missingSignatures(s);
  if (missing.length > 0) throw new DomainError('closure.missing_signature', { missing: missing.join(',') });
}
