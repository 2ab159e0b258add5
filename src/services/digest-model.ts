import type { Knex } from 'knex';
import type { Config } from '../config/config.js';
import { buildDigest, type DigestModel } from '../domain/digest/digest.js';
import { loadScheduleFacts } from '../db/repositories/schedule.repository.js';

/**
 * Builds the day's digest model from the database (four queries, then one pass over the units): what the daily digest
 * job posts and what App Home shows.
 */
export async function digestModel(q: Knex | Knex.Transaction, today: string, config: Pick<Config, 'rules' | 'timezone'>): Promise<DigestModel> {
  return buildDigest(await loadScheduleFacts(q, today, config.rules.cadences, config.timezone), today, config.rules.cadences, config.rules.digestSoonDays);
}
