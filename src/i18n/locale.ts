export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Accepts what people type after `/anjian lang`: zh, zh-CN, cn, 中文, en, english, 英文 … */
export function parseLocaleWord(word: string): Locale | undefined {
  const w = word.trim().toLowerCase();
  if (['zh', 'zh-cn', 'zh_cn', 'cn', 'chinese', '中文', '简体中文', '汉语'].includes(w)) return 'zh-CN';
  if (['en', 'en-us', 'en-gb', 'english', '英文', '英语'].includes(w)) return 'en';
  return undefined;
}
