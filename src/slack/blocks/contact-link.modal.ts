import type { ModalView } from '@slack/types';
import type { Unit } from '../../domain/unit/unit.js';
import type { I18n } from '../../i18n/index.js';
import { ActionId, BlockId, CallbackId } from '../ids.js';
import type { ViewMetadata } from '../metadata.js';
import { esc, plain, section } from './elements.js';
import { modal, saveOrCancel } from './modal.js';

export const MAX_CONTACTS_PER_LINK = 10;

export function contactLinkModal(i18n: I18n, unit: Unit, metadata: ViewMetadata): ModalView {
  const { t } = i18n;
  return modal({
    callbackId: CallbackId.ContactLink,
    title: t('contact.modal.title'),
    ...saveOrCancel(i18n),
    metadata,
    blocks: [
      section(`*${esc(unit.name)}*`),
      {
        type: 'input',
        block_id: BlockId.ContactUsers,
        label: plain(t('contact.field.users')),
        hint: plain(t('contact.field.users_hint', { unit: unit.name }), 2000),
        element: { type: 'multi_users_select', action_id: ActionId.Users, max_selected_items: MAX_CONTACTS_PER_LINK },
      },
    ],
  });
}
