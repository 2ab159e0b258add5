import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort, spawnApp, startApp } from '../support/app-process.js';
import { FakeSlack, waitFor } from '../support/fake-slack.js';
import { newTriggerId, SIGNING_SECRET, slashCommand, SlackSender } from '../support/slack-requests.js';

describe('the app process', () => {
  it('refuses to start on bad configuration, naming every bad variable, exit code 78, no secret printed', async () => {
    const app = spawnApp({ SLACK_BOT_TOKEN: 'xoxp-TOPSECRET-user-token', SLACK_SIGNING_SECRET: 'not-hex-SECRET', PORT: 'eighty', APP_LOCALE: 'fr', DIGEST_CRON: 'every morning' });
    expect(await app.exited).toBe(78);
    const out = app.output();
    for (const name of ['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'PORT', 'APP_LOCALE', 'DIGEST_CRON']) expect(out).toContain(`- ${name} `);
    expect(out).not.toContain('TOPSECRET');
    expect(out).not.toContain('not-hex-SECRET');
  });

  it('stops with exit code 78 and a clear message when Slack rejects the bot token', async () => {
    const fake = await new FakeSlack().start();
    fake.handle('auth.test', () => ({ ok: false, error: 'invalid_auth' }));
    const app = spawnApp({ SLACK_BOT_TOKEN: 'xoxb-revoked-token', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, PORT: String(await freePort()), DATABASE_URL: `sqlite:${join(mkdtempSync(join(tmpdir(), 'anjian-p-')), 'a.sqlite')}` });
    expect(await app.exited).toBe(78);
    expect(app.output()).toContain('Slack rejected SLACK_BOT_TOKEN (invalid_auth)');
    expect(app.output()).not.toContain('xoxb-revoked-token');
    await fake.stop();
  });

  it('reads a .env file in its working directory, creates the SQLite directory, and shuts down gracefully on SIGTERM', async () => {
    const fake = await new FakeSlack().start();
    const dir = mkdtempSync(join(tmpdir(), 'anjian-dotenv-'));
    writeFileSync(join(dir, '.env'), `# anjian\nSLACK_BOT_TOKEN=xoxb-from-dotenv\nSLACK_SIGNING_SECRET=${SIGNING_SECRET}\nSLACK_API_URL=${fake.apiUrl}\nADMIN_USER_IDS=UADMIN0001\n`);
    const app = await startApp({}, dir);
    expect(existsSync(join(dir, 'data', 'anjian.sqlite'))).toBe(true);
    expect(fake.callsTo('auth.test')[0]!.auth).toBe('Bearer xoxb-from-dotenv');
    // a request in flight when SIGTERM arrives is finished
    const triggerId = newTriggerId();
    await new SlackSender(app.url).command(slashCommand({ command: '/unit', user: 'UADMIN0001', responseUrl: fake.responseUrl('t'), triggerId }));
    expect(await app.stop('SIGTERM')).toBe(0);
    expect(fake.callsTo('views.open').some((c) => c.args.trigger_id === triggerId)).toBe(true);
    expect(app.output()).toMatch(/SIGTERM received[\s\S]*stopping: no new requests[\s\S]*stopped/);
    await expect(fetch(`${app.url}/healthz`)).rejects.toThrow();
    await fake.stop();
  });

  it('delivers after a restart what it queued while Slack was down', async () => {
    const fake = await new FakeSlack().start();
    const dir = mkdtempSync(join(tmpdir(), 'anjian-restart-'));
    const env = { SLACK_BOT_TOKEN: 'xoxb-restart', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, ADMIN_USER_IDS: 'UADMIN0001', DATABASE_URL: `sqlite:${join(dir, 'a.sqlite')}` };
    for (let i = 0; i < 20; i++) fake.script('conversations.open', { status: 503 });
    const first = await startApp(env);
    const sender = new SlackSender(first.url);
    await sender.command(slashCommand({ command: '/anjian', text: 'role <@UNEWBIE001|new> expert', user: 'UADMIN0001', responseUrl: fake.responseUrl('grant') }));
    await waitFor(() => fake.responses.find((r) => r.id === 'grant'));
    await waitFor(() => fake.callsTo('conversations.open').length >= 1, 5000, 'a first delivery attempt');
    expect(await first.stop()).toBe(0);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(0);
    fake.clearScripts(); // Slack is back
    const second = await startApp(env);
    const dm = await waitFor(() => fake.callsTo('chat.postMessage').find((c) => c.args.channel === 'DNEWBIE001'), 10_000, 'the DM after restart');
    expect(dm.args.text).toContain('授予你「专家」角色');
    await new Promise((r) => setTimeout(r, 500));
    expect(fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'DNEWBIE001')).toHaveLength(1);
    expect(await second.stop()).toBe(0);
    await fake.stop();
  });
});
