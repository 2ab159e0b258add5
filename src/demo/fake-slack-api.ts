import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One Web API call as the fake received it (form fields, JSON-looking ones parsed). */
export interface RecordedCall {
  readonly method: string;
  readonly args: Record<string, any>;
  readonly auth: string | undefined;
  /** What the fake answered (set once answered). */
  result?: Record<string, any>;
}

/** A file uploaded through the files.uploadV2 flow, once completed (shared to a channel or thread). */
export interface UploadedFile {
  readonly id: string;
  readonly filename: string;
  readonly bytes: Buffer;
  /** The Authorization header of the upload POST (step 2). */
  readonly uploadAuth: string | undefined;
  title?: string;
  channel?: string;
  threadTs?: string;
  initialComment?: string;
  completed: boolean;
}

/** A scripted answer: an HTTP status with optional Retry-After, or a JSON body. */
export type FakeReply = { status: number; retryAfter?: number; body?: unknown } | { body: Record<string, unknown> };

/** One thing the fake received, in arrival order: a Web API call or a response_url post (`npm run demo` prints them). */
export type JournalEntry = { readonly kind: 'call'; readonly call: RecordedCall } | { readonly kind: 'response'; readonly id: string; readonly body: Record<string, any> };

/**
 * A stand-in for Slack's Web API on 127.0.0.1 (point the app at it with SLACK_API_URL), with the response_url
 * endpoint and the upload URLs of files.uploadV2. It records every call and answers like Slack, or as scripted. The
 * tests and `npm run demo` both use it (the tests add a Socket Mode WebSocket: test/support/fake-slack.ts).
 */
export class FakeSlackApi {
  readonly calls: RecordedCall[] = [];
  /** Bodies POSTed to response_urls, by the id in the URL. */
  readonly responses: { id: string; body: Record<string, any> }[] = [];
  /** Calls and response_url posts together, in the order they arrived. */
  readonly journal: JournalEntry[] = [];
  /** The workspace's people by user id (users.info answers with these; anyone else is `user_not_found`). */
  readonly people = new Map<string, { realName: string; displayName?: string }>();
  /** Files by id, from files.getUploadURLExternal on. */
  readonly files = new Map<string, UploadedFile>();
  private readonly scripts = new Map<string, FakeReply[]>();
  private readonly handlers = new Map<string, (args: Record<string, any>) => Record<string, unknown>>();
  protected server: Server | undefined;
  private tsCounter = 1_700_000_000;
  private fileCounter = 1;
  port = 0;

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  responseUrl(id: string): string {
    return `http://127.0.0.1:${this.port}/response/${id}`;
  }

  /** The next calls of `method` get these answers, in order, before the default answer resumes. */
  script(method: string, ...replies: FakeReply[]): void {
    this.scripts.set(method, [...(this.scripts.get(method) ?? []), ...replies]);
  }

  /** Forgets every scripted answer not yet used (Slack is back to normal). */
  clearScripts(): void {
    this.scripts.clear();
  }

