import type { Middleware, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { section } from '../blocks/elements.js';
import { tierLabel } from '../blocks/tier-text.js';
import { unitCardBlocks } from '../blocks/unit-card.blocks.js';
import type { SlackDeps } from '../deps.js';
import { parseTierOverrideForm } from '../forms/tier-override.form.js';
import type { ViewValues } from '../forms/view-state.js';
import { decodeMetadata } from '../metadata.js';
import { personOf } from '../person.js';
import { answer } from './answer.js';

export const tierOverrideSubmission = (deps: SlackDeps): Middleware<SlackViewMiddlewareArgs<ViewSubmitAction>> => async ({ ack, view, client, context }) => {
  const { userId, i18n } = personOf(context);
  const metadata = decodeMetadata(view.private_metadata);
  const form = parseTierOverrideForm(i18n, view.state.values as ViewValues, metadata.unitId);
  if (!form.ok) return void (await ack({ response_action: 'errors', errors: form.errors }));
  const { unitId, ...override } = form.value;
  const evaluation = await deps.tiers.override(userId, unitId, override);
  await ack();
  const card = await deps.units.card(userId, unitId);
  const text = i18n.t('override.saved', { unit: card.unit.name, tier: tierLabel(i18n, evaluation.tier) });
  await answer(client, userId, metadata.responseUrl, { text, blocks: [section(`:white_check_mark: ${text}`), ...unitCardBlocks(i18n, card)] });
};
