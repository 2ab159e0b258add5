import type { ModalView } from '@slack/types';
import { addDays } from '../../domain/calendar.js';
import type { Hazard } from '../../domain/hazard/hazard.js';
import type { Inspection } from '../../domain/inspection/visit.js';
import type { Unit } from '../../domain/unit/unit.js';
import type { I18n } from '../../i18n/index.js';
import { inspectionOrderFields } from '../forms/inspection-order.form.js';
import { CallbackId } from '../ids.js';
import type { ViewMetadata } from '../metadata.js';
import { context, section } from './elements.js';
import { inputBlock, type FieldInitials } from './fields.js';
import { inspectionSummary } from './inspection.blocks.js';
import { modal } from './modal.js';

/** A hazard as the order modal offers it: its number and title, and whether it is major (75 characters at most). */
export const hazardOption = (i18n: I18n, h: Pick<Hazard, 'id' | 'number' | 'title' | 'level'>) => ({
  value: String(h.id), label: `${h.number} ${h.title}${h.level === 'major' ? ` · ${i18n.t('hazard.level.major')}` : ''}`,
});

/**
 * One 责令限期整改指令书 for an inspection: which of its hazards (all preselected), the measures, one deadline, the second
 * officer. General hazards move to rectification; major ones are listed and keep their own path (said in the modal).
 */
export function inspectionOrderModal(i18n: I18n, o: { inspection: Inspection; unit: Unit; hazards: readonly Hazard[]; today: string; metadata: ViewMetadata }): ModalView {
  const { t } = i18n;
  const fields = inspectionOrderFields(o.hazards.map((h) => hazardOption(i18n, h)));
  const initials: FieldInitials = { hazards: o.hazards.map((h) => String(h.id)), deadline: addDays(o.today, 7) };
  return modal({
    callbackId: CallbackId.InspectionOrder,
    title: t('inspection.order.title'),
    submit: t('inspection.order.submit'),
    close: t('common.cancel'),
    metadata: { ...o.metadata, inspectionId: o.inspection.id },
    blocks: [
      section(inspectionSummary(i18n, o.inspection, o.unit)),
      context(t('inspection.order.explain')),
      ...fields.map((f) => inputBlock(i18n, f, initials[f.id])),
    ],
  });
}
