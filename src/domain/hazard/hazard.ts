/**
 * Hazards (隐患, PRODUCT.md §5). States and codes are stable English words in the database; people only ever see
 * translated labels (`hazard.status.<code>` …).
 */
export const HAZARD_STATUSES = ['reported', 'open', 'rectifying', 'awaiting_verification', 'awaiting_acceptance', 'expert_accepted', 'closed', 'void'] as const;
export type HazardStatus = (typeof HAZARD_STATUSES)[number];

export const HAZARD_LEVELS = ['general', 'major'] as const;
export type HazardLevel = (typeof HAZARD_LEVELS)[number];

/** 设备设施, 作业行为, 消防, 电气, 特种设备, 危险化学品, 作业环境, 安全管理, 公共设施, 其他 */
export const HAZARD_CATEGORIES = ['equipment', 'operation', 'fire', 'electrical', 'special_equipment', 'hazardous_chemicals', 'environment', 'management', 'public_facility', 'other'] as const;
export type HazardCategory = (typeof HAZARD_CATEGORIES)[number];

/** 日常检查, 专项排查, 举报, 企业自查, 上级交办 */
export const HAZARD_SOURCES = ['routine_inspection', 'special_campaign', 'public_report', 'self_inspection', 'assigned_by_superior'] as const;
export type HazardSource = (typeof HAZARD_SOURCES)[number];

/** 挂牌督办 levels. */
export const LISTING_LEVELS = ['province', 'city', 'county', 'township'] as const;
export type ListingLevel = (typeof LISTING_LEVELS)[number];

/** Who evaluated a major hazard's remediation (16号令 Art 18): the unit's own technicians and experts, or an agency. */
export const EVALUATOR_KINDS = ['own_experts', 'agency'] as const;
export type EvaluatorKind = (typeof EVALUATOR_KINDS)[number];

/** Open (not finished) states, in which a hazard counts and may be overdue. */
export const ACTIVE_STATUSES: readonly HazardStatus[] = ['open', 'rectifying', 'awaiting_verification', 'awaiting_acceptance', 'expert_accepted'];

export function isFinal(status: HazardStatus): boolean {
  return status === 'closed' || status === 'void';
}

export const isHazardStatus = (v: unknown): v is HazardStatus => typeof v === 'string' && (HAZARD_STATUSES as readonly string[]).includes(v);
export const isHazardLevel = (v: unknown): v is HazardLevel => typeof v === 'string' && (HAZARD_LEVELS as readonly string[]).includes(v);
export const isHazardCategory = (v: unknown): v is HazardCategory => typeof v === 'string' && (HAZARD_CATEGORIES as readonly string[]).includes(v);
export const isHazardSource = (v: unknown): v is HazardSource => typeof v === 'string' && (HAZARD_SOURCES as readonly string[]).includes(v);
export const isListingLevel = (v: unknown): v is ListingLevel => typeof v === 'string' && (LISTING_LEVELS as readonly string[]).includes(v);
export const isEvaluatorKind = (v: unknown): v is EvaluatorKind => typeof v === 'string' && (EVALUATOR_KINDS as readonly string[]).includes(v);

/** How a hazard was closed. */
export type ClosureKind = 'on_spot' | 'reinspection' | 'acceptance';

/** What is said about a hazard when it is registered (hazard-input.ts), and kept with it. */
export interface HazardDetails {
  readonly unitId: number;
  readonly title: string;
  readonly description: string;
  readonly location: string;
  readonly category: HazardCategory;
  readonly level: HazardLevel;
  readonly source: HazardSource;
  readonly foundDate: string;
  readonly deadline: string | null;
  readonly responsiblePerson: string | null;
  readonly assignee: string | null;
  readonly funding: number | null;
}

/** A hazard as stored. `overdue` is never stored: it is derived from the deadline (deadline.ts). */
export interface Hazard extends HazardDetails {
  readonly id: number;
  readonly number: string;
  readonly inspectionId: number | null;
  readonly foundBy: string;
  readonly reportedPublicly: boolean;
  readonly status: HazardStatus;
  /** When the hazard entered its current state (the 10-day authority review counts from here). */
  readonly statusSince: string;
  /** Incremented by every change: an action prepared against an older version is stale. */
  readonly version: number;
  readonly referred: boolean;
  readonly voidReason: string | null;
  readonly closureKind: ClosureKind | null;
  readonly closureNote: string | null;
  readonly closedAt: string | null;
  readonly closedBy: string | null;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly updatedAt: string;
  readonly updatedBy: string;
}
