import type { Middleware, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { decodeSlackEntities } from '../../domain/mention.js';
import { parseRecordNumber } from '../../domain/numbering.js';
import { helpBlocks, helpText } from '../blocks/help.blocks.js';
import { assignModal, dueListBlocks, inspectionBlocks, mineBlocks, resultModal } from '../blocks/inspection.blocks.js';
import type { SlackDeps } from '../deps.js';
import { personOf } from '../person.js';

/**
 * `/inspect` opens the assignment modal; `/inspect due` lists units due this period; `/inspect mine` one's planned
 * inspections; `/inspect JC-2026-0001` opens its result modal (or shows it once recorded); anything else: help.
 */
export const inspectCommand = (deps: SlackDeps): Middleware<SlackCommandMiddlewareArgs> => async ({ command, ack, respond, client, context }) => {
  await ack();
  const { userId, i18n } = personOf(context);
  const [first = '', ...rest] = decodeSlackEntities(command.text).trim().split(/\s+/).filter(Boolean);
  const word = first.toLowerCase();
  const metadata = { responseUrl: command.response_url };
  if (!first) {
    await deps.access.require(userId, 'inspection.assign');
    const today = deps.access.today();
    await client.views.open({ trigger_id: command.trigger_id, view: assignModal(i18n, { units: [], actorId: userId, today, metadata }) });
    return;
  }
  if (word === 'due' && rest.length === 0) {
    const due = await deps.inspections.due(userId);
    await respond({ response_type: 'ephemeral', text: i18n.t('inspection.due.title', { total: due.total }), blocks: dueListBlocks(i18n, due) });
    return;
  }
  if (word === 'mine' && rest.length === 0) {
    const mine = await deps.inspections.mine(userId);
    await respond({ response_type: 'ephemeral', text: i18n.t('inspection.mine.title', { total: mine.length }), blocks: mineBlocks(i18n, mine) });
    return;
  }
  if (parseRecordNumber(first)?.prefix === 'JC' && rest.length === 0) {
    const found = await deps.inspections.get(userId, first.toUpperCase());
    if (found.mayRecord) {
      const today = deps.access.today();
      await client.views.open({ trigger_id: command.trigger_id, view: resultModal(i18n, { ...found, today, metadata }) });
    } else {
      await respond({ response_type: 'ephemeral', text: found.inspection.number, blocks: inspectionBlocks(i18n, found) });
    }
    return;
  }
  const unknown = word === 'help' || word === '帮助' ? undefined : first;
  await respond({ response_type: 'ephemeral', text: helpText(i18n, 'inspect', unknown), blocks: helpBlocks(i18n, 'inspect', unknown) });
};
