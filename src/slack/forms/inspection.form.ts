import { isCalendarDate } from '../../domain/calendar.js';
import { MAX_UNITS_PER_ASSIGNMENT, type AssignInput, type ResultInput } from '../../domain/inspection/inspection-input.js';
import { VISIT_TYPES, type VisitType } from '../../domain/inspection/visit.js';
import type { I18n } from '../../i18n/index.js';
import type { FieldSpec } from '../blocks/fields.js';
import { readFields } from './fields.form.js';
import type { FormResult, ViewValues } from './view-state.js';

/** The assignment modal: one or more units, a day, the inspectors, the visit type (and, when warned, the cap). */
export const ASSIGN_FIELDS: readonly FieldSpec[] = [
  { id: 'units', kind: 'units', max: MAX_UNITS_PER_ASSIGNMENT, label: 'inspection.field.units', hint: 'hazard.hint.unit' },
  { id: 'planned_date', kind: 'date', label: 'inspection.field.planned_date' },
  { id: 'inspectors', kind: 'users', max: 10, label: 'inspection.field.inspectors', hint: 'inspection.hint.inspectors' },
  { id: 'visit_type', kind: 'choice', style: 'radio', label: 'inspection.field.visit_type', hint: 'inspection.hint.visit_type', options: VISIT_TYPES.map((v) => ({ value: v, label: `inspection.visit.${v}` as const })) },
  { id: 'acknowledge_cap', kind: 'check', optional: true, label: 'inspection.field.acknowledge_cap', text: 'inspection.acknowledge_cap' },
];

/** The result modal: done (with the day) or cancelled, what was found. */
export const RESULT_FIELDS: readonly FieldSpec[] = [
  { id: 'outcome', kind: 'choice', style: 'radio', label: 'inspection.field.outcome', options: [{ value: 'done', label: 'inspection.outcome.done' }, { value: 'cancelled', label: 'inspection.outcome.cancelled' }] },
  { id: 'done_date', kind: 'date', optional: true, label: 'inspection.field.done_date', hint: 'inspection.hint.done_date' },
  { id: 'summary', kind: 'text', max: 2000, multiline: true, label: 'inspection.field.summary', hint: 'inspection.hint.summary' },
  { id: 'findings', kind: 'text', max: 2000, multiline: true, optional: true, label: 'inspection.field.findings', hint: 'inspection.hint.findings' },
];

export function parseAssignForm(i18n: I18n, values: ViewValues | undefined): FormResult<AssignInput> {
  const { values: v, errors } = readFields(i18n, values, ASSIGN_FIELDS);
  const unitIds = ((v.units as string[] | undefined) ?? []).map(Number).filter((n) => Number.isInteger(n) && n > 0);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { unitIds, plannedDate: v.planned_date as string, inspectors: v.inspectors as string[], visitType: v.visit_type as VisitType, acknowledgeCap: v.acknowledge_cap === 'yes' } };
}

export function parseResultForm(i18n: I18n, values: ViewValues | undefined): FormResult<ResultInput> {
  const { values: v, errors } = readFields(i18n, values, RESULT_FIELDS);
  if (v.outcome === 'done' && !v.done_date) errors.done_date ??= i18n.t('validation.date_pick');
  if (typeof v.done_date === 'string' && !isCalendarDate(v.done_date)) errors.done_date ??= i18n.t('validation.date');
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { outcome: v.outcome as 'done' | 'cancelled', doneDate: (v.done_date as string | undefined) ?? null, summary: v.summary as string, findings: (v.findings as string | undefined) ?? '' } };
}
