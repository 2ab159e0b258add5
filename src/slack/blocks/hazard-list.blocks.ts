import type { KnownBlock } from '@slack/types';
import type { AuditRow } from '../../domain/audit.model.js';
import type { Hazard } from '../../domain/hazard/hazard.js';
import type { TimelineEntry } from '../../domain/hazard/timeline.js';
import type { Unit } from '../../domain/unit/unit.js';
import type { I18n } from '../../i18n/index.js';
import { buttonValue } from '../button-value.js';
import { ActionId } from '../ids.js';
import { button, context, esc, header, section, truncate } from './elements.js';
import { deadlineText, hazardHeadline } from './hazard-text.js';
import { timelineText } from './hazard-timeline.js';

/** `/hazard list …`: at most 20 hazards, overdue first, each with an Open button, and how many more. */
export function hazardListBlocks(i18n: I18n, scopeLabel: string, list: { items: readonly { hazard: Hazard; unit: Unit }[]; total: number; today: string }): KnownBlock[] {
  const { t } = i18n;
  if (list.total === 0) return [section(t('hazard.list.none', { scope: scopeLabel }))];
  const blocks: KnownBlock[] = [section(t('hazard.list.header', { scope: scopeLabel, total: list.total }))];
  for (const { hazard, unit } of list.items) {
    const line = section(`${hazardHeadline(hazard, unit)}\n${t(`hazard.status.${hazard.status}`)} · ${deadlineText(i18n, hazard, list.today)}`);
    line.accessory = button({ text: t('unit.button.open'), actionId: ActionId.HazardOpen, value: buttonValue(hazard.id) });
    blocks.push(line);
  }
  if (list.total > list.items.length) blocks.push(context(t('hazard.list.more', { rest: list.total - list.items.length })));
  return blocks;
}

/** `/hazard YH-… history`: every recorded change with its date, oldest first (the last 40 when there are more). */
export function hazardHistoryBlocks(i18n: I18n, hazard: Hazard, audit: readonly AuditRow[]): KnownBlock[] {
  const lines = audit.flatMap((row) => {
    const events = ((row.after as { events?: TimelineEntry[] } | null)?.events ?? []);
    return events.map((e) => `• ${i18n.dateTime(row.at)}　${timelineText(i18n, e)}`);
  });
  const shown = lines.slice(-40);
  const blocks: KnownBlock[] = [header(i18n.t('hazard.history.title', { number: hazard.number }))];
  if (lines.length > shown.length) blocks.push(context(i18n.t('hazard.history.earlier', { count: lines.length - shown.length })));
  let chunk: string[] = [];
  const flush = () => {
    if (chunk.length) blocks.push(section(chunk.join('\n')));
    chunk = [];
  };
  for (const line of shown) {
    if ([...[...chunk, line].join('\n')].length > 3000) flush();
    chunk.push(truncate(line, 3000));
  }
  flush();
  if (shown.length === 0) blocks.push(section(esc(i18n.t('hazard.history.empty'))));
  return blocks;
}
