import { createHmac } from 'node:crypto';

export const SIGNING_SECRET = '8f742231b10e8888abcd99aaaa85a5ff';
export const TEAM = { id: 'TFAKE', domain: 'fake-office' };

/** Slack's request signature (v0, HMAC-SHA256 over `v0:<ts>:<body>`). */
export function signature(secret: string, body: string, ts = Math.floor(Date.now() / 1000)): Record<string, string> {
  return { 'x-slack-request-timestamp': String(ts), 'x-slack-signature': `v0=${createHmac('sha256', secret).update(`v0:${ts}:${body}`).digest('hex')}` };
}

let triggerSeq = 0;
export const newTriggerId = () => `${Date.now()}.${++triggerSeq}.abcdef0123456789abcdef0123456789`;

/** The form fields of a slash command, as Slack sends them (docs example, values adapted). */
export function slashCommand(o: { command: string; text?: string; user: string; responseUrl: string; triggerId?: string; channel?: string }): Record<string, string> {
  return {
    token: 'gIkuvaNzQIHg97ATvDxqgjtO', team_id: TEAM.id, team_domain: TEAM.domain, channel_id: o.channel ?? 'C2147483705', channel_name: 'test',
    user_id: o.user, user_name: o.user.toLowerCase(), command: o.command, text: o.text ?? '', api_app_id: 'AFAKE', is_enterprise_install: 'false',
    response_url: o.responseUrl, trigger_id: o.triggerId ?? newTriggerId(),
  };
}

const user = (id: string) => ({ id, username: id.toLowerCase(), name: id.toLowerCase(), team_id: TEAM.id });

/** A view_submission payload; `values` is view.state.values. */
export function viewSubmission(o: { callbackId: string; values: Record<string, Record<string, unknown>>; user: string; privateMetadata?: string; blockIds?: string[]; blocks?: readonly unknown[] }) {
  return {
    type: 'view_submission', team: TEAM, user: user(o.user), api_app_id: 'AFAKE', token: 'x', trigger_id: newTriggerId(), is_enterprise_install: false, enterprise: null,
    view: {
      id: 'VSUBMIT01', team_id: TEAM.id, type: 'modal', callback_id: o.callbackId, private_metadata: o.privateMetadata ?? '', app_id: 'AFAKE', bot_id: 'BBOT',
      title: { type: 'plain_text', text: 'x' }, close: null, submit: { type: 'plain_text', text: 'x' }, hash: '1.abc', root_view_id: 'VSUBMIT01', previous_view_id: null,
      clear_on_close: false, notify_on_close: false, external_id: '',
      // Slack sends the view's blocks as the app built them; without them, bare input blocks named by their ids.
      blocks: o.blocks ?? (o.blockIds ?? Object.keys(o.values)).map((id) => ({ type: 'input', block_id: id })),
      state: { values: o.values },
    },
    response_urls: [],
  };
}

/** A block_actions payload from a button on a message (an ephemeral card) or on a view. */
export function blockAction(o: { actionId: string; value?: string; user: string; responseUrl?: string; blockId?: string; view?: { type: 'home' | 'modal' } }) {
  const action = { type: 'button', action_id: o.actionId, block_id: o.blockId ?? 'b1', text: { type: 'plain_text', text: 'x', emoji: true }, value: o.value, action_ts: `${Date.now() / 1000}` };
  const base = { type: 'block_actions', team: TEAM, user: user(o.user), api_app_id: 'AFAKE', token: 'x', trigger_id: newTriggerId(), actions: [action] };
  if (o.view) return { ...base, container: { type: 'view', view_id: 'VHOME01' }, view: { id: 'VHOME01', type: o.view.type, blocks: [], private_metadata: '', callback_id: '', state: { values: {} }, hash: '1.h' } };
  return {
    ...base,
    container: { type: 'message', message_ts: '1700000000.000100', channel_id: 'C2147483705', is_ephemeral: true },
    channel: { id: 'C2147483705', name: 'test' },
    message: { type: 'message', ts: '1700000000.000100', text: 'x' },
    response_url: o.responseUrl,
  };
}

export function blockSuggestion(o: { actionId: string; blockId: string; value: string; user: string }) {
  return { type: 'block_suggestion', user: user(o.user), team: TEAM, api_app_id: 'AFAKE', token: 'x', block_id: o.blockId, action_id: o.actionId, value: o.value, container: { type: 'view', view_id: 'V1' }, view: { id: 'V1', type: 'modal', callback_id: 'tier_override' } };
}

export function appHomeOpened(userId: string) {
  return {
    token: 'XXYYZZ', team_id: TEAM.id, api_app_id: 'AFAKE', type: 'event_callback', event_id: `Ev${Date.now()}`, event_time: Math.floor(Date.now() / 1000), event_context: 'EC1',
    authorizations: [{ enterprise_id: null, team_id: TEAM.id, user_id: 'UBOT', is_bot: true, is_enterprise_install: false }],
    event: { type: 'app_home_opened', user: userId, channel: 'D123', tab: 'home', event_ts: `${Date.now() / 1000}` },
  };
}

/** Posts signed requests to the app's /slack/events, as Slack does. */
export class SlackSender {
  constructor(private readonly baseUrl: string, private readonly secret: string = SIGNING_SECRET) {}

  async command(fields: Record<string, string>): Promise<Response> {
    return this.post(new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded');
  }

  async interactive(payload: unknown): Promise<Response> {
    return this.post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded');
  }

  async event(body: unknown): Promise<Response> {
    return this.post(JSON.stringify(body), 'application/json');
  }

  post(body: string, contentType: string, headers: Record<string, string> = signature(this.secret, body)): Promise<Response> {
    return fetch(`${this.baseUrl}/slack/events`, { method: 'POST', body, headers: { 'content-type': contentType, ...headers } });
  }
}
