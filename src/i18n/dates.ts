import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone.js';
import utc from 'dayjs/plugin/utc.js';
import 'dayjs/locale/zh-cn.js';
import type { Locale } from './locale.js';

dayjs.extend(utc);
dayjs.extend(timezone);

const DAYJS_LOCALE: Record<Locale, string> = { 'zh-CN': 'zh-cn', en: 'en' };
const DATE_FORMAT: Record<Locale, string> = { 'zh-CN': 'YYYY年M月D日 dddd', en: 'ddd D MMM YYYY' };
const TIME_FORMAT: Record<Locale, string> = { 'zh-CN': ' HH:mm', en: ', HH:mm' };

/** A calendar date (YYYY-MM-DD) with its weekday: 2026年11月30日 星期一 / Mon 30 Nov 2026. */
export function formatDate(date: string, locale: Locale): string {
  return dayjs(date, 'YYYY-MM-DD').locale(DAYJS_LOCALE[locale]).format(DATE_FORMAT[locale]);
}

/** An instant in the office's time zone: 2026年11月30日 星期一 14:05 / Mon 30 Nov 2026, 14:05. */
export function formatDateTime(instant: Date | string, locale: Locale, tz: string): string {
  return dayjs(instant).tz(tz).locale(DAYJS_LOCALE[locale]).format(DATE_FORMAT[locale] + TIME_FORMAT[locale]);
}
