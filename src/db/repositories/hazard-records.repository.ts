import type { PlanElement, RemediationPlan } from '../../domain/hazard/guards.js';
import { PLAN_ELEMENTS } from '../../domain/hazard/guards.js';
import type { HazardPhoto } from '../../domain/hazard/hazard-input.js';
import type { AcceptanceApplication, DocumentSerial, ExpertAssignment, ExtensionRequest, HazardFile, Listing, PlanRecord, Rectification, RectificationOrder, Referral } from '../../domain/hazard/records.js';
import type { Queryable } from '../knex.js';

type Row = Record<string, any>;
const bool = (v: unknown) => (v === null || v === undefined ? null : Boolean(v));

// Orders
export async function insertOrder(q: Queryable, hazardId: number, o: Omit<RectificationOrder, 'id'>): Promise<void> {
  await q('hazard_order').insert({
    hazard_id: hazardId, number: o.number, measures: o.measures, deadline: o.deadline, issued_by: o.issuedBy, issued_at: o.issuedAt,
    second_officer: o.secondOfficer ?? null, doc_year: o.document?.year ?? null, doc_serial: o.document?.serial ?? null, inspection_id: o.inspectionId ?? null,
  });
}
const toOrder = (r: Row): RectificationOrder => ({
  id: Number(r.id), number: r.number, measures: r.measures, deadline: r.deadline, issuedBy: r.issued_by, issuedAt: r.issued_at,
  secondOfficer: r.second_officer ?? null, document: r.doc_serial != null ? { year: Number(r.doc_year), serial: Number(r.doc_serial) } : null,
  inspectionId: r.inspection_id != null ? Number(r.inspection_id) : null,
});
export async function listOrders(q: Queryable, hazardId: number): Promise<RectificationOrder[]> {
  return (await q('hazard_order').where({ hazard_id: hazardId }).orderBy('id')).map(toOrder);
}
/** Every hazard an order (by its ZG number) covers, in the order they were listed, with the row of each. */
export async function listOrderHazards(q: Queryable, number: string): Promise<{ hazardId: number; order: RectificationOrder }[]> {
  return (await q('hazard_order').where({ number }).orderBy('id')).map((r: Row) => ({ hazardId: Number(r.hazard_id), order: toOrder(r) }));
}

// Listing
export async function insertListing(q: Queryable, hazardId: number, l: Listing): Promise<void> {
  await q('hazard_listing').insert({ hazard_id: hazardId, leader: l.leader, level: l.level, document_number: l.documentNumber, listed_date: l.listedDate, listed_by: l.listedBy, listed_at: l.listedAt });
}
export async function getListing(q: Queryable, hazardId: number): Promise<Listing | null> {
  const r = await q('hazard_listing').where({ hazard_id: hazardId }).first();
  return r ? { leader: r.leader, level: r.level, documentNumber: r.document_number, listedDate: r.listed_date, listedBy: r.listed_by, listedAt: r.listed_at } : null;
}

// Experts
export async function listExperts(q: Queryable, hazardId: number): Promise<ExpertAssignment[]> {
  return (await q('hazard_expert').where({ hazard_id: hazardId }).orderBy('assigned_at').orderBy('user_id')).map((r: Row) => ({
    userId: r.user_id, assignedBy: r.assigned_by, assignedAt: r.assigned_at, opinion: r.opinion, opinionAt: r.opinion_at,
  }));
}
/** Returns false when the expert was already assigned. */
export async function insertExpert(q: Queryable, hazardId: number, userId: string, by: string, at: string): Promise<boolean> {
  const rows = await q('hazard_expert').insert({ hazard_id: hazardId, user_id: userId, assigned_by: by, assigned_at: at }).onConflict(['hazard_id', 'user_id']).ignore().returning('user_id');
  return rows.length > 0;
}
export async function setOpinion(q: Queryable, hazardId: number, userId: string, opinion: string, at: string): Promise<boolean> {
  return (await q('hazard_expert').where({ hazard_id: hazardId, user_id: userId }).whereNull('opinion').update({ opinion, opinion_at: at })) === 1;
}

// Plan
export async function upsertPlan(q: Queryable, hazardId: number, plan: RemediationPlan, by: string, at: string): Promise<void> {
  const row = { hazard_id: hazardId, ...plan, recorded_by: by, recorded_at: at };
  await q('hazard_plan').insert(row).onConflict('hazard_id').merge();
}
export async function getPlan(q: Queryable, hazardId: number): Promise<PlanRecord | null> {
  const r = await q('hazard_plan').where({ hazard_id: hazardId }).first();
  if (!r) return null;
  const plan = Object.fromEntries(PLAN_ELEMENTS.map((e) => [e, r[e] as string])) as Record<PlanElement, string>;
  return { ...plan, recordedBy: r.recorded_by, recordedAt: r.recorded_at };
}

