import type { AnyMiddlewareArgs, Middleware, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { createI18n } from '../../i18n/index.js';
import type { HomeModel } from '../../domain/home/home.model.js';
import { homeView } from '../blocks/home.view.js';
import type { SlackDeps } from '../deps.js';
import { personOf, userIdOf } from '../person.js';

/** Renders and publishes one person's Home, in their language as stored now (it may just have changed). */
async function publishHome(deps: SlackDeps, client: WebClient, model: HomeModel): Promise<void> {
  const i18n = createI18n(await deps.settings.localeOf(model.actor.userId), deps.config.timezone);
  await client.views.publish({ user_id: model.actor.userId, view: homeView(i18n, model.actor, model.units, model) });
}

/** App Home is built afresh every time it is opened. */
export const appHomeOpened = (deps: SlackDeps): Middleware<SlackEventMiddlewareArgs<'app_home_opened'>> => async ({ event, client, context }) => {
  if (event.tab !== 'home') return;
  const { userId, i18n } = personOf(context);
  const model = await deps.home.home(userId);
  await client.views.publish({ user_id: userId, view: homeView(i18n, model.actor, model.units, model) });
};

/**
 * Keeps Homes current, in one place: a global middleware that, after a person's button press or modal submission has
 * been handled (`await next()`), republishes the Home of that person and of everyone a to-do DM (`hazard_todo`) was
 * queued for meanwhile (someone else's change gave them work). Why here and not in the outbox: the outbox delivers
 * notices rendered from domain events, while a Home is a per-person snapshot of many things (inspections, units,
 * office figures) that any action may change; this adapter sees every action in one place, and the outbox rows the
 * request queued tell it who else is concerned, without touching the services.
 *
 * Only people known to have a Home here are republished: those who opened it (app_home_opened) or pressed a button on
 * it since this process started — Slack sends app_home_opened every time the tab is opened, so anyone else gets a
 * fresh Home when they next look. Slash commands, options and in-modal interactions are left alone. A failed refresh
 * is logged and never shown to the person (their action itself succeeded); a failed action refreshes nothing.
 */
export function homeRefresh(deps: SlackDeps): Middleware<AnyMiddlewareArgs> {
  const viewers = new Set<string>();
  return async ({ body, client, logger, next }) => {
    const b = body as { type?: string; event?: { type?: string; tab?: string }; container?: { type?: string }; view?: { type?: string } };
    const userId = userIdOf(body);
    if (!userId) return next();
    if (b.event?.type === 'app_home_opened') {
      if (b.event.tab === 'home') viewers.add(userId);
      return next();
    }
    const acted = b.type === 'view_submission' || (b.type === 'block_actions' && b.view?.type !== 'modal');
    if (!acted) return next();
    if (b.type === 'block_actions' && b.view?.type === 'home') viewers.add(userId);
    const mark = viewers.size > 0
      ? await deps.home.outboxMark().catch((error: unknown) => void logger.warn('App Home refresh skipped: the outbox position could not be read', error))
      : undefined;
    await next();
    if (mark === undefined) return;
    try {
      const others = await deps.home.todoRecipientsSince(mark);
      const users = [...new Set([userId, ...others])].filter((u) => viewers.has(u));
      if (users.length === 0) return;
      for (const model of await deps.home.homes(users)) await publishHome(deps, client, model);
    } catch (error) {
      logger.error(`App Home refresh failed after an action by ${userId}`, error);
    }
  };
}
