import type { BlockAction, ButtonAction, Middleware, SlackActionMiddlewareArgs } from '@slack/bolt';
import { DomainError } from '../../domain/errors.js';
import { parsePostButtonValue, reportTitle } from '../blocks/report.blocks.js';
import type { SlackDeps } from '../deps.js';
import { personOf } from '../person.js';

type ButtonListener = Middleware<SlackActionMiddlewareArgs<BlockAction<ButtonAction>>>;

/**
 * "Post to channel" on a `/anjian report` answer: the service re-checks report.post, recomputes the figures and queues
 * them to PUBLIC_CHANNEL (once per answer); the answer is then replaced by "posted".
 */
export const reportPostAction = (deps: SlackDeps): ButtonListener => async ({ ack, action, respond, context }) => {
  await ack();
  const { userId, i18n } = personOf(context);
  const value = parsePostButtonValue(action.value);
  if (!value) throw new DomainError('validation.invalid', { field: 'period' });
  const outcome = await deps.reports.postToChannel(userId, value.label, value.token);
  const title = reportTitle(i18n, outcome.period, 'public');
  const text = outcome.kind === 'no_channel'
    ? i18n.t('report.no_public_channel')
    : i18n.t(outcome.kind === 'posted' ? 'report.posted' : 'report.already_posted', { channel: outcome.channel, title });
  await respond({ response_type: 'ephemeral', replace_original: outcome.kind !== 'no_channel', text });
};