// Rectification reports and re-inspections
export async function insertRectification(q: Queryable, hazardId: number, r: Pick<Rectification, 'reportedBy' | 'onBehalf' | 'evidence' | 'reportedAt'>): Promise<void> {
  await q('hazard_rectification').insert({ hazard_id: hazardId, reported_by: r.reportedBy, on_behalf: r.onBehalf, evidence: r.evidence, reported_at: r.reportedAt });
}
export async function listRectifications(q: Queryable, hazardId: number): Promise<Rectification[]> {
  return (await q('hazard_rectification').where({ hazard_id: hazardId }).orderBy('id')).map((r: Row) => ({
    id: Number(r.id), reportedBy: r.reported_by, onBehalf: Boolean(r.on_behalf), evidence: r.evidence, reportedAt: r.reported_at,
    result: r.result, reviewedBy: r.reviewed_by, reviewNote: r.review_note, reviewedAt: r.reviewed_at,
    opinion: r.opinion_serial != null ? { year: Number(r.opinion_year), serial: Number(r.opinion_serial) } : null,
  }));
}
export async function reviewRectification(q: Queryable, id: number, result: 'pass' | 'fail', by: string, note: string, at: string, opinion: DocumentSerial | null = null): Promise<void> {
  await q('hazard_rectification').where({ id }).update({ result, reviewed_by: by, review_note: note, reviewed_at: at, opinion_year: opinion?.year ?? null, opinion_serial: opinion?.serial ?? null });
}

// Acceptance
function toAcceptance(r: Row): AcceptanceApplication {
  return {
    id: Number(r.id), applicant: r.applicant, onBehalf: Boolean(r.on_behalf), evaluatorKind: r.evaluator_kind, evaluatorName: r.evaluator_name, reportRef: r.report_ref,
    note: r.note, appliedAt: r.applied_at, measuresDone: r.measures_done ?? null, fundsSpent: r.funds_spent != null ? Number(r.funds_spent) : null,
    expert: r.expert_by ? { by: r.expert_by, passed: Boolean(bool(r.expert_passed)), opinion: r.expert_opinion ?? '', at: r.expert_at } : null,
    authority: r.authority_by ? { by: r.authority_by, passed: Boolean(bool(r.authority_passed)), opinion: r.authority_opinion ?? '', at: r.authority_at } : null,
  };
}
export async function insertAcceptance(q: Queryable, hazardId: number, a: Omit<AcceptanceApplication, 'id' | 'expert' | 'authority'>): Promise<void> {
  await q('hazard_acceptance').insert({
    hazard_id: hazardId, applicant: a.applicant, on_behalf: a.onBehalf, evaluator_kind: a.evaluatorKind, evaluator_name: a.evaluatorName,
    report_ref: a.reportRef, note: a.note, applied_at: a.appliedAt, measures_done: a.measuresDone ?? null, funds_spent: a.fundsSpent ?? null,
  });
}
export async function listAcceptances(q: Queryable, hazardId: number): Promise<AcceptanceApplication[]> {
  return (await q('hazard_acceptance').where({ hazard_id: hazardId }).orderBy('id')).map(toAcceptance);
}
export async function signAcceptance(q: Queryable, id: number, role: 'expert' | 'authority', s: { by: string; passed: boolean; opinion: string; at: string }): Promise<void> {
  await q('hazard_acceptance').where({ id }).update({ [`${role}_by`]: s.by, [`${role}_passed`]: s.passed, [`${role}_opinion`]: s.opinion, [`${role}_at`]: s.at });
}

// Extensions
export async function insertExtension(q: Queryable, hazardId: number, e: Pick<ExtensionRequest, 'requestedBy' | 'fromDeadline' | 'toDeadline' | 'reason' | 'requestedAt'>): Promise<void> {
  await q('hazard_extension').insert({ hazard_id: hazardId, requested_by: e.requestedBy, from_deadline: e.fromDeadline, to_deadline: e.toDeadline, reason: e.reason, requested_at: e.requestedAt, status: 'pending' });
}
export async function listExtensions(q: Queryable, hazardId: number): Promise<ExtensionRequest[]> {
  return (await q('hazard_extension').where({ hazard_id: hazardId }).orderBy('id')).map((r: Row) => ({
    id: Number(r.id), requestedBy: r.requested_by, fromDeadline: r.from_deadline, toDeadline: r.to_deadline, reason: r.reason, requestedAt: r.requested_at,
    status: r.status, decidedBy: r.decided_by, decisionNote: r.decision_note, decidedAt: r.decided_at,
  }));
}
export async function decideExtension(q: Queryable, id: number, d: { approved: boolean; by: string; note: string; at: string }): Promise<void> {
  await q('hazard_extension').where({ id, status: 'pending' }).update({ status: d.approved ? 'approved' : 'denied', decided_by: d.by, decision_note: d.note, decided_at: d.at });
}

// Joint enforcement
export async function insertReferral(q: Queryable, hazardId: number, r: Referral): Promise<void> {
  await q('hazard_referral').insert({ hazard_id: hazardId, departments: r.departments, measures: r.measures, referred_by: r.referredBy, referred_at: r.referredAt });
}
export async function getReferral(q: Queryable, hazardId: number): Promise<Referral | null> {
  const r = await q('hazard_referral').where({ hazard_id: hazardId }).first();
  return r ? { departments: r.departments, measures: r.measures, referredBy: r.referred_by, referredAt: r.referred_at } : null;
}

// Photos
export async function insertFiles(q: Queryable, hazardId: number, stage: HazardFile['stage'], photos: readonly HazardPhoto[], by: string, at: string): Promise<void> {
  if (photos.length === 0) return;
  await q('hazard_file').insert(photos.map((p) => ({ hazard_id: hazardId, stage, file_id: p.fileId, name: p.name.slice(0, 255), permalink: p.permalink?.slice(0, 500) ?? null, added_by: by, added_at: at })));
}
export async function listFiles(q: Queryable, hazardId: number): Promise<HazardFile[]> {
  return (await q('hazard_file').where({ hazard_id: hazardId }).orderBy('id')).map((r: Row) => ({ stage: r.stage, fileId: r.file_id, name: r.name, permalink: r.permalink, addedBy: r.added_by, addedAt: r.added_at }));
}
