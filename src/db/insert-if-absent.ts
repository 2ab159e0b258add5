import type { Queryable } from './knex.js';

/**
 * Inserts a row unless one with the same values in `unique` (a unique key of the table) exists: true when this call
 * inserted it. ON CONFLICT DO NOTHING … RETURNING, so two callers at once cannot both insert, on SQLite or PostgreSQL.
 */
export async function insertIfAbsent(q: Queryable, table: string, row: Readonly<Record<string, unknown>>, unique: readonly string[]): Promise<boolean> {
  const inserted = await q(table).insert(row).onConflict([...unique]).ignore().returning(unique[0]!);
  return inserted.length > 0;
}
