import { WebSocketServer, type WebSocket } from 'ws';
import { FakeSlackApi } from '../../src/demo/fake-slack-api.js';

export { waitFor, type FakeReply, type RecordedCall, type UploadedFile } from '../../src/demo/fake-slack-api.js';

/** The fake Web API (src/demo/fake-slack-api.ts) plus a Socket Mode WebSocket on the same port. */
export class FakeSlack extends FakeSlackApi {
  /** Messages the app sent over the socket (acks). */
  readonly socketMessages: Record<string, any>[] = [];
  private wss: WebSocketServer | undefined;
  private sockets: WebSocket[] = [];

  override async start(): Promise<this> {
    await super.start();
    this.wss = new WebSocketServer({ noServer: true });
    this.server!.on('upgrade', (req, socket, head) => {
      this.wss!.handleUpgrade(req, socket, head, (ws) => {
        this.sockets.push(ws);
        ws.on('message', (data) => this.socketMessages.push(JSON.parse(String(data))));
        ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake', approximate_connection_time: 3600 }, connection_info: { app_id: 'AFAKE' } }));
      });
    });
    return this;
  }

  override async stop(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    this.wss?.close();
    await super.stop();
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
}
