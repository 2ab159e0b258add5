import type { Clock } from '../../clock.js';
import type { Queryable } from '../../db/knex.js';
import { localDate } from '../../domain/calendar.js';
import { countInspections, countLedger, countUnits, inspectionsPage, ledgerPage, unitHazardFactsPage, unitsPage } from '../../db/repositories/export.repository.js';
import type { ExportRequest, LedgerStatusFilter } from '../../domain/export/export-request.js';
import type { PreparedExport } from '../../domain/export/prepared-export.model.js';
import { ACTIVE_STATUSES, type HazardStatus } from '../../domain/hazard/hazard.js';
import { assertCan } from '../../domain/permissions.js';
import { periodBefore, periodContaining, type ReportPeriod } from '../../domain/report/report-period.js';
import { countHazard, NO_COUNTS, type UnitStatsRow } from '../../domain/report/unit-stats.js';
import { loadActor } from '../access.js';

/** Rows read per query: small enough that other requests get the database between pages. */
export const EXPORT_PAGE_SIZE = 500;

/** The states each ledger filter lists: "open" is everything not yet closed (nor void). */
const LEDGER_STATUSES: Readonly<Record<LedgerStatusFilter, readonly HazardStatus[] | null>> = {
  open: ['reported', ...ACTIVE_STATUSES],
  closed: ['closed'],
  all: null,
};

/**
 * Exports (issue 5 points 4 and 5): the hazard ledger, the units, the inspections and the per-unit statistics. Read-only:
 * no transaction is held while the rows are read (on SQLite that would stop every other request for the whole
 * export); each page is one short query, keyed by id, so the rows come out in a stable order.
 */
export class ExportService {
  constructor(private readonly deps: { readonly db: Queryable; readonly clock: Clock; readonly adminUserIds: readonly string[]; readonly timezone: string }) {}

  /**
   * Checks that the person may export (`export.run`), fills in the period left out (the current year; for the
   * statistics the quarter just ended) and counts the rows.
   */
  async prepare(userId: string, request: ExportRequest): Promise<PreparedExport> {
    const { db } = this.deps;
    assertCan(await loadActor(db, userId, this.deps.adminUserIds), 'export.run');
    const createdAt = this.deps.clock.now();
    const today = localDate(createdAt, this.deps.timezone);
    switch (request.kind) {
      case 'hazards': {
        const period = request.period ?? periodContaining('year', today);
        const filter = { start: period.start, end: period.end, statuses: LEDGER_STATUSES[request.status] };
        return { kind: 'hazards', period, status: request.status, today, createdAt, total: await countLedger(db, filter), pages: () => paged((after) => ledgerPage(db, filter, after, EXPORT_PAGE_SIZE)) };
      }
      case 'units':
        return { kind: 'units', today, createdAt, total: await countUnits(db), pages: () => paged((after) => unitsPage(db, ACTIVE_STATUSES, after, EXPORT_PAGE_SIZE)) };
      case 'inspections': {
        const period = request.period ?? periodContaining('year', today);
        return { kind: 'inspections', period, today, createdAt, total: await countInspections(db, period), pages: () => paged((after) => inspectionsPage(db, period, after, EXPORT_PAGE_SIZE)) };
      }
      case 'stats': {
        const period = request.period ?? periodBefore(periodContaining('quarter', today));
        return { kind: 'stats', period, today, createdAt, total: await countUnits(db), pages: () => statsPages(db, period) };
      }
    }
  }
}

/** Pages of rows keyed by id, until a page comes back short. */
async function* paged<R extends { readonly id: number }>(page: (after: number) => Promise<readonly R[]>): AsyncGenerator<readonly R[]> {
  let after = 0;
  for (;;) {
    const rows = await page(after);
    if (rows.length > 0) yield rows;
    if (rows.length < EXPORT_PAGE_SIZE) return;
    after = rows.at(-1)!.id;
  }
}

/** Every unit with the counts of the hazards found at it in the period (a unit with none has a row of zeros). */
async function* statsPages(db: Queryable, period: ReportPeriod): AsyncGenerator<readonly UnitStatsRow[]> {
  for await (const units of paged((after) => unitHazardFactsPage(db, period, after, EXPORT_PAGE_SIZE))) {
    yield units.map((u) => ({ unitId: u.id, unitName: u.name, creditCode: u.creditCode, town: u.town, ...u.hazards.reduce(countHazard, NO_COUNTS) }));
  }
}
