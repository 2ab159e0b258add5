import type { DeliveryFailure } from '../outbox/retry-policy.js';

/** A delivery that can never succeed as queued (its parent message is missing, it cannot be rendered …). */
export class PermanentDeliveryError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'PermanentDeliveryError';
  }
}

/** Slack `ok:false` errors that are worth retrying; every other platform error is final. */
const TRANSIENT_PLATFORM_ERRORS = new Set(['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout', 'ratelimited', 'rate_limited', 'team_added_to_org']);

/** Used when Slack answers 429 without a usable Retry-After. */
export const DEFAULT_RETRY_AFTER_MS = 30_000;

/**
 * Sorts a Web API failure (the client makes one attempt: retries 0, rejectRateLimitedCalls) into rate-limited
 * (wait as Slack says), transient (back off and retry: 5xx, network, timeouts) or permanent (record and stop).
 */
export function classifySlackError(error: unknown): DeliveryFailure {
  if (error instanceof PermanentDeliveryError) return { kind: 'permanent', reason: error.reason };
  const e = (error ?? {}) as { code?: string; retryAfter?: number; statusCode?: number; data?: { error?: string }; message?: string };
  switch (e.code) {
    case 'slack_webapi_rate_limited_error':
      return { kind: 'rate_limited', retryAfterMs: Math.max(1, e.retryAfter ?? DEFAULT_RETRY_AFTER_MS / 1000) * 1000, reason: 'ratelimited' };
    case 'slack_webapi_http_error':
      return { kind: 'transient', reason: `http_${e.statusCode ?? 'error'}` };
    case 'slack_webapi_request_error':
      return { kind: 'transient', reason: 'network' };
    case 'slack_webapi_platform_error': {
      const code = e.data?.error ?? 'unknown_platform_error';
      return TRANSIENT_PLATFORM_ERRORS.has(code) ? { kind: 'transient', reason: code } : { kind: 'permanent', reason: code };
    }
  }
  if (/rate limit/i.test(e.message ?? '')) return { kind: 'rate_limited', retryAfterMs: DEFAULT_RETRY_AFTER_MS, reason: 'ratelimited' };
  return { kind: 'transient', reason: (e.message ?? String(error)).slice(0, 200) };
}
