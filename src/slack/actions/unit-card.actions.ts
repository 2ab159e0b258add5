import type { BlockAction, ButtonAction, Middleware, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { UnitCard } from '../../domain/unit/unit-card.model.js';
import type { I18n } from '../../i18n/index.js';
import { contactLinkModal } from '../blocks/contact-link.modal.js';
import { tierOverrideModal } from '../blocks/tier-override.modal.js';
import { unitCardBlocks } from '../blocks/unit-card.blocks.js';
import { unitModal } from '../blocks/unit-modal.view.js';
import { esc } from '../blocks/elements.js';
import { requireButtonValue } from '../button-value.js';
import type { SlackDeps } from '../deps.js';
import { answerAt } from '../metadata.js';
import { personOf } from '../person.js';

type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>>;
type ButtonListener = Middleware<ButtonArgs>;

/** A unit button's value: the unit's id, and on Unlink the contact's user id (`7:U0123ABC`). */
const unitButton = (value: string | undefined) => requireButtonValue(value, 'unit.not_found', { parts: 1 });

/** A unit id from a button value; a tampered or stale value is "not found", never a crash. */
export const unitIdFrom = (value: string | undefined): number => unitButton(value).id;

export function cardMessage(i18n: I18n, card: UnitCard) {
  return { response_type: 'ephemeral' as const, text: esc(card.unit.name), blocks: unitCardBlocks(i18n, card) };
}

/** "Open" on a search result: the unit's card, below the results. */
export const openUnitAction = (deps: SlackDeps): ButtonListener => async ({ ack, action, respond, context }) => {
  await ack();
  const { userId, i18n } = personOf(context);
  await respond({ ...cardMessage(i18n, await deps.units.card(userId, unitIdFrom(action.value))), replace_original: false });
};

export const editUnitAction = (deps: SlackDeps): ButtonListener => async ({ ack, action, body, client, context }) => {
  await ack();
  const { userId, i18n } = personOf(context);
  const unit = await deps.units.forEdit(userId, unitIdFrom(action.value));
  await client.views.open({ trigger_id: body.trigger_id, view: unitModal(i18n, { mode: 'edit', unit, metadata: { unitId: unit.id, ...answerAt(body.response_url) } }) });
};

export const linkContactAction = (deps: SlackDeps): ButtonListener => async ({ ack, action, body, client, context }) => {
  await ack();
  const { userId, i18n } = personOf(context);
  await deps.access.require(userId, 'unit.link_contact');
  const unit = await deps.units.get(unitIdFrom(action.value));
  await client.views.open({ trigger_id: body.trigger_id, view: contactLinkModal(i18n, unit, { unitId: unit.id, ...answerAt(body.response_url) }) });
};

/** "Unlink" next to a contact (value `unitId:userId`): done at once (the button asks to confirm), card re-rendered. */
export const unlinkContactAction = (deps: SlackDeps): ButtonListener => async ({ ack, action, respond, context }) => {
  await ack();
  const { userId, i18n } = personOf(context);
  const { id: unitId, parts: [contact = ''] } = unitButton(action.value);
  await deps.contacts.unlink(userId, unitId, contact);
  await respond({ ...cardMessage(i18n, await deps.units.card(userId, unitId)), replace_original: true });
};

export const overrideTierAction = (deps: SlackDeps): ButtonListener => async ({ ack, action, body, client, context }) => {
  await ack();
  const { userId, i18n } = personOf(context);
  await deps.access.require(userId, 'unit.override_tier');
  const card = await deps.units.card(userId, unitIdFrom(action.value));
  await client.views.open({ trigger_id: body.trigger_id, view: tierOverrideModal(i18n, { unit: card, metadata: { unitId: card.unit.id, ...answerAt(body.response_url) } }) });
};

export const clearOverrideAction = (deps: SlackDeps): ButtonListener => async ({ ack, action, respond, context }) => {
  await ack();
  const { userId, i18n } = personOf(context);
  const unitId = unitIdFrom(action.value);
  await deps.tiers.clear(userId, unitId);
  const card = await deps.units.card(userId, unitId);
  await respond({ ...cardMessage(i18n, card), replace_original: true });
};
