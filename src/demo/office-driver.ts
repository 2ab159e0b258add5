import type { FakeSlackApi, RecordedCall } from './fake-slack-api.js';
import { PEOPLE, type Person } from './sample-office.js';
import { appHomeOpened, blockSuggestion, newTriggerId, slashCommand, type SlackSender } from './slack-requests.js';
import { actionIdsOf, latestRendering, SlackUser } from './slack-ui.js';
import type { Transcript } from './transcript.js';

type Json = Record<string, any>;
export type Message = { channel: string; blocks: never[]; ts?: string };

/** A step did not do what it should: the demo stops with this reason and a non-zero exit code. */
export class DemoFailure extends Error {}

export interface DriverOptions {
  readonly fake: FakeSlackApi;
  readonly slack: SlackSender;
  readonly appUrl: string;
  readonly transcript: Transcript;
  /** Undefined while the app process runs; its exit code (or signal) once it died. */
  readonly appExit: () => string | undefined;
  /** Prints a line of the demo's own (form errors shown on purpose). */
  readonly note: (line: string) => void;
  readonly formErrors: (errors: Record<string, string>) => string;
  /** Filled in here: who made each trigger id, so the transcript can say whose modal it is. */
  readonly triggerOwners: Map<string, string>;
}

/**
 * Plays the office's people against the running app: every step is a signed request shaped like Slack's (a slash
 * command, a button press, a modal submission, an event), and every answer comes back through the fake Web API. It
 * checks each step (HTTP 200, no error message, the app still running) and prints what Slack would show.
 */
export class OfficeDriver {
  private readonly users = new Map<Person, SlackUser>();
  private seq = 0;

  constructor(private readonly o: DriverOptions) {}

  as(person: Person): SlackUser {
    let user = this.users.get(person);
    if (!user) this.users.set(person, (user = new SlackUser(PEOPLE[person], this.o.slack, this.o.fake)));
    return user;
  }

  /** Types a slash command; returns where its answers land (response id) and the trigger id of any modal it opens. */
  async command(person: Person, command: string, text = ''): Promise<{ responseId: string; triggerId: string }> {
    const userId = PEOPLE[person];
    const responseId = `${userId}-c${++this.seq}`;
    const triggerId = newTriggerId();
    this.o.triggerOwners.set(triggerId, userId);
    const res = await this.o.slack.command(slashCommand({ command, text, user: userId, responseUrl: this.o.fake.responseUrl(responseId), triggerId }));
    if (res.status !== 200) throw new DemoFailure(`${command} ${text} answered HTTP ${res.status}`);
    return { responseId, triggerId };
  }

  /** The answer posted to a response_url (the first, or the first that `match` accepts). */
  reply(responseId: string, match: (body: Json) => boolean = () => true, timeoutMs = 8000): Promise<Json> {
    return this.waitFor(() => this.o.fake.responses.find((r) => r.id === responseId && match(r.body))?.body, `the answer on ${responseId}`, timeoutMs);
  }

  /** The modal the app opened for a trigger. */
  modal(triggerId: string): Promise<Json> {
    return this.waitFor(() => this.o.fake.callsTo('views.open').find((c) => c.args.trigger_id === triggerId)?.args.view, `a modal for ${triggerId}`);
  }

  /** Types a command that opens a modal, and returns the modal (with where the outcome will be answered). */
  async openByCommand(person: Person, command: string, text = ''): Promise<{ view: Json; responseId: string }> {
    const { responseId, triggerId } = await this.command(person, command, text);
    return { view: await this.modal(triggerId), responseId };
  }

  /** Submits a modal that must be accepted (HTTP 200, an empty answer). */
  async submit(person: Person, view: Json, values: Record<string, unknown>): Promise<void> {
    const answer = await this.as(person).submit(view, values);
    if (answer.status !== 200) throw new DemoFailure(`submitting “${view.title?.text}” answered HTTP ${answer.status}`);
    if (answer.body?.response_action === 'errors') {
      this.o.transcript.flush();
      this.o.note(this.o.formErrors(answer.body.errors));
      throw new DemoFailure(`the form “${view.title?.text}” was refused: ${JSON.stringify(answer.body.errors)}`);
    }
    if (answer.body?.response_action === 'push') throw new DemoFailure(`submitting “${view.title?.text}” was refused: ${JSON.stringify(answer.body.view?.blocks ?? [])}`);
  }

  /** Submits a modal with a mistake on purpose: the form must say so inline, and the demo prints what it says. */
  async submitWithMistake(person: Person, view: Json, values: Record<string, unknown>): Promise<void> {
    const answer = await this.as(person).submit(view, values);
    if (answer.status !== 200 || answer.body?.response_action !== 'errors') throw new DemoFailure(`the form “${view.title?.text}” accepted a mistake (HTTP ${answer.status})`);
    this.o.transcript.flush();
    this.o.note(this.o.formErrors(answer.body.errors));
  }

