import type { VisitType } from './visit.js';

/** An assignment of inspections, as the assign modal (or a test) supplies it: one inspection per unit. */
export interface AssignInput {
  readonly unitIds: readonly number[];
  readonly plannedDate: string;
  readonly inspectors: readonly string[];
  readonly visitType: VisitType;
  /** The person saw the yearly-cap warning and assigns anyway. */
  readonly acknowledgeCap: boolean;
}

/** The result of a planned inspection (done, with its date), or why it was cancelled. */
export interface ResultInput {
  readonly outcome: 'done' | 'cancelled';
  readonly doneDate: string | null;
  readonly summary: string;
  readonly findings: string;
}

export const MAX_UNITS_PER_ASSIGNMENT = 20;
