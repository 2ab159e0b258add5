import type { Server } from 'node:http';
import { App, HTTPReceiver, SocketModeReceiver, type Receiver } from '@slack/bolt';
import type { Config } from '../config/config.js';
import type { AppLogger } from '../logger.js';
import { AckTrackingReceiver } from './ack-tracking.receiver.js';
import { registerActions } from './actions/index.js';
import { registerCommands } from './commands/index.js';
import type { SlackDeps } from './deps.js';
import { createErrorHandler } from './error-handler.js';
import { appHomeOpened, homeRefresh } from './events/app-home.event.js';
import { healthRoute, type HealthReport } from './health.js';
import { ActionId } from './ids.js';
import { unitPickOptions } from './options/unit-pick.options.js';
import { personMiddleware } from './person.js';
import { registerViews } from './views/index.js';

export interface SlackApp {
  readonly app: App;
  /** Starts listening (HTTP on PORT, or the Socket Mode connection plus /healthz on PORT). Returns the HTTP port. */
  start(): Promise<number | undefined>;
  stop(): Promise<void>;
  /** Listener runs in progress (graceful shutdown waits for them). */
  inFlight(): number;
}

export interface SlackAppOptions {
  readonly config: Config;
  readonly deps: SlackDeps;
  readonly logger: AppLogger;
  readonly health: () => Promise<HealthReport>;
  /** From auth.test at start: given to Bolt so that it does not call auth.test itself (SLACK.md §1.5). */
  readonly botId: string;
  readonly botUserId: string;
}

/** The Slack adapter: a Bolt app with every listener registered, in HTTP or Socket Mode. */
export function buildSlackApp(o: SlackAppOptions): SlackApp {
  const { config, deps, logger } = o;
  // In Socket Mode the health report also says whether the WebSocket is up (it reconnects by itself).
  let socket: 'connecting' | 'connected' | 'reconnecting' | undefined = config.slack.mode === 'socket' ? 'connecting' : undefined;
  const routes = [healthRoute(async () => ({ ...(await o.health()), ...(socket ? { socket } : {}) }))];
  const inner: Receiver =
    config.slack.mode === 'socket'
      ? socketReceiver(config, logger, routes, (state) => (socket = state))
      : new HTTPReceiver({
          signingSecret: config.slack.signingSecret!,
          endpoints: '/slack/events',
          customRoutes: routes,
          logger: logger.child('http'),
        });

  const app = new App({
    token: config.slack.botToken,
    botId: o.botId,
    botUserId: o.botUserId,
    receiver: new AckTrackingReceiver(inner),
    logger,
    extendedErrorHandler: true,
    clientOptions: { ...(config.slack.apiUrl ? { slackApiUrl: config.slack.apiUrl } : {}), retryConfig: { retries: 1 }, timeout: 10_000 },
  });

  let inFlight = 0;
  app.use(async ({ next }) => {
    inFlight++;
    try {
      await next();
    } finally {
      inFlight--;
    }
  });
  app.use(personMiddleware({ localeOf: (u) => deps.settings.localeOf(u), defaultLocale: config.locale, timezone: config.timezone }));
  // After a person's action is handled, their App Home (and that of anyone it gave a to-do) is republished.
  app.use(homeRefresh(deps));
  app.error(createErrorHandler({ client: app.client, logger, defaultLocale: config.locale, timezone: config.timezone }));

  registerCommands(app, deps);
  registerActions(app, deps);
  registerViews(app, deps);
  app.options(ActionId.UnitPick, unitPickOptions(deps));
  app.event('app_home_opened', appHomeOpened(deps));

  return {
    app,
    inFlight: () => inFlight,
    async start() {
      if (config.slack.mode === 'socket') {
        await app.start();
        return config.port;
      }
      const server = (await app.start(config.port)) as Server;
      const address = server.address();
      return typeof address === 'object' && address ? address.port : config.port;
    },
    stop: () => app.stop().then(() => undefined),
  };
}

function socketReceiver(config: Config, logger: AppLogger, customRoutes: ReturnType<typeof healthRoute>[], onState: (state: 'connected' | 'reconnecting') => void): SocketModeReceiver {
  const receiver = new SocketModeReceiver({
    appToken: config.slack.appToken!,
    logger: logger.child('socket'),
    customRoutes,
    installerOptions: { port: config.port, clientOptions: config.slack.apiUrl ? { slackApiUrl: config.slack.apiUrl } : {} },
  });
  receiver.client.on('connected', () => onState('connected'));
  receiver.client.on('reconnecting', () => {
    logger.warn('Socket Mode connection lost; reconnecting');
    onState('reconnecting');
  });
  return receiver;
}
