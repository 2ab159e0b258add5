import { WebClient } from '@slack/web-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeSlackApi } from '../../src/demo/fake-slack-api.js';
import { PeopleNames } from '../../src/slack/people-names.js';

describe('PeopleNames (users.info through the fake Web API)', () => {
  let fake: FakeSlackApi;
  let names: PeopleNames;
  beforeEach(async () => {
    fake = await new FakeSlackApi().start();
    names = new PeopleNames(new WebClient('xoxb-names', { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true }));
  });
  afterEach(() => fake.stop());

  it('uses the real name, else the display name, else the handle', async () => {
    fake.people.set('U1', { realName: '王建国', displayName: '老王' });
    fake.people.set('U2', { realName: '  ', displayName: '小赵' });
    fake.people.set('U3', { realName: '' });
    expect(await names.of('U1')).toBe('王建国');
    expect(await names.of('U2')).toBe('小赵');
    expect(await names.of('U3')).toBe('u3');
  });

  it('asks Slack once per person and answers `known` from what it learnt', async () => {
    fake.people.set('U1', { realName: '王建国' });
    expect(names.known('U1')).toBe('U1');
    await names.prefetch(['U1', 'U1', 'U1']);
    expect(await names.of('U1')).toBe('王建国');
    expect(names.known('U1')).toBe('王建国');
    expect(fake.callsTo('users.info')).toHaveLength(1);
  });

  it('falls back to the Slack user id when Slack says no for good (unknown user, missing scope)', async () => {
    expect(await names.of('UNOBODY')).toBe('UNOBODY');
    fake.script('users.info', { body: { ok: false, error: 'missing_scope', needed: 'users:read' } });
    expect(await names.of('U9')).toBe('U9');
  });

  it('throws on a rate limit or a server error, so that the delivery waiting on it is retried', async () => {
    fake.people.set('U1', { realName: '王建国' });
    fake.script('users.info', { status: 429, retryAfter: 3 }, { status: 500 });
    await expect(names.of('U1')).rejects.toMatchObject({ code: 'slack_webapi_rate_limited_error' });
    await expect(names.of('U1')).rejects.toMatchObject({ code: 'slack_webapi_http_error' });
    expect(await names.of('U1')).toBe('王建国');
  });
});
