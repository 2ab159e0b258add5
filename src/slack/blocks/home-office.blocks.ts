import type { KnownBlock, SectionBlock } from '@slack/types';
import { HOME_LIST_LIMIT, type OfficeFigures } from '../../domain/home/home.model.js';
import { TIERS } from '../../domain/unit/tier.js';
import type { I18n } from '../../i18n/index.js';
import { context, esc, section, TIER_EMOJI, truncate } from './elements.js';
import { deadlineText } from './hazard-text.js';

/**
 * The office's figures for a leader on a phone, numbers first: open hazards by level, overdue, reports to confirm, the
 * year's closure rate, units still due this period by tier (the digest's counts), and the major hazards listed for
 * supervision with their state and deadline.
 */
export function officeBlocks(i18n: I18n, office: OfficeFigures, today: string): KnownBlock[] {
  const { t } = i18n;
  const field = (text: string) => ({ type: 'mrkdwn' as const, text });
  const total = (byLevel: OfficeFigures['open']) => byLevel.general + byLevel.major;
  const rate = office.year.rate === null
    ? t('home.office.rate_none', { year: office.year.year })
    : t('home.office.rate', { year: office.year.year, rate: `${office.year.rate.toFixed(1)}%`, closed: office.year.closed, found: office.year.found });
  const figures: SectionBlock = {
    type: 'section',
    fields: [
      field(t('home.office.open', { total: total(office.open), general: office.open.general, major: office.open.major })),
      field(t('home.office.overdue', { total: total(office.overdue), general: office.overdue.general, major: office.overdue.major })),
      field(t('home.office.reported', { n: office.reported })),
      field(rate),
    ],
  };
  const due = TIERS.reduce((n, tier) => n + office.tiers[tier].due, 0);
  const tiers = TIERS.map((tier) => t('home.office.due_tier', { emoji: TIER_EMOJI[tier], due: office.tiers[tier].due, units: office.tiers[tier].units })).join(' · ');
  const blocks: KnownBlock[] = [section(t('home.office.title', { date: i18n.date(today) })), figures, section(t('home.office.due', { due, tiers }))];
  const listed = office.listed;
  if (listed.total === 0) return [...blocks, section(t('home.office.listed_none'))];
  blocks.push(section(t('home.office.listed_title', { n: listed.total })));
  const shown = listed.items.slice(0, HOME_LIST_LIMIT);
  for (const h of shown) {
    blocks.push(section(t('home.office.listed_line', {
      number: h.number, title: esc(truncate(h.title, 60)), unit: esc(truncate(h.unitName, 40)), status: t(`hazard.status.${h.status}`), deadline: deadlineText(i18n, h, today), leader: h.leader,
    })));
  }
  if (listed.total > shown.length) blocks.push(context(t('home.office.listed_more', { rest: listed.total - shown.length })));
  return blocks;
}
