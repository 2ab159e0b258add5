import type { Clock } from '../clock.js';
import { DomainError } from '../domain/errors.js';
import { assertCan } from '../domain/permissions.js';
import { recordAudit } from '../db/repositories/audit.repository.js';
import { enqueueOutbox } from '../db/repositories/outbox.repository.js';
import { deleteContact, insertContact } from '../db/repositories/unit-contact.repository.js';
import { getUnit } from '../db/repositories/unit.repository.js';
import type { Transactor } from '../db/transaction.js';
import { loadActor } from './access.js';

/** Links Slack users to a unit as its contacts (单位联系人); each person linked or unlinked hears about it by DM. */
export class UnitContactService {
  constructor(private readonly deps: { readonly tx: Transactor; readonly clock: Clock; readonly adminUserIds: readonly string[] }) {}

  async link(actorId: string, unitId: number, userIds: readonly string[]): Promise<{ linked: string[]; already: string[] }> {
    return this.deps.tx.run(async (trx) => {
      assertCan(await loadActor(trx, actorId, this.deps.adminUserIds), 'unit.link_contact');
      const unit = await getUnit(trx, unitId);
      if (!unit) throw new DomainError('unit.not_found', { id: unitId });
      const now = this.deps.clock.now();
      const linked: string[] = [];
      const already: string[] = [];
      for (const userId of new Set(userIds)) {
        if (!(await insertContact(trx, { unitId, userId, linkedBy: actorId, linkedAt: now.toISOString() }))) {
          already.push(userId);
          continue;
        }
        linked.push(userId);
        const auditId = await recordAudit(trx, now, { actor: actorId, entity: 'unit', entityId: unitId, action: 'unit.contact_link', after: { userId } });
        await enqueueOutbox(trx, { key: `audit:${auditId}:dm`, delivery: { op: 'dm', user: userId }, notice: { type: 'unit_contact_changed', change: 'linked', unitId, unitName: unit.name, by: actorId } }, now);
      }
      return { linked, already };
    });
  }

  async unlink(actorId: string, unitId: number, userId: string): Promise<void> {
    await this.deps.tx.run(async (trx) => {
      assertCan(await loadActor(trx, actorId, this.deps.adminUserIds), 'unit.link_contact');
      const unit = await getUnit(trx, unitId);
      if (!unit) throw new DomainError('unit.not_found', { id: unitId });
      if (!(await deleteContact(trx, unitId, userId))) throw new DomainError('unit.contact_not_linked');
      const now = this.deps.clock.now();
      const auditId = await recordAudit(trx, now, { actor: actorId, entity: 'unit', entityId: unitId, action: 'unit.contact_unlink', before: { userId } });
      await enqueueOutbox(trx, { key: `audit:${auditId}:dm`, delivery: { op: 'dm', user: userId }, notice: { type: 'unit_contact_changed', change: 'unlinked', unitId, unitName: unit.name, by: actorId } }, now);
    });
  }
}
