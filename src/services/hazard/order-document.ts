import { localDate } from '../../domain/calendar.js';
import type { HazardDossier } from '../../domain/hazard/dossier.js';
import type { Queryable } from '../../db/knex.js';
import { getHazard } from '../../db/repositories/hazard.repository.js';
import { listOrderHazards } from '../../db/repositories/hazard-records.repository.js';
import { getInspection } from '../../db/repositories/inspection.repository.js';
import type { HazardDocument } from '../../documents/docx/hazard-document.js';
import { orderDocumentNumber, signers, type DocumentContext } from './document-context.js';

/**
 * A 责令限期整改指令书: every hazard the order covers (one, or all those of one inspection), the major ones named by
 * their item numbers, and the two officers who issued it with their card numbers. Orders from before the second
 * officer was asked are signed by the issuer and the inspection's inspectors, as they were.
 */
export async function loadOrderDocument(q: Queryable, d: HazardDossier, orderId: number, ctx: DocumentContext): Promise<Extract<HazardDocument, { kind: 'order' }>> {
  const order = d.orders.find((o) => o.id === orderId);
  if (!order) throw new Error(`no order ${orderId} of hazard ${d.hazard.number}`);
  const rows = await listOrderHazards(q, order.number);
  const hazards = [];
  for (const row of rows.length ? rows : [{ hazardId: d.hazard.id }]) {
    const h = row.hazardId === d.hazard.id ? d.hazard : await getHazard(q, row.hazardId);
    if (h) hazards.push(h);
  }
  let officers: string[];
  if (order.secondOfficer) officers = [order.issuedBy, order.secondOfficer];
  else {
    const inspection = d.hazard.inspectionId !== null ? await getInspection(q, d.hazard.inspectionId) : undefined;
    officers = [...new Set([order.issuedBy, ...(inspection?.inspectors ?? [])])];
  }
  return {
    kind: 'order',
    data: {
      orderNumber: order.number, documentNumber: orderDocumentNumber(order, ctx), hazardNumbers: hazards.map((h) => h.number), office: ctx.office, unitName: d.unit.name,
      problems: hazards.map((h) => ({ title: h.title, location: h.location, description: h.description })),
      majorItems: hazards.flatMap((h, i) => (h.level === 'major' ? [i + 1] : [])),
      measures: order.measures, deadline: order.deadline, issuedDate: localDate(new Date(order.issuedAt), ctx.timezone),
      inspectors: await signers(q, officers, ctx.nameOf),
    },
  };
}
