import type { Clock } from '../clock.js';
import { validateAccidentInput } from '../domain/accident/accident-input.js';
import { gradeAccident } from '../domain/accident/grade.js';
import { localDate } from '../domain/calendar.js';
import { DomainError } from '../domain/errors.js';
import { assertCan } from '../domain/permissions.js';
import type { AccidentGrade, TierEvaluation, TierPolicy } from '../domain/unit/tier.js';
import { insertAccident } from '../db/repositories/accident.repository.js';
import { recordAudit } from '../db/repositories/audit.repository.js';
import { getUnit } from '../db/repositories/unit.repository.js';
import type { Transactor } from '../db/transaction.js';
import { loadActor } from './access.js';
import { applyTier } from './unit-tier.js';

/**
 * Accidents (493号令 Art 3): recorded with their consequences, graded, and fed into the unit's tier at once (an
 * accident graded 较大 or above within the look-back window makes the unit red; the change is stored with its cause).
 */
export class AccidentService {
  constructor(private readonly deps: { readonly tx: Transactor; readonly clock: Clock; readonly adminUserIds: readonly string[]; readonly timezone: string; readonly tierPolicy: TierPolicy }) {}

  async record(actorId: string, unitId: number, raw: Parameters<typeof validateAccidentInput>[0]): Promise<{ grade: AccidentGrade; evaluation: TierEvaluation & { previousTier: string } }> {
    return this.deps.tx.run(async (trx) => {
      assertCan(await loadActor(trx, actorId, this.deps.adminUserIds), 'accident.record');
      const now = this.deps.clock.now();
      const result = validateAccidentInput(raw, localDate(now, this.deps.timezone));
      if (!result.ok) throw new DomainError('validation.invalid', { field: result.problems[0]!.field });
      const unit = await getUnit(trx, unitId);
      if (!unit) throw new DomainError('unit.not_found', { id: unitId });
      const a = result.value;
      const grade = gradeAccident({ deaths: a.deaths, seriousInjuries: a.seriousInjuries, directLossYuan: a.directLoss });
      const id = await insertAccident(trx, { unitId, ...a, grade, recordedBy: actorId, recordedAt: now.toISOString() });
      await recordAudit(trx, now, { actor: actorId, entity: 'unit', entityId: unitId, action: 'accident.record', after: { accidentId: id, ...a, grade } });
      const evaluation = await applyTier(trx, unit, { actor: actorId, now, timezone: this.deps.timezone, policy: this.deps.tierPolicy });
      return { grade, evaluation };
    });
  }
}
