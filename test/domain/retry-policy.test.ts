import { WebAPIHTTPError, WebAPIPlatformError, WebAPIRateLimitedError, WebAPIRequestError } from '@slack/web-api';
import { describe, expect, it } from 'vitest';
import { backoffMs, nextAttemptAt, type DeliveryFailure } from '../../src/outbox/retry-policy.js';
import { classifySlackError, PermanentDeliveryError } from '../../src/slack/delivery-errors.js';

describe(backoffMs.name, () => {
  it.each([
    [1, 1000],
    [2, 2000],
    [3, 4000],
    [4, 8000],
    [5, 16000],
    [9, 256000],
    [10, 300000],
    [11, 300000],
    [50, 300000],
    [10000, 300000],
  ])('waits after attempt %i for %i ms', (attempts, ms) => {
    expect(backoffMs(attempts)).toBe(ms);
  });
});

describe(nextAttemptAt.name, () => {
  const NOW = new Date('2026-11-30T08:00:00.000Z');

  it.each<[string, DeliveryFailure, number, string | null]>([
    ['a rate-limited failure after Retry-After', { kind: 'rate_limited', retryAfterMs: 7000, reason: 'ratelimited' }, 1, '2026-11-30T08:00:07.000Z'],
    ['a rate-limited failure regardless of attempts', { kind: 'rate_limited', retryAfterMs: 30000, reason: 'ratelimited' }, 9, '2026-11-30T08:00:30.000Z'],
    ['a transient failure after the first attempt', { kind: 'transient', reason: 'network' }, 1, '2026-11-30T08:00:01.000Z'],
    ['a transient failure after the third attempt', { kind: 'transient', reason: 'http_500' }, 3, '2026-11-30T08:00:04.000Z'],
    ['a transient failure after many attempts, capped', { kind: 'transient', reason: 'network' }, 40, '2026-11-30T08:05:00.000Z'],
    ['never for a permanent failure', { kind: 'permanent', reason: 'channel_not_found' }, 1, null],
  ])('retries %s', (_label, failure, attempts, expected) => {
    const at = nextAttemptAt(failure, attempts, NOW);
    expect(at === null ? null : at.toISOString()).toBe(expected);
  });

  it('does not change the given time', () => {
    nextAttemptAt({ kind: 'transient', reason: 'x' }, 2, NOW);
    expect(NOW.toISOString()).toBe('2026-11-30T08:00:00.000Z');
  });
});

describe(classifySlackError.name, () => {
  it.each<[string, unknown, DeliveryFailure]>([
    ['a rate-limited error with Retry-After', { code: 'slack_webapi_rate_limited_error', retryAfter: 7 }, { kind: 'rate_limited', retryAfterMs: 7000, reason: 'ratelimited' }],
    ['a rate-limited error without Retry-After', { code: 'slack_webapi_rate_limited_error' }, { kind: 'rate_limited', retryAfterMs: 30000, reason: 'ratelimited' }],
    ['a platform error that cannot succeed', { code: 'slack_webapi_platform_error', data: { ok: false, error: 'channel_not_found' } }, { kind: 'permanent', reason: 'channel_not_found' }],
    ['not_in_channel', { code: 'slack_webapi_platform_error', data: { ok: false, error: 'not_in_channel' } }, { kind: 'permanent', reason: 'not_in_channel' }],
    ['invalid_blocks', { code: 'slack_webapi_platform_error', data: { ok: false, error: 'invalid_blocks' } }, { kind: 'permanent', reason: 'invalid_blocks' }],
    ['a permanent delivery error', new PermanentDeliveryError('no_parent:x'), { kind: 'permanent', reason: 'no_parent:x' }],
    ['a plain error mentioning a rate limit', new Error('A rate limit was exceeded, retry later'), { kind: 'rate_limited', retryAfterMs: 30000, reason: 'ratelimited' }],
  ])('classifies %s', (_label, error, expected) => {
    expect(classifySlackError(error)).toEqual(expected);
  });

  it.each<[string, unknown]>([
    ['an HTTP 500', { code: 'slack_webapi_http_error', statusCode: 500 }],
    ['an HTTP 503', { code: 'slack_webapi_http_error', statusCode: 503 }],
    ['a network error', { code: 'slack_webapi_request_error', original: new Error('ECONNRESET') }],
    ['internal_error', { code: 'slack_webapi_platform_error', data: { ok: false, error: 'internal_error' } }],
    ['fatal_error', { code: 'slack_webapi_platform_error', data: { ok: false, error: 'fatal_error' } }],
    ['service_unavailable', { code: 'slack_webapi_platform_error', data: { ok: false, error: 'service_unavailable' } }],
    ['request_timeout', { code: 'slack_webapi_platform_error', data: { ok: false, error: 'request_timeout' } }],
    ['an unknown plain error', new Error('socket hang up')],
    ['undefined', undefined],
    ['a string', 'boom'],
  ])('treats %s as transient', (_label, error) => {
    expect(classifySlackError(error).kind).toBe('transient');
  });

  it('names the HTTP status and the platform error in the reason', () => {
    expect(classifySlackError({ code: 'slack_webapi_http_error', statusCode: 502 })).toEqual({ kind: 'transient', reason: 'http_502' });
    expect(classifySlackError({ code: 'slack_webapi_platform_error', data: { error: 'internal_error' } })).toEqual({ kind: 'transient', reason: 'internal_error' });
    expect(classifySlackError({ code: 'slack_webapi_request_error' })).toEqual({ kind: 'transient', reason: 'network' });
  });

  describe('with real @slack/web-api errors', () => {
    it.each<[string, () => Error, DeliveryFailure]>([
      ['WebAPIRateLimitedError(7)', () => new WebAPIRateLimitedError(7), { kind: 'rate_limited', retryAfterMs: 7000, reason: 'ratelimited' }],
      ['WebAPIHTTPError(500)', () => new WebAPIHTTPError(500, 'Internal Server Error', {}), { kind: 'transient', reason: 'http_500' }],
      ['WebAPIRequestError', () => new WebAPIRequestError(new Error('getaddrinfo ENOTFOUND slack.com')), { kind: 'transient', reason: 'network' }],
      ['WebAPIPlatformError(channel_not_found)', () => new WebAPIPlatformError({ ok: false, error: 'channel_not_found' }), { kind: 'permanent', reason: 'channel_not_found' }],
      ['WebAPIPlatformError(internal_error)', () => new WebAPIPlatformError({ ok: false, error: 'internal_error' }), { kind: 'transient', reason: 'internal_error' }],
    ])('classifies %s', (_label, make, expected) => {
      expect(classifySlackError(make())).toEqual(expected);
    });
  });
});

describe(PermanentDeliveryError.name, () => {
  it('is an Error carrying its reason', () => {
    const error = new PermanentDeliveryError('no_parent:42');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('PermanentDeliveryError');
    expect(error.reason).toBe('no_parent:42');
    expect(error.message).toBe('no_parent:42');
  });
});
