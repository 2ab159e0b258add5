import type { KnownBlock, ModalView } from '@slack/types';
import type { I18n } from '../../i18n/index.js';
import { encodeMetadata, type ViewMetadata } from '../metadata.js';
import { LIMITS, plain } from './elements.js';

export interface ModalSpec {
  readonly callbackId: string;
  /** The words, already in the reader's language; each is cut to Slack's 24 characters. */
  readonly title: string;
  /** Without it the modal has no submit button (a notice only to be closed). */
  readonly submit?: string;
  readonly close?: string;
  /** What the submission needs to know (ids, where to answer); without it the view carries no private_metadata. */
  readonly metadata?: ViewMetadata;
  readonly blocks: readonly KnownBlock[];
}

/** The skeleton every modal of the app shares; the builders only say what is in it. */
export function modal(spec: ModalSpec): ModalView {
  return {
    type: 'modal',
    callback_id: spec.callbackId,
    title: plain(spec.title, LIMITS.modalTitle),
    ...(spec.submit !== undefined ? { submit: plain(spec.submit, LIMITS.modalTitle) } : {}),
    ...(spec.close !== undefined ? { close: plain(spec.close, LIMITS.modalTitle) } : {}),
    ...(spec.metadata !== undefined ? { private_metadata: encodeMetadata(spec.metadata) } : {}),
    blocks: [...spec.blocks],
  };
}

/** The buttons of a form: Save, and Cancel to close it. */
export const saveOrCancel = (i18n: I18n): Pick<ModalSpec, 'submit' | 'close'> => ({ submit: i18n.t('common.save'), close: i18n.t('common.cancel') });
