import type { I18n } from '../i18n/index.js';
import type { FakeSlackApi, JournalEntry } from './fake-slack-api.js';
import { messageToLines, mrkdwnToText, viewToLines, type TextContext } from './render-text.js';

type Json = Record<string, any>;

export interface TranscriptOptions {
  readonly fake: FakeSlackApi;
  readonly i18n: I18n;
  readonly text: TextContext;
  /** `#name` of the office's channels, by id. */
  readonly channelLabel: (id: string) => string | undefined;
  /** Who a response_url belongs to, and who a trigger id (of a modal) came from: the demo made both. */
  readonly responseOwner: (responseId: string) => string;
  readonly triggerOwner: (triggerId: string) => string;
  /** Does this text say that something went wrong? */
  readonly isError: (text: string) => boolean;
  readonly write: (line: string) => void;
}

/** Web API calls that show nothing to anyone. */
const SILENT = new Set(['auth.test', 'conversations.open', 'files.getUploadURLExternal', 'apps.connections.open', 'users.info']);

/**
 * Prints what Slack would show for everything the app did since the last flush, in the order it happened: channel
 * posts, thread replies, card updates, DMs, ephemeral answers, modals, App Home, files. Returns the texts that read
 * as error messages (the demo decides whether that is a failure).
 */
export class Transcript {
  /** App Home in full (the step that opens it), or one line when it is only refreshed after someone acts. */
  homeInFull = false;
  private next = 0;
  private readonly parents = new Map<string, string>();
  /** Modals already shown in full: a modal seen before is one line. */
  private readonly modalsShown = new Set<string>();

  constructor(private readonly o: TranscriptOptions) {}

  /** Skips everything received so far (nothing is printed for it). */
  skip(): void {
    this.next = this.o.fake.journal.length;
  }

  flush(): string[] {
    const errors: string[] = [];
    const journal = this.o.fake.journal;
    while (this.next < journal.length) {
      const entry = journal[this.next++]!;
      for (const text of this.print(entry)) if (this.o.isError(text)) errors.push(text);
    }
    return errors;
  }

  /** Prints one entry; returns the raw texts it carried (to look for error messages). */
  private print(entry: JournalEntry): string[] {
    const { i18n, text: ctx } = this.o;
    const t = i18n.t;
    if (entry.kind === 'response') {
      const body = entry.body;
      if (body.delete_original) return [];
      const who = this.person(this.o.responseOwner(entry.id));
      this.block(t(body.replace_original ? 'demo.replaces' : 'demo.only_you', { user: who }), messageToLines(body, ctx));
      return [String(body.text ?? '')];
    }
    const { method, args, result } = entry.call;
    if (SILENT.has(method) || (result && result.ok === false && method !== 'files.completeUploadExternal')) return [];
    switch (method) {
      case 'chat.postMessage': {
        const channel = String(args.channel);
        const where = args.thread_ts ? `${this.where(channel)} ${t('demo.thread', { parent: this.parents.get(`${channel}:${args.thread_ts}`) ?? '…' })}` : this.where(channel);
        if (result?.ts && !args.thread_ts) this.parents.set(`${channel}:${result.ts}`, parentLabel(mrkdwnToText(String(args.text ?? ''), ctx)));
        this.block(`${where} · anjian:`, messageToLines(args, ctx));
        return [String(args.text ?? '')];
      }
      case 'chat.update': {
        const channel = String(args.channel);
        this.block(`${this.where(channel)} · anjian ${t('demo.updated')}:`, messageToLines(args, ctx));
        return [String(args.text ?? '')];
      }
      case 'chat.postEphemeral':
        this.block(`${this.where(String(args.channel))} ${t('demo.only_you', { user: this.person(String(args.user)) })}`, messageToLines(args, ctx));
        return [String(args.text ?? '')];
      case 'views.open':
      case 'views.push':
      case 'views.update': {
        const view = args.view as Json;
        const { title, lines } = viewToLines(view, ctx);
        const user = this.person(this.o.triggerOwner(String(args.trigger_id ?? '')));
        const again = this.modalsShown.has(title) && view.callback_id !== 'error_notice';
        this.modalsShown.add(title);
        this.block(t(method === 'views.push' ? 'demo.modal_pushed' : 'demo.modal', { title, user }), again ? [] : lines, true);
        return view.callback_id === 'error_notice' ? lines.map(() => 'error_notice') : [];
      }
      case 'views.publish': {
        const { lines } = viewToLines(args.view as Json, ctx);
        if (this.homeInFull) this.block(t('demo.home', { user: this.person(String(args.user_id)) }), lines, true);
        else this.block(t('demo.home', { user: this.person(String(args.user_id)) }), [t('demo.updated')]);
        return [];
      }
      case 'files.completeUploadExternal': {
        const listed = (Array.isArray(args.files) ? args.files : []) as { id: string }[];
        const channel = String(args.channel_id ?? '');
        const files = listed.map((f) => this.o.fake.files.get(f.id)).filter((f) => f !== undefined);
        const lines = [...(args.initial_comment ? mrkdwnToText(String(args.initial_comment), ctx).split('\n') : []), ...files.map((f) => t('demo.file', { name: f.filename, bytes: f.bytes.length }))];
        const where = args.thread_ts ? `${this.where(channel)} ${t('demo.thread', { parent: this.parents.get(`${channel}:${args.thread_ts}`) ?? '…' })}` : this.where(channel);
        this.block(`${where} · anjian:`, lines);
        return [String(args.initial_comment ?? '')];
      }
      default:
        this.o.write(`  (${method})`);
        return [];
    }
  }

  /** A heading line with the first line of the content after it, the rest indented under it. */
  private block(heading: string, lines: readonly string[], ownLine = false): void {
    const [first = '', ...rest] = ownLine ? ['', ...lines] : lines;
    this.o.write(`${heading} ${first}`.trimEnd());
    for (const line of rest) this.o.write(`    ${line}`.trimEnd());
  }

  private where(channel: string): string {
    const named = this.o.channelLabel(channel);
    if (named) return `#${named} (${channel})`;
    if (/^[DU]/.test(channel)) return this.o.i18n.t('demo.dm', { user: this.person(channel.startsWith('D') ? `U${channel.slice(1)}` : channel) });
    return `#${channel}`;
  }

  private person(userId: string): string {
    return `@${this.o.text.userName(userId) ?? userId}`;
  }
}

/** How a thread is named: by the record number its parent message is about (YH-…), else its first words. */
function parentLabel(text: string): string {
  const number = /\b[A-Z]{2}-\d{4}-\d{4}\b/.exec(text)?.[0];
  if (number) return number;
  const first = text.split('\n')[0] ?? '';
  return [...first].length > 40 ? `${[...first].slice(0, 39).join('')}…` : first;
}
