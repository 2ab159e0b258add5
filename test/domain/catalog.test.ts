import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/domain/errors.js';
import { ASSIGNABLE_ROLES, ROLES } from '../../src/domain/roles.js';
import { INDUSTRIES } from '../../src/domain/unit/industry.js';
import { ACCIDENT_GRADES, TIERS } from '../../src/domain/unit/tier.js';
import { en } from '../../src/i18n/en.js';
import { zhCN } from '../../src/i18n/zh-CN.js';

const CATALOGS: [string, Readonly<Record<string, string>>][] = [
  ['zh-CN', zhCN],
  ['en', en],
];

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
const length = (text: string) => [...text].length;

describe('message catalogs', () => {
  it('have the same key set', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
  });

  it.each(CATALOGS)('%s has no empty value', (_locale, catalog) => {
    const empty = Object.entries(catalog).filter(([, value]) => typeof value !== 'string' || value.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('use the same placeholders in both languages for every key', () => {
    const mismatched = Object.keys(zhCN)
      .map((key) => ({ key, zh: placeholders(zhCN[key as keyof typeof zhCN]), en: placeholders((en as Record<string, string>)[key] ?? '') }))
      .filter(({ zh, en }) => JSON.stringify(zh) !== JSON.stringify(en));
    expect(mismatched).toEqual([]);
  });

  it('choose plural forms only by a placeholder the message has', () => {
    const plurals = (text: string) => [...text.matchAll(/\{(\w+)\|[^|{}]*\|[^|{}]*\}/g)].map((m) => m[1]!);
    const stray = CATALOGS.flatMap(([locale, catalog]) =>
      Object.entries(catalog).flatMap(([key, text]) => plurals(text).filter((name) => !placeholders(zhCN[key as keyof typeof zhCN]).includes(name)).map((name) => `${locale} ${key} ${name}`)));
    expect(stray).toEqual([]);
    expect(CATALOGS.flatMap(([, c]) => Object.values(c)).some((text) => plurals(text).length > 0)).toBe(true);
  });

  const required: [string, string[]][] = [
    ['error codes', ERROR_CODES.map((c) => `error.${c}`)],
    ['industries', INDUSTRIES.map((i) => `industry.${i}`)],
    ['roles', ROLES.map((r) => `role.${r}`)],
    ['assignable role descriptions', ASSIGNABLE_ROLES.map((r) => `role.desc.${r}`)],
    ['tiers', TIERS.map((t) => `tier.${t}`)],
    ['tier cadences', TIERS.map((t) => `tier.cadence.${t}`)],
    ['accident grades', ACCIDENT_GRADES.map((g) => `accident.${g}`)],
  ];

  it.each(CATALOGS.flatMap(([locale, catalog]) => required.map(([what, keys]) => [locale, what, catalog, keys] as const)))(
    '%s has a message for every one of the %s',
    (_locale, _what, catalog, keys) => {
      expect(keys.filter((key) => !(key in catalog))).toEqual([]);
    },
  );

  it('cover the domain lists checked above (sanity check of the lists themselves)', () => {
    expect(ERROR_CODES).toContain('unit.not_found');
    expect(INDUSTRIES).toHaveLength(14);
    expect(ROLES).toHaveLength(5);
    expect(ASSIGNABLE_ROLES).toHaveLength(4);
    expect(TIERS).toEqual(['red', 'yellow', 'blue']);
    expect(ACCIDENT_GRADES).toEqual(['general', 'larger', 'major', 'especially_major']);
  });

  const MODAL_TITLES = ['unit.modal.title_new', 'unit.modal.title_edit', 'contact.modal.title', 'override.modal.title', 'error.title'];
  it.each(CATALOGS.flatMap(([locale, catalog]) => MODAL_TITLES.map((key) => [locale, key, catalog] as const)))(
    '%s modal title %s fits Slack’s 24-character limit',
    (_locale, key, catalog) => {
      expect(catalog[key]).toBeDefined();
      expect(length(catalog[key]!)).toBeLessThanOrEqual(24);
    },
  );

  const BUTTONS = [...Object.keys(zhCN).filter((key) => key.startsWith('unit.button.')), 'home.lang_zh', 'home.lang_en', 'home.register_unit'];
  it('has the unit buttons it is expected to have', () => {
    expect(BUTTONS).toEqual(
      expect.arrayContaining(['unit.button.open', 'unit.button.edit', 'unit.button.link_contact', 'unit.button.unlink', 'unit.button.override', 'unit.button.clear_override']),
    );
  });

  it.each(CATALOGS.flatMap(([locale, catalog]) => BUTTONS.map((key) => [locale, key, catalog] as const)))(
    '%s button label %s fits Slack’s 75-character limit',
    (_locale, key, catalog) => {
      expect(catalog[key]).toBeDefined();
      expect(length(catalog[key]!)).toBeLessThanOrEqual(75);
    },
  );
});
