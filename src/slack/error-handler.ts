import type { Logger } from '@slack/bolt';
import type { View } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import { createI18n, type Locale } from '../i18n/index.js';
import type { AppLogger } from '../logger.js';
import type { AckTracker } from './ack-tracking.receiver.js';
import { errorModal } from './blocks/error.view.js';
import { presentError } from './error-message.js';
import { ackTrackerOf, userIdOf, type Person } from './person.js';
import { respondTo } from './respond.js';

interface ErrorArgs {
  readonly error: Error;
  readonly body: unknown;
  readonly context: Record<string, unknown>;
  readonly logger: Logger;
}

interface Body {
  type?: string;
  command?: string;
  response_url?: string;
  trigger_id?: string;
  container?: { type?: string };
  view?: View & { type?: string; blocks?: { type: string; block_id?: string }[] };
}

/**
 * The one place errors reach people. A refused action (DomainError) says why in the person's language; anything else
 * gets a short id that is also in the log. Where it is shown depends on what the person was doing: inline on a modal
 * field, a modal pushed over the form (input kept), an ephemeral answer to a command or button, or a DM.
 * It never throws: an error while showing an error is logged, and the process carries on.
 */
export function createErrorHandler(deps: { client: WebClient; logger: AppLogger; defaultLocale: Locale; timezone: string }) {
  return async ({ error, body, context }: ErrorArgs): Promise<void> => {
    const person = (context.person as Person | undefined) ?? { userId: userIdOf(body) ?? '', i18n: createI18n(deps.defaultLocale, deps.timezone) };
    const shown = presentError(person.i18n, error);
    const message = shown.errorId ? person.i18n.t('error.unexpected', { id: shown.errorId }) : shown.message;
    if (shown.errorId) deps.logger.error(`[${shown.errorId}] unexpected error for ${person.userId || 'unknown user'}:`, error);
    else deps.logger.info(`refused for ${person.userId}: ${(error as { code?: string }).code ?? error.message}`);
    try {
      await show(body as Body, ackTrackerOf(context), person, message, shown.field, deps.client);
    } catch (showError) {
      deps.logger.error(`could not show an error to ${person.userId}:`, showError);
    }
  };
}

async function show(body: Body, tracker: AckTracker | undefined, person: Person, message: string, field: string | undefined, client: WebClient): Promise<void> {
  const pending = tracker && !tracker.acked ? tracker : undefined;
  const dm = () => client.chat.postMessage({ channel: person.userId, text: message });

  if (body.type === 'view_submission') {
    if (!pending) return void (await dm());
    const inline = field && body.view?.blocks?.some((b) => b.type === 'input' && b.block_id === field);
    return pending.ack(inline ? { response_action: 'errors', errors: { [field]: message } } : { response_action: 'push', view: errorModal(person.i18n, message) });
  }
  if (body.command) {
    if (pending) return pending.ack({ response_type: 'ephemeral', text: message });
    if (body.response_url) return respondTo(body.response_url, { text: message });
    return void (await dm());
  }
  if (body.type === 'block_suggestion') return pending?.ack({ options: [] });
  if (body.type === 'block_actions') {
    await pending?.ack();
    if (body.response_url && body.container?.type === 'message') return respondTo(body.response_url, { text: message });
    if (body.trigger_id && body.view?.type === 'modal') return void (await client.views.push({ trigger_id: body.trigger_id, view: errorModal(person.i18n, message) }));
    if (body.trigger_id && body.view?.type === 'home') return void (await client.views.open({ trigger_id: body.trigger_id, view: errorModal(person.i18n, message) }));
    return void (await dm());
  }
  await pending?.ack();
}
