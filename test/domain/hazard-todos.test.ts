import { describe, expect, it } from 'vitest';
import type { HazardAction, HazardFacts } from '../../src/domain/hazard/hazard-actions.js';
import type { HazardStatus } from '../../src/domain/hazard/hazard.js';
import { newTodos, pendingTodos, type TodoInput } from '../../src/domain/hazard/todos.js';

const facts = (f: Partial<HazardFacts> & Pick<HazardFacts, 'level' | 'status'>): HazardFacts => ({
  listed: false,
  referred: false,
  pendingExtension: false,
  experts: [],
  hasPlan: false,
  ...f,
});

const PEOPLE: Omit<TodoInput, 'facts'> = {
  assignee: 'U_ASSIGNEE',
  unitContacts: ['U_C1', 'U_C2'],
  listingLeader: null,
  leaders: ['U_L1', 'U_L2'],
  inspectors: ['U_I1', 'U_I2'],
  fallback: ['U_ADMIN'],
};

const input = (f: HazardFacts, people: Partial<Omit<TodoInput, 'facts'>> = {}): TodoInput => ({ ...PEOPLE, ...people, facts: f });

/** Compare as a plain object: insertion order of people does not matter, the order of each person's actions does. */
const todosOf = (m: Map<string, HazardAction[]>): Record<string, HazardAction[]> => Object.fromEntries(m);

const EXPERTS_DONE = [{ userId: 'U_E1', hasOpinion: true }, { userId: 'U_E2', hasOpinion: true }];
const MAJOR_READY = { level: 'major', listed: true, hasPlan: true, experts: EXPERTS_DONE } as const;

