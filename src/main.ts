import { ConfigError } from './config/config.js';
import { readEnvironment } from './env-file.js';
import { createLogger } from './logger.js';
import { SlackTokenRejectedError } from './slack/bot-identity.js';
import { startAnjian, type RunningApp } from './start.js';

/** Exit code for configuration errors (sysexits EX_CONFIG). */
const EXIT_CONFIG = 78;

async function main(): Promise<void> {
  const bootLogger = createLogger({});
  let running: RunningApp;
  try {
    running = await startAnjian({ env: readEnvironment() });
  } catch (error) {
    if (error instanceof ConfigError || error instanceof SlackTokenRejectedError) {
      process.stderr.write(`anjian cannot start.\n${error.message}\n`);
      process.exit(EXIT_CONFIG);
    }
    bootLogger.error('anjian could not start:', error);
    process.exit(1);
  }

  const logger = running.logger;
  process.on('unhandledRejection', (reason) => logger.error('unhandled rejection (the process keeps running):', reason));
  process.on('uncaughtException', (error) => logger.error('uncaught exception (the process keeps running):', error));
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      logger.info(`${signal} received`);
      const force = setTimeout(() => {
        logger.error('shutdown took longer than 20 s; exiting');
        process.exit(1);
      }, 20_000);
      force.unref();
      running.stop().then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error('shutdown failed:', error);
          process.exit(1);
        },
      );
    });
  }
}

void main();
