import type { Middleware, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { helpBlocks, helpText, type HelpTopic } from '../blocks/help.blocks.js';
import { personOf } from '../person.js';

/** `/hazard` and `/inspect` until their features land: an honest answer with what is coming, never silence. */
export const comingSoonCommand = (topic: Extract<HelpTopic, 'hazard' | 'inspect'>): Middleware<SlackCommandMiddlewareArgs> => async ({ ack, respond, context }) => {
  await ack();
  const { i18n } = personOf(context);
  await respond({ response_type: 'ephemeral', text: helpText(i18n, topic), blocks: helpBlocks(i18n, topic) });
};
