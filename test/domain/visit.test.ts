import { describe, expect, it } from 'vitest';
import { administrativeStaffingProblem, wouldExceedCap, type StaffingProblem } from '../../src/domain/inspection/visit.js';

type Inspector = { userId: string; cardNumber: string | null };
const A: Inspector = { userId: 'UINSPA01', cardNumber: '13010001' };
const B: Inspector = { userId: 'UINSPB02', cardNumber: '13010002' };
const C: Inspector = { userId: 'UINSPC03', cardNumber: '13010003' };

describe(administrativeStaffingProblem.name, () => {
  it.each<[string, Inspector[], StaffingProblem | null]>([
    ['nobody', [], { kind: 'too_few', min: 2 }],
    ['one inspector with a card', [A], { kind: 'too_few', min: 2 }],
    ['one inspector without a card', [{ userId: 'UINSPA01', cardNumber: null }], { kind: 'too_few', min: 2 }],
    ['the same person twice', [A, A], { kind: 'too_few', min: 2 }],
    ['the same person twice, once without the card', [A, { userId: 'UINSPA01', cardNumber: null }], { kind: 'too_few', min: 2 }],
    ['two, the second without a card', [A, { userId: 'UINSPB02', cardNumber: null }], { kind: 'no_card', users: ['UINSPB02'] }],
    ['two, the first with a blank card', [{ userId: 'UINSPA01', cardNumber: '' }, B], { kind: 'no_card', users: ['UINSPA01'] }],
    ['two, one with a card of spaces', [A, { userId: 'UINSPB02', cardNumber: '   ' }], { kind: 'no_card', users: ['UINSPB02'] }],
    ['two, neither with a card', [{ userId: 'UINSPA01', cardNumber: null }, { userId: 'UINSPB02', cardNumber: ' ' }], { kind: 'no_card', users: ['UINSPA01', 'UINSPB02'] }],
    ['three, the middle one without a card', [A, { userId: 'UINSPB02', cardNumber: null }, C], { kind: 'no_card', users: ['UINSPB02'] }],
    ['two with cards', [A, B], null],
    ['three with cards', [A, B, C], null],
  ])('%s → %o', (_label, inspectors, problem) => {
    expect(administrativeStaffingProblem(inspectors)).toEqual(problem);
  });
});

describe(wouldExceedCap.name, () => {
  it.each<[number, number | null, boolean]>([
    [0, null, false],
    [1, null, false],
    [100, null, false],
    [0, 1, false],
    [1, 1, true],
    [0, 2, false],
    [1, 2, false],
    [2, 2, true],
    [3, 2, true],
    [0, 0, true],
  ])('with %i this year and cap %s → %s', (count, cap, exceeds) => {
    expect(wouldExceedCap(count, cap)).toBe(exceeds);
  });
});
