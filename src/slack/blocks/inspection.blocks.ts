import type { KnownBlock, ModalView } from '@slack/types';
import type { DueUnit } from '../../domain/inspection/due-unit.model.js';
import type { Inspection } from '../../domain/inspection/visit.js';
import type { Unit } from '../../domain/unit/unit.js';
import type { I18n } from '../../i18n/index.js';
import { ASSIGN_FIELDS, RESULT_FIELDS } from '../forms/inspection.form.js';
import { buttonValue } from '../button-value.js';
import { ActionId, CallbackId } from '../ids.js';
import type { ViewMetadata } from '../metadata.js';
import { actions, button, context, esc, header, section, TIER_EMOJI, truncate } from './elements.js';
import { inputBlock, type FieldInitials } from './fields.js';
import { modal, saveOrCancel } from './modal.js';

const people = (users: readonly string[]) => users.map((u) => `<@${u}>`).join(' ');

/** `/inspect` (or "assign" in the digest): units, day, inspectors, visit type. */
export function assignModal(i18n: I18n, o: { units: readonly { value: string; label: string }[]; actorId: string; today: string; metadata: ViewMetadata }): ModalView {
  const initials: FieldInitials = { units: o.units, planned_date: o.today, inspectors: [o.actorId], visit_type: 'patrol' };
  return modal({ callbackId: CallbackId.InspectionAssign, title: i18n.t('inspection.assign.title'), ...saveOrCancel(i18n), metadata: o.metadata, blocks: ASSIGN_FIELDS.map((f) => inputBlock(i18n, f, initials[f.id])) });
}

export function inspectionSummary(i18n: I18n, inspection: Inspection, unit: Pick<Unit, 'name' | 'tier'>): string {
  const { t } = i18n;
  return [
    `${TIER_EMOJI[unit.tier]} *${inspection.number}* ${esc(unit.name)}`,
    `${t(`inspection.visit.${inspection.visitType}`)} · ${t(`inspection.status.${inspection.status}`)} · ${t('inspection.planned_on', { date: i18n.date(inspection.plannedDate) })} · ${people(inspection.inspectors)}`,
  ].join('\n');
}

/** `/inspect JC-…`: record the result, or cancel. */
export function resultModal(i18n: I18n, o: { inspection: Inspection; unit: Unit; today: string; metadata: ViewMetadata }): ModalView {
  const initials: FieldInitials = { outcome: 'done', done_date: o.today };
  return modal({
    callbackId: CallbackId.InspectionResult,
    title: i18n.t('inspection.result.title'),
    ...saveOrCancel(i18n),
    metadata: { ...o.metadata, inspectionId: o.inspection.id },
    blocks: [section(inspectionSummary(i18n, o.inspection, o.unit)), ...RESULT_FIELDS.map((f) => inputBlock(i18n, f, initials[f.id]))],
  });
}

/** An inspection as a message: what it is, its result, and what can be done next. */
export function inspectionBlocks(i18n: I18n, o: { inspection: Inspection; unit: Unit; mayRecord: boolean; mayOrder?: boolean }): KnownBlock[] {
  const { t } = i18n;
  const i = o.inspection;
  const blocks: KnownBlock[] = [section(inspectionSummary(i18n, i, o.unit))];
  if (i.status === 'done') blocks.push(section(t('inspection.result.done', { date: i18n.date(i.doneDate ?? i.plannedDate), summary: esc(truncate(i.summary ?? '', 1500)) })));
  if (i.status === 'done' && i.findings) blocks.push(section(t('inspection.result.findings', { findings: esc(truncate(i.findings, 1500)) })));
  if (i.status === 'cancelled') blocks.push(section(t('inspection.result.cancelled', { reason: esc(truncate(i.cancelReason ?? '', 1500)) })));
  const buttons = [];
  if (i.status === 'planned' && o.mayRecord) buttons.push(button({ text: t('inspection.button.record'), actionId: ActionId.InspectionResultOpen, value: buttonValue(i.id), style: 'primary' }));
  if (i.status === 'done') buttons.push(button({ text: t('inspection.button.register_hazard'), actionId: ActionId.HazardRegisterOpen, value: buttonValue('inspection', i.id) }));
  if (i.status === 'done' && o.mayOrder) buttons.push(button({ text: t('inspection.button.order'), actionId: ActionId.InspectionOrderOpen, value: buttonValue(i.id) }));
  if (buttons.length) blocks.push(actions(`inspection_${i.id}`, buttons));
  return blocks;
}

/** `/inspect due`: units still due this period, red first, ending soonest; an Assign button where none is planned. */
export function dueListBlocks(i18n: I18n, due: { units: readonly DueUnit[]; total: number }): KnownBlock[] {
  const { t } = i18n;
  if (due.total === 0) return [section(t('inspection.due.none'))];
  const blocks: KnownBlock[] = [header(t('inspection.due.title', { total: due.total }))];
  for (const d of due.units) {
    const line = section(`${TIER_EMOJI[d.unit.tier]} *${esc(d.unit.name)}* · ${esc(d.unit.town)}\n${t('inspection.due.period', { end: i18n.date(d.standing.period.end), days: d.standing.daysLeft })}${d.planned ? ` · ${t('inspection.due.planned', { number: d.planned.number, date: i18n.date(d.planned.date), who: people(d.planned.inspectors) })}` : ''}`);
    if (!d.planned) line.accessory = button({ text: t('inspection.button.assign'), actionId: ActionId.InspectionAssignOpen, value: buttonValue(d.unit.id) });
    blocks.push(line);
  }
  if (due.total > due.units.length) blocks.push(context(t('inspection.due.more', { rest: due.total - due.units.length })));
  return blocks;
}

/** `/inspect mine`: the person's planned inspections, each with Record result. */
export function mineBlocks(i18n: I18n, items: readonly { inspection: Inspection; unit: Unit }[]): KnownBlock[] {
  const { t } = i18n;
  if (items.length === 0) return [section(t('inspection.mine.none'))];
  const blocks: KnownBlock[] = [header(t('inspection.mine.title', { total: items.length }))];
  for (const { inspection, unit } of items.slice(0, 45)) {
    const line = section(inspectionSummary(i18n, inspection, unit));
    line.accessory = button({ text: t('inspection.button.record'), actionId: ActionId.InspectionResultOpen, value: buttonValue(inspection.id) });
    blocks.push(line);
  }
  if (items.length > 45) blocks.push(context(t('inspection.mine.more', { rest: items.length - 45 })));
  return blocks;
}
