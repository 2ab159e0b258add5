import { describe, expect, it } from 'vitest';
import { DomainError } from '../../src/domain/errors.js';
import { hazardRefFrom } from '../../src/slack/actions/hazard.actions.js';
import { unitIdFrom } from '../../src/slack/actions/unit-card.actions.js';
import { buttonValue, readButtonValue, requireButtonValue, type ButtonValueShape } from '../../src/slack/button-value.js';

describe('buttonValue', () => {
  it.each([
    [[7], '7'],
    [[7, 'U0123ABC'], '7:U0123ABC'],
    [[42, 'awaiting_acceptance'], '42:awaiting_acceptance'],
    [['inspection', 9], 'inspection:9'],
  ] as const)('writes %j as %s', (parts, value) => {
    expect(buttonValue(...parts)).toBe(value);
  });
});

describe('readButtonValue', () => {
  const ONE = { parts: 1 };
  const TAG = { tag: 'inspection' };
  it.each<[string, ButtonValueShape, number, string[]]>([
    ['7', {}, 7, []],
    ['7', ONE, 7, []],
    ['7:U0123ABC', ONE, 7, ['U0123ABC']],
    ['42:open', ONE, 42, ['open']],
    ['2147483647', {}, 2147483647, []],
    ['inspection:9', TAG, 9, []],
    ['inspection:9:x', { ...TAG, ...ONE }, 9, ['x']],
  ])('reads %j (%j) as id %i with parts %j', (value, shape, id, parts) => {
    expect(readButtonValue(value, shape)).toEqual({ id, parts });
  });

  it.each<[string | undefined, ButtonValueShape]>([
    [undefined, {}],
    ['', {}],
    ['abc', {}],
    ['12:', {}],
    ['12:', ONE],
    [':12', ONE],
    ['-3', {}],
    ['1.5', {}],
    ['0', {}],
    ['007', {}],
    [' 7', {}],
    ['7 ', {}],
    ['1e3', {}],
    ['0x10', {}],
    ['Infinity', {}],
    ['2147483648', {}],
    ['9'.repeat(11), {}],
    ['9'.repeat(400), {}],
    [`7:${'x'.repeat(2000)}`, ONE],
    ['7:U1', {}],
    ['7:U1:extra', ONE],
    ['7::U1', { parts: 2 }],
    ['9', TAG],
    ['inspection:', TAG],
    ['inspection:0', TAG],
    ['inspection:abc', TAG],
    ['inspect:9', TAG],
    ['inspection:9', {}],
  ])('refuses %j (%j)', (value, shape) => {
    expect(readButtonValue(value, shape)).toBeNull();
  });
});

describe('requireButtonValue', () => {
  it('returns what it read', () => {
    expect(requireButtonValue('7:U1', 'unit.not_found', { parts: 1 })).toEqual({ id: 7, parts: ['U1'] });
  });

  it.each([
    ['abc', 'abc'],
    [undefined, ''],
  ])('turns %j into the record’s "not found" with the value as sent', (value, id) => {
    const error = (() => {
      try {
        requireButtonValue(value, 'inspection.not_found');
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'inspection.not_found', details: { id } });
  });
});

describe('the listeners’ readers', () => {
  it('hazard buttons: the id, and the status the person saw when it is one', () => {
    expect(hazardRefFrom('42')).toEqual({ hazardId: 42, status: undefined });
    expect(hazardRefFrom('42:rectifying')).toEqual({ hazardId: 42, status: 'rectifying' });
    expect(hazardRefFrom('42:bogus')).toEqual({ hazardId: 42, status: undefined });
    expect(() => hazardRefFrom('NaN:open')).toThrow(expect.objectContaining({ code: 'hazard.not_found' }));
    expect(() => hazardRefFrom(undefined)).toThrow(expect.objectContaining({ code: 'hazard.not_found' }));
  });

  it('unit buttons: the id, with or without a contact after it', () => {
    expect(unitIdFrom('7')).toBe(7);
    expect(unitIdFrom('7:U0123ABC')).toBe(7);
    expect(() => unitIdFrom('-7')).toThrow(expect.objectContaining({ code: 'unit.not_found', details: { id: '-7' } }));
  });
});
