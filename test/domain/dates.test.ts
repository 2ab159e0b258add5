import { isCalendarDate, localDate, localYear } from '../../src/domain/calendar.js';
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from '../../src/i18n/dates.js';
import { createI18n, interpolate } from '../../src/i18n/index.js';
import type { Locale } from '../../src/i18n/locale.js';

const SHANGHAI = 'Asia/Shanghai';

describe(formatDate.name, () => {
  it.each<[string, Locale, string]>([
    ['2026-11-30', 'zh-CN', '2026年11月30日 星期一'],
    ['2026-11-30', 'en', 'Mon 30 Nov 2026'],
    ['2026-01-04', 'zh-CN', '2026年1月4日 星期日'],
    ['2026-01-04', 'en', 'Sun 4 Jan 2026'],
    ['2028-02-29', 'zh-CN', '2028年2月29日 星期二'],
    ['2028-02-29', 'en', 'Tue 29 Feb 2028'],
    ['2026-12-31', 'en', 'Thu 31 Dec 2026'],
  ])('formats %s in %s as %j', (date, locale, expected) => {
    expect(formatDate(date, locale)).toBe(expected);
  });
});

describe(formatDateTime.name, () => {
  it.each<[string, Locale, string]>([
    ['2026-11-29T15:59:59Z', 'zh-CN', '2026年11月29日 星期日 23:59'],
    ['2026-11-29T16:00:00Z', 'zh-CN', '2026年11月30日 星期一 00:00'],
    ['2026-11-29T15:59:59Z', 'en', 'Sun 29 Nov 2026, 23:59'],
    ['2026-11-29T16:00:00Z', 'en', 'Mon 30 Nov 2026, 00:00'],
    ['2026-11-30T06:05:00Z', 'zh-CN', '2026年11月30日 星期一 14:05'],
    ['2026-12-31T16:30:00Z', 'en', 'Fri 1 Jan 2027, 00:30'],
  ])('shows the instant %s in %s in Shanghai as %j', (instant, locale, expected) => {
    expect(formatDateTime(instant, locale, SHANGHAI)).toBe(expected);
    expect(formatDateTime(new Date(instant), locale, SHANGHAI)).toBe(expected);
  });

  it('uses the time zone it is given', () => {
    expect(formatDateTime('2026-11-29T16:00:00Z', 'en', 'UTC')).toBe('Sun 29 Nov 2026, 16:00');
    expect(formatDateTime('2026-11-29T16:00:00Z', 'en', 'America/New_York')).toBe('Sun 29 Nov 2026, 11:00');
  });
});

describe(localDate.name, () => {
  it.each([
    ['2026-11-29T15:59:59Z', SHANGHAI, '2026-11-29'],
    ['2026-11-29T16:00:00Z', SHANGHAI, '2026-11-30'],
    ['2026-12-31T15:59:59Z', SHANGHAI, '2026-12-31'],
    ['2026-12-31T16:30:00Z', SHANGHAI, '2027-01-01'],
    ['2026-12-31T16:30:00Z', 'UTC', '2026-12-31'],
    ['2027-01-01T03:00:00Z', 'America/New_York', '2026-12-31'],
  ])('gives the instant %s in %s the date %s', (instant, tz, expected) => {
    expect(localDate(new Date(instant), tz)).toBe(expected);
  });
});

describe(localYear.name, () => {
  it.each([
    ['2026-12-31T15:59:59Z', SHANGHAI, 2026],
    ['2026-12-31T16:30:00Z', SHANGHAI, 2027],
    ['2026-12-31T16:30:00Z', 'UTC', 2026],
    ['2027-01-01T03:00:00Z', 'America/New_York', 2026],
  ])('gives the instant %s in %s the year %i', (instant, tz, expected) => {
    expect(localYear(new Date(instant), tz)).toBe(expected);
  });
});

