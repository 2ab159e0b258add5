import { localYear } from '../domain/calendar.js';
import type { Knex } from 'knex';
import { formatRecordNumber, type NumberPrefix } from '../domain/numbering.js';
import { nextCounterValue } from '../db/repositories/counter.repository.js';

/**
 * The next human number of a kind (YH-2026-0001 …), allocated inside the caller's transaction, so that a rolled-back
 * change gives its number back and a committed one never shares it. The year is the office's (APP_TIMEZONE).
 */
export async function allocateRecordNumber(trx: Knex.Transaction, prefix: NumberPrefix, now: Date, timezone: string): Promise<string> {
  const year = localYear(now, timezone);
  return formatRecordNumber(prefix, year, await nextCounterValue(trx, prefix, year));
}
