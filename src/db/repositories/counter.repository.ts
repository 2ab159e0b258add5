import type { Queryable } from '../knex.js';

/**
 * Year-scoped counters. One upsert both creates the year's row and increments it, and returns the new value, so two
 * concurrent writers can never read the same number (on SQLite the write lock serialises them; on PostgreSQL the row
 * lock of ON CONFLICT DO UPDATE does).
 */
export async function nextCounterValue(q: Queryable, prefix: string, year: number): Promise<number> {
  const rows = (await q('counter')
    .insert({ prefix, year, value: 1 })
    .onConflict(['prefix', 'year'])
    .merge({ value: q.raw('?? + 1', ['counter.value']) })
    .returning('value')) as { value: number | string }[];
  const value = Number(rows[0]?.value);
  if (!Number.isInteger(value) || value < 1) throw new Error(`counter ${prefix}/${year} returned no value`);
  return value;
}
