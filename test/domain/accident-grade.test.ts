import { describe, expect, it } from 'vitest';
import { gradeAccident, type AccidentCounts } from '../../src/domain/accident/grade.js';
import type { AccidentGrade } from '../../src/domain/unit/tier.js';

const counts = (over: Partial<AccidentCounts> = {}): AccidentCounts => ({ deaths: 0, seriousInjuries: 0, directLossYuan: 0, ...over });

describe(gradeAccident.name, () => {
  it('grades an accident with no casualties and no loss as general', () => {
    expect(gradeAccident(counts())).toBe('general');
  });

  it.each<[number, AccidentGrade]>([
    [0, 'general'],
    [2, 'general'],
    [3, 'larger'],
    [9, 'larger'],
    [10, 'major'],
    [29, 'major'],
    [30, 'especially_major'],
    [31, 'especially_major'],
  ])('grades %i deaths (nothing else) as %s', (deaths, grade) => {
    expect(gradeAccident(counts({ deaths }))).toBe(grade);
  });

  it.each<[number, AccidentGrade]>([
    [0, 'general'],
    [9, 'general'],
    [10, 'larger'],
    [49, 'larger'],
    [50, 'major'],
    [99, 'major'],
    [100, 'especially_major'],
    [250, 'especially_major'],
  ])('grades %i serious injuries (nothing else) as %s', (seriousInjuries, grade) => {
    expect(gradeAccident(counts({ seriousInjuries }))).toBe(grade);
  });

  it.each<[number, AccidentGrade]>([
    [0, 'general'],
    [9_999_999.99, 'general'],
    [10_000_000, 'larger'],
    [49_999_999, 'larger'],
    [49_999_999.99, 'larger'],
    [50_000_000, 'major'],
    [99_999_999, 'major'],
    [99_999_999.99, 'major'],
    [100_000_000, 'especially_major'],
    [1_000_000_000, 'especially_major'],
  ])('grades a direct loss of ¥%s (nothing else) as %s', (directLossYuan, grade) => {
    expect(gradeAccident(counts({ directLossYuan }))).toBe(grade);
  });

  it.each<[string, Partial<AccidentCounts>, AccidentGrade]>([
    ['1 death, 50 serious injuries', { deaths: 1, seriousInjuries: 50 }, 'major'],
    ['2 deaths, 9 injuries, ¥9,999,999.99 (all just below 较大)', { deaths: 2, seriousInjuries: 9, directLossYuan: 9_999_999.99 }, 'general'],
    ['2 deaths, 9 injuries, ¥10,000,000 (loss alone reaches 较大)', { deaths: 2, seriousInjuries: 9, directLossYuan: 10_000_000 }, 'larger'],
    ['3 deaths, 0 injuries, ¥100,000,000 (loss wins)', { deaths: 3, seriousInjuries: 0, directLossYuan: 100_000_000 }, 'especially_major'],
    ['30 deaths, 0 injuries, no loss (deaths win)', { deaths: 30, seriousInjuries: 0, directLossYuan: 0 }, 'especially_major'],
    ['9 deaths, 49 injuries, ¥49,999,999 (all at the top of 较大)', { deaths: 9, seriousInjuries: 49, directLossYuan: 49_999_999 }, 'larger'],
    ['9 deaths, 100 injuries, ¥1 (injuries win)', { deaths: 9, seriousInjuries: 100, directLossYuan: 1 }, 'especially_major'],
    ['0 deaths, 10 injuries, ¥50,000,000 (loss wins)', { deaths: 0, seriousInjuries: 10, directLossYuan: 50_000_000 }, 'major'],
    ['10 deaths, 10 injuries, ¥10,000,000 (deaths win)', { deaths: 10, seriousInjuries: 10, directLossYuan: 10_000_000 }, 'major'],
    ['29 deaths, 99 injuries, ¥99,999,999 (all at the top of 重大)', { deaths: 29, seriousInjuries: 99, directLossYuan: 99_999_999 }, 'major'],
    ['3 deaths, 10 injuries, ¥10,000,000 (all exactly at 较大)', { deaths: 3, seriousInjuries: 10, directLossYuan: 10_000_000 }, 'larger'],
  ])('takes the highest measure: %s → %s', (_label, over, grade) => {
    expect(gradeAccident(counts(over))).toBe(grade);
  });
});