describe(pendingTodos.name, () => {
  it.each<[string, TodoInput, Record<string, HazardAction[]>]>([
    ['a general reported hazard: every inspector confirms or dismisses', input(facts({ level: 'general', status: 'reported' })), { U_I1: ['confirm', 'dismiss'], U_I2: ['confirm', 'dismiss'] }],
    ['a major reported hazard: every inspector confirms or dismisses', input(facts({ level: 'major', status: 'reported' })), { U_I1: ['confirm', 'dismiss'], U_I2: ['confirm', 'dismiss'] }],
    ['an open general hazard: the assignee orders or closes on the spot', input(facts({ level: 'general', status: 'open' })), { U_ASSIGNEE: ['issue_order', 'close_on_spot'] }],
    [
      'an open general hazard with no assignee: every inspector',
      input(facts({ level: 'general', status: 'open' }), { assignee: null }),
      { U_I1: ['issue_order', 'close_on_spot'], U_I2: ['issue_order', 'close_on_spot'] },
    ],
    [
      'an open major hazard, unlisted, no experts, no plan: leaders list it, the assignee assigns experts and records the plan',
      input(facts({ level: 'major', status: 'open' })),
      { U_L1: ['list_for_supervision'], U_L2: ['list_for_supervision'], U_ASSIGNEE: ['assign_experts', 'record_plan'] },
    ],
    [
      'an open major hazard whose assignee is also a leader: one list with all three actions',
      input(facts({ level: 'major', status: 'open' }), { assignee: 'U_L1' }),
      { U_L1: ['list_for_supervision', 'assign_experts', 'record_plan'], U_L2: ['list_for_supervision'] },
    ],
    [
      'an open major hazard with no assignee: the inspectors assign experts and record the plan',
      input(facts({ level: 'major', status: 'open', listed: true }), { assignee: null }),
      { U_I1: ['assign_experts', 'record_plan'], U_I2: ['assign_experts', 'record_plan'] },
    ],
    [
      'an open major hazard, listed and planned, experts assigned: each expert lacking an opinion gives one',
      input(facts({ level: 'major', status: 'open', listed: true, hasPlan: true, experts: [{ userId: 'U_E1', hasOpinion: false }, { userId: 'U_E2', hasOpinion: true }, { userId: 'U_E3', hasOpinion: false }] })),
      { U_E1: ['record_opinion'], U_E3: ['record_opinion'] },
    ],
    [
      'an open major hazard, unlisted, an expert lacking an opinion, no plan',
      input(facts({ level: 'major', status: 'open', experts: [{ userId: 'U_E1', hasOpinion: false }] })),
      { U_L1: ['list_for_supervision'], U_L2: ['list_for_supervision'], U_E1: ['record_opinion'], U_ASSIGNEE: ['record_plan'] },
    ],
    ['an open major hazard with every prerequisite met: nobody', input(facts({ ...MAJOR_READY, status: 'open' })), {}],
    ['a rectifying general hazard: the unit contacts report it rectified', input(facts({ level: 'general', status: 'rectifying' })), { U_C1: ['report_rectified'], U_C2: ['report_rectified'] }],
    ['a rectifying general hazard of a unit with no contacts: the assignee', input(facts({ level: 'general', status: 'rectifying' }), { unitContacts: [] }), { U_ASSIGNEE: ['report_rectified'] }],
    [
      'a rectifying general hazard, no contacts, no assignee: every inspector',
      input(facts({ level: 'general', status: 'rectifying' }), { unitContacts: [], assignee: null }),
      { U_I1: ['report_rectified'], U_I2: ['report_rectified'] },
    ],
    ['a rectifying major hazard: the unit contacts apply for acceptance', input(facts({ ...MAJOR_READY, status: 'rectifying' })), { U_C1: ['apply_acceptance'], U_C2: ['apply_acceptance'] }],
    ['a rectifying major hazard of a unit with no contacts: the assignee', input(facts({ ...MAJOR_READY, status: 'rectifying' }), { unitContacts: [] }), { U_ASSIGNEE: ['apply_acceptance'] }],
    ['a general hazard awaiting verification: the assignee re-inspects', input(facts({ level: 'general', status: 'awaiting_verification' })), { U_ASSIGNEE: ['reinspect'] }],
    [
      'a general hazard awaiting verification with no assignee: every inspector',
      input(facts({ level: 'general', status: 'awaiting_verification' }), { assignee: null }),
      { U_I1: ['reinspect'], U_I2: ['reinspect'] },
    ],
    ['a major hazard awaiting acceptance: the assigned experts sign', input(facts({ ...MAJOR_READY, status: 'awaiting_acceptance' })), { U_E1: ['expert_sign'], U_E2: ['expert_sign'] }],
    [
      'an expert-accepted major hazard: the listing leader signs as authority',
      input(facts({ ...MAJOR_READY, status: 'expert_accepted' }), { listingLeader: 'U_L2' }),
      { U_L2: ['authority_sign'] },
    ],
    [
      'an expert-accepted major hazard with no listing leader: every leader',
      input(facts({ ...MAJOR_READY, status: 'expert_accepted' })),
      { U_L1: ['authority_sign'], U_L2: ['authority_sign'] },
    ],
    [
      'a rectifying general hazard with an extension pending: every leader decides it',
      input(facts({ level: 'general', status: 'rectifying', pendingExtension: true })),
      { U_C1: ['report_rectified'], U_C2: ['report_rectified'], U_L1: ['decide_extension'], U_L2: ['decide_extension'] },
    ],
    [
      'an open general hazard with an extension pending',
      input(facts({ level: 'general', status: 'open', pendingExtension: true })),
      { U_ASSIGNEE: ['issue_order', 'close_on_spot'], U_L1: ['decide_extension'], U_L2: ['decide_extension'] },
    ],
    [
      'a rectifying major hazard with an extension pending: the listing leader decides it',
      input(facts({ ...MAJOR_READY, status: 'rectifying', pendingExtension: true }), { listingLeader: 'U_L2' }),
      { U_C1: ['apply_acceptance'], U_C2: ['apply_acceptance'], U_L2: ['decide_extension'] },
    ],
    [
      'an open major hazard with every prerequisite met and an extension pending: only the listing leader decides it',
      input(facts({ level: 'major', status: 'open', listed: true, hasPlan: true, experts: EXPERTS_DONE, pendingExtension: true }), { listingLeader: 'U_L1' }),
      { U_L1: ['decide_extension'] },
    ],
    [
      'a hazard awaiting verification whose stale extension flag is set: no decision asked (extensions are only open while open or rectifying)',
      input(facts({ level: 'general', status: 'awaiting_verification', pendingExtension: true })),
      { U_ASSIGNEE: ['reinspect'] },
    ],
  ])('%s', (_name, i, expected) => {
    expect(todosOf(pendingTodos(i))).toEqual(expected);
  });

  describe('with nobody to hold the work, the fallback (admins) gets it', () => {
    const NOBODY: Partial<Omit<TodoInput, 'facts'>> = { assignee: null, unitContacts: [], listingLeader: null, leaders: [], inspectors: [], fallback: ['U_ADMIN1', 'U_ADMIN2'] };
    it.each<[string, HazardFacts, Record<string, HazardAction[]>]>([
      ['reported', facts({ level: 'general', status: 'reported' }), { U_ADMIN1: ['confirm', 'dismiss'], U_ADMIN2: ['confirm', 'dismiss'] }],
      ['open general', facts({ level: 'general', status: 'open' }), { U_ADMIN1: ['issue_order', 'close_on_spot'], U_ADMIN2: ['issue_order', 'close_on_spot'] }],
      [
        'open major',
        facts({ level: 'major', status: 'open' }),
        { U_ADMIN1: ['list_for_supervision', 'assign_experts', 'record_plan'], U_ADMIN2: ['list_for_supervision', 'assign_experts', 'record_plan'] },
      ],
      ['rectifying general', facts({ level: 'general', status: 'rectifying' }), { U_ADMIN1: ['report_rectified'], U_ADMIN2: ['report_rectified'] }],
      ['awaiting verification', facts({ level: 'general', status: 'awaiting_verification' }), { U_ADMIN1: ['reinspect'], U_ADMIN2: ['reinspect'] }],
      ['expert accepted', facts({ ...MAJOR_READY, status: 'expert_accepted' }), { U_ADMIN1: ['authority_sign'], U_ADMIN2: ['authority_sign'] }],
      [
        'rectifying major with an extension pending',
        facts({ ...MAJOR_READY, status: 'rectifying', pendingExtension: true }),
        { U_ADMIN1: ['apply_acceptance', 'decide_extension'], U_ADMIN2: ['apply_acceptance', 'decide_extension'] },
      ],
    ])('%s', (_name, f, expected) => {
      expect(todosOf(pendingTodos(input(f, NOBODY)))).toEqual(expected);
    });

    it('but not while the assignee can hold it: the assignee re-inspects, admins hear nothing', () => {
      expect(todosOf(pendingTodos(input(facts({ level: 'general', status: 'awaiting_verification' }), { ...NOBODY, assignee: 'U_ASSIGNEE' })))).toEqual({ U_ASSIGNEE: ['reinspect'] });
    });
  });

  const FINAL = (['general', 'major'] as const).flatMap((level) =>
    (['closed', 'void'] as const).map((status): [string, HazardStatus, HazardFacts] => [
      level,
      status,
      facts({ level, status, pendingExtension: true, experts: [{ userId: 'U_E1', hasOpinion: false }] }),
    ]),
  );
  it.each(FINAL)('a %s hazard that is %s waits for nobody, even with a stale extension flag', (_level, _status, f) => {
    expect(pendingTodos(input(f, { listingLeader: 'U_L1' })).size).toBe(0);
    expect(pendingTodos(input(f, { assignee: null, unitContacts: [], leaders: [], inspectors: [] })).size).toBe(0);
  });
});

