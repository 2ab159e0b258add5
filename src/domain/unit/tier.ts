import { daysBetween } from '../calendar.js';
import type { Industry } from './industry.js';

/** Supervision tiers (红黄蓝分级监管, PRODUCT.md §3). */
export const TIERS = ['red', 'yellow', 'blue'] as const;
export type Tier = (typeof TIERS)[number];

export function isTier(value: unknown): value is Tier {
  return typeof value === 'string' && (TIERS as readonly string[]).includes(value);
}

/** Accident grades of 493号令 Art 3, lowest first. */
export const ACCIDENT_GRADES = ['general', 'larger', 'major', 'especially_major'] as const;
export type AccidentGrade = (typeof ACCIDENT_GRADES)[number];

/** "较大 or above": the grades that make a unit red. */
export function isLargerOrAbove(grade: AccidentGrade): boolean {
  return ACCIDENT_GRADES.indexOf(grade) >= ACCIDENT_GRADES.indexOf('larger');
}

export interface TierOverride {
  readonly tier: Tier;
  readonly reason: string;
  /** Last day the override applies (YYYY-MM-DD in APP_TIMEZONE, inclusive); null = until cleared. */
  readonly until: string | null;
  readonly by: string;
}

/** Everything the tier depends on. Hazards and accidents are filled in by the features that record them. */
export interface TierFacts {
  readonly industry: Industry;
  readonly openMajorHazards: readonly { readonly number: string }[];
  readonly accidents: readonly { readonly date: string; readonly grade: AccidentGrade }[];
  readonly override: TierOverride | null;
}

export interface TierPolicy {
  readonly keyIndustries: readonly Industry[];
  readonly accidentLookbackDays: number;
  /**
   * True restores the older rule (a non-key unit stays blue despite a 一般 accident in the window). By default the
   * office's plan holds: blue is for ordinary units **with no accident** (DOMAIN.md §A8), so any accident in the
   * window makes a unit at least yellow.
   */
  readonly blueAllowsAccident?: boolean;
}

export type TierReason =
  | { readonly kind: 'open_major_hazard'; readonly numbers: readonly string[] }
  | { readonly kind: 'serious_accident'; readonly date: string; readonly grade: AccidentGrade }
  /** An accident below 较大 within the window: not red, but no longer blue. */
  | { readonly kind: 'recent_accident'; readonly date: string; readonly grade: AccidentGrade }
  | { readonly kind: 'key_industry'; readonly industry: Industry }
  | { readonly kind: 'baseline' };

export interface TierEvaluation {
  /** The tier in force: the override while it lasts, otherwise the rule tier. */
  readonly tier: Tier;
  /** The tier the rules give, with why. */
  readonly ruleTier: Tier;
  readonly reasons: readonly TierReason[];
  /** The override in force today, if any. */
  readonly override: TierOverride | null;
  /** An override that has ended (kept so it can be expired and recorded). */
  readonly expiredOverride: TierOverride | null;
}

/**
 * The tier of a unit on `today` (YYYY-MM-DD in APP_TIMEZONE):
 * red — an open major hazard, or an accident graded 较大 or above within the look-back window (today inclusive);
 * yellow — a key industry, or (unless `blueAllowsAccident`) any other accident within the window; blue — otherwise.
 * A leader's override wins until its last day has passed.
 */
export function evaluateTier(facts: TierFacts, policy: TierPolicy, today: string): TierEvaluation {
  const reasons: TierReason[] = [];
  if (facts.openMajorHazards.length > 0) {
    reasons.push({ kind: 'open_major_hazard', numbers: facts.openMajorHazards.map((h) => h.number) });
  }
  const recent: TierReason[] = [];
  for (const accident of facts.accidents) {
    const age = daysBetween(accident.date, today);
    if (age < 0 || age >= policy.accidentLookbackDays) continue;
    if (isLargerOrAbove(accident.grade)) reasons.push({ kind: 'serious_accident', date: accident.date, grade: accident.grade });
    else if (!policy.blueAllowsAccident) recent.push({ kind: 'recent_accident', date: accident.date, grade: accident.grade });
  }
  let ruleTier: Tier = 'blue';
  if (reasons.length > 0) ruleTier = 'red';
  else {
    if (policy.keyIndustries.includes(facts.industry)) reasons.push({ kind: 'key_industry', industry: facts.industry });
    reasons.push(...recent);
    if (reasons.length > 0) ruleTier = 'yellow';
    else reasons.push({ kind: 'baseline' });
  }

  const override = facts.override;
  const active = override !== null && (override.until === null || override.until >= today);
  return {
    tier: active ? override.tier : ruleTier,
    ruleTier,
    reasons,
    override: active ? override : null,
    expiredOverride: override !== null && !active ? override : null,
  };
}
