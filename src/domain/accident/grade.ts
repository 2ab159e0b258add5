import type { AccidentGrade } from '../unit/tier.js';

/** An accident's consequences, as recorded (direct economic loss in yuan). */
export interface AccidentCounts {
  readonly deaths: number;
  readonly seriousInjuries: number;
  readonly directLossYuan: number;
}

/**
 * Lower bounds of each grade (493号令 Art 3). "以上" includes the bound: 3 deaths is already 较大, 10 is 重大, 30 is
 * 特别重大. The grade is the highest any of the three measures reaches.
 */
export const GRADE_THRESHOLDS: readonly { readonly grade: AccidentGrade; readonly deaths: number; readonly seriousInjuries: number; readonly directLossYuan: number }[] = [
  { grade: 'especially_major', deaths: 30, seriousInjuries: 100, directLossYuan: 100_000_000 },
  { grade: 'major', deaths: 10, seriousInjuries: 50, directLossYuan: 50_000_000 },
  { grade: 'larger', deaths: 3, seriousInjuries: 10, directLossYuan: 10_000_000 },
];

export function gradeAccident(c: AccidentCounts): AccidentGrade {
  for (const t of GRADE_THRESHOLDS) {
    if (c.deaths >= t.deaths || c.seriousInjuries >= t.seriousInjuries || c.directLossYuan >= t.directLossYuan) return t.grade;
  }
  return 'general';
}
