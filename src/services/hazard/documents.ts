import { localDate, localYear } from '../../domain/calendar.js';
import type { HazardDocumentRef } from '../../domain/hazard/document-ref.js';
import { currentOrder, latestAcceptance, latestRectification, type HazardDossier } from '../../domain/hazard/dossier.js';
import type { TimelineEntry } from '../../domain/hazard/timeline.js';
import type { Queryable } from '../../db/knex.js';
import { getInspection } from '../../db/repositories/inspection.repository.js';
import { getEnforcementCards } from '../../db/repositories/user-setting.repository.js';
import type { DocPerson } from '../../documents/docx/docx-helpers.js';
import type { HazardDocument } from '../../documents/docx/hazard-document.js';
import { loadDossier } from './load-dossier.js';

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

/** Turns a Slack user id into the name printed on a document (src/slack/people-names.ts); by default the id itself. */
export type NameOf = (userId: string) => Promise<string>;

/**
 * Everything a document says, read from the database as it stands (a retried delivery renders it again). People are
 * named by `nameOf` (the app asks Slack's directory; a person without a name there appears by their Slack user id).
 */
export async function loadHazardDocument(q: Queryable, timezone: string, ref: HazardDocumentRef, nameOf: NameOf = async (id) => id): Promise<HazardDocument> {
  const d = await loadDossier(q, ref.hazardId);
  const h = d.hazard;
  const day = (at: string) => localDate(new Date(at), timezone);
  const year = (at: string) => localYear(new Date(at), timezone);
  const people = async (userIds: readonly string[]): Promise<DocPerson[]> => {
    const cards = await getEnforcementCards(q, userIds);
    return Promise.all(userIds.map(async (u) => ({ name: await nameOf(u), card: cards.get(u) ?? null })));
  };
  switch (ref.document) {
    case 'order': {
      const order = d.orders.find((o) => o.id === ref.recordId);
      if (!order) throw new Error(`no order ${ref.recordId} of hazard ${h.number}`);
      const inspection = h.inspectionId !== null ? await getInspection(q, h.inspectionId) : undefined;
      const signers = [...new Set([order.issuedBy, ...(inspection?.inspectors ?? [])])];
      return {
        kind: 'order',
        data: {
          orderNumber: order.number, year: year(order.issuedAt), hazardNumber: h.number, unitName: d.unit.name,
          problems: [{ title: h.title, location: h.location, description: h.description }], majorItems: h.level === 'major' ? [1] : [], measures: order.measures, deadline: order.deadline,
          issuedDate: day(order.issuedAt), inspectors: await people(signers),
        },
      };
    }
    case 'reinspection': {
      const report = d.rectifications.find((r) => r.id === ref.recordId);
      if (!report?.result || !report.reviewedBy || !report.reviewedAt) throw new Error(`no re-inspection of report ${ref.recordId} of hazard ${h.number}`);
      const reviewedAt = report.reviewedAt;
      const order = d.orders.filter((o) => o.issuedAt <= reviewedAt).at(-1);
      return {
        kind: 'reinspection',
        data: {
          hazardNumber: h.number, hazardTitle: h.title, unitName: d.unit.name,
          order: order ? { number: order.number, year: year(order.issuedAt), issuedDate: day(order.issuedAt) } : null,
          year: year(reviewedAt), reinspectedDate: day(reviewedAt), passed: report.result === 'pass', note: report.reviewNote ?? '',
          inspector: (await people([report.reviewedBy]))[0]!,
        },
      };
    }
    case 'closure': {
      const a = d.acceptances.find((x) => x.id === ref.recordId);
      if (!a?.expert || !a.authority?.passed) throw new Error(`acceptance ${ref.recordId} of hazard ${h.number} is not signed by both`);
      return {
        kind: 'closure',
        data: {
          hazardNumber: h.number, unitName: d.unit.name, hazardTitle: h.title, description: h.description, level: h.level,
          listingDocumentNumber: d.listing?.documentNumber ?? null,
          measuresDone: [d.plan?.methods_and_measures, a.note].filter((s): s is string => Boolean(s?.trim())).join('\n'),
          funding: h.funding, fundingNote: d.plan?.funding_and_materials ?? null,
          applicant: { name: await nameOf(a.applicant), date: day(a.appliedAt) },
          evaluator: { kind: a.evaluatorKind, name: a.evaluatorName, reportRef: a.reportRef },
          expert: { name: await nameOf(a.expert.by), opinion: a.expert.opinion, date: day(a.expert.at) },
          authority: { name: await nameOf(a.authority.by), opinion: a.authority.opinion, date: day(a.authority.at) },
          closedDate: day(h.closedAt ?? a.authority.at),
        },
      };
    }
  }
}
