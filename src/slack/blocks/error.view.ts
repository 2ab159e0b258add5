import type { ModalView } from '@slack/types';
import type { I18n } from '../../i18n/index.js';
import { CallbackId } from '../ids.js';
import { plain, section } from './elements.js';

/** Pushed over a modal whose submission failed: closing it returns to the form with the input kept. */
export function errorModal(i18n: I18n, message: string): ModalView {
  return {
    type: 'modal',
    callback_id: CallbackId.ErrorNotice,
    title: plain(i18n.t('error.title'), 24),
    close: plain(i18n.t('common.close'), 24),
    blocks: [section(`:warning: ${message}`)],
  };
}
