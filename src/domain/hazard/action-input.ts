import type { RemediationPlan } from './guards.js';
import type { HazardPhoto } from './hazard-input.js';
import type { EvaluatorKind, HazardLevel, ListingLevel } from './hazard.js';

/** The input of each hazard action, as a form (or a test) supplies it. Field names are the modal's block ids. */
export type ActionInput =
  | { readonly action: 'confirm'; readonly level: HazardLevel; readonly deadline: string; readonly assignee: string; readonly note: string }
  | { readonly action: 'dismiss'; readonly reason: string }
  | { readonly action: 'issue_order'; readonly measures: string; readonly deadline: string; /** The second enforcement officer (Slack user id). */ readonly secondOfficer: string }
  | { readonly action: 'close_on_spot'; readonly note: string }
  | { readonly action: 'report_rectified'; readonly evidence: string; readonly photos: readonly HazardPhoto[] }
  | { readonly action: 'reinspect'; readonly passed: boolean; readonly note: string; /** The new deadline when it fails (YYYY-MM-DD). */ readonly newDeadline?: string }
  | { readonly action: 'list_for_supervision'; readonly leader: string; readonly level: ListingLevel; readonly documentNumber: string; readonly listedDate: string }
  | { readonly action: 'assign_experts'; readonly experts: readonly string[] }
  | { readonly action: 'record_opinion'; readonly opinion: string }
  | { readonly action: 'record_plan'; readonly plan: RemediationPlan }
  | { readonly action: 'apply_acceptance'; readonly evaluatorKind: EvaluatorKind; readonly evaluatorName: string; readonly reportRef: string; readonly note: string; /** 整改措施落实情况 and 资金实际投入 (元, as typed) for the closure form. */ readonly measuresDone?: string; readonly fundsSpent?: string }
  | { readonly action: 'expert_sign'; readonly passed: boolean; readonly opinion: string }
  | { readonly action: 'authority_sign'; readonly passed: boolean; readonly opinion: string }
  | { readonly action: 'request_extension'; readonly deadline: string; readonly reason: string }
  | { readonly action: 'decide_extension'; readonly approved: boolean; readonly note: string }
  | { readonly action: 'refer_joint'; readonly departments: string; readonly measures: string }
  | { readonly action: 'void'; readonly reason: string };

export type InputOf<A extends ActionInput['action']> = Extract<ActionInput, { action: A }>;

/** Longest free text an action takes (Slack's plain_text_input allows 3000). */
export const ACTION_TEXT_MAX = 2000;
export const SHORT_TEXT_MAX = 100;
