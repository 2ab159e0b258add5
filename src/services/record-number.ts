import { localYear } from '../domain/calendar.js';
import type { Knex } from 'knex';
import { formatRecordNumber, type DocumentKind, type NumberPrefix } from '../domain/numbering.js';
import type { DocumentSerial } from '../domain/hazard/records.js';
import { nextCounterValue } from '../db/repositories/counter.repository.js';

/**
 * The next human number of a kind (YH-2026-0001 …), allocated inside the caller's transaction, so that a rolled-back
 * change gives its number back and a committed one never shares it. The year is the office's (APP_TIMEZONE).
 */
export async function allocateRecordNumber(trx: Knex.Transaction, prefix: NumberPrefix, now: Date, timezone: string): Promise<string> {
  const year = localYear(now, timezone);
  return formatRecordNumber(prefix, year, await nextCounterValue(trx, prefix, year));
}

/** Counter names of the official documents' serials (per year), apart from the YH/ZG/JC record numbers. */
const DOCUMENT_COUNTER: Readonly<Record<DocumentKind, string>> = { order: 'DOC-ZG', reinspection: 'DOC-FC' };

/** The next serial of an official document (责改 or 复查) in the office's year, allocated in the caller's transaction. */
export async function allocateDocumentSerial(trx: Knex.Transaction, kind: DocumentKind, now: Date, timezone: string): Promise<DocumentSerial> {
  const year = localYear(now, timezone);
  return { year, serial: await nextCounterValue(trx, DOCUMENT_COUNTER[kind], year) };
}
