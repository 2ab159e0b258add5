import { daysBetween } from '../../src/domain/calendar.js';
import { describe, expect, it } from 'vitest';
import type { Industry } from '../../src/domain/unit/industry.js';
import { evaluateTier, isLargerOrAbove, type AccidentGrade, type TierFacts, type TierOverride, type TierPolicy } from '../../src/domain/unit/tier.js';

const TODAY = '2026-11-30';
const KEY_INDUSTRIES: Industry[] = ['mining', 'hazardous_chemicals', 'fireworks', 'civil_explosives', 'construction', 'metal_smelting', 'road_transport', 'urban_gas'];
const POLICY: TierPolicy = { keyIndustries: KEY_INDUSTRIES, accidentLookbackDays: 365 };

const facts = (over: Partial<TierFacts> = {}): TierFacts => ({ industry: 'commerce', openMajorHazards: [], accidents: [], override: null, ...over });
const override = (over: Partial<TierOverride> = {}): TierOverride => ({ tier: 'red', reason: '多次举报', until: null, by: 'ULEADER01', ...over });

describe(evaluateTier.name, () => {
  it.each<[Industry, string]>([
    ['mining', 'yellow'],
    ['hazardous_chemicals', 'yellow'],
    ['urban_gas', 'yellow'],
    ['commerce', 'blue'],
    ['crowded_venue', 'blue'],
    ['rural', 'blue'],
  ])('gives %s with no hazard or accident the tier %s', (industry, tier) => {
    const result = evaluateTier(facts({ industry }), POLICY, TODAY);
    expect(result.tier).toBe(tier);
    expect(result.ruleTier).toBe(tier);
  });

  it('makes a key industry yellow with the key_industry reason', () => {
    expect(evaluateTier(facts({ industry: 'mining' }), POLICY, TODAY)).toEqual({
      tier: 'yellow',
      ruleTier: 'yellow',
      reasons: [{ kind: 'key_industry', industry: 'mining' }],
      override: null,
      expiredOverride: null,
    });
  });

  it('makes any other industry blue with the baseline reason', () => {
    expect(evaluateTier(facts({ industry: 'commerce' }), POLICY, TODAY)).toEqual({
      tier: 'blue',
      ruleTier: 'blue',
      reasons: [{ kind: 'baseline' }],
      override: null,
      expiredOverride: null,
    });
  });

  it('makes a non-key unit with an open major hazard red, listing the hazard numbers', () => {
    const result = evaluateTier(facts({ industry: 'commerce', openMajorHazards: [{ number: 'YH-2026-0001' }, { number: 'YH-2026-0017' }] }), POLICY, TODAY);
    expect(result.tier).toBe('red');
    expect(result.reasons).toEqual([{ kind: 'open_major_hazard', numbers: ['YH-2026-0001', 'YH-2026-0017'] }]);
  });

  it('gives a key-industry unit with an open major hazard red, without the key_industry reason', () => {
    const result = evaluateTier(facts({ industry: 'mining', openMajorHazards: [{ number: 'YH-2026-0003' }] }), POLICY, TODAY);
    expect(result.tier).toBe('red');
    expect(result.reasons).toEqual([{ kind: 'open_major_hazard', numbers: ['YH-2026-0003'] }]);
  });

  it.each<[AccidentGrade, string]>([
    ['general', 'yellow'], // blue is for units with no accident (the office's plan; DOMAIN.md §A8)
    ['larger', 'red'],
    ['major', 'red'],
    ['especially_major', 'red'],
  ])('gives a non-key unit with a recent %s accident the tier %s', (grade, tier) => {
    expect(evaluateTier(facts({ accidents: [{ date: '2026-06-01', grade }] }), POLICY, TODAY).tier).toBe(tier);
  });

  it.each([
    ['today', '2026-11-30', 'yellow'],
    ['364 days before today', '2025-12-01', 'yellow'],
    ['365 days before today', '2025-11-30', 'blue'],
    ['tomorrow (a future date)', '2026-12-01', 'blue'],
  ])('keeps a non-key unit out of blue while a general accident %s (%s) is in the window: %s', (_label, date, tier) => {
    expect(evaluateTier(facts({ accidents: [{ date, grade: 'general' }] }), POLICY, TODAY).tier).toBe(tier);
  });

  it('gives the general accident as the reason for yellow, beside a key industry when both apply', () => {
    expect(evaluateTier(facts({ accidents: [{ date: '2026-06-01', grade: 'general' }] }), POLICY, TODAY).reasons).toEqual([{ kind: 'recent_accident', date: '2026-06-01', grade: 'general' }]);
    expect(evaluateTier(facts({ industry: 'mining', accidents: [{ date: '2026-06-01', grade: 'general' }] }), POLICY, TODAY).reasons).toEqual([
      { kind: 'key_industry', industry: 'mining' },
      { kind: 'recent_accident', date: '2026-06-01', grade: 'general' },
    ]);
  });

  it('restores the older rule with blueAllowsAccident: a general accident leaves a non-key unit blue', () => {
    const result = evaluateTier(facts({ accidents: [{ date: '2026-06-01', grade: 'general' }] }), { ...POLICY, blueAllowsAccident: true }, TODAY);
    expect(result).toMatchObject({ tier: 'blue', reasons: [{ kind: 'baseline' }] });
    expect(evaluateTier(facts({ accidents: [{ date: '2026-06-01', grade: 'larger' }] }), { ...POLICY, blueAllowsAccident: true }, TODAY).tier).toBe('red');
  });

  it('gives the serious accident as the reason for red', () => {
    const result = evaluateTier(facts({ accidents: [{ date: '2026-06-01', grade: 'general' }, { date: '2026-03-15', grade: 'major' }] }), POLICY, TODAY);
    expect(result.reasons).toEqual([{ kind: 'serious_accident', date: '2026-03-15', grade: 'major' }]);
  });

  it('keeps a general accident from making a key-industry unit anything but yellow', () => {
    expect(evaluateTier(facts({ industry: 'mining', accidents: [{ date: '2026-11-01', grade: 'general' }] }), POLICY, TODAY).tier).toBe('yellow');
  });

  it.each([
    ['today', '2026-11-30', 'red'],
    ['yesterday', '2026-11-29', 'red'],
    ['364 days before today', '2025-12-01', 'red'],
    ['365 days before today', '2025-11-30', 'blue'],
    ['366 days before today', '2025-11-29', 'blue'],
    ['tomorrow (a future date)', '2026-12-01', 'blue'],
    ['next year (a future date)', '2027-06-01', 'blue'],
  ])('counts a larger accident %s (%s) within a 365-day look-back: %s', (_label, date, tier) => {
    expect(evaluateTier(facts({ accidents: [{ date, grade: 'larger' }] }), { keyIndustries: [], accidentLookbackDays: 365 }, TODAY).tier).toBe(tier);
  });

  it('uses the policy look-back length', () => {
    const accidents = [{ date: '2026-10-31', grade: 'major' as const }]; // 30 days before today
    expect(evaluateTier(facts({ accidents }), { keyIndustries: [], accidentLookbackDays: 30 }, TODAY).tier).toBe('blue');
    expect(evaluateTier(facts({ accidents }), { keyIndustries: [], accidentLookbackDays: 31 }, TODAY).tier).toBe('red');
  });

  it('lists both an open major hazard and a serious accident as reasons', () => {
    const result = evaluateTier(
      facts({ industry: 'mining', openMajorHazards: [{ number: 'YH-2026-0009' }], accidents: [{ date: '2026-02-02', grade: 'larger' }] }),
      POLICY,
      TODAY,
    );
    expect(result.tier).toBe('red');
    expect(result.reasons).toEqual([
      { kind: 'open_major_hazard', numbers: ['YH-2026-0009'] },
      { kind: 'serious_accident', date: '2026-02-02', grade: 'larger' },
    ]);
  });

  it.each([
    ['no last day', null],
    ['today as the last day (inclusive)', '2026-11-30'],
    ['a last day tomorrow', '2026-12-01'],
    ['a last day next year', '2027-01-15'],
  ])('applies an override with %s, reporting the rule tier separately', (_label, until) => {
    const active = override({ tier: 'red', until });
    const result = evaluateTier(facts({ industry: 'commerce', override: active }), POLICY, TODAY);
    expect(result).toEqual({ tier: 'red', ruleTier: 'blue', reasons: [{ kind: 'baseline' }], override: active, expiredOverride: null });
  });

  it('lets an override lower a red unit', () => {
    const active = override({ tier: 'blue', until: '2026-12-31' });
    const result = evaluateTier(facts({ openMajorHazards: [{ number: 'YH-2026-0001' }], override: active }), POLICY, TODAY);
    expect(result).toMatchObject({ tier: 'blue', ruleTier: 'red', override: active, expiredOverride: null });
  });

  it.each([
    ['yesterday', '2026-11-29'],
    ['last year', '2025-12-31'],
  ])('does not apply an override whose last day was %s, returning it as expiredOverride', (_label, until) => {
    const ended = override({ tier: 'red', until });
    const result = evaluateTier(facts({ industry: 'mining', override: ended }), POLICY, TODAY);
    expect(result).toEqual({ tier: 'yellow', ruleTier: 'yellow', reasons: [{ kind: 'key_industry', industry: 'mining' }], override: null, expiredOverride: ended });
  });

  it('respects a custom keyIndustries policy', () => {
    const policy: TierPolicy = { keyIndustries: ['commerce'], accidentLookbackDays: 365 };
    expect(evaluateTier(facts({ industry: 'commerce' }), policy, TODAY)).toMatchObject({ tier: 'yellow', reasons: [{ kind: 'key_industry', industry: 'commerce' }] });
    expect(evaluateTier(facts({ industry: 'mining' }), policy, TODAY)).toMatchObject({ tier: 'blue', reasons: [{ kind: 'baseline' }] });
  });

  it('makes nothing yellow when there are no key industries', () => {
    expect(evaluateTier(facts({ industry: 'mining' }), { keyIndustries: [], accidentLookbackDays: 365 }, TODAY).tier).toBe('blue');
  });
});

describe(daysBetween.name, () => {
  it.each([
    ['2026-11-30', '2026-11-30', 0],
    ['2026-11-29', '2026-11-30', 1],
    ['2026-11-30', '2026-11-29', -1],
    ['2026-12-31', '2027-01-01', 1],
    ['2026-02-28', '2026-03-01', 1],
    ['2028-02-28', '2028-03-01', 2],
    ['2025-11-30', '2026-11-30', 365],
    ['2027-11-30', '2028-11-30', 366],
    ['2026-03-28', '2026-03-30', 2],
    ['2026-01-01', '2026-12-31', 364],
  ])('counts from %s to %s as %i days', (a, b, days) => {
    expect(daysBetween(a, b)).toBe(days);
  });
});

describe(isLargerOrAbove.name, () => {
  it.each<[AccidentGrade, boolean]>([
    ['general', false],
    ['larger', true],
    ['major', true],
    ['especially_major', true],
  ])('treats %s as larger or above: %s', (grade, expected) => {
    expect(isLargerOrAbove(grade)).toBe(expected);
  });
});