describe(newTodos.name, () => {
  const map = (o: Record<string, HazardAction[]>) => new Map(Object.entries(o));

  it.each<[string, Record<string, HazardAction[]>, Record<string, HazardAction[]>, string, Record<string, HazardAction[]>]>([
    ['nothing before, work after', {}, { U_A: ['confirm', 'dismiss'], U_B: ['confirm', 'dismiss'] }, 'U_X', { U_A: ['confirm', 'dismiss'], U_B: ['confirm', 'dismiss'] }],
    ['the same work before and after', { U_A: ['reinspect'] }, { U_A: ['reinspect'] }, 'U_X', {}],
    ['work handed from one person to another', { U_A: ['issue_order', 'close_on_spot'] }, { U_C: ['report_rectified'] }, 'U_A', { U_C: ['report_rectified'] }],
    ['a person who gained one action gets their full list', { U_L: ['list_for_supervision'] }, { U_L: ['list_for_supervision', 'decide_extension'] }, 'U_X', { U_L: ['list_for_supervision', 'decide_extension'] }],
    ['a person who only lost actions is left out', { U_A: ['assign_experts', 'record_plan'] }, { U_A: ['record_plan'] }, 'U_X', {}],
    ['a person whose action swapped for another is included', { U_A: ['assign_experts'] }, { U_A: ['record_plan'] }, 'U_X', { U_A: ['record_plan'] }],
    ['the actor is never included, even with new work', { U_A: ['assign_experts'] }, { U_A: ['record_plan'], U_B: ['record_opinion'] }, 'U_A', { U_B: ['record_opinion'] }],
    ['the actor alone gaining work yields nobody', {}, { U_A: ['reinspect'] }, 'U_A', {}],
    ['nothing after', { U_A: ['reinspect'] }, {}, 'U_X', {}],
  ])('%s', (_name, before, after, actor, expected) => {
    expect(todosOf(newTodos(map(before), map(after), actor))).toEqual(expected);
  });

  it('after an order is issued on a general hazard, the unit contacts (not the inspector who issued it) hear of it', () => {
    const before = pendingTodos(input(facts({ level: 'general', status: 'open' })));
    const after = pendingTodos(input(facts({ level: 'general', status: 'rectifying' })));
    expect(todosOf(newTodos(before, after, 'U_ASSIGNEE'))).toEqual({ U_C1: ['report_rectified'], U_C2: ['report_rectified'] });
  });

  it('after a contact asks for an extension, only the leaders hear of it (the other contact already had their work)', () => {
    const before = pendingTodos(input(facts({ level: 'general', status: 'rectifying' })));
    const after = pendingTodos(input(facts({ level: 'general', status: 'rectifying', pendingExtension: true })));
    expect(todosOf(newTodos(before, after, 'U_C1'))).toEqual({ U_L1: ['decide_extension'], U_L2: ['decide_extension'] });
  });
});
