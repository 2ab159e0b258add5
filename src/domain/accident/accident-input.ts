import { daysBetween, isCalendarDate } from '../calendar.js';

export interface AccidentInput {
  readonly date: string;
  readonly deaths: number;
  readonly seriousInjuries: number;
  /** Direct economic loss in yuan. */
  readonly directLoss: number;
  readonly summary: string;
}

export type AccidentField = 'date' | 'deaths' | 'serious_injuries' | 'direct_loss' | 'summary';
export type AccidentProblem = { readonly field: AccidentField; readonly kind: 'required' | 'date' | 'future' | 'count' | 'amount' | 'too_long' };

export const ACCIDENT_SUMMARY_MAX = 2000;

const toHalfWidth = (s: string) => s.replace(/[\uFF10-\uFF19\uFF0E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[,，\s元¥￥]/g, '');

/** Validates an accident record: a real date not after today, whole-number casualties, a loss in yuan, a summary. */
export function validateAccidentInput(raw: { date?: string | null; deaths?: string | number | null; seriousInjuries?: string | number | null; directLoss?: string | number | null; summary?: string | null }, today: string): { ok: true; value: AccidentInput } | { ok: false; problems: AccidentProblem[] } {
  const problems: AccidentProblem[] = [];
  const date = raw.date ?? '';
  if (!date) problems.push({ field: 'date', kind: 'required' });
  else if (!isCalendarDate(date)) problems.push({ field: 'date', kind: 'date' });
  else if (daysBetween(today, date) > 0) problems.push({ field: 'date', kind: 'future' });
  const count = (field: AccidentField, v: string | number | null | undefined): number => {
    const text = toHalfWidth(String(v ?? '').trim());
    if (text === '') return 0;
    if (!/^\d{1,6}$/.test(text)) problems.push({ field, kind: 'count' });
    return Number(text);
  };
  const deaths = count('deaths', raw.deaths);
  const seriousInjuries = count('serious_injuries', raw.seriousInjuries);
  const lossText = toHalfWidth(String(raw.directLoss ?? '').trim());
  let directLoss = 0;
  if (lossText !== '') {
    if (!/^\d{1,13}(\.\d{1,2})?$/.test(lossText)) problems.push({ field: 'direct_loss', kind: 'amount' });
    else directLoss = Number(lossText);
  }
  const summary = (raw.summary ?? '').trim();
  if (!summary) problems.push({ field: 'summary', kind: 'required' });
  else if ([...summary].length > ACCIDENT_SUMMARY_MAX) problems.push({ field: 'summary', kind: 'too_long' });
  return problems.length ? { ok: false, problems } : { ok: true, value: { date, deaths, seriousInjuries, directLoss, summary } };
}