  /** Presses a button on a message; returns where its answer lands and the trigger id. */
  async press(person: Person, message: Message, actionId: string): Promise<{ responseId: string; triggerId: string }> {
    const pressed = await this.as(person).press(message, actionId).catch((error: unknown) => {
      throw new DemoFailure(error instanceof Error ? error.message : String(error));
    });
    this.o.triggerOwners.set(pressed.triggerId, PEOPLE[person]);
    return pressed;
  }

  /** Presses a button that opens a modal, fills it in and submits it. */
  async act(person: Person, message: Message, actionId: string, values: Record<string, unknown>): Promise<{ responseId: string }> {
    const { responseId, triggerId } = await this.press(person, message, actionId);
    await this.submit(person, await this.modal(triggerId), values);
    return { responseId };
  }

  /** Types in a unit select as a person does and takes the one unit offered (its value is what Slack submits). */
  async pickUnit(person: Person, words: string): Promise<string> {
    const res = await this.o.slack.interactive(blockSuggestion({ actionId: 'unit_pick', blockId: 'unit', value: words, user: PEOPLE[person] }));
    if (res.status !== 200) throw new DemoFailure(`the unit type-ahead answered HTTP ${res.status}`);
    const { options } = (await res.json()) as { options?: { value: string }[] };
    if (options?.length !== 1) throw new DemoFailure(`the unit type-ahead offered ${options?.length ?? 0} units for “${words}”`);
    return options[0]!.value;
  }

  /** The person opens the app's Home tab. */
  async openHome(person: Person): Promise<void> {
    const before = this.o.fake.callsTo('views.publish').length;
    const res = await this.o.slack.event(appHomeOpened(PEOPLE[person]));
    if (res.status !== 200) throw new DemoFailure(`app_home_opened answered HTTP ${res.status}`);
    await this.waitFor(() => this.o.fake.callsTo('views.publish').slice(before).find((c) => c.args.user_id === PEOPLE[person]), `App Home of ${person}`);
  }

  /** The newest top-level post in a channel that `match` accepts, as it looks now (after its updates). */
  async message(channel: string, match: (call: RecordedCall) => boolean, what: string): Promise<Message> {
    const post = await this.waitFor(() => this.o.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === channel && !c.args.thread_ts && c.result?.ok && match(c)).at(-1), what);
    const latest = latestRendering(this.o.fake, channel, String(post.result!.ts));
    return { channel, ts: latest.ts, blocks: latest.blocks as never[] };
  }

  /** Whether anything was posted to this channel. */
  postedTo(channel: string): boolean {
    return this.postsTo(channel) > 0;
  }

  /** How many top-level messages the app posted to a channel so far. */
  postsTo(channel: string): number {
    return this.o.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === channel && !c.args.thread_ts && c.result?.ok).length;
  }

  /** How many files were shared so far (files.uploadV2 completed). */
  uploadedFiles(): number {
    return this.o.fake.completedFiles().length;
  }

  /** Show App Home in full from now on (by default a refresh is one line). */
  homeInFull(full: boolean): void {
    this.o.transcript.homeInFull = full;
  }

  /** The newest DM to a person that offers this button. */
  dmWith(person: Person, actionId: string): Promise<Message> {
    const channel = `D${PEOPLE[person].slice(1)}`;
    return this.message(channel, (c) => actionIdsOf(c.args.blocks).includes(actionId), `a DM to ${person} with ${actionId}`);
  }

  /**
   * Waits until the app is quiet (its outbox delivered, nothing new arriving), prints what Slack would show, and fails
   * on an error message or a failed delivery.
   */
  async settle(): Promise<void> {
    let seen = -1;
    let quietSince = Date.now();
    const deadline = Date.now() + 15_000;
    for (;;) {
      this.checkAlive();
      const { outbox } = (await (await fetch(`${this.o.appUrl}/healthz`)).json()) as { outbox: { pending: number; failed: number } };
      if (outbox.failed > 0) throw new DemoFailure(`${outbox.failed} Slack message(s) could not be delivered`);
      const size = this.o.fake.journal.length;
      if (size !== seen) [seen, quietSince] = [size, Date.now()];
      if (outbox.pending === 0 && Date.now() - quietSince >= 150) break;
      if (Date.now() > deadline) throw new DemoFailure('the app did not become quiet within 15 s (its outbox still had messages to send)');
      await sleep(40);
    }
    const errors = this.o.transcript.flush();
    if (errors.length) throw new DemoFailure(`the app answered with an error: ${errors.join(' | ')}`);
  }

  /** Polls until `check` gives a value; fails when the app dies or the time is up. */
  async waitFor<T>(check: () => T | undefined | Promise<T | undefined>, what: string, timeoutMs = 8000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await check();
      if (value !== undefined && value !== null && value !== false) return value;
      this.checkAlive();
      if (Date.now() > deadline) {
        this.o.transcript.flush();
        throw new DemoFailure(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
      }
      await sleep(25);
    }
  }

  private checkAlive(): void {
    const exit = this.o.appExit();
    if (exit !== undefined) throw new DemoFailure(`the app process stopped (${exit})`);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
