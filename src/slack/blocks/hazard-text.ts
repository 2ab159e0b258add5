import { deadlineStanding } from '../../domain/hazard/deadline.js';
import { isFinal, type Hazard, type HazardLevel } from '../../domain/hazard/hazard.js';
import type { Unit } from '../../domain/unit/unit.js';
import type { I18n } from '../../i18n/index.js';
import { esc } from './elements.js';

export const LEVEL_EMOJI: Record<HazardLevel, string> = { general: '⚠️', major: '🚨' };

/** 2026年12月10日 星期四（还剩 10 天）— or today, or overdue, or no deadline yet. Closed hazards show the date only. */
export function deadlineText(i18n: I18n, hazard: Pick<Hazard, 'deadline' | 'status'>, today: string): string {
  const { t } = i18n;
  if (!hazard.deadline) return t('hazard.no_deadline');
  const date = i18n.date(hazard.deadline);
  if (isFinal(hazard.status) || hazard.status === 'reported') return date;
  const s = deadlineStanding(hazard.deadline, today);
  const standing = s.kind === 'due_in' ? t('hazard.due_in', { days: s.days }) : s.kind === 'due_today' ? t('hazard.due_today') : `⏰ ${t('hazard.overdue', { days: s.days })}`;
  return t('hazard.deadline_standing', { date, standing });
}

/** *YH-2026-0001* 配电箱未接地 · 平安化工有限公司 */
export function hazardHeadline(hazard: Pick<Hazard, 'number' | 'title' | 'level'>, unit: Pick<Unit, 'name'>): string {
  return `${LEVEL_EMOJI[hazard.level]} *${hazard.number}* ${esc(hazard.title)} · ${esc(unit.name)}`;
}

export const mention = (userId: string | null | undefined, i18n: I18n) => (userId ? `<@${userId}>` : i18n.t('common.none'));
