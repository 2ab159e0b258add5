import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import knexFactory, { type Knex } from 'knex';
import type { DatabaseConfig } from '../config/config.js';

export type Db = Knex;
/** A query runner: the database or a transaction in progress. */
export type Queryable = Knex | Knex.Transaction;

/** Milliseconds a SQLite connection waits for another writer before it reports SQLITE_BUSY. */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

/**
 * Opens the database. SQLite (the default) gets WAL, foreign keys and a busy timeout on every connection, and its
 * directory is created; PostgreSQL gets a small pool. Both run the same migrations and queries.
 */
export function openDatabase(config: DatabaseConfig): Knex {
  if (config.client === 'pg') {
    return knexFactory({ client: 'pg', connection: config.connectionString, pool: { min: 0, max: 10 } });
  }
  const memory = config.filename === ':memory:';
  const filename = memory ? ':memory:' : resolve(config.filename);
  if (!memory) mkdirSync(dirname(filename), { recursive: true });
  return knexFactory({
    client: 'sqlite3',
    connection: { filename },
    useNullAsDefault: true,
    // One connection: SQLite has one writer at a time anyway, and an in-memory database lives in its connection.
    pool: {
      min: 1,
      max: 1,
      idleTimeoutMillis: Number.MAX_SAFE_INTEGER,
      afterCreate: (conn: { exec(sql: string, cb: (err: Error | null) => void): void }, done: (err: Error | null, conn: unknown) => void) => {
        const pragmas = [`PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`, 'PRAGMA foreign_keys = ON', memory ? '' : 'PRAGMA journal_mode = WAL', 'PRAGMA synchronous = NORMAL', 'PRAGMA cache_size = -65536'];
        conn.exec(pragmas.filter(Boolean).join(';'), (err) => done(err, conn));
      },
    },
  });
}

export function isSqlite(db: Queryable): boolean {
  return db.client.config.client === 'sqlite3';
}

/** A unique-constraint violation on SQLite or PostgreSQL. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; errno?: number; message?: string } | null;
  if (!e) return false;
  if (e.code === '23505') return true;
  return e.code === 'SQLITE_CONSTRAINT' && /UNIQUE constraint failed/.test(e.message ?? '');
}
