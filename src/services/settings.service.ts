import type { Clock } from '../clock.js';
import { recordAudit } from '../db/repositories/audit.repository.js';
import { getUserLocale, setUserLocale } from '../db/repositories/user-setting.repository.js';
import type { Transactor } from '../db/transaction.js';
import type { Locale } from '../i18n/locale.js';

/** Per-person settings. The language falls back to APP_LOCALE until the person picks one. */
export class SettingsService {
  constructor(private readonly deps: { readonly tx: Transactor; readonly clock: Clock; readonly defaultLocale: Locale }) {}

  async localeOf(userId: string): Promise<Locale> {
    return (await getUserLocale(this.deps.tx.db, userId)) ?? this.deps.defaultLocale;
  }

  async setLocale(userId: string, locale: Locale): Promise<void> {
    await this.deps.tx.run(async (trx) => {
      const now = this.deps.clock.now();
      const before = await getUserLocale(trx, userId);
      if (before === locale) return;
      await setUserLocale(trx, userId, locale, now);
      await recordAudit(trx, now, { actor: userId, entity: 'user', entityId: userId, action: 'settings.locale', before: { locale: before ?? null }, after: { locale } });
    });
  }
}
