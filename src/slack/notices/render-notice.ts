import type { KnownBlock } from '@slack/types';
import type { I18n } from '../../i18n/index.js';
import type { Notice } from '../../outbox/outbox-message.js';
import type { HazardView } from '../../services/hazard/hazard.service.js';
import { esc, section } from '../blocks/elements.js';
import { hazardCardBlocks } from '../blocks/hazard-card.blocks.js';
import { hazardHeadline } from '../blocks/hazard-text.js';
import { hazardTodoBlocks } from '../blocks/hazard-todo.blocks.js';
import { timelineText } from '../blocks/hazard-timeline.js';
import { digestBlocks, escalationLeadersBlocks, escalationPeopleBlocks, inspectionAssignedText, inspectorDayBlocks } from '../blocks/schedule.blocks.js';

export interface RenderedMessage {
  /** Notification and screen-reader text; also what old clients show. */
  readonly text: string;
  readonly blocks?: KnownBlock[];
}

/** What rendering may read: a hazard as it stands at delivery time (cards are rebuilt from state, never patched). */
export interface NoticeReader {
  hazardCard(hazardId: number): Promise<HazardView>;
}

/** Turns a queued notice into a message in the reader's language. */
export async function renderNotice(i18n: I18n, notice: Notice, reader: NoticeReader): Promise<RenderedMessage> {
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
    case 'hazard_card': {
      const view = await reader.hazardCard(notice.hazardId);
      const h = view.dossier.hazard;
      return { text: `${h.number} ${esc(h.title)} · ${t(`hazard.status.${h.status}`)}`, blocks: hazardCardBlocks(i18n, view) };
    }
    case 'hazard_event': {
      const line = timelineText(i18n, notice.entry);
      if (notice.in === 'thread') return { text: line, blocks: [section(line)] }; // under the card: no need to repeat which hazard
      const view = await reader.hazardCard(notice.hazardId);
      return { text: `${view.dossier.hazard.number} · ${line}`, blocks: [section(`${hazardHeadline(view.dossier.hazard, view.dossier.unit)}\n${line}`)] };
    }
    case 'hazard_todo':
      return hazardTodoBlocks(i18n, await reader.hazardCard(notice.hazardId), notice.actions);
    case 'digest':
      return digestBlocks(i18n, notice);
    case 'inspector_day':
      return inspectorDayBlocks(i18n, notice);
    case 'inspection_assigned': {
      const text = inspectionAssignedText(i18n, notice);
      return { text, blocks: [section(text)] };
    }
    case 'escalation_people':
      return escalationPeopleBlocks(i18n, notice);
    case 'escalation_leaders':
      return escalationLeadersBlocks(i18n, notice);
  }
}
