import type { Middleware, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { DomainError } from '../../domain/errors.js';
import { formatDocumentNumber } from '../../domain/numbering.js';
import { section } from '../blocks/elements.js';
import type { SlackDeps } from '../deps.js';
import { offeredHazards, parseInspectionOrderForm } from '../forms/inspection-order.form.js';
import type { ViewValues } from '../forms/view-state.js';
import { decodeMetadata } from '../metadata.js';
import { personOf } from '../person.js';
import { answer } from './answer.js';

/** The inspection's order modal: one order for the chosen hazards (checked again, all or none, by the service). */
export const inspectionOrderSubmission = (deps: SlackDeps): Middleware<SlackViewMiddlewareArgs<ViewSubmitAction>> => async ({ ack, view, client, context }) => {
  const { userId, i18n } = personOf(context);
  const form = parseInspectionOrderForm(i18n, view.state.values as ViewValues, offeredHazards(view.blocks));
  if (!form.ok) return void (await ack({ response_action: 'errors', errors: form.errors }));
  const metadata = decodeMetadata(view.private_metadata);
  if (!metadata.inspectionId) throw new DomainError('inspection.not_found');
  const { number, hazards } = await deps.hazards.issueInspectionOrder(userId, metadata.inspectionId, form.value);
  await ack();
  const order = hazards[0]!.orders.at(-1)!;
  const document = order.document ? formatDocumentNumber('order', deps.config.office.numberPrefix, order.document.year, order.document.serial) : number;
  const text = i18n.t('inspection.order.done_reply', { number, document, count: hazards.length, hazards: i18n.list(hazards.map((d) => d.hazard.number)) });
  await answer(client, userId, metadata.responseUrl, { text, blocks: [section(`:white_check_mark: ${text}`)] });
};
