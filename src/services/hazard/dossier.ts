import type { HazardFacts, HazardRelations } from '../../domain/hazard/hazard-actions.js';
import type { Hazard } from '../../domain/hazard/hazard.js';
import type { AcceptanceApplication, ExpertAssignment, ExtensionRequest, HazardFile, Listing, PlanRecord, Rectification, RectificationOrder, Referral } from '../../domain/hazard/records.js';
import type { Unit } from '../../domain/unit/unit.js';
import { DomainError } from '../../domain/errors.js';
import type { Queryable } from '../../db/knex.js';
import { getListing, getPlan, getReferral, listAcceptances, listExperts, listExtensions, listFiles, listOrders, listRectifications } from '../../db/repositories/hazard-records.repository.js';
import { getHazard } from '../../db/repositories/hazard.repository.js';
import { getUnit } from '../../db/repositories/unit.repository.js';
import { listContacts } from '../../db/repositories/unit-contact.repository.js';

/** A hazard with everything recorded about it: what its card, its guards and its permissions are computed from. */
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

export async function loadDossier(q: Queryable, hazardId: number): Promise<HazardDossier> {
  const hazard = await getHazard(q, hazardId);
  if (!hazard) throw new DomainError('hazard.not_found', { id: hazardId });
  const [unit, contacts, orders, listing, experts, plan, rectifications, acceptances, extensions, referral, files] = await Promise.all([
    getUnit(q, hazard.unitId), listContacts(q, hazard.unitId), listOrders(q, hazardId), getListing(q, hazardId), listExperts(q, hazardId), getPlan(q, hazardId),
    listRectifications(q, hazardId), listAcceptances(q, hazardId), listExtensions(q, hazardId), getReferral(q, hazardId), listFiles(q, hazardId),
  ]);
  return { hazard, unit: unit!, unitContacts: contacts.map((c) => c.userId), orders, listing, experts, plan, rectifications, acceptances, extensions, referral, files };
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

export const currentOrder = (d: HazardDossier): RectificationOrder | undefined => d.orders.at(-1);
export const latestRectification = (d: HazardDossier): Rectification | undefined => d.rectifications.at(-1);
export const latestAcceptance = (d: HazardDossier): AcceptanceApplication | undefined => d.acceptances.at(-1);
export const pendingExtension = (d: HazardDossier): ExtensionRequest | undefined => d.extensions.find((e) => e.status === 'pending');
