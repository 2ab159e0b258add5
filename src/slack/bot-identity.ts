import { WebClient } from '@slack/web-api';
import type { Config } from '../config/config.js';
import type { AppLogger } from '../logger.js';

export class SlackTokenRejectedError extends Error {
  constructor(readonly reason: string) {
    super(`Slack rejected SLACK_BOT_TOKEN (${reason}). Copy the Bot User OAuth Token (xoxb-…) from OAuth & Permissions after installing the app.`);
    this.name = 'SlackTokenRejectedError';
  }
}

const FATAL = new Set(['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired', 'not_allowed_token_type']);

/**
 * Asks Slack who the bot is (auth.test) once at start, so Bolt need not (SLACK.md §1.5) and a wrong token stops the
 * start with a clear message. If Slack cannot be reached, the app starts anyway: nothing it stores depends on Slack,
 * and the outbox delivers once Slack answers.
 */
export async function identifyBot(config: Config, logger: AppLogger): Promise<{ botId: string; botUserId: string }> {
  const client = new WebClient(config.slack.botToken, {
    ...(config.slack.apiUrl ? { slackApiUrl: config.slack.apiUrl } : {}),
    retryConfig: { retries: 2, factor: 1, minTimeout: 500, maxTimeout: 1000 },
    timeout: 5000,
    logger,
  });
  try {
    const res = await client.auth.test();
    logger.info(`connected to Slack workspace ${res.team ?? res.team_id ?? '?'} as ${res.user ?? res.user_id ?? '?'}`);
    return { botId: res.bot_id ?? 'B_UNKNOWN', botUserId: res.user_id ?? 'U_UNKNOWN' };
  } catch (error) {
    const code = (error as { data?: { error?: string } }).data?.error;
    if (code && FATAL.has(code)) throw new SlackTokenRejectedError(code);
    logger.warn(`could not reach Slack to check the bot token (${code ?? (error as Error).message}); starting anyway`);
    return { botId: 'B_UNKNOWN', botUserId: 'U_UNKNOWN' };
  }
}
