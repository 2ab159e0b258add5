import { afterEach, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/db/migrate.js';
import { recordAudit } from '../../src/db/repositories/audit.repository.js';
import { Transactor } from '../../src/db/transaction.js';
import { allocateRecordNumber } from '../../src/services/record-number.js';
import { MIGRATIONS } from '../../migrations/index.js';
import { DIALECTS, migratedDb, sqliteFile } from '../support/test-db.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

describe.each(DIALECTS)('database on %s', (dialect) => {
  it('hands out year-scoped numbers that stay unique and gapless under 60 concurrent transactions', async () => {
    const { db, close } = await migratedDb(dialect);
    cleanups.push(close);
    const tx = new Transactor(db);
    const at = new Date('2026-11-30T02:00:00Z');
    const numbers = await Promise.all(Array.from({ length: 60 }, (_, i) => tx.run((trx) => allocateRecordNumber(trx, i % 2 ? 'YH' : 'ZG', at, 'Asia/Shanghai'))));
    const yh = numbers.filter((n) => n.startsWith('YH')).sort();
    expect(new Set(numbers).size).toBe(60);
    expect(yh).toEqual(Array.from({ length: 30 }, (_, i) => `YH-2026-${String(i + 1).padStart(4, '0')}`));
  });

  it('starts each year at 0001 in the office time zone (Shanghai new year comes 8 hours before UTC)', async () => {
    const { db, close } = await migratedDb(dialect);
    cleanups.push(close);
    const tx = new Transactor(db);
    const next = (iso: string) => tx.run((trx) => allocateRecordNumber(trx, 'JC', new Date(iso), 'Asia/Shanghai'));
    expect(await next('2026-12-31T15:59:59Z')).toBe('JC-2026-0001');
    expect(await next('2026-12-31T16:00:00Z')).toBe('JC-2027-0001');
    expect(await next('2026-12-31T15:59:59Z')).toBe('JC-2026-0002');
  });

  it('gives a number back when its transaction rolls back', async () => {
    const { db, close } = await migratedDb(dialect);
    cleanups.push(close);
    const tx = new Transactor(db);
    const at = new Date('2026-11-30T02:00:00Z');
    await expect(tx.run(async (trx) => { await allocateRecordNumber(trx, 'YH', at, 'Asia/Shanghai'); throw new Error('boom'); })).rejects.toThrow('boom');
    expect(await tx.run((trx) => allocateRecordNumber(trx, 'YH', at, 'Asia/Shanghai'))).toBe('YH-2026-0001');
  });

  it('refuses to update or delete audit rows (append-only in the database itself)', async () => {
    const { db, close } = await migratedDb(dialect);
    cleanups.push(close);
    await recordAudit(db, new Date(), { actor: 'U1', entity: 'unit', entityId: 1, action: 'unit.register', after: { a: 1 } });
    await expect(db('audit_log').update({ actor: 'U2' })).rejects.toThrow(/append-only/);
    await expect(db('audit_log').delete()).rejects.toThrow(/append-only/);
    expect((await db('audit_log'))[0]).toMatchObject({ actor: 'U1' });
  });

  it('migrates down and up again cleanly', async () => {
    const { db, close } = await migratedDb(dialect);
    cleanups.push(close);
    await db.migrate.rollback({ migrationSource: sourceFor() }, true);
    expect(await db.schema.hasTable('unit')).toBe(false);
    expect(await migrateToLatest(db)).toEqual(MIGRATIONS.map(([name]) => name));
    expect(await db.schema.hasTable('outbox')).toBe(true);
  });
});

describe('SQLite with two connections (two processes) on one file', () => {
  it('serialises writers on the busy timeout: numbers stay unique across both', async () => {
    const file = sqliteFile();
    const a = file.open();
    const b = file.open();
    cleanups.push(async () => { await a.destroy(); await b.destroy(); });
    await migrateToLatest(a);
    const at = new Date('2026-11-30T02:00:00Z');
    const txa = new Transactor(a);
    const txb = new Transactor(b);
    const run = (tx: Transactor) => tx.run(async (trx) => {
      await trx('counter').where({ prefix: 'none' }).first(); // read first: the case that fails without an immediate write lock
      return allocateRecordNumber(trx, 'YH', at, 'Asia/Shanghai');
    });
    const numbers = await Promise.all(Array.from({ length: 40 }, (_, i) => run(i % 2 ? txa : txb)));
    expect(new Set(numbers).size).toBe(40);
    expect((await a('counter').first()).value).toBe(40);
  });

  it('turns on WAL, foreign keys and a busy timeout', async () => {
    const db = sqliteFile().open();
    cleanups.push(() => db.destroy());
    expect((await db.raw('PRAGMA journal_mode'))[0].journal_mode).toBe('wal');
    expect((await db.raw('PRAGMA foreign_keys'))[0].foreign_keys).toBe(1);
    expect((await db.raw('PRAGMA busy_timeout'))[0].timeout).toBe(5000);
  });
});

function sourceFor() {
  return {
    getMigrations: async () => MIGRATIONS.map(([n]) => n),
    getMigrationName: (n: string) => n,
    getMigration: async (n: string) => MIGRATIONS.find(([m]) => m === n)![1],
  };
}
