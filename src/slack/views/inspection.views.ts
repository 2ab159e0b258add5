import type { Middleware, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { KnownBlock } from '@slack/types';
import { DomainError } from '../../domain/errors.js';
import { section } from '../blocks/elements.js';
import { inspectionBlocks } from '../blocks/inspection.blocks.js';
import { tierLabel } from '../blocks/tier-text.js';
import { unitCardBlocks } from '../blocks/unit-card.blocks.js';
import type { SlackDeps } from '../deps.js';
import { parseAccidentForm } from '../forms/accident.form.js';
import { parseAssignForm, parseResultForm } from '../forms/inspection.form.js';
import type { ViewValues } from '../forms/view-state.js';
import { decodeMetadata } from '../metadata.js';
import { personOf } from '../person.js';
import { answer } from './answer.js';

type SubmitListener = Middleware<SlackViewMiddlewareArgs<ViewSubmitAction>>;

/** The assignment modal: one inspection (JC-…) per unit; staffing and the yearly cap are checked by the service. */
export const assignSubmission = (deps: SlackDeps): SubmitListener => async ({ ack, view, client, context }) => {
  const { userId, i18n } = personOf(context);
  const form = parseAssignForm(i18n, view.state.values as ViewValues);
  if (!form.ok) return void (await ack({ response_action: 'errors', errors: form.errors }));
  const created = await deps.inspections.assign(userId, form.value);
  await ack();
  const metadata = decodeMetadata(view.private_metadata);
  const text = i18n.t('inspection.assigned_reply', { count: created.length, numbers: created.map((c) => c.number).join(i18n.t('common.list_separator')) });
  const blocks: KnownBlock[] = [section(`:white_check_mark: ${text}`)];
  for (const inspection of created) blocks.push(...inspectionBlocks(i18n, { inspection, unit: await deps.units.get(inspection.unitId), mayRecord: false }));
  await answer(client, userId, metadata.responseUrl, { text, blocks });
};

/** The result modal: done (with the day, summary, findings) or cancelled; then a button to register hazards found. */
export const resultSubmission = (deps: SlackDeps): SubmitListener => async ({ ack, view, client, context }) => {
  const { userId, i18n } = personOf(context);
  const form = parseResultForm(i18n, view.state.values as ViewValues);
  if (!form.ok) return void (await ack({ response_action: 'errors', errors: form.errors }));
  const metadata = decodeMetadata(view.private_metadata);
  if (!metadata.inspectionId) throw new DomainError('inspection.not_found');
  const inspection = await deps.inspections.record(userId, metadata.inspectionId, form.value);
  await ack();
  const text = i18n.t(inspection.status === 'done' ? 'inspection.recorded_reply' : 'inspection.cancelled_reply', { number: inspection.number });
  const unit = await deps.units.get(inspection.unitId);
  await answer(client, userId, metadata.responseUrl, { text, blocks: [section(`:white_check_mark: ${text}`), ...inspectionBlocks(i18n, { inspection, unit, mayRecord: false })] });
};

/** The accident modal: graded from its numbers; the unit's tier follows (red for 较大 and above). */
export const accidentSubmission = (deps: SlackDeps): SubmitListener => async ({ ack, view, client, context }) => {
  const { userId, i18n } = personOf(context);
  const metadata = decodeMetadata(view.private_metadata);
  const today = deps.access.today();
  const form = parseAccidentForm(i18n, view.state.values as ViewValues, today);
  if (!form.ok) return void (await ack({ response_action: 'errors', errors: form.errors }));
  if (!metadata.unitId) throw new DomainError('unit.not_found');
  const { grade, evaluation } = await deps.accidents.record(userId, metadata.unitId, form.value);
  await ack();
  const card = await deps.units.card(userId, metadata.unitId);
  const text = i18n.t('accident.recorded_reply', { grade: i18n.t(`accident.${grade}`), tier: tierLabel(i18n, evaluation.tier) });
  await answer(client, userId, metadata.responseUrl, { text, blocks: [section(`:white_check_mark: ${text}`), ...unitCardBlocks(i18n, card)] });
};
