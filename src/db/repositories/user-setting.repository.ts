import type { Locale } from '../../i18n/locale.js';
import { isLocale } from '../../i18n/locale.js';
import type { Queryable } from '../knex.js';

export async function getUserLocale(q: Queryable, userId: string): Promise<Locale | undefined> {
  const row = await q('user_setting').where({ user_id: userId }).first('locale');
  return isLocale(row?.locale) ? row.locale : undefined;
}

export async function setUserLocale(q: Queryable, userId: string, locale: Locale, at: Date): Promise<void> {
  await q('user_setting')
    .insert({ user_id: userId, locale, updated_at: at.toISOString() })
    .onConflict('user_id')
    .merge({ locale, updated_at: at.toISOString() });
}

export async function getDmChannel(q: Queryable, userId: string): Promise<string | undefined> {
  const row = await q('user_setting').where({ user_id: userId }).first('dm_channel_id');
  return row?.dm_channel_id ?? undefined;
}

export async function setDmChannel(q: Queryable, userId: string, channel: string, at: Date): Promise<void> {
  await q('user_setting')
    .insert({ user_id: userId, dm_channel_id: channel, updated_at: at.toISOString() })
    .onConflict('user_id')
    .merge({ dm_channel_id: channel, updated_at: at.toISOString() });
}

export async function getEnforcementCards(q: Queryable, userIds: readonly string[]): Promise<Map<string, string>> {
  const rows = await q('user_setting').whereIn('user_id', [...userIds]).whereNotNull('enforcement_card').select('user_id', 'enforcement_card');
  return new Map(rows.map((r) => [r.user_id as string, r.enforcement_card as string]));
}

export async function setEnforcementCard(q: Queryable, userId: string, card: string | null, at: Date): Promise<void> {
  await q('user_setting')
    .insert({ user_id: userId, enforcement_card: card, updated_at: at.toISOString() })
    .onConflict('user_id')
    .merge({ enforcement_card: card, updated_at: at.toISOString() });
}
