import { addDays, localDate, localDayStartUtc } from '../../domain/calendar.js';
import { UNCOUNTED_STATUSES, type FigureRow, type ListedProgress } from '../../domain/report/figures.js';
import type { ReportPeriod } from '../../domain/report/report-period.js';
import type { Queryable } from '../knex.js';

type Row = Record<string, any>;
type Span = Pick<ReportPeriod, 'start' | 'end'>;

/**
 * The hazards the figures of P can count (domain/report/figures.ts decides): found in P, closed on a local day in P,
 * or possibly overdue on `asOf` — a superset, narrowed in SQL so that a period of 10,000 hazards reads only those.
 * Alike hazards (same town, level, status, dates) come as one row with their number `n` (GROUP BY): open hazards of a
 * town sharing a found date and deadline collapse; closing instants are distinct and are turned into local days here.
 */
export async function figureRows(q: Queryable, period: Span, asOf: string, tz: string): Promise<FigureRow[]> {
  const closedFrom = localDayStartUtc(period.start, tz);
  const closedBefore = localDayStartUtc(addDays(period.end, 1), tz);
  const afterAsOf = localDayStartUtc(addDays(asOf, 1), tz);
  const rows: Row[] = await q('hazard')
    .join('unit', 'unit.id', 'hazard.unit_id')
    .whereNotIn('hazard.status', UNCOUNTED_STATUSES)
    .where((w) => {
      w.whereBetween('hazard.found_date', [period.start, period.end])
        .orWhere((c) => c.where('hazard.status', 'closed').where('hazard.closed_at', '>=', closedFrom).where('hazard.closed_at', '<', closedBefore))
        .orWhere((o) => o.where('hazard.deadline', '<', asOf).where('hazard.found_date', '<=', asOf)
          .where((s) => s.whereNot('hazard.status', 'closed').orWhere('hazard.closed_at', '>=', afterAsOf)));
    })
    .groupBy('unit.town', 'hazard.level', 'hazard.status', 'hazard.found_date', 'hazard.deadline', 'hazard.closed_at')
    .select('unit.town as town', 'hazard.level as level', 'hazard.status as status', 'hazard.found_date as found_date', 'hazard.deadline as deadline', 'hazard.closed_at as closed_at')
    .count({ n: '*' });
  return rows.map((r) => ({
    town: String(r.town ?? ''), level: r.level, status: r.status, foundDate: r.found_date, deadline: r.deadline ?? null,
    closedDate: r.closed_at ? localDate(new Date(r.closed_at), tz) : null, n: Number(r.n),
  }));
}

/** Listed major hazards (挂牌督办) listed by the end of P, not void and not closed before P: a superset of those open in P. */
export async function listedRows(q: Queryable, period: Span, tz: string): Promise<ListedProgress[]> {
  const closedFrom = localDayStartUtc(period.start, tz);
  const rows: Row[] = await q('hazard_listing')
    .join('hazard', 'hazard.id', 'hazard_listing.hazard_id')
    .join('unit', 'unit.id', 'hazard.unit_id')
    .where('hazard_listing.listed_date', '<=', period.end)
    .whereNot('hazard.status', 'void')
    .where((w) => w.whereNot('hazard.status', 'closed').orWhere('hazard.closed_at', '>=', closedFrom))
    .select('hazard.id', 'hazard.number', 'hazard.title', 'hazard.status', 'hazard.deadline', 'hazard.closed_at', 'unit.name as unit_name',
      'hazard_listing.leader', 'hazard_listing.level as listing_level', 'hazard_listing.document_number', 'hazard_listing.listed_date');
  return rows.map((r) => ({
    hazardId: Number(r.id), number: r.number, title: r.title, unitName: r.unit_name, status: r.status, deadline: r.deadline ?? null,
    leader: r.leader, listingLevel: r.listing_level, documentNumber: r.document_number, listedDate: r.listed_date,
    closedDate: r.closed_at ? localDate(new Date(r.closed_at), tz) : null,
  }));
}
