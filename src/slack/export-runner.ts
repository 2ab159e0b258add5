import { performance } from 'node:perf_hooks';
import type { Logger } from '@slack/bolt';
import { WebClient } from '@slack/web-api';
import type { Config } from '../config/config.js';
import { buildExportFile, exportWhat } from '../documents/xlsx/export-workbook.js';
import type { I18n } from '../i18n/index.js';
import type { PreparedExport } from '../domain/export/prepared-export.model.js';
import type { Reply } from './commands/reply.js';
import { presentError } from './error-message.js';
import { PeopleNames } from './people-names.js';
import { shareFile } from './upload.js';

/** The Web API client and logger the exports use. */
export interface ExportSlack {
  readonly client: WebClient;
  readonly logger: Logger;
  /** Names for the people in the file (users.info, cached). */
  readonly names: PeopleNames;
}

const perConfig = new WeakMap<Config, Omit<ExportSlack, 'logger'>>();

/**
 * The exports' own Web API client (like the outbox dispatcher's), made once per configuration: uploads need a longer
 * timeout than the listeners' 10 s, and a 429 on a progress update is waited out in the background. It logs through
 * the app's logger (the listener's, which masks secrets).
 */
export function exportSlackFor(config: Config, logger: Logger): ExportSlack {
  let shared = perConfig.get(config);
  if (!shared) {
    const client = new WebClient(config.slack.botToken, { ...(config.slack.apiUrl ? { slackApiUrl: config.slack.apiUrl } : {}), retryConfig: { retries: 2 }, timeout: 60_000, logger });
    perConfig.set(config, (shared = { client, names: new PeopleNames(client, logger) }));
  }
  return { ...shared, logger };
}

/**
 * When to update a progress message: at least `step` percentage points and `minIntervalMs` after the last update
 * (chat.update is rate-limited to about one call a second per channel). Never 100%: "done" replaces the message.
 */
export class ProgressThrottle {
  private lastPercent = 0;
  private lastAt: number;

  constructor(private readonly total: number, private readonly o: { readonly step: number; readonly minIntervalMs: number; readonly now: () => number }) {
    this.lastAt = o.now();
  }

  /** The percentage to show after `done` rows, or null when it is too soon or too close to the last one. */
  next(done: number): number | null {
    const percent = this.total > 0 ? Math.min(99, Math.floor((done * 100) / this.total)) : 0;
    const at = this.o.now();
    if (percent - this.lastPercent < this.o.step || at - this.lastAt < this.o.minIntervalMs) return null;
    this.lastPercent = percent;
    this.lastAt = at;
    return percent;
  }
}

export interface ExportRun {
  readonly slack: ExportSlack;
  readonly userId: string;
  readonly i18n: I18n;
  readonly prepared: PreparedExport;
  /** The command's ephemeral answer: used for a failure before the DM message exists. */
  readonly reply: Reply;
  /** Progress updates at most this often (default 1 s) and every `step` percent (default 10). */
  readonly progress?: { readonly minIntervalMs?: number; readonly step?: number };
}

/**
 * Runs an export after the command was acknowledged: one DM message ("building… 0%") updated as pages are written,
 * the file shared in the DM (files.uploadV2), then the message replaced by "done: N rows". Building yields to the
 * event loop between pages (documents/xlsx/xlsx-table.ts) and progress updates never hold it up, so other requests
 * are answered meanwhile. A failure is shown in the progress message (or the command's answer) and logged with an
 * error id; it is not rethrown, so the person is told once.
 */
export async function runExport(r: ExportRun): Promise<{ ok: boolean; rows: number }> {
  const { client, logger } = r.slack;
  const { t } = r.i18n;
  const what = exportWhat(r.i18n, r.prepared);
  let message: { channel: string; ts: string } | undefined;
  let updating: Promise<unknown> = Promise.resolve();
  let inFlight = false;
  const update = (text: string) => client.chat.update({ channel: message!.channel, ts: message!.ts, text });
  try {
    const opened = await client.conversations.open({ users: r.userId });
    const channel = opened.channel?.id;
    if (!channel) throw new Error('conversations.open returned no channel');
    const posted = await client.chat.postMessage({ channel, text: t('export.progress', { what, percent: 0 }) });
    if (!posted.ts) throw new Error('chat.postMessage returned no ts');
    message = { channel: posted.channel ?? channel, ts: posted.ts };

    const throttle = new ProgressThrottle(r.prepared.total, { step: r.progress?.step ?? 10, minIntervalMs: r.progress?.minIntervalMs ?? 1000, now: () => performance.now() });
    const onRows = (written: number) => {
      const percent = throttle.next(written);
      if (percent === null || inFlight) return; // a slow Slack never holds the export up; the next step catches up
      inFlight = true;
      updating = update(t('export.progress', { what, percent }))
        .catch((error: unknown) => logger.warn(`export progress update for ${r.userId} failed:`, error))
        .finally(() => (inFlight = false));
    };
    const file = await buildExportFile(r.prepared, r.i18n, onRows, r.slack.names);
    await shareFile(client, {
      channel: message.channel, filename: file.filename, title: file.what, bytes: file.bytes,
      comment: t('export.file_comment', { what: file.what, rows: file.rows, date: r.i18n.dateTime(r.prepared.createdAt) }),
    });
    await updating;
    await update(t('export.done', { what, rows: file.rows }));
    logger.info(`export ${r.prepared.kind} for ${r.userId}: ${file.rows} rows, ${file.bytes.length} bytes`);
    return { ok: true, rows: file.rows };
  } catch (error) {
    const shown = presentError(r.i18n, error);
    const reason = shown.errorId ? t('error.unexpected', { id: shown.errorId }) : shown.message;
    logger.error(`${shown.errorId ? `[${shown.errorId}] ` : ''}export ${r.prepared.kind} for ${r.userId} failed:`, error);
    try {
      await updating;
      if (message) await update(t('export.failed', { what, error: reason }));
      else await r.reply({ text: t('export.failed', { what, error: reason }) });
    } catch (showError) {
      logger.error(`could not tell ${r.userId} that the export failed:`, showError);
    }
    return { ok: false, rows: 0 };
  }
}
