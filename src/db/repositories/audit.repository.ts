import type { AuditRow } from '../../domain/audit.model.js';
import type { Queryable } from '../knex.js';

export interface AuditEntry {
  readonly actor: string;
  readonly entity: string;
  readonly entityId: string | number;
  readonly action: string;
  readonly before?: unknown;
  readonly after?: unknown;
}

const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));

/** Append-only: there is no update or delete here, and the database refuses them too. Returns the row's id. */
export async function recordAudit(q: Queryable, at: Date, entry: AuditEntry): Promise<number> {
  const [row] = await q('audit_log').insert({
    at: at.toISOString(),
    actor: entry.actor,
    entity: entry.entity,
    entity_id: String(entry.entityId),
    action: entry.action,
    before: json(entry.before),
    after: json(entry.after),
  }).returning('id');
  return Number(typeof row === 'object' ? row.id : row);
}

export async function listAudit(q: Queryable, entity: string, entityId: string | number): Promise<AuditRow[]> {
  const rows = await q('audit_log').where({ entity, entity_id: String(entityId) }).orderBy('id');
  return rows.map((r) => ({
    id: Number(r.id),
    at: r.at,
    actor: r.actor,
    entity: r.entity,
    entityId: r.entity_id,
    action: r.action,
    before: r.before === null ? null : JSON.parse(r.before),
    after: r.after === null ? null : JSON.parse(r.after),
  }));
}
