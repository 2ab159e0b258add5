import { HAZARD_CATEGORIES, HAZARD_LEVELS, HAZARD_SOURCES } from '../../domain/hazard/hazard.js';
import { HAZARD_LIMITS, validateHazardInput, type HazardInput, type HazardProblem } from '../../domain/hazard/hazard-input.js';
import type { I18n } from '../../i18n/index.js';
import type { FieldSpec } from '../blocks/fields.js';
import { readFields } from './fields.form.js';
import type { FormResult, ViewValues } from './view-state.js';

/** The registration modal (PRODUCT.md §5 fields). Deadline and assignee are optional for a public report. */
export function registerFields(staff: boolean): FieldSpec[] {
  return [
    { id: 'unit', kind: 'unit', label: 'hazard.field.unit', hint: 'hazard.hint.unit' },
    { id: 'title', kind: 'text', max: HAZARD_LIMITS.title, label: 'hazard.field.title', placeholder: 'hazard.placeholder.title' },
    { id: 'description', kind: 'text', max: HAZARD_LIMITS.description, multiline: true, label: 'hazard.field.description' },
    { id: 'location', kind: 'text', max: HAZARD_LIMITS.location, label: 'hazard.field.location', placeholder: 'hazard.placeholder.location' },
    { id: 'category', kind: 'choice', style: 'select', label: 'hazard.field.category', options: HAZARD_CATEGORIES.map((c) => ({ value: c, label: `hazard.category.${c}` as const })) },
    { id: 'level', kind: 'choice', style: 'radio', label: 'hazard.field.level', hint: 'hazard.hint.level', options: HAZARD_LEVELS.map((l) => ({ value: l, label: `hazard.level.${l}` as const })) },
    { id: 'source', kind: 'choice', style: 'select', label: 'hazard.field.source', options: HAZARD_SOURCES.map((s) => ({ value: s, label: `hazard.source.${s}` as const })) },
    { id: 'found_date', kind: 'date', label: 'hazard.field.found_date' },
    { id: 'deadline', kind: 'date', label: 'hazard.field.deadline', optional: !staff, hint: staff ? 'hazard.hint.deadline' : 'hazard.hint.deadline_public' },
    { id: 'responsible_person', kind: 'text', max: HAZARD_LIMITS.responsible_person, label: 'hazard.field.responsible_person', optional: true },
    { id: 'assignee', kind: 'user', label: 'hazard.field.assignee', optional: !staff, hint: 'hazard.hint.assignee' },
    { id: 'photos', kind: 'files', max: HAZARD_LIMITS.photos, label: 'hazard.field.photos', optional: true },
    { id: 'funding', kind: 'text', max: 20, label: 'hazard.field.funding', optional: true, hint: 'hazard.hint.funding' },
  ];
}

export function hazardProblemMessage(i18n: I18n, p: HazardProblem): string {
  const { t } = i18n;
  switch (p.kind) {
    case 'required':
      return t(p.field === 'unit' ? 'validation.unit_pick' : 'validation.required');
    case 'too_long':
      return t('validation.too_long', { max: p.max });
    case 'too_many':
      return t('validation.too_many_files', { max: p.max });
    case 'unknown_option':
      return t('validation.unknown_option');
    case 'date':
      return t('validation.date');
    case 'deadline_before_found':
      return t('error.hazard.deadline_before_found');
    case 'found_in_future':
      return t('error.hazard.found_in_future');
    case 'funding':
      return t('validation.funding');
  }
}

/** The registration modal's values → a valid hazard, or one message per bad field (all fields checked at once). */
export function parseRegisterForm(i18n: I18n, values: ViewValues | undefined, o: { staff: boolean; today: string }): FormResult<HazardInput> {
  const read = readFields(i18n, values, registerFields(o.staff));
  const v = read.values;
  const str = (id: string) => (typeof v[id] === 'string' ? (v[id] as string) : null);
  const result = validateHazardInput({
    unitId: str('unit') === null ? null : Number(str('unit')),
    title: str('title'), description: str('description'), location: str('location'), category: str('category'), level: str('level'), source: str('source'),
    foundDate: str('found_date'), deadline: str('deadline'), responsiblePerson: str('responsible_person'), assignee: str('assignee'), funding: str('funding'),
    photos: Array.isArray(v.photos) ? (v.photos as HazardInput['photos']) : [],
  }, o);
  const errors: Record<string, string> = { ...read.errors };
  if (!result.ok) for (const p of result.problems) errors[p.field] ??= hazardProblemMessage(i18n, p);
  if (Object.keys(errors).length > 0 || !result.ok) return { ok: false, errors };
  return { ok: true, value: result.value };
}
