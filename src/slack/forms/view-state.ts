import { ActionId } from '../ids.js';

/**
 * Reading `view.state.values`. Bolt types every field as optional or null (a deselected option is null), so each
 * reader checks the shape it expects and returns undefined for anything else.
 */
export type ViewValues = Record<string, Record<string, unknown>>;

const element = (values: ViewValues | undefined, blockId: string, actionId: string) => values?.[blockId]?.[actionId] as Record<string, unknown> | undefined;

export function textOf(values: ViewValues | undefined, blockId: string, actionId: string = ActionId.Text): string | undefined {
  const v = element(values, blockId, actionId)?.value;
  return typeof v === 'string' ? v : undefined;
}

export function selectedOf(values: ViewValues | undefined, blockId: string, actionId: string): string | undefined {
  const option = element(values, blockId, actionId)?.selected_option as { value?: unknown } | null | undefined;
  return typeof option?.value === 'string' ? option.value : undefined;
}

export function selectedManyOf(values: ViewValues | undefined, blockId: string, actionId: string): string[] {
  const options = element(values, blockId, actionId)?.selected_options;
  return Array.isArray(options) ? options.map((o: { value?: unknown }) => o?.value).filter((v): v is string => typeof v === 'string') : [];
}

export function selectedUsersOf(values: ViewValues | undefined, blockId: string, actionId: string = ActionId.Users): string[] {
  const users = element(values, blockId, actionId)?.selected_users;
  return Array.isArray(users) ? users.filter((u): u is string => typeof u === 'string' && /^[UW][A-Z0-9]+$/.test(u)) : [];
}

export function dateOf(values: ViewValues | undefined, blockId: string, actionId: string = ActionId.Date): string | undefined {
  const d = element(values, blockId, actionId)?.selected_date;
  return typeof d === 'string' ? d : undefined;
}

/** The result of parsing a form: typed input, or one message per field for `response_action: errors`. */
export type FormResult<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string> };
