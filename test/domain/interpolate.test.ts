import { describe, expect, it } from 'vitest';
import { createI18n, interpolate, type Vars } from '../../src/i18n/index.js';

describe(interpolate.name, () => {
  it.each<[string, string, Vars, string]>([
    ['a value', '{n} found', { n: 3 }, '3 found'],
    ['singular', '{n} {n|day|days} left', { n: 1 }, '1 day left'],
    ['plural', '{n} {n|day|days} left', { n: 2 }, '2 days left'],
    ['zero is plural', '{n} {n|day|days} left', { n: 0 }, '0 days left'],
    ['a numeric string', '{n} {n|day|days}', { n: '1' }, '1 day'],
    ['an empty singular', '{n} item{n||s}', { n: 1 }, '1 item'],
    ['an empty singular, plural', '{n} item{n||s}', { n: 5 }, '5 items'],
    ['two counts', '{a} {a|unit|units}, {b} {b|person|people}', { a: 1, b: 4 }, '1 unit, 4 people'],
    ['an unknown name stays', '{x} {x|day|days}', {}, '{x} {x|day|days}'],
    ['braces in a value are not read again', '{v}', { v: '{n|a|b}' }, '{n|a|b}'],
  ])('%s', (_label, template, vars, expected) => {
    expect(interpolate(template, vars)).toBe(expected);
  });

  it.each<[number, string]>([
    [1, '1 day overdue (deadline Mon 30 Nov 2026)'],
    [3, '3 days overdue (deadline Mon 30 Nov 2026)'],
  ])('English escalation text for %i day(s)', (days, expected) => {
    expect(createI18n('en', 'Asia/Shanghai').t('escalation.overdue', { days, deadline: 'Mon 30 Nov 2026' })).toBe(expected);
  });
});
