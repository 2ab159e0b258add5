import type { BlockAction, ButtonAction, Middleware, SlackActionMiddlewareArgs } from '@slack/bolt';
import { DomainError } from '../../domain/errors.js';
import { accidentModal } from '../blocks/accident.modal.js';
import { assignModal, inspectionBlocks, resultModal } from '../blocks/inspection.blocks.js';
import type { SlackDeps } from '../deps.js';
import { personOf } from '../person.js';

type ButtonListener = Middleware<SlackActionMiddlewareArgs<BlockAction<ButtonAction>>>;

const idFrom = (value: string | undefined, code: 'unit.not_found' | 'inspection.not_found') => {
  const id = Number(value);
  if (!Number.isInteger(id) || id <= 0) throw new DomainError(code, { id: String(value ?? '') });
  return id;
};

/** "Assign" next to a unit in the digest or the due list: the assignment modal with that unit filled in. */
export const assignOpenAction = (deps: SlackDeps): ButtonListener => async ({ ack, action, body, client, context }) => {
  await ack();
  const { userId, i18n } = personOf(context);
  await deps.access.require(userId, 'inspection.assign');
  const unit = await deps.units.get(idFrom(action.value, 'unit.not_found'));
  const today = deps.access.today();
  await client.views.open({ trigger_id: body.trigger_id, view: assignModal(i18n, { units: [{ value: String(unit.id), label: unit.name }], actorId: userId, today, metadata: body.response_url ? { responseUrl: body.response_url } : {} }) });
};

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
  await client.views.open({ trigger_id: body.trigger_id, view: resultModal(i18n, { ...found, today, metadata: body.response_url ? { responseUrl: body.response_url } : {} }) });
};

/** "Record accident" on a unit card. */
export const accidentOpenAction = (deps: SlackDeps): ButtonListener => async ({ ack, action, body, client, context }) => {
  await ack();
  const { userId, i18n } = personOf(context);
  await deps.access.require(userId, 'accident.record');
  const unit = await deps.units.get(idFrom(action.value, 'unit.not_found'));
  const today = deps.access.today();
  await client.views.open({ trigger_id: body.trigger_id, view: accidentModal(i18n, { unit, today, metadata: body.response_url ? { responseUrl: body.response_url } : {} }) });
};
