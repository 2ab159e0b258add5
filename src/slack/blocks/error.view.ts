import type { ModalView } from '@slack/types';
import type { I18n } from '../../i18n/index.js';
import { CallbackId } from '../ids.js';
import { section } from './elements.js';
import { modal } from './modal.js';

/** Pushed over a modal whose submission failed: closing it returns to the form with the input kept. */
export function errorModal(i18n: I18n, message: string): ModalView {
  return modal({ callbackId: CallbackId.ErrorNotice, title: i18n.t('error.title'), close: i18n.t('common.close'), blocks: [section(`:warning: ${message}`)] });
}
