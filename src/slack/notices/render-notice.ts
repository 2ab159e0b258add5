import type { KnownBlock } from '@slack/types';
import type { I18n } from '../../i18n/index.js';
import type { Notice } from '../../outbox/outbox-message.js';
import { esc, section } from '../blocks/elements.js';

export interface RenderedMessage {
  /** Notification and screen-reader text; also what old clients show. */
  readonly text: string;
  readonly blocks?: KnownBlock[];
}

/** Turns a queued notice into a message in the reader's language. Pure: everything it needs is in the notice. */
export function renderNotice(i18n: I18n, notice: Notice): RenderedMessage {
  const { t } = i18n;
  switch (notice.type) {
    case 'role_changed': {
      const role = t(`role.${notice.role}`);
      const text = notice.change === 'granted'
        ? t('role.dm_granted', { by: notice.by, role, what: t(`role.desc.${notice.role}`) })
        : t('role.dm_revoked', { by: notice.by, role });
      return { text, blocks: [section(text)] };
    }
    case 'unit_contact_changed': {
      const text = t(notice.change === 'linked' ? 'contact.dm_linked' : 'contact.dm_unlinked', { by: notice.by, unit: esc(notice.unitName) });
      return { text, blocks: [section(text)] };
    }
  }
}
