import type { HazardFacts, HazardRelations } from './hazard-actions.js';
import type { Hazard } from './hazard.js';
import type { AcceptanceApplication, ExpertAssignment, ExtensionRequest, HazardFile, Listing, PlanRecord, Rectification, RectificationOrder, Referral } from './records.js';
import type { HazardParties } from './todos.js';
import type { Unit } from '../unit/unit.js';

/**
 * A hazard with everything recorded about it: what its card, its guards and its permissions are computed from.
 * Loaded by the services (src/services/hazard/load-dossier.ts); read here, without I/O, by everyone else.
 */
export interface HazardDossier {
  readonly hazard: Hazard;
  readonly unit: Unit;
  readonly unitContacts: readonly string[];
  readonly orders: readonly RectificationOrder[];
  readonly listing: Listing | null;
  readonly experts: readonly ExpertAssignment[];
  readonly plan: PlanRecord | null;
  readonly rectifications: readonly Rectification[];
  readonly acceptances: readonly AcceptanceApplication[];
  readonly extensions: readonly ExtensionRequest[];
  readonly referral: Referral | null;
  readonly files: readonly HazardFile[];
}

export function factsOf(d: HazardDossier): HazardFacts {
  return {
    level: d.hazard.level,
    status: d.hazard.status,
    listed: d.listing !== null,
    referred: d.hazard.referred,
    pendingExtension: d.extensions.some((e) => e.status === 'pending'),
    experts: d.experts.map((e) => ({ userId: e.userId, hasOpinion: e.opinion !== null })),
    hasPlan: d.plan !== null,
  };
}

export function relationsOf(d: HazardDossier): HazardRelations {
  return { unitContacts: d.unitContacts };
}

/** The people the to-do rule (todos.ts) asks by name about this hazard. */
export function partiesOf(d: HazardDossier): HazardParties {
  return { assignee: d.hazard.assignee, unitContacts: d.unitContacts, listingLeader: d.listing?.leader ?? null };
}

export const currentOrder = (d: HazardDossier): RectificationOrder | undefined => d.orders.at(-1);
export const latestRectification = (d: HazardDossier): Rectification | undefined => d.rectifications.at(-1);
export const latestAcceptance = (d: HazardDossier): AcceptanceApplication | undefined => d.acceptances.at(-1);
export const pendingExtension = (d: HazardDossier): ExtensionRequest | undefined => d.extensions.find((e) => e.status === 'pending');
