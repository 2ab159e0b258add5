import type { WebClient } from '@slack/web-api';
import type { Clock } from '../clock.js';
import type { Locale } from '../i18n/index.js';
import type { AppLogger } from '../logger.js';
import type { OutboxMessage } from '../outbox/outbox-message.js';
import type { OutboxRow, OutboxStore } from '../outbox/outbox-store.js';
import { nextAttemptAt } from '../outbox/retry-policy.js';
import { classifySlackError, PermanentDeliveryError } from './delivery-errors.js';
import type { RenderedMessage } from './notices/render-notice.js';
import { shareFile } from './upload.js';

export interface OutboxDispatcherDeps {
  /** The queued rows, stored message refs and DM channels (src/db/db-outbox-store.ts in the app). */
  readonly store: OutboxStore;
  readonly clock: Clock;
  /** A client of its own: one attempt per call, 429s rejected (this dispatcher honours Retry-After itself). */
  readonly client: WebClient;
  readonly logger: AppLogger;
  readonly channelLocale: Locale;
  readonly timezone: string;
  readonly localeOf: (userId: string) => Promise<Locale>;
  /** Renders a notice in a language (cards are read from the database at delivery time). */
  readonly render: (notice: OutboxMessage['notice'], locale: Locale) => Promise<RenderedMessage>;
  readonly pollIntervalMs?: number;
  readonly leaseMs?: number;
  readonly batchSize?: number;
}

export interface DrainResult {
  sent: number;
  retrying: number;
  failed: number;
}

/**
 * Delivers the outbox after commit. Each row is claimed with a lease before it is sent, so two instances never send
 * the same row; a row is marked sent with the channel and ts Slack returned. A 429 pauses all delivery for
 * Retry-After; 5xx and network errors back off exponentially; other Slack errors are final and logged. Rows left by a
 * crash are picked up at the next start (pending) or when their lease runs out (claimed but not confirmed).
 */
export class OutboxDispatcher {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private kicked = false;
  private stopped = true;
  private pausedUntil = 0;

