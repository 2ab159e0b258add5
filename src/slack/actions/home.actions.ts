import type { BlockAction, ButtonAction, Middleware, SlackActionMiddlewareArgs } from '@slack/bolt';
import { isLocale } from '../../i18n/locale.js';
import { assignModal } from '../blocks/inspection.blocks.js';
import { unitModal } from '../blocks/unit-modal.view.js';
import type { SlackDeps } from '../deps.js';
import { personOf } from '../person.js';

type ButtonListener = Middleware<SlackActionMiddlewareArgs<BlockAction<ButtonAction>>>;

/**
 * The language buttons on App Home: the choice is saved; the Home is then republished in the new language by the
 * Home refresh after every action (events/app-home.event.ts), the one place Homes are republished.
 */
export const setLanguageAction = (deps: SlackDeps): ButtonListener => async ({ ack, action, context }) => {
  await ack();
  const { userId } = personOf(context);
  await deps.settings.setLocale(userId, isLocale(action.value) ? action.value : deps.config.locale);
};

/** "Register a unit" on App Home. */
export const openRegisterUnitAction = (deps: SlackDeps): ButtonListener => async ({ ack, body, client, context }) => {
  await ack();
  const { userId, i18n } = personOf(context);
  await deps.access.require(userId, 'unit.register');
  await client.views.open({ trigger_id: body.trigger_id, view: unitModal(i18n, { mode: 'register', metadata: {} }) });
};

/** "Assign an inspection" on App Home: the assignment modal, no unit chosen yet (the answer comes by DM). */
export const openAssignInspectionAction = (deps: SlackDeps): ButtonListener => async ({ ack, body, client, context }) => {
  await ack();
  const { userId, i18n } = personOf(context);
  await deps.access.require(userId, 'inspection.assign');
  await client.views.open({ trigger_id: body.trigger_id, view: assignModal(i18n, { units: [], actorId: userId, today: deps.access.today(), metadata: {} }) });
};
