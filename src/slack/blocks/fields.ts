import type { InputBlock, PlainTextOption } from '@slack/types';
import type { I18n, MessageKey } from '../../i18n/index.js';
import { ActionId } from '../ids.js';
import { plain } from './elements.js';

/**
 * A modal field described as data: the same description builds the input block and reads the submitted value back
 * (forms/fields.form.ts). The block id is the field's id, so a problem named by the service lands on it.
 */
export type FieldSpec =
  | { readonly id: string; readonly label: MessageKey; readonly hint?: MessageKey; readonly optional?: boolean; readonly kind: 'text'; readonly max: number; readonly multiline?: boolean; readonly placeholder?: MessageKey }
  | { readonly id: string; readonly label: MessageKey; readonly hint?: MessageKey; readonly optional?: boolean; readonly kind: 'date' }
  | { readonly id: string; readonly label: MessageKey; readonly hint?: MessageKey; readonly optional?: boolean; readonly kind: 'choice'; readonly style: 'radio' | 'select'; readonly options: readonly { readonly value: string; readonly label: MessageKey }[] }
  | { readonly id: string; readonly label: MessageKey; readonly hint?: MessageKey; readonly optional?: boolean; readonly kind: 'user' }
  | { readonly id: string; readonly label: MessageKey; readonly hint?: MessageKey; readonly optional?: boolean; readonly kind: 'users'; readonly max: number }
  | { readonly id: string; readonly label: MessageKey; readonly hint?: MessageKey; readonly optional?: boolean; readonly kind: 'files'; readonly max: number }
  | { readonly id: string; readonly label: MessageKey; readonly hint?: MessageKey; readonly optional?: boolean; readonly kind: 'unit' }
  | { readonly id: string; readonly label: MessageKey; readonly hint?: MessageKey; readonly optional?: boolean; readonly kind: 'units'; readonly max: number }
  | { readonly id: string; readonly label: MessageKey; readonly hint?: MessageKey; readonly optional?: boolean; readonly kind: 'check'; readonly text: MessageKey }
  /** Several picks among options known when the modal opens (their labels are data, such as hazard titles). */
  | { readonly id: string; readonly label: MessageKey; readonly hint?: MessageKey; readonly optional?: boolean; readonly kind: 'picks'; readonly max: number; readonly options: readonly { readonly value: string; readonly label: string }[] };

/** Initial values by field id: text/date/choice/user/unit id as strings, users as a list. */
export type FieldInitials = Readonly<Record<string, string | readonly string[] | { readonly value: string; readonly label: string } | readonly { readonly value: string; readonly label: string }[] | null | undefined>>;

export const FIELD_ACTION_ID: Record<FieldSpec['kind'], string> = {
  text: ActionId.Text, date: ActionId.Date, choice: ActionId.Choice, user: ActionId.User, users: ActionId.Users, files: ActionId.Files, unit: ActionId.UnitPick,
  units: ActionId.UnitPick, check: ActionId.Checkboxes, picks: ActionId.Select,
};

export function inputBlock(i18n: I18n, spec: FieldSpec, initial?: FieldInitials[string]): InputBlock {
  const { t } = i18n;
  const actionId = FIELD_ACTION_ID[spec.kind];
  const str = typeof initial === 'string' && initial ? initial : undefined;
  const element = (() => {
    switch (spec.kind) {
      case 'text':
        return { type: 'plain_text_input' as const, action_id: actionId, max_length: spec.max, multiline: spec.multiline ?? false, ...(str ? { initial_value: str } : {}), ...(spec.placeholder ? { placeholder: plain(t(spec.placeholder), 150) } : {}) };
      case 'date':
        return { type: 'datepicker' as const, action_id: actionId, ...(str ? { initial_date: str } : {}) };
      case 'choice': {
        const options: PlainTextOption[] = spec.options.map((o) => ({ text: plain(t(o.label), 75), value: o.value }));
        const initialOption = options.find((o) => o.value === str);
        return spec.style === 'radio'
          ? { type: 'radio_buttons' as const, action_id: actionId, options, ...(initialOption ? { initial_option: initialOption } : {}) }
          : { type: 'static_select' as const, action_id: actionId, options, ...(initialOption ? { initial_option: initialOption } : {}) };
      }
      case 'user':
        return { type: 'users_select' as const, action_id: actionId, ...(str ? { initial_user: str } : {}) };
      case 'users':
        return { type: 'multi_users_select' as const, action_id: actionId, max_selected_items: spec.max, ...(Array.isArray(initial) && initial.length ? { initial_users: [...initial] } : {}) };
      case 'files':
        return { type: 'file_input' as const, action_id: actionId, max_files: spec.max, filetypes: ['jpg', 'jpeg', 'png', 'heic', 'webp', 'gif', 'pdf'] };
      case 'unit': {
        const u = typeof initial === 'object' && initial !== null && !Array.isArray(initial) ? (initial as { value: string; label: string }) : undefined;
        return { type: 'external_select' as const, action_id: actionId, min_query_length: 1, ...(u ? { initial_option: { text: plain(u.label, 75), value: u.value } } : {}) };
      }
      case 'units': {
        const list = Array.isArray(initial) ? (initial as readonly { value: string; label: string }[]).filter((u) => typeof u === 'object') : [];
        return { type: 'multi_external_select' as const, action_id: actionId, min_query_length: 1, max_selected_items: spec.max, ...(list.length ? { initial_options: list.map((u) => ({ text: plain(u.label, 75), value: u.value })) } : {}) };
      }
      case 'picks': {
        const options: PlainTextOption[] = spec.options.slice(0, 100).map((o) => ({ text: plain(o.label, 75), value: o.value }));
        const chosen = Array.isArray(initial) ? options.filter((o) => (initial as readonly unknown[]).includes(o.value)) : [];
        return { type: 'multi_static_select' as const, action_id: actionId, options, max_selected_items: spec.max, ...(chosen.length ? { initial_options: chosen } : {}) };
      }
      case 'check': {
        const option = { text: plain(t(spec.text), 75), value: 'yes' };
        return { type: 'checkboxes' as const, action_id: actionId, options: [option], ...(initial === 'yes' ? { initial_options: [option] } : {}) };
      }
    }
  })();
  return {
    type: 'input',
    block_id: spec.id,
    label: plain(t(spec.label), 2000),
    optional: spec.optional ?? false,
    ...(spec.hint ? { hint: plain(t(spec.hint), 2000) } : {}),
    element,
  } as InputBlock;
}
