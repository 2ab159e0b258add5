import type { Middleware, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { DomainError } from '../../domain/errors.js';
import { hazardCardBlocks } from '../blocks/hazard-card.blocks.js';
import { section } from '../blocks/elements.js';
import type { SlackDeps } from '../deps.js';
import { parseActionForm } from '../forms/hazard-action.form.js';
import { parseRegisterForm } from '../forms/hazard-register.form.js';
import type { ViewValues } from '../forms/view-state.js';
import { decodeMetadata } from '../metadata.js';
import { personOf } from '../person.js';
import { respondTo } from '../respond.js';
import { answer } from './answer.js';

type SubmitListener = Middleware<SlackViewMiddlewareArgs<ViewSubmitAction>>;

/** The registration modal: every field checked inline first; then registered (YH-…), and the card shown. */
export const registerHazardSubmission = (deps: SlackDeps): SubmitListener => async ({ ack, view, client, context }) => {
  const { userId, i18n } = personOf(context);
  const metadata = decodeMetadata(view.private_metadata);
  const today = deps.access.today();
  const form = parseRegisterForm(i18n, view.state.values as ViewValues, { staff: metadata.staff ?? false, today });
  if (!form.ok) return void (await ack({ response_action: 'errors', errors: form.errors }));
  const dossier = await deps.hazards.register(userId, { ...form.value, inspectionId: metadata.inspectionId ?? null });
  await ack();
  const card = await deps.hazards.view(userId, dossier.hazard.id);
  const text = i18n.t(dossier.hazard.status === 'reported' ? 'hazard.reported_reply' : 'hazard.registered_reply', { number: dossier.hazard.number });
  await answer(client, userId, metadata.responseUrl, { text, blocks: [section(`:white_check_mark: ${text}`), ...hazardCardBlocks(i18n, card)] });
};

/**
 * Every action modal: fields checked inline; the service re-checks state and permission inside its transaction
 * (a stale or refused action changes nothing and says why, via the error handler). The person sees the outcome
 * where they pressed the button; a DM to-do is replaced, so its buttons cannot be pressed twice.
 */
export const hazardActionSubmission = (deps: SlackDeps): SubmitListener => async ({ ack, view, client, context }) => {
  const { userId, i18n } = personOf(context);
  const metadata = decodeMetadata(view.private_metadata);
  if (!metadata.hazardId || !metadata.action) throw new DomainError('hazard.not_found');
  const form = parseActionForm(i18n, metadata.action, view.state.values as ViewValues);
  if (!form.ok) return void (await ack({ response_action: 'errors', errors: form.errors }));
  const dossier = await deps.hazards.perform(userId, metadata.hazardId, metadata.status, form.value);
  await ack();
  const text = i18n.t('hazard.done_reply', { action: i18n.t(`hazard.action.${metadata.action}`), number: dossier.hazard.number, status: i18n.t(`hazard.status.${dossier.hazard.status}`) });
  if (metadata.replace && metadata.responseUrl) return respondTo(metadata.responseUrl, { text: `✅ ${text}`, replaceOriginal: true });
  const card = await deps.hazards.view(userId, dossier.hazard.id);
  await answer(client, userId, metadata.responseUrl, { text, blocks: [section(`:white_check_mark: ${text}`), ...hazardCardBlocks(i18n, card)] });
};
