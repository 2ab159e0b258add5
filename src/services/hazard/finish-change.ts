import type { Knex } from 'knex';
import type { HazardDossier } from '../../domain/hazard/dossier.js';
import { ACTIVE_STATUSES, type Hazard } from '../../domain/hazard/hazard.js';
import type { TimelineEntry } from '../../domain/hazard/timeline.js';
import { recordAudit } from '../../db/repositories/audit.repository.js';
import { enqueueOutbox } from '../../db/repositories/outbox.repository.js';
import { getUnit } from '../../db/repositories/unit.repository.js';
import { applyTier } from '../unit-tier.js';
import type { HazardServiceDeps } from './context.js';
import { loadDossier } from './load-dossier.js';
import { hazardMessages, roleHolders } from './messages.js';

const countsForTier = (h: Pick<Hazard, 'level' | 'status'> | undefined) => h !== undefined && h.level === 'major' && ACTIVE_STATUSES.includes(h.status);

/**
 * The common end of every hazard change, inside its transaction: the audit row; the unit's tier recomputed when the
 * change opens or ends a major hazard (told in the thread when it moves); the card, thread replies and DMs queued.
 */
export async function finishChange(trx: Knex.Transaction, deps: HazardServiceDeps, o: {
  readonly hazardId: number;
  readonly before: HazardDossier | undefined;
  readonly entries: TimelineEntry[];
  readonly actor: string;
  readonly now: Date;
  readonly inform: readonly string[];
}): Promise<HazardDossier> {
  let after = await loadDossier(trx, o.hazardId);
  const entries = [...o.entries];
  if (countsForTier(o.before?.hazard) !== countsForTier(after.hazard)) {
    const tier = await applyTier(trx, (await getUnit(trx, after.hazard.unitId))!, { actor: o.actor, now: o.now, timezone: deps.timezone, policy: deps.tierPolicy });
    if (tier.tier !== tier.previousTier) {
      entries.push({ kind: 'tier_changed', actor: o.actor, status: after.hazard.status, details: { unit: after.unit.name, from: tier.previousTier, to: tier.tier } });
      after = await loadDossier(trx, o.hazardId);
    }
  }
  const auditId = await recordAudit(trx, o.now, {
    actor: o.actor, entity: 'hazard', entityId: o.hazardId, action: `hazard.${entries[0]!.kind}`,
    before: o.before ? { status: o.before.hazard.status, level: o.before.hazard.level, deadline: o.before.hazard.deadline, assignee: o.before.hazard.assignee } : null,
    after: { status: after.hazard.status, level: after.hazard.level, deadline: after.hazard.deadline, assignee: after.hazard.assignee, events: entries },
  });
  const holders = await roleHolders(trx, deps.adminUserIds);
  for (const message of hazardMessages({ key: `audit:${auditId}`, channel: deps.hazardChannel, before: o.before, after, entries, actor: o.actor, holders, inform: o.inform })) {
    await enqueueOutbox(trx, message, o.now);
  }
  return after;
}
