import type { Middleware, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { DomainError } from '../../domain/errors.js';
import { section } from '../blocks/elements.js';
import { unitCardBlocks } from '../blocks/unit-card.blocks.js';
import type { SlackDeps } from '../deps.js';
import { parseUnitForm } from '../forms/unit.form.js';
import type { ViewValues } from '../forms/view-state.js';
import { decodeMetadata } from '../metadata.js';
import { personOf } from '../person.js';
import { answer } from './answer.js';

type SubmitListener = Middleware<SlackViewMiddlewareArgs<ViewSubmitAction>>;

/**
 * Register and edit submissions. Field problems are answered inline before anything is saved; the service checks
 * permission and the duplicate credit code in its transaction (a DomainError on a field lands inline via the error
 * handler). After the modal closes, the unit's card is shown where the person opened it.
 */
export const unitSubmission = (deps: SlackDeps, mode: 'register' | 'edit'): SubmitListener => async ({ ack, view, body, client, context }) => {
  const { userId, i18n } = personOf(context);
  const form = parseUnitForm(i18n, view.state.values as ViewValues);
  if (!form.ok) return void (await ack({ response_action: 'errors', errors: form.errors }));
  const metadata = decodeMetadata(view.private_metadata);
  if (mode === 'edit' && metadata.unitId === undefined) throw new DomainError('unit.not_found');
  const card = mode === 'register' ? await deps.units.register(userId, form.value) : await deps.units.update(userId, metadata.unitId!, form.value);
  await ack();
  const text = i18n.t(mode === 'register' ? 'unit.registered' : 'unit.updated', { name: card.unit.name });
  await answer(client, body.user.id, metadata.responseUrl, { text, blocks: [section(`:white_check_mark: ${text}`), ...unitCardBlocks(i18n, card)] });
};
