import type { ModalView } from '@slack/types';
import type { Unit } from '../../domain/unit/unit.js';
import type { I18n } from '../../i18n/index.js';
import { ACCIDENT_FIELDS } from '../forms/accident.form.js';
import { CallbackId } from '../ids.js';
import type { ViewMetadata } from '../metadata.js';
import { context, esc, section } from './elements.js';
import { inputBlock } from './fields.js';
import { modal, saveOrCancel } from './modal.js';

/** Recording an accident at a unit (493号令): the grade is computed from deaths, serious injuries and direct loss. */
export function accidentModal(i18n: I18n, o: { unit: Unit; today: string; metadata: ViewMetadata }): ModalView {
  return modal({
    callbackId: CallbackId.AccidentRecord,
    title: i18n.t('accident.modal.title'),
    ...saveOrCancel(i18n),
    metadata: { ...o.metadata, unitId: o.unit.id },
    blocks: [section(`*${esc(o.unit.name)}*`), context(i18n.t('accident.modal.grading')), ...ACCIDENT_FIELDS.map((f) => inputBlock(i18n, f, f.id === 'date' ? o.today : undefined))],
  });
}