  /** Replaces the default answer of a method. */
  handle(method: string, handler: (args: Record<string, any>) => Record<string, unknown>): void {
    this.handlers.set(method, handler);
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Files shared by files.completeUploadExternal (in upload order). */
  completedFiles(): UploadedFile[] {
    return [...this.files.values()].filter((f) => f.completed);
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.onRequest(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const rawBytes = Buffer.concat(chunks);
    const raw = rawBytes.toString();
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path.startsWith('/response/')) {
      this.responses.push({ id: path.slice('/response/'.length), body: raw ? JSON.parse(raw) : {} });
      this.journal.push({ kind: 'response', ...this.responses.at(-1)! });
      res.writeHead(200).end('ok');
      return;
    }
    if (path.startsWith('/upload/')) return this.onUpload(path.slice('/upload/'.length), req, rawBytes, res);
    const method = path.replace(/^\/api\//, '');
    const args: Record<string, any> = {};
    for (const [k, v] of new URLSearchParams(raw)) {
      try {
        args[k] = /^[[{]/.test(v) ? JSON.parse(v) : v;
      } catch {
        args[k] = v;
      }
    }
    const call: RecordedCall = { method, args, auth: req.headers.authorization };
    this.calls.push(call);
    this.journal.push({ kind: 'call', call });
    const scripted = this.scripts.get(method)?.shift();
    if (scripted && 'status' in scripted) {
      res.writeHead(scripted.status, { 'content-type': 'application/json', ...(scripted.retryAfter !== undefined ? { 'retry-after': String(scripted.retryAfter) } : {}) });
      res.end(JSON.stringify(scripted.body ?? { ok: false, error: 'scripted' }));
      return;
    }
    const body = scripted?.body ?? this.answer(method, args);
    call.result = body as Record<string, any>;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  }

  /** Step 2 of files.uploadV2: multipart/form-data with the bytes in the field `body`. */
  private async onUpload(id: string, req: IncomingMessage, raw: Buffer, res: ServerResponse): Promise<void> {
    const file = this.files.get(id);
    if (!file) return void res.writeHead(404).end('no such upload');
    const form = await new Request('http://x/', { method: 'POST', headers: { 'content-type': String(req.headers['content-type'] ?? '') }, body: raw }).formData().catch(() => null);
    const part = form?.get('body');
    if (!part || typeof part === 'string') return void res.writeHead(400).end('expected multipart field "body"');
    this.files.set(id, { ...file, bytes: Buffer.from(await part.arrayBuffer()), uploadAuth: req.headers.authorization });
    res.writeHead(200).end('OK - ' + String(file.bytes.length));
  }

  private answer(method: string, args: Record<string, any>): Record<string, unknown> {
    const custom = this.handlers.get(method);
    if (custom) return custom(args);
    const ts = () => `${this.tsCounter++}.000100`;
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://fake.slack.com/', team: 'Fake Office', user: 'anjian', team_id: 'TFAKE', user_id: 'UBOT', bot_id: 'BBOT' };
      case 'apps.connections.open':
        return { ok: true, url: `ws://127.0.0.1:${this.port}/socket` };
      case 'chat.postMessage':
        return { ok: true, channel: String(args.channel), ts: ts(), message: { text: args.text } };
      case 'chat.update':
        return { ok: true, channel: String(args.channel), ts: String(args.ts) };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: ts() };
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(args.users).replace(/^U/, '')}` } };
      case 'views.open':
      case 'views.push':
      case 'views.update':
      case 'views.publish':
        return { ok: true, view: { id: `V${this.calls.length}`, hash: `h${this.calls.length}`, ...(args.view ?? {}) } };
      case 'users.info': {
        const person = this.people.get(String(args.user));
        if (!person) return { ok: false, error: 'user_not_found' };
        const id = String(args.user);
        return { ok: true, user: { id, name: id.toLowerCase(), real_name: person.realName, profile: { real_name: person.realName, display_name: person.displayName ?? '' } } };
      }
      case 'files.getUploadURLExternal': {
        if (!args.filename || !(Number(args.length) > 0)) return { ok: false, error: 'invalid_arguments' };
        const id = `F${String(this.fileCounter++).padStart(6, '0')}`;
        this.files.set(id, { id, filename: String(args.filename), bytes: Buffer.alloc(0), uploadAuth: undefined, completed: false });
        return { ok: true, upload_url: `http://127.0.0.1:${this.port}/upload/${id}`, file_id: id };
      }
      case 'files.completeUploadExternal': {
        const listed = (Array.isArray(args.files) ? args.files : []) as { id: string; title?: string }[];
        const found = listed.map((f) => this.files.get(f.id));
        if (!listed.length || found.some((f) => !f || f.bytes.length === 0)) return { ok: false, error: 'file_not_found' };
        for (const [i, file] of found.entries()) {
          Object.assign(file!, {
            completed: true, title: listed[i]!.title, channel: args.channel_id, threadTs: args.thread_ts, initialComment: args.initial_comment,
          });
        }
        return { ok: true, files: found.map((f) => ({ id: f!.id, name: f!.filename, title: f!.title ?? f!.filename })) };
      }
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }
}

/** Waits until `check` returns a truthy value (polling), or fails after `timeoutMs`. */
export async function waitFor<T>(check: () => T | Promise<T>, timeoutMs = 5000, what = 'condition'): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