  constructor(private readonly deps: OutboxDispatcherDeps) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Called after every commit: deliver soon, not at the next poll. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) this.kicked = true;
    else this.schedule(0);
  }

  /** Stops polling and waits for a delivery in progress (rows not yet sent stay queued for the next start). */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.running = this.drain()
        .then(() => undefined, (error: unknown) => this.deps.logger.error('outbox drain failed', error))
        .finally(() => {
          this.running = undefined;
          if (this.stopped) return;
          const again = this.kicked;
          this.kicked = false;
          this.schedule(again ? 0 : (this.deps.pollIntervalMs ?? 1000));
        });
    }, delayMs);
    this.timer.unref?.();
  }

  /** Delivers everything due now, lane by lane in order. Public for tests and for the final flush at shutdown. */
  async drain(): Promise<DrainResult> {
    const total: DrainResult = { sent: 0, retrying: 0, failed: 0 };
    for (;;) {
      const pass = await this.pass();
      total.sent += pass.sent;
      total.retrying += pass.retrying;
      total.failed += pass.failed;
      if (pass.sent + pass.failed === 0) return total;
    }
  }

  private async pass(): Promise<DrainResult> {
    const result: DrainResult = { sent: 0, retrying: 0, failed: 0 };
    const { store, clock } = this.deps;
    if (clock.now().getTime() < this.pausedUntil) return result;
    for (const row of await store.dueLaneHeads(clock.now(), this.deps.batchSize ?? 50)) {
      const now = clock.now();
      if (now.getTime() < this.pausedUntil) break;
      if (!(await store.claim(row.id, now, new Date(now.getTime() + (this.deps.leaseMs ?? 60_000))))) continue;
      try {
        const delivered = await this.deliver(row.message);
        await store.markSent(row.id, clock.now(), delivered);
        result.sent++;
      } catch (error) {
        result[await this.handleFailure(row, error)]++;
      }
    }
    return result;
  }

  private async handleFailure(row: OutboxRow, error: unknown): Promise<'retrying' | 'failed'> {
    const failure = classifySlackError(error);
    const now = this.deps.clock.now();
    const next = nextAttemptAt(failure, row.attempts + 1, now);
    const what = `outbox #${row.id} (${row.message.delivery.op} ${row.message.notice.type}, attempt ${row.attempts + 1})`;
    if (next === null) {
      this.deps.logger.error(`${what} failed for good: ${failure.reason}`);
      await this.deps.store.markFailed(row.id, failure.reason);
      return 'failed';
    }
    if (failure.kind === 'rate_limited') this.pausedUntil = next.getTime();
    this.deps.logger.warn(`${what} will be retried at ${next.toISOString()}: ${failure.reason}`);
    await this.deps.store.reschedule(row.id, next, failure.reason, failure.kind !== 'rate_limited');
    return 'retrying';
  }

  private async deliver(message: OutboxMessage): Promise<{ channel?: string; ts?: string }> {
    const { client, store, clock } = this.deps;
    const d = message.delivery;
    const rendered = await this.render(message, d.op === 'dm' ? await this.deps.localeOf(d.user) : this.deps.channelLocale);
    switch (d.op) {
      case 'dm':
        return this.send(await this.dmChannel(d.user), rendered);
      case 'post': {
        const posted = await this.send(d.channel, rendered);
        if (d.ref && posted.ts) await store.saveMessageRef(d.ref, { channel: posted.channel, ts: posted.ts }, clock.now());
        return posted;
      }
      case 'upsert': {
        if (rendered.file) throw new PermanentDeliveryError('file_cannot_be_updated');
        const existing = await store.messageRef(d.ref);
        if (existing) {
          try {
            await client.chat.update({ channel: existing.channel, ts: existing.ts, text: rendered.text, ...(rendered.blocks ? { blocks: rendered.blocks } : {}) });
            return existing;
          } catch (error) {
            const code = (error as { data?: { error?: string } }).data?.error;
            if (code !== 'message_not_found' && code !== 'cant_update_message') throw error;
          }
        }
        const posted = await this.post(d.channel, rendered);
        await store.saveMessageRef(d.ref, posted, clock.now());
        return posted;
      }
      case 'reply': {
        const parent = await store.messageRef(d.ref);
        if (!parent) throw new PermanentDeliveryError(`no_parent:${d.ref}`);
        return this.send(parent.channel, rendered, parent.ts);
      }
    }
  }

  /**
   * Posts the message, or shares its file (files.uploadV2, the text as the file's comment). A shared file has no
   * message ts: only the channel is recorded. uploadV2's steps fail like any Web API call (429 → rate limited, 5xx on
   * the upload URL → HTTP error), so a failed share is retried like a failed post, and re-rendered when it is.
   */
  private async send(channel: string, rendered: RenderedMessage, threadTs?: string): Promise<{ channel: string; ts?: string }> {
    if (!rendered.file) return this.post(channel, rendered, threadTs);
    const fileId = await shareFile(this.deps.client, { channel, ...(threadTs ? { threadTs } : {}), ...rendered.file, comment: rendered.text });
    this.deps.logger.debug(`shared file ${fileId} (${rendered.file.filename}) in ${channel}${threadTs ? ` thread ${threadTs}` : ''}`);
    return { channel };
  }

  private async render(message: OutboxMessage, locale: Locale): Promise<RenderedMessage> {
    try {
      return await this.deps.render(message.notice, locale);
    } catch (error) {
      // A database that is briefly unavailable is worth another try; anything else will not render next time either.
      if ((error as { code?: string }).code === 'SQLITE_BUSY' || /ECONNREFUSED|timeout/i.test(String((error as Error).message))) throw error;
      throw new PermanentDeliveryError(`render_failed:${(error as Error).message}`);
    }
  }

  private async post(channel: string, rendered: RenderedMessage, threadTs?: string): Promise<{ channel: string; ts: string }> {
    const res = await this.deps.client.chat.postMessage({
      channel, text: rendered.text, ...(rendered.blocks ? { blocks: rendered.blocks } : {}), ...(threadTs ? { thread_ts: threadTs } : {}), unfurl_links: false,
    });
    if (!res.ts) throw new Error('chat.postMessage returned no ts');
    return { channel: res.channel ?? channel, ts: res.ts };
  }

  /** The app's DM with a person, opened once and remembered. */
  private async dmChannel(userId: string): Promise<string> {
    const known = await this.deps.store.dmChannel(userId);
    if (known) return known;
    const res = await this.deps.client.conversations.open({ users: userId });
    const channel = res.channel?.id;
    if (!channel) throw new Error('conversations.open returned no channel');
    await this.deps.store.saveDmChannel(userId, channel, this.deps.clock.now());
    return channel;
  }
}
