import { localDate, localYear } from '../../domain/calendar.js';
import type { HazardDocumentRef } from '../../domain/hazard/document-ref.js';
import { currentOrder, latestAcceptance, latestRectification, type HazardDossier } from '../../domain/hazard/dossier.js';
import type { TimelineEntry } from '../../domain/hazard/timeline.js';
import { formatDocumentNumber } from '../../domain/numbering.js';
import type { Queryable } from '../../db/knex.js';
import type { HazardDocument } from '../../documents/docx/hazard-document.js';
import { loadDossier } from './load-dossier.js';
import { orderDocumentNumber, signers, type DocumentContext } from './document-context.js';
import { loadOrderDocument } from './order-document.js';

/**
 * The document a change produces, if any: a rectification order when one is issued, the re-inspection opinion when a
 * re-inspection is recorded (passed or not), the closure form when the authority's signature closes a major hazard.
 */
export function documentFor(entry: TimelineEntry, after: HazardDossier): HazardDocumentRef | undefined {
  const hazardId = after.hazard.id;
  switch (entry.kind) {
    case 'issue_order': {
      const order = currentOrder(after);
      return order ? { hazardId, document: 'order', recordId: order.id } : undefined;
    }
    case 'reinspect': {
      const report = latestRectification(after);
      return report?.result ? { hazardId, document: 'reinspection', recordId: report.id } : undefined;
    }
    case 'authority_sign': {
      const application = latestAcceptance(after);
      return entry.details.passed === true && after.hazard.status === 'closed' && application ? { hazardId, document: 'closure', recordId: application.id } : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * Everything a document says, read from the database as it stands (a retried delivery renders it again). People are
 * named by `nameOf` (the app asks Slack's directory; a person without a name there appears by their Slack user id).
 */
export async function loadHazardDocument(q: Queryable, ref: HazardDocumentRef, ctx: DocumentContext): Promise<HazardDocument> {
  const d = await loadDossier(q, ref.hazardId);
  const h = d.hazard;
  const day = (at: string) => localDate(new Date(at), ctx.timezone);
  switch (ref.document) {
    case 'order':
      return loadOrderDocument(q, d, ref.recordId, ctx);
    case 'reinspection': {
      const report = d.rectifications.find((r) => r.id === ref.recordId);
      if (!report?.result || !report.reviewedBy || !report.reviewedAt) throw new Error(`no re-inspection of report ${ref.recordId} of hazard ${h.number}`);
      const reviewedAt = report.reviewedAt;
      const order = d.orders.filter((o) => o.issuedAt <= reviewedAt).at(-1);
      const opinion = report.opinion ?? { year: localYear(new Date(reviewedAt), ctx.timezone), serial: 0 };
      return {
        kind: 'reinspection',
        data: {
          hazardNumber: h.number, hazardTitle: h.title, unitName: d.unit.name, office: ctx.office,
          documentNumber: report.opinion ? formatDocumentNumber('reinspection', ctx.office.numberPrefix, opinion.year, opinion.serial) : formatDocumentNumber('reinspection', ctx.office.numberPrefix, opinion.year, '  '),
          order: order ? { documentNumber: orderDocumentNumber(order, ctx), issuedDate: day(order.issuedAt) } : null,
          reinspectedDate: day(reviewedAt), passed: report.result === 'pass', note: report.reviewNote ?? '',
          inspector: (await signers(q, [report.reviewedBy], ctx.nameOf))[0]!,
        },
      };
    }
    case 'closure': {
      const a = d.acceptances.find((x) => x.id === ref.recordId);
      if (!a?.expert || !a.authority?.passed) throw new Error(`acceptance ${ref.recordId} of hazard ${h.number} is not signed by both`);
      // What the unit reported with its application; applications made before it was asked fall back to the plan.
      const legacyMeasures = [d.plan?.methods_and_measures, a.note].filter((s): s is string => Boolean(s?.trim())).join('\n');
      return {
        kind: 'closure',
        data: {
          hazardNumber: h.number, unitName: d.unit.name, hazardTitle: h.title, description: h.description, level: h.level,
          listingDocumentNumber: d.listing?.documentNumber ?? null,
          measuresDone: a.measuresDone?.trim() || legacyMeasures,
          funding: a.fundsSpent ?? h.funding, fundingNote: a.fundsSpent == null ? (d.plan?.funding_and_materials ?? null) : null,
          applicant: { name: await ctx.nameOf(a.applicant), date: day(a.appliedAt) },
          evaluator: { kind: a.evaluatorKind, name: a.evaluatorName, reportRef: a.reportRef },
          expert: { name: await ctx.nameOf(a.expert.by), opinion: a.expert.opinion, date: day(a.expert.at) },
          authority: { name: await ctx.nameOf(a.authority.by), opinion: a.authority.opinion, date: day(a.authority.at) },
          closedDate: day(h.closedAt ?? a.authority.at), office: ctx.office,
        },
      };
    }
  }
}
