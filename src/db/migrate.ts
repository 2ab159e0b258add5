import type { Knex } from 'knex';
import { MIGRATIONS } from '../../migrations/index.js';
import type { AppLogger } from '../logger.js';

const source: Knex.MigrationSource<string> = {
  getMigrations: async () => MIGRATIONS.map(([name]) => name),
  getMigrationName: (name) => name,
  getMigration: async (name) => {
    const found = MIGRATIONS.find(([n]) => n === name);
    if (!found) throw new Error(`unknown migration ${name}`);
    return found[1];
  },
};

/**
 * Brings the schema up to date, logging each migration it runs. A failure throws (the start stops); when another
 * instance holds the migration lock, waits for it.
 */
export async function migrateToLatest(db: Knex, logger?: AppLogger): Promise<string[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      const [batch, ran] = (await db.migrate.latest({ migrationSource: source })) as [number, string[]];
      for (const name of ran) logger?.info(`migration ${name} applied (batch ${batch})`);
      if (ran.length === 0) logger?.info('database schema is up to date');
      return ran;
    } catch (error) {
      if (attempt < 60 && /already locked/i.test(String((error as Error).message))) {
        logger?.warn('another instance is migrating the database; waiting');
        await new Promise((r) => setTimeout(r, 500));
        continue;
      }
      throw error;
    }
  }
}
