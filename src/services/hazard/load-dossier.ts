import type { HazardDossier } from '../../domain/hazard/dossier.js';
import { DomainError } from '../../domain/errors.js';
import type { Queryable } from '../../db/knex.js';
import { getListing, getPlan, getReferral, listAcceptances, listExperts, listExtensions, listFiles, listOrders, listRectifications } from '../../db/repositories/hazard-records.repository.js';
import { getHazard } from '../../db/repositories/hazard.repository.js';
import { getUnit } from '../../db/repositories/unit.repository.js';
import { listContacts } from '../../db/repositories/unit-contact.repository.js';

/** Reads a hazard's dossier (src/domain/hazard/dossier.ts) in the caller's transaction, or refuses an unknown id. */
export async function loadDossier(q: Queryable, hazardId: number): Promise<HazardDossier> {
  const hazard = await getHazard(q, hazardId);
  if (!hazard) throw new DomainError('hazard.not_found', { id: hazardId });
  const [unit, contacts, orders, listing, experts, plan, rectifications, acceptances, extensions, referral, files] = await Promise.all([
    getUnit(q, hazard.unitId), listContacts(q, hazard.unitId), listOrders(q, hazardId), getListing(q, hazardId), listExperts(q, hazardId), getPlan(q, hazardId),
    listRectifications(q, hazardId), listAcceptances(q, hazardId), listExtensions(q, hazardId), getReferral(q, hazardId), listFiles(q, hazardId),
  ]);
  return { hazard, unit: unit!, unitContacts: contacts.map((c) => c.userId), orders, listing, experts, plan, rectifications, acceptances, extensions, referral, files };
}
