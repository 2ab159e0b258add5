import { validateAccidentInput, type AccidentInput, type AccidentProblem } from '../../domain/accident/accident-input.js';
import type { I18n } from '../../i18n/index.js';
import type { FieldSpec } from '../blocks/fields.js';
import { readFields } from './fields.form.js';
import type { FormResult, ViewValues } from './view-state.js';

export const ACCIDENT_FIELDS: readonly FieldSpec[] = [
  { id: 'date', kind: 'date', label: 'accident.field.date' },
  { id: 'deaths', kind: 'text', max: 6, label: 'accident.field.deaths', hint: 'accident.hint.count', optional: true },
  { id: 'serious_injuries', kind: 'text', max: 6, label: 'accident.field.serious_injuries', hint: 'accident.hint.count', optional: true },
  { id: 'direct_loss', kind: 'text', max: 20, label: 'accident.field.direct_loss', hint: 'accident.hint.direct_loss', optional: true },
  { id: 'summary', kind: 'text', max: 2000, multiline: true, label: 'accident.field.summary' },
];

function problemMessage(i18n: I18n, p: AccidentProblem): string {
  const { t } = i18n;
  switch (p.kind) {
    case 'required':
      return t(p.field === 'date' ? 'validation.date_pick' : 'validation.required');
    case 'date':
      return t('validation.date');
    case 'future':
      return t('error.hazard.found_in_future');
    case 'count':
      return t('validation.count');
    case 'amount':
      return t('validation.funding');
    case 'too_long':
      return t('validation.too_long', { max: 2000 });
  }
}

export function parseAccidentForm(i18n: I18n, values: ViewValues | undefined, today: string): FormResult<AccidentInput> {
  const { values: v, errors } = readFields(i18n, values, ACCIDENT_FIELDS);
  const str = (id: string) => (typeof v[id] === 'string' ? (v[id] as string) : null);
  const result = validateAccidentInput({ date: str('date'), deaths: str('deaths'), seriousInjuries: str('serious_injuries'), directLoss: str('direct_loss'), summary: str('summary') }, today);
  if (!result.ok) for (const p of result.problems) errors[p.field] ??= problemMessage(i18n, p);
  if (Object.keys(errors).length > 0 || !result.ok) return { ok: false, errors };
  return { ok: true, value: result.value };
}
