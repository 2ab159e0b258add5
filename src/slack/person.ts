import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { createI18n, type I18n, type Locale } from '../i18n/index.js';
import type { AckTracker } from './ack-tracking.receiver.js';

/** The person a request comes from, in their language. Set on `context.person` for every request. */
export interface Person {
  readonly userId: string;
  readonly i18n: I18n;
}

/** The Slack user id behind any payload we handle (commands, interactivity, options, App Home events). */
export function userIdOf(body: unknown): string | undefined {
  const b = (body ?? {}) as { user_id?: unknown; user?: { id?: unknown } | string; event?: { user?: unknown } };
  if (typeof b.user_id === 'string') return b.user_id;
  if (typeof b.user === 'object' && typeof b.user?.id === 'string') return b.user.id;
  if (typeof b.event?.user === 'string') return b.event.user;
  return undefined;
}

export function personMiddleware(deps: { localeOf: (userId: string) => Promise<Locale>; defaultLocale: Locale; timezone: string }): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const userId = userIdOf(body);
    const locale = userId ? await deps.localeOf(userId) : deps.defaultLocale;
    context.person = { userId: userId ?? '', i18n: createI18n(locale, deps.timezone) } satisfies Person;
    await next();
  };
}

export function personOf(context: Record<string, unknown>): Person {
  const person = context.person as Person | undefined;
  if (!person?.userId) throw new Error('no person in this request');
  return person;
}

export function ackTrackerOf(context: Record<string, unknown>): AckTracker | undefined {
  return context.ackTracker as AckTracker | undefined;
}
