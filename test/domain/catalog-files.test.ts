import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { zhCN } from '../../src/i18n/zh-CN.js';

/**
 * The catalogs are spread together from one file per feature; a key written in two feature files would silently keep
 * the last one, which the compiler does not see. Every file is read from disk, so a new one is covered without a list.
 */
const DIR = resolve(import.meta.dirname, '../../src/i18n');
const featureFiles = (locale: string) => readdirSync(resolve(DIR, locale)).filter((name) => name.endsWith('.ts')).sort();

async function featureCatalogs(locale: string): Promise<[string, Record<string, string>][]> {
  return Promise.all(
    featureFiles(locale).map(async (name) => {
      const exports = Object.values((await import(resolve(DIR, locale, name))) as Record<string, Record<string, string>>);
      expect(exports, `${locale}/${name} exports one catalog`).toHaveLength(1);
      return [name, exports[0]!] as [string, Record<string, string>];
    }),
  );
}

describe.each([
  ['zh-CN', zhCN],
  ['en', en],
] as const)('%s feature catalogs', (locale, merged) => {
  it('hold every key of the merged catalog exactly once, with the same text', async () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [name, catalog] of await featureCatalogs(locale)) {
      for (const key of Object.keys(catalog)) {
        if (seen.has(key)) twice.push(`${key} in ${seen.get(key)} and ${name}`);
        seen.set(key, name);
      }
      for (const [key, text] of Object.entries(catalog)) expect((merged as Record<string, string>)[key], key).toBe(text);
    }
    expect(twice).toEqual([]);
    expect([...seen.keys()].sort()).toEqual(Object.keys(merged).sort());
  });
});

it('every zh-CN feature file has an en twin of the same name with the same keys', async () => {
  expect(featureFiles('en')).toEqual(featureFiles('zh-CN'));
  const zh = new Map(await featureCatalogs('zh-CN'));
  for (const [name, catalog] of await featureCatalogs('en')) expect(Object.keys(catalog).sort(), name).toEqual(Object.keys(zh.get(name) ?? {}).sort());
});
