import type { KnownBlock } from '@slack/types';
import type { Unit } from '../../domain/unit/unit.js';
import type { I18n } from '../../i18n/index.js';
import { buttonValue } from '../button-value.js';
import { ActionId } from '../ids.js';
import { button, context, esc, section, TIER_EMOJI } from './elements.js';

/** `/unit <text>`: at most 20 units, each with an Open button, and how many more matched. */
export function unitSearchBlocks(i18n: I18n, text: string, result: { units: readonly Unit[]; total: number }): KnownBlock[] {
  const { t } = i18n;
  if (result.total === 0) return [section(t('unit.search.none', { text: esc(text) }))];
  const blocks: KnownBlock[] = [section(t('unit.search.header', { total: result.total }))];
  for (const unit of result.units) {
    const line = section(
      `${TIER_EMOJI[unit.tier]} *${esc(unit.name)}*\n${[unit.creditCode, t(`industry.${unit.industry}`), esc(unit.town), esc(unit.address)].filter(Boolean).join(' · ')}`,
    );
    line.accessory = button({ text: t('unit.button.open'), actionId: ActionId.UnitOpen, value: buttonValue(unit.id) });
    blocks.push(line);
  }
  const rest = result.total - result.units.length;
  if (rest > 0) blocks.push(context(t('unit.search.more', { rest })));
  return blocks;
}

/** The plain-text line that goes with a message (notifications and screen readers). */
export function unitSearchText(i18n: I18n, text: string, total: number): string {
  return total === 0 ? i18n.t('unit.search.none', { text }) : i18n.t('unit.search.header', { total });
}
