import { localDate } from '../domain/calendar.js';
import type { MessageKey } from './catalog.js';
import { formatDate, formatDateTime } from './dates.js';
import { en } from './en.js';
import type { Locale } from './locale.js';
import { zhCN } from './zh-CN.js';

export type { MessageKey } from './catalog.js';
export type { Locale } from './locale.js';

export type Vars = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

export const CATALOGS: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { 'zh-CN': zhCN, en };

/** Everything the Slack layer needs to speak to one reader: their language, and dates in the office's time zone. */
export interface I18n {
  readonly locale: Locale;
  readonly t: Translate;
  /** A calendar date (YYYY-MM-DD) with weekday. */
  readonly date: (date: string) => string;
  /** The calendar date (YYYY-MM-DD) of an instant in APP_TIMEZONE. */
  readonly localDate: (instant: Date | string) => string;
  /** The calendar day of an instant in APP_TIMEZONE, with weekday. */
  readonly day: (instant: Date | string) => string;
  /** An instant, in APP_TIMEZONE, with weekday and time. */
  readonly dateTime: (instant: Date | string) => string;
  /** Joins a list the way the language does (、 or , ). */
  readonly list: (items: readonly string[]) => string;
}

/**
 * Fills `{name}` with its value, and picks a plural form with `{name|one|other}` (English: "{n} {n|day|days}" gives
 * "1 day", "2 days"); an unknown name is left as it is.
 */
export function interpolate(template: string, vars: Vars = {}): string {
  return template
    .replace(/\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g, (whole, name: string, one: string, other: string) => (Object.hasOwn(vars, name) ? (Number(vars[name]) === 1 ? one : other) : whole))
    .replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(vars, name) ? String(vars[name]) : whole));
}

export function createI18n(locale: Locale, timezone: string): I18n {
  const catalog = CATALOGS[locale];
  const t: Translate = (key, vars) => interpolate(catalog[key], vars);
  return {
    locale,
    t,
    date: (date) => formatDate(date, locale),
    localDate: (instant) => localDate(new Date(instant), timezone),
    day: (instant) => formatDate(localDate(new Date(instant), timezone), locale),
    dateTime: (instant) => formatDateTime(instant, locale, timezone),
    list: (items) => items.join(catalog['common.list_separator']),
  };
}
