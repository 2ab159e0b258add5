import { isCalendarDate } from '../../domain/calendar.js';
import type { HazardPhoto } from '../../domain/hazard/hazard-input.js';
import type { I18n, MessageKey } from '../../i18n/index.js';
import { FIELD_ACTION_ID, type FieldSpec } from '../blocks/fields.js';
import { dateOf, selectedManyOf, selectedOf, selectedUsersOf, textOf, type ViewValues } from './view-state.js';

export type FieldValue = string | readonly string[] | readonly HazardPhoto[] | undefined;

const REQUIRED_MESSAGE = {
  text: 'validation.required', date: 'validation.date_pick', choice: 'validation.choice_pick', user: 'validation.user_pick',
  users: 'validation.users_pick', files: 'validation.required', unit: 'validation.unit_pick', units: 'validation.unit_pick', check: 'validation.required', picks: 'validation.choice_pick',
} as const satisfies Record<FieldSpec['kind'], MessageKey>;

/** Slack files from a file_input (only what anjian keeps of them). */
function filesOf(values: ViewValues | undefined, blockId: string): HazardPhoto[] {
  const files = values?.[blockId]?.[FIELD_ACTION_ID.files] as { files?: unknown } | undefined;
  if (!Array.isArray(files?.files)) return [];
  return files.files
    .filter((f): f is { id: string; name?: string; title?: string; permalink?: string } => typeof f?.id === 'string')
    .map((f) => ({ fileId: f.id, name: String(f.name ?? f.title ?? f.id), permalink: typeof f.permalink === 'string' ? f.permalink : null }));
}

/**
 * Reads every field of a form and checks what the field itself says (required, length, a real date, a listed
 * option). Cross-field rules are the caller's. Returns the values by field id, and one message per bad field.
 */
export function readFields(i18n: I18n, values: ViewValues | undefined, specs: readonly FieldSpec[]): { values: Record<string, FieldValue>; errors: Record<string, string> } {
  const { t } = i18n;
  const out: Record<string, FieldValue> = {};
  const errors: Record<string, string> = {};
  /** A field of several picks: refused over its most, absent when nothing is picked. */
  const several = <T>(spec: { id: string; max: number }, picked: readonly T[], tooMany: MessageKey): readonly T[] | undefined => {
    if (picked.length > spec.max) errors[spec.id] = t(tooMany, { max: spec.max });
    return picked.length ? picked : undefined;
  };
  for (const spec of specs) {
    const actionId = FIELD_ACTION_ID[spec.kind];
    let value: FieldValue;
    switch (spec.kind) {
      case 'text': {
        const v = (textOf(values, spec.id, actionId) ?? '').trim();
        if (v && [...v].length > spec.max) errors[spec.id] = t('validation.too_long', { max: spec.max });
        value = v || undefined;
        break;
      }
      case 'date': {
        const v = dateOf(values, spec.id, actionId);
        if (v && !isCalendarDate(v)) errors[spec.id] = t('validation.date');
        value = v || undefined;
        break;
      }
      case 'choice': {
        const v = selectedOf(values, spec.id, actionId);
        if (v && !spec.options.some((o) => o.value === v)) errors[spec.id] = t('validation.unknown_option');
        value = v;
        break;
      }
      case 'user': {
        const v = (values?.[spec.id]?.[actionId] as { selected_user?: unknown } | undefined)?.selected_user;
        value = typeof v === 'string' && /^[UW][A-Z0-9]+$/.test(v) ? v : undefined;
        break;
      }
      case 'users':
        value = several(spec, [...new Set(selectedUsersOf(values, spec.id, actionId))], 'validation.too_many_users');
        break;
      case 'files':
        value = several(spec, filesOf(values, spec.id), 'validation.too_many_files');
        break;
      case 'unit':
        value = selectedOf(values, spec.id, actionId);
        break;
      case 'units':
        value = several(spec, [...new Set(selectedManyOf(values, spec.id, actionId))], 'validation.too_many_units');
        break;
      case 'check':
        value = selectedManyOf(values, spec.id, actionId).includes('yes') ? 'yes' : undefined;
        break;
      case 'picks': {
        const picked = [...new Set(selectedManyOf(values, spec.id, actionId))];
        if (picked.some((v) => !spec.options.some((o) => o.value === v))) errors[spec.id] = t('validation.unknown_option');
        value = several(spec, picked, 'validation.too_many_items');
        break;
      }
    }
    if (value === undefined && !spec.optional && !errors[spec.id]) errors[spec.id] = t(REQUIRED_MESSAGE[spec.kind]);
    out[spec.id] = value;
  }
  return { values: out, errors };
}
