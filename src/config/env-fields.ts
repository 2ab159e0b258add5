import * as z from 'zod';
import { isCalendarDate, addDays } from '../domain/calendar.js';
import { cronProblem } from '../cron-expression.js';
import { CADENCES, DEFAULT_CADENCES, type Cadence } from '../domain/inspection/period.js';
import { TIERS, type Tier } from '../domain/unit/tier.js';

// Every message below is written by hand so that zod never echoes a received value into the error.
export const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v);
export const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());
export const withDefault = <T extends z.ZodType>(schema: T, fallback: string) =>
  z.preprocess((v) => blankToUndefined(v) ?? fallback, schema);

export const channelId = optional(z.string().regex(/^[CG][A-Z0-9]{6,}$/, { error: 'must be a channel ID such as C0123456789 (channel details → About → Channel ID), not a #name' }));

export const cronExpr = (fallback: string) =>
  withDefault(
    z.string()
      .refine((v) => cronProblem(v) !== 'invalid', { error: 'is not a valid cron expression (5 or 6 fields, e.g. "30 8 * * *")' })
      .refine((v) => cronProblem(v) !== 'both_day_fields', { error: 'sets both a day of the month and a day of the week; use one of them and * for the other (e.g. "0 9 1 * *" or "0 9 * * 1")' }),
    fallback,
  );

export const wholeNumber = (min: number, max: number) =>
  z.coerce.number({ error: `must be a whole number from ${min} to ${max}` }).int({ error: `must be a whole number from ${min} to ${max}` }).min(min, { error: `must be a whole number from ${min} to ${max}` }).max(max, { error: `must be a whole number from ${min} to ${max}` });

/** `true`/`false` (also 1/0, yes/no), with a default. */
export const flag = (fallback: boolean) =>
  withDefault(z.string().regex(/^(true|false|1|0|yes|no)$/i, { error: 'must be true or false' }).transform((v) => /^(true|1|yes)$/i.test(v)), String(fallback));

/** A line of text printed on documents (an office's name, a court): at most `max` characters, no line breaks. */
export const officeText = (max: number) => optional(z.string().max(max, { error: `must be at most ${max} characters` }).regex(/^[^\r\n]*$/, { error: 'must be one line' }));

export function parseCadences(v: string): Record<Tier, Cadence> {
  const out: Record<Tier, Cadence> = { ...DEFAULT_CADENCES };
  for (const pair of v.split(',')) {
    const [tier, cadence] = pair.split('=').map((s) => s.trim());
    out[tier as Tier] = cadence as Cadence;
  }
  return out;
}

export const isCadenceList = (v: string) =>
  v.split(',').every((pair) => {
    const [tier, cadence] = pair.split('=').map((s) => s.trim());
    return (TIERS as readonly string[]).includes(tier ?? '') && (CADENCES as readonly string[]).includes(cadence ?? '');
  });

export const isTimezone = (tz: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

/** Days in a list of dates and ranges (`2026-10-01..2026-10-08,2027-01-01`); null when an item is not a date or range. */
export function expandDateList(v: string): string[] | null {
  const days: string[] = [];
  for (const item of v.split(',').map((s) => s.trim()).filter(Boolean)) {
    const [from, to = from, extra] = item.split('..');
    if (extra !== undefined || !isCalendarDate(from) || !isCalendarDate(to) || to < from) return null;
    for (let d: string = from; d <= to && days.length <= 3660; d = addDays(d, 1)) days.push(d);
  }
  return days.length > 3660 ? null : [...new Set(days)].sort();
}

export const dateList = optional(z.string().refine((v) => expandDateList(v) !== null, { error: 'must be comma-separated dates or ranges such as 2026-10-01..2026-10-08,2027-01-01 (at most ten years of days)' }));
