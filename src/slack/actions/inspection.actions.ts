import type { BlockAction, ButtonAction, Middleware, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { ModalView } from '@slack/types';
import type { Permission } from '../../domain/permissions.js';
import type { Unit } from '../../domain/unit/unit.js';
import type { I18n } from '../../i18n/index.js';
import { accidentModal } from '../blocks/accident.modal.js';
import { inspectionOrderModal } from '../blocks/inspection-order.modal.js';
import { assignModal, inspectionBlocks, resultModal } from '../blocks/inspection.blocks.js';
import { requireButtonValue } from '../button-value.js';
import type { SlackDeps } from '../deps.js';
import { answerAt, type ViewMetadata } from '../metadata.js';
import { personOf } from '../person.js';

type ButtonListener = Middleware<SlackActionMiddlewareArgs<BlockAction<ButtonAction>>>;

/** These buttons carry only an id (a unit's, or an inspection's). */
const idFrom = (value: string | undefined, notFound: 'unit.not_found' | 'inspection.not_found') => requireButtonValue(value, notFound).id;

/** A button on a unit that opens a modal about it, for those allowed to; the outcome is answered where the button was. */
const unitModalButton = (permission: Permission, view: (i18n: I18n, o: { unit: Unit; actorId: string; today: string; metadata: ViewMetadata }) => ModalView) =>
  (deps: SlackDeps): ButtonListener => async ({ ack, action, body, client, context }) => {
    await ack();
    const { userId, i18n } = personOf(context);
    await deps.access.require(userId, permission);
    const unit = await deps.units.get(idFrom(action.value, 'unit.not_found'));
    const today = deps.access.today();
    await client.views.open({ trigger_id: body.trigger_id, view: view(i18n, { unit, actorId: userId, today, metadata: answerAt(body.response_url) }) });
  };

/** "Assign" next to a unit in the digest or the due list: the assignment modal with that unit filled in. */
export const assignOpenAction = unitModalButton('inspection.assign', (i18n, { unit, ...o }) => assignModal(i18n, { units: [{ value: String(unit.id), label: unit.name }], ...o }));

/** "Record result" on a planned inspection: its result modal (or, once recorded, the inspection as it stands). */
export const resultOpenAction = (deps: SlackDeps): ButtonListener => async ({ ack, action, body, client, respond, context }) => {
  await ack();
  const { userId, i18n } = personOf(context);
  const found = await deps.inspections.get(userId, idFrom(action.value, 'inspection.not_found'));
  if (!found.mayRecord) {
    await respond({ response_type: 'ephemeral', replace_original: false, text: found.inspection.number, blocks: inspectionBlocks(i18n, found) });
    return;
  }
  const today = deps.access.today();
  await client.views.open({ trigger_id: body.trigger_id, view: resultModal(i18n, { ...found, today, metadata: answerAt(body.response_url) }) });
};

/** "Record accident" on a unit card. */
export const accidentOpenAction = unitModalButton('accident.record', accidentModal);

/** "Issue one order" on a done inspection: the order modal with its hazards (or why there is none to order). */
export const inspectionOrderOpenAction = (deps: SlackDeps): ButtonListener => async ({ ack, action, body, client, respond, context }) => {
  await ack();
  const { userId, i18n } = personOf(context);
  const id = idFrom(action.value, 'inspection.not_found');
  const draft = await deps.hazards.inspectionOrderDraft(userId, id);
  if (draft.hazards.length === 0) {
    await respond({ response_type: 'ephemeral', replace_original: false, text: i18n.t('inspection.order.none', { number: draft.inspection.number }) });
    return;
  }
  const unit = await deps.units.get(draft.inspection.unitId);
  await client.views.open({ trigger_id: body.trigger_id, view: inspectionOrderModal(i18n, { ...draft, unit, metadata: answerAt(body.response_url) }) });
};
