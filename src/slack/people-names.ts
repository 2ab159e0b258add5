import { performance } from 'node:perf_hooks';
import type { WebClient } from '@slack/web-api';
import type { Logger } from '@slack/bolt';

/** How long a looked-up name is trusted (people rarely rename themselves; a restart forgets all). */
const KEEP_MS = 6 * 60 * 60 * 1000;
/** How long a failed lookup (no users:read scope, an unknown user) keeps the id instead, before asking again. */
const KEEP_FALLBACK_MS = 10 * 60 * 1000;

/**
 * People's names for printed and exported documents (an order signed by "王检查员", not "U0123ABC"). Slack is the
 * directory: users.info (scope users:read) gives the real name, else the display name, else the handle; anjian keeps no
 * copy in its database, only this cache in memory. When Slack says no for good (missing scope, unknown user) the Slack
 * user id stands in; a rate limit or a network error is thrown, so that the delivery waiting on it is retried.
 */
export class PeopleNames {
  private readonly cache = new Map<string, { name: string; until: number }>();

  constructor(private readonly client: WebClient, private readonly logger?: Logger) {}

  /** A person's name (looked up once, then from the cache). */
  async of(userId: string): Promise<string> {
    const cached = this.cache.get(userId);
    if (cached && cached.until > performance.now()) return cached.name;
    let name = userId;
    let keep = KEEP_MS;
    try {
      const res = await this.client.users.info({ user: userId });
      const u = res.user;
      name = u?.profile?.real_name?.trim() || u?.real_name?.trim() || u?.profile?.display_name?.trim() || u?.name?.trim() || userId;
    } catch (error) {
      const code = (error as { code?: string; data?: { error?: string } }).code;
      if (code !== 'slack_webapi_platform_error') throw error;
      this.logger?.warn(`users.info ${userId}: ${(error as { data?: { error?: string } }).data?.error}; the Slack user id stands in for the name`);
      keep = KEEP_FALLBACK_MS;
    }
    this.cache.set(userId, { name, until: performance.now() + keep });
    return name;
  }

  /** Looks up several people (each once); afterwards `known` answers for them without waiting. */
  async prefetch(userIds: Iterable<string>): Promise<void> {
    for (const id of new Set(userIds)) await this.of(id);
  }

  /** A name already looked up, or the id itself. */
  known(userId: string): string {
    return this.cache.get(userId)?.name ?? userId;
  }
}
