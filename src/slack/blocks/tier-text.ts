import type { Tier, TierEvaluation, TierReason } from '../../domain/unit/tier.js';
import type { I18n } from '../../i18n/index.js';
import { esc, TIER_EMOJI } from './elements.js';

/** 🟡 黄色（半月一查） */
export function tierLabel(i18n: I18n, tier: Tier): string {
  return i18n.t('tier.label', { emoji: TIER_EMOJI[tier], tier: i18n.t(`tier.${tier}`), cadence: i18n.t(`tier.cadence.${tier}`) });
}

export function tierReasonText(i18n: I18n, reason: TierReason): string {
  switch (reason.kind) {
    case 'open_major_hazard':
      return i18n.t('tier.reason.open_major_hazard', { numbers: i18n.list(reason.numbers) });
    case 'serious_accident':
      return i18n.t('tier.reason.serious_accident', { date: i18n.date(reason.date), grade: i18n.t(`accident.${reason.grade}`) });
    case 'recent_accident':
      return i18n.t('tier.reason.recent_accident', { date: i18n.date(reason.date), grade: i18n.t(`accident.${reason.grade}`) });
    case 'key_industry':
      return i18n.t('tier.reason.key_industry', { industry: i18n.t(`industry.${reason.industry}`) });
    case 'baseline':
      return i18n.t('tier.reason.baseline');
  }
}

/** The tier in force and why, as mrkdwn lines: the override first when there is one, then the rule tier's reasons. */
export function tierExplanation(i18n: I18n, evaluation: TierEvaluation): string {
  const lines = [`*${tierLabel(i18n, evaluation.tier)}*`];
  const o = evaluation.override;
  if (o) {
    const until = o.until ? i18n.t('tier.override_until', { date: i18n.date(o.until) }) : i18n.t('tier.override_open');
    lines.push(`${i18n.t('tier.override', { reason: esc(o.reason), until })} <@${o.by}>`);
    if (evaluation.ruleTier !== o.tier) lines.push(i18n.t('tier.rule_tier', { tier: tierLabel(i18n, evaluation.ruleTier) }));
  }
  for (const reason of evaluation.reasons) lines.push(`• ${tierReasonText(i18n, reason)}`);
  return lines.join('\n');
}
