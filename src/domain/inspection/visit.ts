/**
 * Visit types (国办发〔2024〕54号, DOMAIN.md §A8): an administrative inspection (行政检查) needs at least two inspectors
 * holding enforcement cards and counts against the yearly cap per unit; patrol, service and document checks do not.
 * Any completed visit satisfies the tier cadence.
 */
export const VISIT_TYPES = ['administrative', 'patrol', 'service', 'document'] as const;
export type VisitType = (typeof VISIT_TYPES)[number];

export const INSPECTION_STATUSES = ['planned', 'done', 'cancelled'] as const;
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];

export const isInspectionStatus = (v: unknown): v is InspectionStatus => typeof v === 'string' && (INSPECTION_STATUSES as readonly string[]).includes(v);

export const isVisitType = (v: unknown): v is VisitType => typeof v === 'string' && (VISIT_TYPES as readonly string[]).includes(v);

export const ADMINISTRATIVE_MIN_INSPECTORS = 2;

export type StaffingProblem = { readonly kind: 'too_few'; readonly min: number } | { readonly kind: 'no_card'; readonly users: readonly string[] };

/** Why these inspectors may not carry out an administrative inspection, or null when they may. */
export function administrativeStaffingProblem(inspectors: readonly { readonly userId: string; readonly cardNumber: string | null }[]): StaffingProblem | null {
  if (new Set(inspectors.map((i) => i.userId)).size < ADMINISTRATIVE_MIN_INSPECTORS) return { kind: 'too_few', min: ADMINISTRATIVE_MIN_INSPECTORS };
  const without = [...new Set(inspectors.filter((i) => !i.cardNumber?.trim()).map((i) => i.userId))];
  return without.length ? { kind: 'no_card', users: without } : null;
}

/** Whether one more administrative inspection would pass the unit's yearly cap (no cap configured: never). */
export function wouldExceedCap(countThisYear: number, cap: number | null): boolean {
  return cap !== null && countThisYear + 1 > cap;
}

/** An inspection (检查), numbered JC-YYYY-NNNN. */
export interface Inspection {
  readonly id: number;
  readonly number: string;
  readonly unitId: number;
  readonly plannedDate: string;
  readonly visitType: VisitType;
  readonly status: InspectionStatus;
  readonly doneDate: string | null;
  readonly summary: string | null;
  readonly findings: string | null;
  readonly cancelReason: string | null;
  readonly inspectors: readonly string[];
  readonly createdBy: string;
  readonly updatedAt: string;
  readonly updatedBy: string;
}
