import type { KnownBlock } from '@slack/types';
import type { HazardAction } from '../../domain/hazard/hazard-actions.js';
import { latestRectification } from '../../domain/hazard/dossier.js';
import type { HazardView } from '../../domain/hazard/hazard-view.model.js';
import type { I18n } from '../../i18n/index.js';
import { actions, context, esc, section } from './elements.js';
import { actionButton } from './hazard-card.blocks.js';
import { deadlineText, hazardHeadline } from './hazard-text.js';

/**
 * The DM to the next person to act: what the hazard is, what is asked of them, and a button for each action that is
 * still open when the message is delivered (if someone else already acted, it says so instead of offering buttons).
 */
export function hazardTodoBlocks(i18n: I18n, view: HazardView, asked: readonly HazardAction[]): { text: string; blocks: KnownBlock[] } {
  const { t } = i18n;
  const h = view.dossier.hazard;
  const open = asked.filter((a) => view.actions.includes(a));
  const prompt = open.length ? t(`hazard.todo.${open[0]!}`) : t('hazard.todo.done');
  const text = `${h.number} ${esc(h.title)}: ${prompt}`;
  const blocks: KnownBlock[] = [
    section(`📋 ${prompt}\n${hazardHeadline(h, view.dossier.unit)}`),
    context(`${t(`hazard.status.${h.status}`)} · ${t('hazard.card.deadline')} ${deadlineText(i18n, h, view.today)}`),
  ];
  // After a failed re-inspection the unit must know why and by when (the deadline was reset with the failure).
  const report = latestRectification(view.dossier);
  if (h.status === 'rectifying' && report?.result === 'fail' && h.deadline) {
    blocks.splice(1, 0, section(t('hazard.todo.reinspect_failed', { note: esc(report.reviewNote ?? ''), deadline: i18n.date(h.deadline) })));
  }
  if (open.length) blocks.push(actions(`hazard_${h.id}_todo`, open.map((a) => actionButton(i18n, h.id, h.status, a))));
  return { text, blocks };
}
