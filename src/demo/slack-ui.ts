import { waitFor, type FakeSlackApi, type RecordedCall } from './fake-slack-api.js';
import { blockAction, newTriggerId, viewSubmission, type SlackSender } from './slack-requests.js';

type Block = { type: string; block_id?: string; elements?: Element[]; accessory?: Element; element?: Element };
type Element = { type: string; action_id?: string; value?: string };

/** Every button in a message's or view's blocks. */
export function buttonsOf(blocks: Block[] | undefined): Element[] {
  return (blocks ?? []).flatMap((b) => [...(b.elements ?? []), ...(b.accessory ? [b.accessory] : [])]).filter((e) => e.type === 'button');
}

export function actionIdsOf(blocks: Block[] | undefined): string[] {
  return buttonsOf(blocks).map((b) => b.action_id ?? '');
}

/**
 * Drives the app as a person in Slack would: press a button on a message the app posted (a channel card or a DM),
 * fill in the modal the app opened, submit it. Everything goes through signed requests; everything the app does
 * comes back through the fake Web API.
 */
export class SlackUser {
  private seq = 0;

  constructor(readonly userId: string, private readonly slack: SlackSender, private readonly fake: FakeSlackApi) {}

  /** Presses a button of a posted message (the latest rendering of it). Returns the response_url id it answers on. */
  async press(message: { channel: string; blocks: Block[] }, actionId: string): Promise<{ responseId: string; triggerId: string }> {
    const button = buttonsOf(message.blocks).find((b) => b.action_id === actionId);
    if (!button) throw new Error(`no button ${actionId} in the message: ${actionIdsOf(message.blocks).join(', ')}`);
    const responseId = `${this.userId}-${++this.seq}`;
    const payload = blockAction({ actionId, value: button.value, user: this.userId, responseUrl: this.fake.responseUrl(responseId) }) as Record<string, any>;
    payload.container = { ...payload.container, channel_id: message.channel, is_ephemeral: false };
    payload.channel = { id: message.channel, name: 'x' };
    const res = await this.slack.interactive(payload);
    if (res.status !== 200) throw new Error(`button press answered ${res.status}`);
    return { responseId, triggerId: payload.trigger_id };
  }

  /** The modal the app opened for a trigger. */
  async modalFor(triggerId: string): Promise<Record<string, any>> {
    return (await waitFor(() => this.fake.callsTo('views.open').find((c) => c.args.trigger_id === triggerId), 5000, `a modal for ${triggerId}`)).args.view;
  }

  /** Fills the modal's inputs from `values` (by block id) the way Slack reports them, and submits it. */
  async submit(view: Record<string, any>, values: Record<string, unknown>): Promise<{ status: number; body: any }> {
    const state: Record<string, Record<string, unknown>> = {};
    for (const block of view.blocks as Block[]) {
      if (block.type !== 'input' || !block.block_id || !block.element) continue;
      state[block.block_id] = { [block.element.action_id!]: stateValue(block.element.type, values[block.block_id]) };
    }
    const res = await this.slack.interactive(viewSubmission({ callbackId: view.callback_id, user: this.userId, privateMetadata: view.private_metadata, values: state, blocks: view.blocks }));
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  }

  /** Presses a button and submits the modal it opens; resolves with the submission's answer. */
  async act(message: { channel: string; blocks: Block[] }, actionId: string, values: Record<string, unknown>) {
    const { triggerId, responseId } = await this.press(message, actionId);
    const view = await this.modalFor(triggerId);
    return { ...(await this.submit(view, values)), view, responseId };
  }

  /** Opens a modal by slash command and returns it. */
  newTrigger(): string {
    return newTriggerId();
  }
}

function stateValue(type: string, value: unknown): Record<string, unknown> {
  switch (type) {
    case 'plain_text_input':
      return { type, value: value ?? null };
    case 'datepicker':
      return { type, selected_date: value ?? null };
    case 'radio_buttons':
    case 'static_select':
    case 'external_select':
      return { type, selected_option: value === undefined || value === null ? null : { text: { type: 'plain_text', text: String(value) }, value: String(value) } };
    case 'users_select':
      return { type, selected_user: value ?? null };
    case 'multi_users_select':
      return { type, selected_users: value ?? [] };
    case 'multi_external_select':
    case 'multi_static_select':
      return { type, selected_options: ((value as string[] | undefined) ?? []).map((v) => ({ text: { type: 'plain_text', text: String(v) }, value: String(v) })) };
    case 'checkboxes':
      return { type, selected_options: ((value as string[] | undefined) ?? []).map((v) => ({ value: v })) };
    case 'file_input':
      return { type, files: value ?? [] };
    default:
      return { type, value };
  }
}

/** The newest rendering (post or update) of the message stored at a channel + ts, as Slack accepted it. */
export function latestRendering(fake: FakeSlackApi, channel: string, ts: string): { channel: string; ts: string; blocks: Block[]; text: string } {
  const renderings = fake.calls.filter((c) => c.method === 'chat.update' && c.args.channel === channel && c.args.ts === ts && c.result?.ok === true);
  const last = renderings.at(-1) as RecordedCall | undefined;
  if (last) return { channel, ts, blocks: last.args.blocks, text: last.args.text };
  const post = postedAt(fake, channel, ts);
  return { channel, ts, blocks: post.args.blocks, text: post.args.text };
}

/** The chat.postMessage call whose answer carried this ts. */
function postedAt(fake: FakeSlackApi, channel: string, ts: string): RecordedCall {
  const call = fake.callsTo('chat.postMessage').find((c) => c.result?.ts === ts && c.args.channel === channel);
  if (!call) throw new Error(`no post ${ts} in ${channel}`);
  return call;
}
