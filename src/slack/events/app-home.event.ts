import type { Middleware, SlackEventMiddlewareArgs } from '@slack/bolt';
import { homeView } from '../blocks/home.view.js';
import type { SlackDeps } from '../deps.js';
import { personOf } from '../person.js';

/** App Home is rendered afresh every time it is opened. */
export const appHomeOpened = (deps: SlackDeps): Middleware<SlackEventMiddlewareArgs<'app_home_opened'>> => async ({ event, client, context }) => {
  if (event.tab !== 'home') return;
  const { i18n } = personOf(context);
  const actor = await deps.access.actor(event.user);
  await client.views.publish({ user_id: event.user, view: homeView(i18n, actor, await deps.units.ofContact(event.user)) });
};
