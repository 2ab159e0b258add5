import { ACTION_TEXT_MAX } from '../../domain/hazard/action-input.js';
import { INSPECTION_ORDER_MAX, type InspectionOrderInput } from '../../domain/hazard/inspection-order.js';
import type { I18n } from '../../i18n/index.js';
import type { FieldSpec } from '../blocks/fields.js';
import { readFields } from './fields.form.js';
import type { FormResult, ViewValues } from './view-state.js';

type Option = { readonly value: string; readonly label: string };

/** The order modal's fields; `hazards` offers the inspection's hazards that an order may still cover. */
export const inspectionOrderFields = (hazards: readonly Option[]): FieldSpec[] => [
  { id: 'hazards', kind: 'picks', max: INSPECTION_ORDER_MAX, options: hazards, label: 'inspection.order.field.hazards', hint: 'inspection.order.hint.hazards' },
  { id: 'measures', kind: 'text', max: ACTION_TEXT_MAX, multiline: true, label: 'hazard.field.measures' },
  { id: 'deadline', kind: 'date', label: 'hazard.field.order_deadline', hint: 'inspection.order.hint.deadline' },
  { id: 'second_officer', kind: 'user', label: 'hazard.field.second_officer', hint: 'hazard.hint.second_officer' },
];

/** The options the modal offered, read back from the submitted view (so a forged value is refused on the field). */
export function offeredHazards(blocks: unknown): Option[] {
  const block = Array.isArray(blocks) ? blocks.find((b) => (b as { block_id?: unknown }).block_id === 'hazards') : undefined;
  const options = (block as { element?: { options?: unknown } } | undefined)?.element?.options;
  return Array.isArray(options) ? options.filter((o) => typeof o?.value === 'string').map((o) => ({ value: o.value as string, label: String(o.text?.text ?? '') })) : [];
}

export function parseInspectionOrderForm(i18n: I18n, values: ViewValues | undefined, offered: readonly Option[]): FormResult<InspectionOrderInput> {
  const { values: v, errors } = readFields(i18n, values, inspectionOrderFields(offered));
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const s = (id: string) => (typeof v[id] === 'string' ? (v[id] as string) : '');
  return { ok: true, value: { hazardIds: ((v.hazards as string[] | undefined) ?? []).map(Number), measures: s('measures'), deadline: s('deadline'), secondOfficer: s('second_officer') } };
}