describe(isCalendarDate.name, () => {
  it.each([
    ['2026-11-30', true],
    ['2028-02-29', true],
    ['2000-02-29', true],
    ['2026-01-01', true],
    ['2026-02-30', false],
    ['2027-02-29', false],
    ['2100-02-29', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-04-31', false],
    ['2026-1-1', false],
    ['2026/11/30', false],
    ['20261130', false],
    ['2026-11-30T00:00:00Z', false],
    [' 2026-11-30', false],
    ['', false],
    ['abcd-ef-gh', false],
  ])('says %j is an ISO date: %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });
});

describe(createI18n.name, () => {
  const zh = createI18n('zh-CN', SHANGHAI);
  const en = createI18n('en', SHANGHAI);

  it('reports its locale', () => {
    expect(zh.locale).toBe('zh-CN');
    expect(en.locale).toBe('en');
  });

  it.each([
    [zh, 'unit.registered', { name: '某某化工' }, '已登记单位「某某化工」。'],
    [en, 'unit.registered', { name: 'Acme' }, 'Registered “Acme”.'],
    [zh, 'validation.too_long', { max: 100 }, '最多 100 个字。'],
    [en, 'validation.too_long', { max: 100 }, 'At most 100 characters.'],
    [zh, 'role.granted_reply', { user: 'U1ABC', role: '检查员' }, '已授予 <@U1ABC>「检查员」角色，并已私信通知对方。'],
    [en, 'tier.change', { date: '2026-11-30', from: 'blue', to: 'red' }, '2026-11-30: blue → red'],
    [en, 'common.save', undefined, 'Save'],
    [zh, 'common.save', undefined, '保存'],
  ] as const)('translates %#', (i18n, key, vars, expected) => {
    expect(i18n.t(key, vars)).toBe(expected);
  });

  it('leaves a placeholder without a value in place', () => {
    expect(en.t('unit.registered')).toBe('Registered “{name}”.');
  });

  it.each([
    [zh, ['甲', '乙', '丙'], '甲、乙、丙'],
    [en, ['a', 'b', 'c'], 'a, b, c'],
    [zh, ['甲'], '甲'],
    [en, [], ''],
  ] as const)('joins a list the way the language does (%#)', (i18n, items, expected) => {
    expect(i18n.list(items)).toBe(expected);
  });

  it('formats calendar dates, days and instants in the office time zone', () => {
    expect(zh.date('2026-11-30')).toBe('2026年11月30日 星期一');
    expect(en.date('2026-11-30')).toBe('Mon 30 Nov 2026');
    expect(zh.day(new Date('2026-11-29T16:00:00Z'))).toBe('2026年11月30日 星期一');
    expect(en.day('2026-11-29T15:59:59Z')).toBe('Sun 29 Nov 2026');
    expect(zh.dateTime('2026-11-29T16:00:00Z')).toBe('2026年11月30日 星期一 00:00');
    expect(en.dateTime(new Date('2026-11-29T15:59:59Z'))).toBe('Sun 29 Nov 2026, 23:59');
  });
});

describe(interpolate.name, () => {
  it.each([
    ['{a} and {b}', { a: 'x', b: 'y' }, 'x and y'],
    ['{a} and {a}', { a: 1 }, '1 and 1'],
    ['{a} and {b}', { a: 1 }, '1 and {b}'],
    ['{missing}', {}, '{missing}'],
    ['{n}', { n: 0 }, '0'],
    ['{s}', { s: '' }, ''],
    ['{s}', { s: '$& $1 $$' }, '$& $1 $$'],
    ['{s}', { s: '{t}', t: 'no' }, '{t}'],
    ['no placeholders', { a: 1 }, 'no placeholders'],
    ['{ a } {a-b}', { a: 1 }, '{ a } {a-b}'],
  ])('fills %j with %j as %j', (template, vars, expected) => {
    expect(interpolate(template, vars)).toBe(expected);
  });

  it('fills nothing when no values are given', () => {
    expect(interpolate('{a}')).toBe('{a}');
  });

  // Placeholder names are looked up with `in`, which also sees Object.prototype.
  it.each(['{constructor}', '{toString}', '{hasOwnProperty}'])('leaves the unknown placeholder %s in place', (template) => {
    expect(interpolate(template, {})).toBe(template);
  });
});
