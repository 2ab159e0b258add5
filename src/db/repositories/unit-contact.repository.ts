import type { UnitContact } from '../../domain/unit/unit-contact.js';
import type { Queryable } from '../knex.js';

export async function listContacts(q: Queryable, unitId: number): Promise<UnitContact[]> {
  const rows = await q('unit_contact').where({ unit_id: unitId }).orderBy('linked_at').orderBy('user_id');
  return rows.map((r) => ({ unitId: Number(r.unit_id), userId: r.user_id, linkedBy: r.linked_by, linkedAt: r.linked_at }));
}

export async function unitIdsOfContact(q: Queryable, userId: string): Promise<number[]> {
  const rows = await q('unit_contact').where({ user_id: userId }).orderBy('unit_id').select('unit_id');
  return rows.map((r) => Number(r.unit_id));
}

/** Returns false when the person was already linked. */
export async function insertContact(q: Queryable, contact: UnitContact): Promise<boolean> {
  const inserted = await q('unit_contact')
    .insert({ unit_id: contact.unitId, user_id: contact.userId, linked_by: contact.linkedBy, linked_at: contact.linkedAt })
    .onConflict(['unit_id', 'user_id'])
    .ignore()
    .returning('user_id');
  return inserted.length > 0;
}

export async function deleteContact(q: Queryable, unitId: number, userId: string): Promise<boolean> {
  return (await q('unit_contact').where({ unit_id: unitId, user_id: userId }).delete()) > 0;
}
