import type { Middleware, SlackOptionsMiddlewareArgs } from '@slack/bolt';
import { TIER_EMOJI, truncate } from '../blocks/elements.js';
import type { SlackDeps } from '../deps.js';
import { personOf } from '../person.js';

/** Type-ahead for every unit select (external_select `unit_pick`): up to 50 matches, value = the unit id. */
export const unitPickOptions = (deps: SlackDeps): Middleware<SlackOptionsMiddlewareArgs<'block_suggestion'>> => async ({ ack, body, context }) => {
  const { i18n } = personOf(context);
  const units = await deps.units.suggest(body.value ?? '');
  await ack({
    options: units.map((u) => ({
      text: { type: 'plain_text' as const, text: truncate(i18n.t('unit.option', { emoji: TIER_EMOJI[u.tier], name: u.name, town: u.town }), 75) },
      value: String(u.id),
    })),
  });
};
