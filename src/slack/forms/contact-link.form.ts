import type { I18n } from '../../i18n/index.js';
import { MAX_CONTACTS_PER_LINK } from '../blocks/contact-link.modal.js';
import { BlockId } from '../ids.js';
import { selectedUsersOf, type FormResult, type ViewValues } from './view-state.js';

export function parseContactLinkForm(i18n: I18n, values: ViewValues | undefined): FormResult<{ userIds: string[] }> {
  const userIds = [...new Set(selectedUsersOf(values, BlockId.ContactUsers))];
  if (userIds.length === 0) return { ok: false, errors: { [BlockId.ContactUsers]: i18n.t('validation.users_pick') } };
  if (userIds.length > MAX_CONTACTS_PER_LINK) return { ok: false, errors: { [BlockId.ContactUsers]: i18n.t('validation.too_many_users', { max: MAX_CONTACTS_PER_LINK }) } };
  return { ok: true, value: { userIds } };
}
