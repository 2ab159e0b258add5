import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/** One Web API call as the fake received it (form fields, JSON-looking ones parsed). */
export interface RecordedCall {
  readonly method: string;
  readonly args: Record<string, any>;
  readonly auth: string | undefined;
  /** What the fake answered (set once answered). */
  result?: Record<string, any>;
}

/** A scripted answer: an HTTP status with optional Retry-After, or a JSON body. */
export type FakeReply = { status: number; retryAfter?: number; body?: unknown } | { body: Record<string, unknown> };

/**
 * A stand-in for Slack's Web API on 127.0.0.1 (point the app at it with SLACK_API_URL), with the response_url
 * endpoint and a Socket Mode WebSocket. It records every call and answers like Slack, or as scripted.
 */
export class FakeSlack {
  readonly calls: RecordedCall[] = [];
  /** Bodies POSTed to response_urls, by the id in the URL. */
  readonly responses: { id: string; body: Record<string, any> }[] = [];
  /** Messages the app sent over the socket (acks). */
  readonly socketMessages: Record<string, any>[] = [];
  private readonly scripts = new Map<string, FakeReply[]>();
  private readonly handlers = new Map<string, (args: Record<string, any>) => Record<string, unknown>>();
  private server: Server | undefined;
  private wss: WebSocketServer | undefined;
  private sockets: WebSocket[] = [];
  private tsCounter = 1_700_000_000;
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

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.onRequest(req, res));
    this.wss = new WebSocketServer({ noServer: true });
    this.server.on('upgrade', (req, socket, head) => {
      this.wss!.handleUpgrade(req, socket, head, (ws) => {
        this.sockets.push(ws);
        ws.on('message', (data) => this.socketMessages.push(JSON.parse(String(data))));
        ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake', approximate_connection_time: 3600 }, connection_info: { app_id: 'AFAKE' } }));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    this.wss?.close();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Sends a Socket Mode envelope to every connected client. */
  sendEnvelope(envelope: Record<string, unknown>): void {
    for (const ws of this.sockets) ws.send(JSON.stringify(envelope));
  }

  /** Cuts every Socket Mode connection, as when Slack refreshes or the network drops. */
  dropSockets(): void {
    for (const ws of this.sockets) ws.terminate();
    this.sockets = [];
  }

  get socketCount(): number {
    return this.sockets.filter((s) => s.readyState === s.OPEN).length;
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString();
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path.startsWith('/response/')) {
      this.responses.push({ id: path.slice('/response/'.length), body: raw ? JSON.parse(raw) : {} });
      res.writeHead(200).end('ok');
      return;
    }
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
