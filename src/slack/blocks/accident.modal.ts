import type { ModalView } from '@slack/types';
import type { Unit } from '../../domain/unit/unit.js';
import type { I18n } from '../../i18n/index.js';
import { ACCIDENT_FIELDS } from '../forms/accident.form.js';
import { CallbackId } from '../ids.js';
import { encodeMetadata, type ViewMetadata } from '../metadata.js';
import { context, esc, plain, section } from './elements.js';
import { inputBlock } from './fields.js';

/** Recording an accident at a unit (493号令): the grade is computed from deaths, serious injuries and direct loss. */
export function accidentModal(i18n: I18n, o: { unit: Unit; today: string; metadata: ViewMetadata }): ModalView {
  return {
    type: 'modal',
    callback_id: CallbackId.AccidentRecord,
    title: plain(i18n.t('accident.modal.title'), 24),
    submit: plain(i18n.t('common.save'), 24),
    close: plain(i18n.t('common.cancel'), 24),
    private_metadata: encodeMetadata({ ...o.metadata, unitId: o.unit.id }),
    blocks: [section(`*${esc(o.unit.name)}*`), context(i18n.t('accident.modal.grading')), ...ACCIDENT_FIELDS.map((f) => inputBlock(i18n, f, f.id === 'date' ? o.today : undefined))],
  };
}
