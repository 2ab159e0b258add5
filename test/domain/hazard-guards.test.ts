import { describe, expect, it } from 'vitest';
import { DomainError } from '../../src/domain/errors.js';
import type { HazardFacts } from '../../src/domain/hazard/hazard-actions.js';
import {
  assertCanStartRectification,
  assertClosable,
  missingPlanElements,
  missingPrerequisites,
  missingSignatures,
  type ClosureSignatures,
  type MajorPrerequisite,
  type PlanElement,
  type Signature,
} from '../../src/domain/hazard/guards.js';

type Prereqs = Pick<HazardFacts, 'listed' | 'experts' | 'hasPlan'>;

const ONE_OPINION = [{ userId: 'U_EXP1', hasOpinion: true }];
const TWO_OPINIONS = [
  { userId: 'U_EXP1', hasOpinion: true },
  { userId: 'U_EXP2', hasOpinion: true },
];
const ONE_OF_TWO_OPINIONS = [
  { userId: 'U_EXP1', hasOpinion: true },
  { userId: 'U_EXP2', hasOpinion: false },
];

function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw, but the call returned');
}

describe(missingPrerequisites.name, () => {
  it.each<[string, Prereqs, MajorPrerequisite[]]>([
    ['nothing done', { listed: false, experts: [], hasPlan: false }, ['listing', 'consultation', 'plan']],
    ['everything done, one expert', { listed: true, experts: ONE_OPINION, hasPlan: true }, []],
    ['everything done, two experts', { listed: true, experts: TWO_OPINIONS, hasPlan: true }, []],
    ['not listed', { listed: false, experts: ONE_OPINION, hasPlan: true }, ['listing']],
    ['no expert assigned', { listed: true, experts: [], hasPlan: true }, ['consultation']],
    ['an assigned expert without an opinion', { listed: true, experts: ONE_OF_TWO_OPINIONS, hasPlan: true }, ['consultation']],
    ['the only expert without an opinion', { listed: true, experts: [{ userId: 'U_EXP1', hasOpinion: false }], hasPlan: true }, ['consultation']],
    ['no plan', { listed: true, experts: ONE_OPINION, hasPlan: false }, ['plan']],
    ['neither listed nor planned', { listed: false, experts: TWO_OPINIONS, hasPlan: false }, ['listing', 'plan']],
    ['listed only', { listed: true, experts: ONE_OF_TWO_OPINIONS, hasPlan: false }, ['consultation', 'plan']],
  ])('with %s, reports %j missing', (_name, facts, expected) => {
    expect(missingPrerequisites(facts)).toEqual(expected);
  });
});

describe(assertCanStartRectification.name, () => {
  it('passes when listed, every assigned expert has an opinion and the plan is recorded', () => {
    expect(() => assertCanStartRectification({ listed: true, experts: TWO_OPINIONS, hasPlan: true })).not.toThrow();
  });

  it.each<[string, Prereqs, string]>([
    ['nothing done', { listed: false, experts: [], hasPlan: false }, 'listing,consultation,plan'],
    ['neither listed nor planned', { listed: false, experts: ONE_OPINION, hasPlan: false }, 'listing,plan'],
    ['an opinion missing', { listed: true, experts: ONE_OF_TWO_OPINIONS, hasPlan: true }, 'consultation'],
    ['no plan', { listed: true, experts: ONE_OPINION, hasPlan: false }, 'plan'],
  ])('with %s, throws hazard.prerequisites_missing naming %s', (_name, facts, missing) => {
    const error = thrownBy(() => assertCanStartRectification(facts));
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'hazard.prerequisites_missing', details: { missing } });
  });
});

