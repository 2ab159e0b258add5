import type { BlockAction, ButtonAction, Middleware, SlackActionMiddlewareArgs } from '@slack/bolt';
import { createI18n } from '../../i18n/index.js';
import { isLocale } from '../../i18n/locale.js';
import { homeView } from '../blocks/home.view.js';
import { unitModal } from '../blocks/unit-modal.view.js';
import type { SlackDeps } from '../deps.js';
import { personOf } from '../person.js';

type ButtonListener = Middleware<SlackActionMiddlewareArgs<BlockAction<ButtonAction>>>;

/** The language buttons on App Home: saved, then Home re-rendered in the new language. */
export const setLanguageAction = (deps: SlackDeps): ButtonListener => async ({ ack, action, client, context }) => {
  await ack();
  const { userId } = personOf(context);
  const locale = isLocale(action.value) ? action.value : deps.config.locale;
  await deps.settings.setLocale(userId, locale);
  const actor = await deps.access.actor(userId);
  const units = await deps.units.ofContact(userId);
  await client.views.publish({ user_id: userId, view: homeView(createI18n(locale, deps.config.timezone), actor, units) });
};

/** "Register a unit" on App Home. */
export const openRegisterUnitAction = (deps: SlackDeps): ButtonListener => async ({ ack, body, client, context }) => {
  await ack();
  const { userId, i18n } = personOf(context);
  await deps.access.require(userId, 'unit.register');
  await client.views.open({ trigger_id: body.trigger_id, view: unitModal(i18n, { mode: 'register', metadata: {} }) });
};
