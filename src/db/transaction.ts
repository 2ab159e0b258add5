import type { Knex } from 'knex';
import { isSqlite, type Db } from './knex.js';

/**
 * Runs one use case in one transaction. On SQLite the transaction takes the write lock at once (a no-op write as its
 * first statement), so two writers queue on the busy timeout instead of failing when one upgrades from reading; a
 * transient conflict (SQLITE_BUSY, or a PostgreSQL serialization failure or deadlock) retries the whole function.
 * After a commit every registered listener runs (the outbox dispatcher wakes up there).
 */
export class Transactor {
  private readonly commitListeners: (() => void)[] = [];

  constructor(readonly db: Db) {}

  onCommit(listener: () => void): void {
    this.commitListeners.push(listener);
  }

  async run<T>(work: (trx: Knex.Transaction) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        const result = await this.db.transaction(async (trx) => {
          if (isSqlite(trx)) await trx.raw('UPDATE counter SET value = value WHERE 1 = 0');
          return work(trx);
        });
        for (const listener of this.commitListeners) listener();
        return result;
      } catch (error) {
        if (attempt >= 5 || !isTransientConflict(error)) throw error;
        await new Promise((r) => setTimeout(r, 20 * attempt + Math.floor(Math.random() * 30)));
      }
    }
  }
}

function isTransientConflict(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === 'SQLITE_BUSY' || code === '40001' || code === '40P01';
}