describe(missingPlanElements.name, () => {
  const FULL: Record<PlanElement, string> = {
    goal_and_tasks: '消除配电室电气火灾隐患',
    methods_and_measures: '更换老化线路，增设漏电保护',
    funding_and_materials: '资金 5 万元，线缆 200 米',
    responsible_body: '设备部，负责人王五',
    time_limit: '2026-12-31 前完成',
    safety_and_emergency: '停电作业，设监护人，备灭火器',
  };

  it('reports nothing when all six elements are given', () => {
    expect(missingPlanElements(FULL)).toEqual([]);
  });

  const ELEMENTS: PlanElement[] = ['goal_and_tasks', 'methods_and_measures', 'funding_and_materials', 'responsible_body', 'time_limit', 'safety_and_emergency'];
  const BLANKS: [string, string | null | undefined][] = [
    ['empty', ''],
    ['whitespace only', ' \t\n '],
    ['full-width spaces only', '\u3000\u3000'],
    ['null', null],
    ['undefined', undefined],
  ];
  it.each(ELEMENTS.flatMap((element) => BLANKS.map(([kind, value]): [PlanElement, string, string | null | undefined] => [element, kind, value])))(
    'reports %s when it is %s',
    (element, _kind, value) => {
      expect(missingPlanElements({ ...FULL, [element]: value })).toEqual([element]);
    },
  );

  it.each(ELEMENTS)('reports %s when it is left out of the plan altogether', (element) => {
    const plan: Partial<Record<PlanElement, string>> = { ...FULL };
    delete plan[element];
    expect(missingPlanElements(plan)).toEqual([element]);
  });

  it('reports every element, in the order of 16号令 Art 15, for an empty plan', () => {
    expect(missingPlanElements({})).toEqual(['goal_and_tasks', 'methods_and_measures', 'funding_and_materials', 'responsible_body', 'time_limit', 'safety_and_emergency']);
  });

  it('reports only the blank ones when several are blank', () => {
    expect(missingPlanElements({ ...FULL, methods_and_measures: '  ', time_limit: '' })).toEqual(['methods_and_measures', 'time_limit']);
  });
});

describe(missingSignatures.name, () => {
  const APPLICANT = { by: 'U_CONTACT', at: '2026-12-01T02:00:00Z' };
  const EXPERT_PASS = { by: 'U_EXP1', at: '2026-12-03T02:00:00Z', passed: true };
  const EXPERT_FAIL = { by: 'U_EXP1', at: '2026-12-03T02:00:00Z', passed: false };
  const AUTHORITY_PASS = { by: 'U_LEAD', at: '2026-12-05T02:00:00Z', passed: true };
  const AUTHORITY_FAIL = { by: 'U_LEAD', at: '2026-12-05T02:00:00Z', passed: false };

  it.each<[string, ClosureSignatures, Signature[]]>([
    ['all three signed and passed', { applicant: APPLICANT, expert: EXPERT_PASS, authority: AUTHORITY_PASS }, []],
    ['nothing signed', { applicant: null, expert: null, authority: null }, ['applicant', 'expert', 'authority']],
    ['no applicant', { applicant: null, expert: EXPERT_PASS, authority: AUTHORITY_PASS }, ['applicant']],
    ['no expert', { applicant: APPLICANT, expert: null, authority: AUTHORITY_PASS }, ['expert']],
    ['no authority', { applicant: APPLICANT, expert: EXPERT_PASS, authority: null }, ['authority']],
    ['a failed expert signature', { applicant: APPLICANT, expert: EXPERT_FAIL, authority: AUTHORITY_PASS }, ['expert']],
    ['a failed authority signature', { applicant: APPLICANT, expert: EXPERT_PASS, authority: AUTHORITY_FAIL }, ['authority']],
    ['both failed', { applicant: APPLICANT, expert: EXPERT_FAIL, authority: AUTHORITY_FAIL }, ['expert', 'authority']],
    ['only the applicant', { applicant: APPLICANT, expert: null, authority: null }, ['expert', 'authority']],
  ])('with %s, reports %j missing', (_name, signatures, expected) => {
    expect(missingSignatures(signatures)).toEqual(expected);
  });
});

describe(assertClosable.name, () => {
  const APPLICANT = { by: 'U_CONTACT', at: '2026-12-01T02:00:00Z' };
  const EXPERT_PASS = { by: 'U_EXP1', at: '2026-12-03T02:00:00Z', passed: true };
  const AUTHORITY_PASS = { by: 'U_LEAD', at: '2026-12-05T02:00:00Z', passed: true };

  it('passes with the applicant’s, a passing expert’s and a passing authority’s signatures', () => {
    expect(() => assertClosable({ applicant: APPLICANT, expert: EXPERT_PASS, authority: AUTHORITY_PASS })).not.toThrow();
  });

  it.each<[string, ClosureSignatures, string]>([
    ['nothing signed', { applicant: null, expert: null, authority: null }, 'applicant,expert,authority'],
    ['no applicant', { applicant: null, expert: EXPERT_PASS, authority: AUTHORITY_PASS }, 'applicant'],
    ['a failed expert and no authority', { applicant: APPLICANT, expert: { ...EXPERT_PASS, passed: false }, authority: null }, 'expert,authority'],
    ['a failed authority', { applicant: APPLICANT, expert: EXPERT_PASS, authority: { ...AUTHORITY_PASS, passed: false } }, 'authority'],
  ])('with %s, throws closure.missing_signature naming %s', (_name, signatures, missing) => {
    const error = thrownBy(() => assertClosable(signatures));
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'closure.missing_signature', details: { missing } });
  });
});
