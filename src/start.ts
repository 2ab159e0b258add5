import { WebClient } from '@slack/web-api';
import { systemClock, type Clock } from './clock.js';
import { parseConfig, secretValues, type Config } from './config/config.js';
import { configWarnings } from './config/config-warnings.js';
import { migrateToLatest } from './db/migrate.js';
import { DbOutboxStore } from './db/db-outbox-store.js';
import { countOutbox } from './db/repositories/outbox.repository.js';
import { openDatabase, type Db } from './db/knex.js';
import { createLogger, type AppLogger } from './logger.js';
import { buildServices } from './services/index.js';
import { JobRunner } from './jobs/job-runner.js';
import { loadHazardDocument } from './services/hazard/documents.js';
import { Scheduler } from './jobs/scheduler.js';
import { buildSlackApp } from './slack/app.js';
import { identifyBot } from './slack/bot-identity.js';
import type { SlackDeps } from './slack/deps.js';
import { OutboxDispatcher } from './slack/outbox-dispatcher.js';
import { PeopleNames } from './slack/people-names.js';
import { renderNotice } from './slack/notices/render-notice.js';
import { createI18n } from './i18n/index.js';

export interface RunningApp {
  readonly config: Config;
  readonly db: Db;
  readonly port: number | undefined;
  readonly logger: AppLogger;
  /** Graceful stop: no new requests, in-flight work finished, outbox paused, database closed. */
  stop(): Promise<void>;
}

/**
 * The composition root: configuration → database (migrated) → services → outbox dispatcher → Slack app, listening.
 * Throws ConfigError for bad configuration (before anything is opened).
 */
export async function startAnjian(options: { env: Readonly<Record<string, string | undefined>>; clock?: Clock }): Promise<RunningApp> {
  const config = parseConfig(options.env);
  const clock = options.clock ?? systemClock;
  const logger = createLogger({ level: config.logLevel, secrets: secretValues(options.env) });
  logger.info(`starting in ${config.slack.mode === 'socket' ? 'Socket Mode' : 'HTTP mode'} with ${config.database.client === 'pg' ? 'PostgreSQL' : 'SQLite'}`);
  for (const warning of configWarnings(config)) logger.warn(warning);

  const db = openDatabase(config.database);
  try {
    await migrateToLatest(db, logger);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  const { tx, ...services } = buildServices(db, clock, config);
  const jobs = new JobRunner({ tx, clock, config, tiers: services.tiers, logger: logger.child('jobs') });
  const deps: SlackDeps = { config, ...services, jobs };
  const { settings } = services;

  const identity = await identifyBot(config, logger).catch(async (error: unknown) => {
    await db.destroy();
    throw error;
  });
  const outboxClient = new WebClient(config.slack.botToken, {
    ...(config.slack.apiUrl ? { slackApiUrl: config.slack.apiUrl } : {}),
    retryConfig: { retries: 0 }, rejectRateLimitedCalls: true, timeout: 15_000, maxRequestConcurrency: 1, logger: logger.child('outbox'),
  });
  const names = new PeopleNames(outboxClient, logger.child('names'));
  const dispatcher = new OutboxDispatcher({
    store: new DbOutboxStore(db), clock, logger: logger.child('outbox'), channelLocale: config.locale, timezone: config.timezone,
    localeOf: (userId) => settings.localeOf(userId),
    render: (notice, locale) => renderNotice(createI18n(locale, config.timezone), notice, {
      hazardCard: (id) => services.hazards.card(id),
      hazardDocument: (ref) => loadHazardDocument(db, ref, { timezone: config.timezone, office: config.office, nameOf: (id) => names.of(id) }),
    }),
    client: outboxClient,
  });
  tx.onCommit(() => dispatcher.kick());

  const slack = buildSlackApp({
    config, deps, logger, ...identity,
    health: async () => {
      await db.raw('select 1');
      const outbox = await countOutbox(db);
      return { ok: true, mode: config.slack.mode, database: config.database.client, outbox: { pending: outbox.pending + outbox.sending, failed: outbox.failed } };
    },
  });
  const port = await slack.start();
  dispatcher.start();
  const scheduler = new Scheduler({ runner: jobs, config, clock, logger: logger.child('jobs') });
  scheduler.start();
  const catchingUp = scheduler.catchUp().catch((error: unknown) => logger.error('catch-up of missed jobs failed:', error));
  logger.info(`anjian is ready${port !== undefined ? ` on port ${port}` : ''}`);

  let stopping: Promise<void> | undefined;
  return {
    config, db, port, logger,
    stop: () => (stopping ??= (async () => {
      logger.info('stopping: no new requests');
      await scheduler.stop();
      await catchingUp;
      await slack.stop().catch((e: unknown) => logger.warn('stopping the Slack receiver:', e));
      for (let waited = 0; slack.inFlight() > 0 && waited < 10_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
      await dispatcher.stop();
      await db.destroy();
      logger.info('stopped');
    })()),
  };
}
