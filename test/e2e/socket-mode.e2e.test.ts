import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppProcess } from '../support/app-process.js';
import { FakeSlack, waitFor } from '../support/fake-slack.js';
import { newTriggerId, slashCommand } from '../support/slack-requests.js';

describe('the app in Socket Mode against a local WebSocket stand-in', () => {
  let fake: FakeSlack;
  let app: AppProcess;

  beforeAll(async () => {
    fake = await new FakeSlack().start();
    app = await startApp({
      SLACK_BOT_TOKEN: 'xoxb-socket-token', SLACK_APP_TOKEN: 'xapp-1-socket-token', SLACK_API_URL: fake.apiUrl,
      DATABASE_URL: `sqlite:${join(mkdtempSync(join(tmpdir(), 'anjian-socket-')), 'a.sqlite')}`, ADMIN_USER_IDS: 'UADMIN0001',
    });
    await waitFor(() => fake.socketCount === 1, 10_000, 'the socket connection');
  });
  afterAll(async () => {
    const code = await app?.stop();
    await fake?.stop();
    expect(code).toBe(0);
  });

  it('opened the connection with the app-level token through SLACK_API_URL', () => {
    const open = fake.callsTo('apps.connections.open');
    expect(open.length).toBeGreaterThanOrEqual(1);
    expect(open[0]!.auth).toBe('Bearer xapp-1-socket-token');
  });

  it('serves GET /healthz on PORT in Socket Mode too', async () => {
    const res = await fetch(`${app.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, mode: 'socket', socket: 'connected' });
  });

  it('acks a slash_commands envelope and acts on it', async () => {
    const triggerId = newTriggerId();
    fake.sendEnvelope({
      envelope_id: 'env-unit-1', type: 'slash_commands', accepts_response_payload: true,
      payload: slashCommand({ command: '/unit', user: 'UADMIN0001', responseUrl: fake.responseUrl('socket-1'), triggerId }),
    });
    await waitFor(() => fake.socketMessages.find((m) => m.envelope_id === 'env-unit-1'), 5000, 'the ack');
    const open = await waitFor(() => fake.callsTo('views.open').find((c) => c.args.trigger_id === triggerId), 5000, 'views.open');
    expect(open.args.view.callback_id).toBe('unit_register');
    expect(open.auth).toBe('Bearer xoxb-socket-token');
  });

  it('reconnects after the connection drops and keeps handling envelopes', async () => {
    const opens = fake.callsTo('apps.connections.open').length;
    fake.dropSockets();
    await waitFor(() => fake.socketCount === 1 && fake.callsTo('apps.connections.open').length > opens, 15_000, 'a new connection');
    const triggerId = newTriggerId();
    fake.sendEnvelope({ envelope_id: 'env-after-drop', type: 'slash_commands', accepts_response_payload: true, payload: slashCommand({ command: '/unit', user: 'UADMIN0001', responseUrl: fake.responseUrl('socket-3'), triggerId }) });
    await waitFor(() => fake.callsTo('views.open').find((c) => c.args.trigger_id === triggerId), 5000, 'views.open after reconnecting');
    await waitFor(async () => ((await (await fetch(`${app.url}/healthz`)).json()) as { socket: string }).socket === 'connected');
  });

  it('answers a command from a person without the role with the reason', async () => {
    fake.sendEnvelope({
      envelope_id: 'env-unit-2', type: 'slash_commands', accepts_response_payload: true,
      payload: slashCommand({ command: '/anjian', text: 'roles', user: 'UNOBODY001', responseUrl: fake.responseUrl('socket-2') }),
    });
    const reply = await waitFor(() => fake.responses.find((r) => r.id === 'socket-2')?.body);
    expect(reply.text).toContain('你没有权限做这件事');
  });
});
