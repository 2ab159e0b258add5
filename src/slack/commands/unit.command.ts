import type { Middleware, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { decodeSlackEntities } from '../../domain/mention.js';
import { accidentModal } from '../blocks/accident.modal.js';
import { section } from '../blocks/elements.js';
import { helpBlocks, helpText } from '../blocks/help.blocks.js';
import { tierOverrideModal } from '../blocks/tier-override.modal.js';
import { unitModal } from '../blocks/unit-modal.view.js';
import { unitSearchBlocks, unitSearchText } from '../blocks/unit-search.blocks.js';
import type { SlackDeps } from '../deps.js';
import { personOf } from '../person.js';

/** `/unit` opens the unit modal; `/unit help`; `/unit tier [text]` the override modal; `/unit <text>` searches. */
export const unitCommand = (deps: SlackDeps): Middleware<SlackCommandMiddlewareArgs> => async ({ command, ack, respond, client, context }) => {
  await ack();
  const { userId, i18n } = personOf(context);
  const text = decodeSlackEntities(command.text).trim();
  const [first = '', ...rest] = text.split(/\s+/);
  const metadata = { responseUrl: command.response_url };

  if (text === '') {
    await deps.access.require(userId, 'unit.register');
    await client.views.open({ trigger_id: command.trigger_id, view: unitModal(i18n, { mode: 'register', metadata }) });
    return;
  }
  if (['help', '帮助'].includes(first.toLowerCase()) && rest.length === 0) {
    await respond({ response_type: 'ephemeral', text: helpText(i18n, 'unit'), blocks: helpBlocks(i18n, 'unit') });
    return;
  }
  if (['accident', '事故'].includes(first.toLowerCase()) && rest.length > 0) {
    await deps.access.require(userId, 'accident.record');
    const matches = await deps.units.search(userId, rest.join(' '));
    if (matches.total === 1) {
      const today = deps.access.today();
      await client.views.open({ trigger_id: command.trigger_id, view: accidentModal(i18n, { unit: matches.units[0]!, today, metadata }) });
    } else {
      await respond({ response_type: 'ephemeral', text: i18n.t('accident.pick_unit'), blocks: [section(i18n.t('accident.pick_unit')), ...unitSearchBlocks(i18n, rest.join(' '), matches)] });
    }
    return;
  }
  if (['tier', '等级'].includes(first.toLowerCase())) {
    await deps.access.require(userId, 'unit.override_tier');
    const matches = rest.length ? await deps.units.search(userId, rest.join(' ')) : { units: [], total: 0 };
    const only = matches.total === 1 ? await deps.units.card(userId, matches.units[0]!.id) : undefined;
    await client.views.open({ trigger_id: command.trigger_id, view: tierOverrideModal(i18n, { ...(only ? { unit: only } : {}), metadata: { ...metadata, ...(only ? { unitId: only.unit.id } : {}) } }) });
    return;
  }
  const result = await deps.units.search(userId, text);
  await respond({ response_type: 'ephemeral', text: unitSearchText(i18n, text, result.total), blocks: unitSearchBlocks(i18n, text, result) });
};
