import type { KnownBlock } from '@slack/types';
import type { I18n } from '../../i18n/index.js';
import type { Notice } from '../../outbox/outbox-message.js';
import type { HazardDocumentRef } from '../../domain/hazard/document-ref.js';
import type { HazardView } from '../../domain/hazard/hazard-view.model.js';
import { buildHazardDocument, type HazardDocument } from '../../documents/docx/hazard-document.js';
import { esc, section } from '../blocks/elements.js';
import { hazardCardBlocks } from '../blocks/hazard-card.blocks.js';
import { hazardHeadline } from '../blocks/hazard-text.js';
import { hazardTodoBlocks } from '../blocks/hazard-todo.blocks.js';
import { timelineText } from '../blocks/hazard-timeline.js';
import { digestBlocks, escalationLeadersBlocks, escalationPeopleBlocks, inspectionAssignedText, inspectorDayBlocks } from '../blocks/schedule.blocks.js';
import { reportPartBlocks } from '../blocks/report.blocks.js';
import { statsReminderBlocks } from '../blocks/stats-reminder.blocks.js';

export interface RenderedMessage {
  /** Notification and screen-reader text; also what old clients show. */
  readonly text: string;
  readonly blocks?: KnownBlock[];
  /** A file to share instead of posting a message (`text` goes with it as its comment). */
  readonly file?: { readonly filename: string; readonly title: string; readonly bytes: Buffer };
}

/** What rendering may read: a hazard as it stands at delivery time (cards are rebuilt from state, never patched). */
export interface NoticeReader {
  hazardCard(hazardId: number): Promise<HazardView>;
  /** Everything a hazard document says (src/services/hazard/documents.ts); optional for readers that never meet one. */
  hazardDocument?(ref: HazardDocumentRef): Promise<HazardDocument>;
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
    case 'hazard_document': {
      if (!reader.hazardDocument) throw new Error('this reader cannot read hazard documents');
      const doc = await buildHazardDocument(await reader.hazardDocument(notice), t);
      return { text: doc.comment, file: { filename: doc.filename, title: doc.title, bytes: doc.bytes } };
    }
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
    case 'report':
      return reportPartBlocks(i18n, notice, 'public');
    case 'stats_reminder':
      return statsReminderBlocks(i18n, notice);
  }
}
