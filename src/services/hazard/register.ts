import { localDate } from '../../domain/calendar.js';
import { DomainError } from '../../domain/errors.js';
import type { HazardDossier } from '../../domain/hazard/dossier.js';
import { validateHazardInput, type RawHazardInput } from '../../domain/hazard/hazard-input.js';
import { can } from '../../domain/permissions.js';
import { insertFiles } from '../../db/repositories/hazard-records.repository.js';
import { insertHazard } from '../../db/repositories/hazard.repository.js';
import { getInspection } from '../../db/repositories/inspection.repository.js';
import { getUnit } from '../../db/repositories/unit.repository.js';
import { loadActor } from '../access.js';
import { allocateRecordNumber } from '../record-number.js';
import type { HazardServiceDeps } from './context.js';
import { finishChange } from './finish-change.js';
import { assertRole } from './handler-helpers.js';

/**
 * Registers a hazard (PRODUCT.md §5) and numbers it YH-YYYY-NNNN. Inspectors and leaders register it `open`; anyone
 * else may report one (a legal right), which starts `reported` until an inspector confirms or dismisses it.
 */
export async function registerHazard(deps: HazardServiceDeps, actorId: string, raw: RawHazardInput): Promise<HazardDossier> {
  return deps.tx.run(async (trx) => {
    const now = deps.clock.now();
    const actor = await loadActor(trx, actorId, deps.adminUserIds);
    const staff = can(actor, 'hazard.register_open');
    const result = validateHazardInput(raw, { today: localDate(now, deps.timezone), staff });
    if (!result.ok) throw new DomainError('validation.invalid', { field: result.problems[0]!.field });
    const input = result.value;
    const unit = await getUnit(trx, input.unitId);
    if (!unit) throw new DomainError('unit.not_found', { field: 'unit' });
    if (input.assignee) await assertRole(trx, deps.adminUserIds, input.assignee, 'inspector', 'assignee');
    const inspectionId = raw.inspectionId ?? null;
    if (inspectionId !== null && (await getInspection(trx, inspectionId))?.unitId !== unit.id) throw new DomainError('inspection.not_found', { field: 'unit' });
    const status = staff ? 'open' : 'reported';
    const number = await allocateRecordNumber(trx, 'YH', now, deps.timezone);
    const hazardId = await insertHazard(trx, {
      number, unitId: unit.id, title: input.title, description: input.description, location: input.location, category: input.category,
      level: input.level, source: input.source, inspectionId, foundDate: input.foundDate, foundBy: actorId, reportedPublicly: !staff,
      responsiblePerson: input.responsiblePerson, assignee: input.assignee, deadline: input.deadline, funding: input.funding, status,
      statusSince: now.toISOString(), referred: false, voidReason: null, closureKind: null, closureNote: null, closedAt: null, closedBy: null, createdBy: actorId,
    }, now);
    await insertFiles(trx, hazardId, 'found', input.photos, actorId, now.toISOString());
    return finishChange(trx, deps, {
      hazardId, before: undefined, actor: actorId, now, inform: [],
      entries: [{ kind: 'register', actor: actorId, status, details: { number, level: input.level, unit: unit.name, deadline: input.deadline } }],
    });
  });
}
