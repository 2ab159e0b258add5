import type { ModalView } from '@slack/types';
import type { Unit } from '../../domain/unit/unit.js';
import type { I18n } from '../../i18n/index.js';
import { ActionId, BlockId, CallbackId } from '../ids.js';
import { encodeMetadata, type ViewMetadata } from '../metadata.js';
import { esc, plain, section } from './elements.js';

export const MAX_CONTACTS_PER_LINK = 10;

export function contactLinkModal(i18n: I18n, unit: Unit, metadata: ViewMetadata): ModalView {
  const { t } = i18n;
  return {
    type: 'modal',
    callback_id: CallbackId.ContactLink,
    title: plain(t('contact.modal.title'), 24),
    submit: plain(t('common.save'), 24),
    close: plain(t('common.cancel'), 24),
    private_metadata: encodeMetadata(metadata),
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
  };
}
