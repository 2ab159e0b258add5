import { describe, expect, it } from 'vitest';
import { creditCodeCheckCharacter, normalizeCreditCode, validateCreditCode } from '../../src/domain/unit/credit-code.js';

/** Real, public unified social credit codes. */
const REAL_CODES = [
  ['914403001922038216', '华为技术有限公司'],
  ['91110108551385082Q', '小米科技有限责任公司'],
  ['91440300708461136T', '深圳市腾讯计算机系统有限公司'],
  ['91110000802100433B', '北京百度网讯科技有限公司'],
  ['91350100M000100Y43', 'the example in GB 32100-2015'],
] as const;

describe(validateCreditCode.name, () => {
  it.each(REAL_CODES)('accepts the real code %s (%s)', (code) => {
    expect(validateCreditCode(code)).toEqual({ ok: true, code });
  });

  it.each([
    ['lower case', '91110108551385082q', '91110108551385082Q'],
    ['lower case letters in the body', '91350100m000100y43', '91350100M000100Y43'],
    ['full-width digits', '９１４４０３００１９２２０３８２１６', '914403001922038216'],
    ['full-width digits and letters', '９１１１０１０８５５１３８５０８２Ｑ', '91110108551385082Q'],
    ['full-width lower-case letters', '９１１１０１０８５５１３８５０８２ｑ', '91110108551385082Q'],
    ['spaces', '9144 0300 1922 0382 16', '914403001922038216'],
    ['an ideographic space', '91440300\u30001922038216', '914403001922038216'],
    ['surrounding whitespace and tabs', ' \t91440300708461136T\n', '91440300708461136T'],
    ['hyphens', '911100-0080210-0433B', '91110000802100433B'],
  ])('normalises %s and returns the upper-case code', (_label, input, code) => {
    expect(validateCreditCode(input)).toEqual({ ok: true, code });
  });

  it.each([
    ['empty', '', 0],
    ['17 characters', '91440300192203821', 17],
    ['19 characters', '9144030019220382160', 19],
    ['the name instead of the code', '华为技术有限公司', 8],
    ['8 characters once spaces are removed', '9144 0300', 8],
    ['24 characters', '914403001922038216914403', 24],
  ])('rejects a code that is too short or too long (%s)', (_label, input, length) => {
    expect(validateCreditCode(input)).toEqual({ ok: false, problem: { kind: 'length', length } });
  });

  it.each([
    ['I', '91440300192203821I', 18, 'I'],
    ['O (for zero)', '914403001O22038216', 10, 'O'],
    ['S', '9144030019220382S6', 17, 'S'],
    ['V', 'V14403001922038216', 1, 'V'],
    ['Z', '9Z4403001922038216', 2, 'Z'],
    ['lower-case o', '914403001o22038216', 10, 'O'],
    ['a full stop', '9144030019220382.6', 17, '.'],
    ['a slash', '91440300/922038216', 9, '/'],
    ['a Chinese character', '91440300华22038216X', 9, '华'],
  ])('rejects the illegal character %s with its position', (_label, input, position, character) => {
    expect(validateCreditCode(input)).toEqual({ ok: false, problem: { kind: 'character', position, character } });
  });

  it.each([
    ['91A403001922038216', 3],
    ['914B03001922038216', 4],
    ['914403B01922038216', 7],
    ['9144030A1922038216', 8],
  ])('rejects a letter in the division code positions 3–8 (%s at %i)', (input, position) => {
    expect(validateCreditCode(input)).toEqual({ ok: false, problem: { kind: 'division', position } });
  });

  it.each([
    ['a wrong check character', '914403001922038217'],
    ['a letter as a wrong check character', '91110108551385082R'],
    ['a wrong check character on the GB example', '91350100M000100Y44'],
    ['a typo in the organisation code', '914403001922038316'],
    ['a typo in the division code', '91110109551385082Q'],
    ['a typo in the organisation category (position 2)', '924403001922038216'],
    ['a letter typed for another letter', '91350100N000100Y43'],
    ['positions 9 and 10 swapped', '914403009122038216'],
    ['positions 4 and 5 swapped', '91101108551385082Q'],
    ['positions 16 and 17 swapped', '91440300708461163T'],
    ['positions 1 and 2 swapped', '19110000802100433B'],
  ])('rejects %s as a check failure', (_label, input) => {
    expect(validateCreditCode(input)).toEqual({ ok: false, problem: { kind: 'check' } });
  });
});

describe(normalizeCreditCode.name, () => {
  it.each([
    ['９１ａｂ', '91AB'],
    ['  91 ab\u3000cd-ef ', '91ABCDEF'],
    ['', ''],
  ])('normalises %j to %j', (input, expected) => {
    expect(normalizeCreditCode(input)).toBe(expected);
  });
});

describe(creditCodeCheckCharacter.name, () => {
  it.each(REAL_CODES)('gives the 18th character of %s from its first 17', (code) => {
    expect(creditCodeCheckCharacter(code.slice(0, 17))).toBe(code.charAt(17));
  });

  it.each([
    ['91440300192203821', '6'],
    ['91110108551385082', 'Q'],
    ['91440300708461136', 'T'],
    ['91110000802100433', 'B'],
    ['91350100M000100Y4', '3'],
  ])('gives %s the check character %s', (first17, check) => {
    expect(creditCodeCheckCharacter(first17)).toBe(check);
  });
});
