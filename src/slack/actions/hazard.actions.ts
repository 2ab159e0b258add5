import type { BlockAction, ButtonAction, Middleware, SlackActionMiddlewareArgs } from '@slack/bolt';
import { DomainError } from '../../domain/errors.js';
import { isHazardAction } from '../../domain/hazard/hazard-actions.js';
import { isHazardStatus, type HazardStatus } from '../../domain/hazard/hazard.js';
import { esc } from '../blocks/elements.js';
import { hazardCardBlocks } from '../blocks/hazard-card.blocks.js';
import { hazardActionModal, hazardRegisterModal } from '../blocks/hazard-modals.js';
import { readButtonValue, requireButtonValue } from '../button-value.js';
import type { SlackDeps } from '../deps.js';
import { actionInitials } from '../forms/hazard-action.form.js';
import { ActionId } from '../ids.js';
import { answerAt } from '../metadata.js';
import { personOf } from '../person.js';

type ButtonListener = Middleware<SlackActionMiddlewareArgs<BlockAction<ButtonAction>>>;

/** A button value `hazardId:status` (the state the person saw). A tampered value is "not found", never a crash. */
export function hazardRefFrom(value: string | undefined): { hazardId: number; status: HazardStatus | undefined } {
  const { id, parts: [status] } = requireButtonValue(value, 'hazard.not_found', { parts: 1 });
  return { hazardId: id, status: isHazardStatus(status) ? status : undefined };
}

/** "Open" in a hazard list: the card, ephemeral, with the actions this person may take. */
export const openHazardAction = (deps: SlackDeps): ButtonListener => async ({ ack, action, respond, context }) => {
  await ack();
  const { userId, i18n } = personOf(context);
  const view = await deps.hazards.view(userId, hazardRefFrom(action.value).hazardId);
  await respond({ response_type: 'ephemeral', replace_original: false, text: `${view.dossier.hazard.number} ${esc(view.dossier.hazard.title)}`, blocks: hazardCardBlocks(i18n, view) });
};

/**
 * Every action button (on the channel card, an ephemeral card, or a DM): checks state and permission first, then
 * opens the action's modal. A DM's to-do is replaced by the outcome once the modal is submitted.
 */
export const hazardActButton = (deps: SlackDeps): ButtonListener => async ({ ack, action, body, client, context }) => {
  await ack();
  const { userId, i18n } = personOf(context);
  const name = action.action_id.slice(ActionId.HazardActPrefix.length);
  if (!isHazardAction(name)) throw new DomainError('hazard.not_available', { action: name });
  const { hazardId, status } = hazardRefFrom(action.value);
  const { dossier, today } = await deps.hazards.prepare(userId, hazardId, name, status);
  const channel = body.container?.channel_id ?? body.channel?.id ?? '';
  const metadata = { ...answerAt(body.response_url), replace: channel.startsWith('D') };
  await client.views.open({ trigger_id: body.trigger_id, view: hazardActionModal(i18n, { action: name, dossier, today, initials: actionInitials(name, dossier, { today, actorId: userId }), metadata }) });
};

/** "Report a hazard" on App Home, or "Register a hazard" on a done inspection (unit and inspection filled in). */
export const openRegisterHazardAction = (deps: SlackDeps): ButtonListener => async ({ ack, action, body, client, context }) => {
  await ack();
  const { userId, i18n } = personOf(context);
  const { staff, today } = await deps.hazards.registration(userId);
  const fromInspection = readButtonValue(action.value, { tag: 'inspection' });
  if (!fromInspection) {
    await client.views.open({ trigger_id: body.trigger_id, view: hazardRegisterModal(i18n, { staff, today, actorId: userId, metadata: {} }) });
    return;
  }
  const { inspection, unit } = await deps.inspections.get(userId, fromInspection.id);
  const metadata = { inspectionId: inspection.id, ...answerAt(body.response_url) };
  await client.views.open({ trigger_id: body.trigger_id, view: hazardRegisterModal(i18n, { staff, today, actorId: userId, metadata, unit: { value: String(unit.id), label: unit.name }, inspection: inspection.number }) });
};
