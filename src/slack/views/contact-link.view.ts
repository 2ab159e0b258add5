import type { Middleware, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { DomainError } from '../../domain/errors.js';
import { section } from '../blocks/elements.js';
import { unitCardBlocks } from '../blocks/unit-card.blocks.js';
import type { SlackDeps } from '../deps.js';
import { parseContactLinkForm } from '../forms/contact-link.form.js';
import type { ViewValues } from '../forms/view-state.js';
import { decodeMetadata } from '../metadata.js';
import { personOf } from '../person.js';
import { answer } from './answer.js';

export const contactLinkSubmission = (deps: SlackDeps): Middleware<SlackViewMiddlewareArgs<ViewSubmitAction>> => async ({ ack, view, client, context }) => {
  const { userId, i18n } = personOf(context);
  const form = parseContactLinkForm(i18n, view.state.values as ViewValues);
  if (!form.ok) return void (await ack({ response_action: 'errors', errors: form.errors }));
  const { unitId, responseUrl } = decodeMetadata(view.private_metadata);
  if (unitId === undefined) throw new DomainError('unit.not_found');
  const result = await deps.contacts.link(userId, unitId, form.value.userIds);
  await ack();
  const card = await deps.units.card(userId, unitId);
  const mention = (ids: string[]) => i18n.list(ids.map((id) => `<@${id}>`));
  const lines = [
    result.linked.length ? i18n.t('contact.linked_reply', { users: mention(result.linked), unit: card.unit.name }) : '',
    result.already.length ? i18n.t('contact.already_reply', { users: mention(result.already) }) : '',
  ].filter(Boolean);
  await answer(client, userId, responseUrl, { text: lines.join(' '), blocks: [section(lines.join('\n')), ...unitCardBlocks(i18n, card)] });
};
