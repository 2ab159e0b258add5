/** How a failed delivery is retried: by Slack's Retry-After, by backoff, or not at all. */
export type DeliveryFailure =
  | { readonly kind: 'rate_limited'; readonly retryAfterMs: number; readonly reason: string }
  | { readonly kind: 'transient'; readonly reason: string }
  | { readonly kind: 'permanent'; readonly reason: string };

export const BACKOFF_BASE_MS = 1000;
export const BACKOFF_MAX_MS = 5 * 60_000;

/** Exponential backoff after the n-th failed attempt (1 → 1 s, 2 → 2 s, 3 → 4 s …), capped at five minutes. */
export function backoffMs(attempts: number): number {
  return Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
}

/** When the next attempt may run, or null when the message has failed for good. */
export function nextAttemptAt(failure: DeliveryFailure, attempts: number, now: Date): Date | null {
  switch (failure.kind) {
    case 'rate_limited':
      return new Date(now.getTime() + failure.retryAfterMs);
    case 'transient':
      return new Date(now.getTime() + backoffMs(attempts));
    case 'permanent':
      return null;
  }
}
