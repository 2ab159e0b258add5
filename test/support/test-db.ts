import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import knexFactory from 'knex';
import type { DatabaseConfig } from '../../src/config/config.js';
import { openDatabase, type Db } from '../../src/db/knex.js';
import { migrateToLatest } from '../../src/db/migrate.js';

export interface TestDatabase {
  readonly name: string;
  readonly config: DatabaseConfig;
  open(): Db;
  destroy(): Promise<void>;
}

/** A fresh SQLite file in a temporary directory (WAL, like production). */
export function sqliteFile(): TestDatabase {
  const filename = join(mkdtempSync(join(tmpdir(), 'anjian-test-')), 'test.sqlite');
  return { name: 'sqlite', config: { client: 'sqlite', filename }, open: () => openDatabase({ client: 'sqlite', filename }), destroy: async () => {} };
}

/**
 * A fresh PostgreSQL database on the server of TEST_DATABASE_URL (created here, dropped after), or undefined when
 * that variable is not set. .ci/run sets it when PostgreSQL is available.
 */
export async function postgresDatabase(): Promise<TestDatabase | undefined> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return undefined;
  const name = `anjian_test_${randomBytes(6).toString('hex')}`;
  const admin = knexFactory({ client: 'pg', connection: url, pool: { min: 0, max: 1 } });
  await admin.raw(`create database ${name}`);
  await admin.destroy();
  const u = new URL(url);
  u.pathname = `/${name}`;
  const config: DatabaseConfig = { client: 'pg', connectionString: u.toString() };
  return {
    name: 'postgres',
    config,
    open: () => openDatabase(config),
    destroy: async () => {
      const a = knexFactory({ client: 'pg', connection: url, pool: { min: 0, max: 1 } });
      await a.raw(`drop database if exists ${name} with (force)`);
      await a.destroy();
    },
  };
}

/** The databases service tests run on: SQLite always, PostgreSQL too when TEST_DATABASE_URL is set. */
export const DIALECTS: readonly ('sqlite' | 'postgres')[] = process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

export async function migratedDb(dialect: 'sqlite' | 'postgres'): Promise<{ db: Db; database: TestDatabase; close(): Promise<void> }> {
  const database = dialect === 'postgres' ? (await postgresDatabase())! : sqliteFile();
  const db = database.open();
  await migrateToLatest(db);
  return { db, database, close: async () => { await db.destroy(); await database.destroy(); } };
}
