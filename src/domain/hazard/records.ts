import type { RemediationPlan } from './guards.js';
import type { EvaluatorKind, ListingLevel } from './hazard.js';

/**
 * 责令限期整改指令书: a rectification order, numbered ZG-YYYY-NNNN, with its document number (a serial per year) and
 * the second enforcement officer. One order may cover several hazards of one inspection: one row per hazard, sharing
 * the ZG number, the document number and `inspectionId`.
 */
export interface RectificationOrder {
  readonly id: number;
  readonly number: string;
  readonly measures: string;
  readonly deadline: string;
  readonly issuedBy: string;
  readonly issuedAt: string;
  /** The second officer holding an enforcement card (orders before this was asked have none). */
  readonly secondOfficer?: string | null;
  readonly document?: DocumentSerial | null;
  /** Set when the order was issued for every hazard of an inspection at once. */
  readonly inspectionId?: number | null;
}

/** The year and serial of an official document's number (the office's prefix is added when it is printed). */
export interface DocumentSerial {
  readonly year: number;
  readonly serial: number;
}

/** 挂牌督办: listing of a major hazard for supervision. */
export interface Listing {
  readonly leader: string;
  readonly level: ListingLevel;
  readonly documentNumber: string;
  readonly listedDate: string;
  readonly listedBy: string;
  readonly listedAt: string;
}

/** An expert assigned to a major hazard; their consultation opinion (专家会诊) once given. */
export interface ExpertAssignment {
  readonly userId: string;
  readonly assignedBy: string;
  readonly assignedAt: string;
  readonly opinion: string | null;
  readonly opinionAt: string | null;
}

export interface PlanRecord extends RemediationPlan {
  readonly recordedBy: string;
  readonly recordedAt: string;
}

/** The unit's report that a general hazard is rectified, and the re-inspection (复查) that followed. */
export interface Rectification {
  readonly id: number;
  readonly reportedBy: string;
  readonly onBehalf: boolean;
  readonly evidence: string;
  readonly reportedAt: string;
  readonly result: 'pass' | 'fail' | null;
  readonly reviewedBy: string | null;
  readonly reviewNote: string | null;
  readonly reviewedAt: string | null;
  /** The number of the re-inspection opinion (整改复查意见书) issued with the re-inspection. */
  readonly opinion?: DocumentSerial | null;
}

/** 销号申请 with the two signatures that follow it: the acceptance expert's and the authority's. */
export interface AcceptanceApplication {
  readonly id: number;
  readonly applicant: string;
  readonly onBehalf: boolean;
  readonly evaluatorKind: EvaluatorKind;
  readonly evaluatorName: string;
  readonly reportRef: string;
  readonly note: string | null;
  /** What the unit reports it carried out, and the funds it actually spent (元): printed on the closure form. */
  readonly measuresDone?: string | null;
  readonly fundsSpent?: number | null;
  readonly appliedAt: string;
  readonly expert: { readonly by: string; readonly passed: boolean; readonly opinion: string; readonly at: string } | null;
  readonly authority: { readonly by: string; readonly passed: boolean; readonly opinion: string; readonly at: string } | null;
}

export interface ExtensionRequest {
  readonly id: number;
  readonly requestedBy: string;
  readonly fromDeadline: string | null;
  readonly toDeadline: string;
  readonly reason: string;
  readonly requestedAt: string;
  readonly status: 'pending' | 'approved' | 'denied';
  readonly decidedBy: string | null;
  readonly decisionNote: string | null;
  readonly decidedAt: string | null;
}

/** 移交联合执法 */
export interface Referral {
  readonly departments: string;
  readonly measures: string;
  readonly referredBy: string;
  readonly referredAt: string;
}

export interface HazardFile {
  readonly stage: 'found' | 'rectified';
  readonly fileId: string;
  readonly name: string;
  readonly permalink: string | null;
  readonly addedBy: string;
  readonly addedAt: string;
}
