import { insertIfAbsent } from '../insert-if-absent.js';
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

/** Every unit's linked people (units without any are absent). */
export async function listContactsByUnit(q: Queryable): Promise<Map<number, string[]>> {
  const byUnit = new Map<number, string[]>();
  for (const r of await q('unit_contact').select('unit_id', 'user_id')) {
    const list = byUnit.get(Number(r.unit_id));
    if (list) list.push(r.user_id);
    else byUnit.set(Number(r.unit_id), [r.user_id]);
  }
  return byUnit;
}

/** Returns false when the person was already linked. */
export async function insertContact(q: Queryable, contact: UnitContact): Promise<boolean> {
  return insertIfAbsent(q, 'unit_contact', { unit_id: contact.unitId, user_id: contact.userId, linked_by: contact.linkedBy, linked_at: contact.linkedAt }, ['unit_id', 'user_id']);
}

export async function deleteContact(q: Queryable, unitId: number, userId: string): Promise<boolean> {
  return (await q('unit_contact').where({ unit_id: unitId, user_id: userId }).delete()) > 0;
}
