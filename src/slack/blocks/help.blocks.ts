import type { KnownBlock } from '@slack/types';
import type { I18n } from '../../i18n/index.js';
import { esc, header, section } from './elements.js';

export type HelpTopic = 'anjian' | 'unit' | 'hazard' | 'inspect';

/** Help for one command; when the person typed an unknown subcommand, say so first. */
export function helpBlocks(i18n: I18n, topic: HelpTopic, unknownWord?: string): KnownBlock[] {
  const { t } = i18n;
  const blocks: KnownBlock[] = [];
  if (unknownWord !== undefined) blocks.push(section(`:grey_question: ${t('help.unknown_subcommand', { word: esc(unknownWord) })}`));
  blocks.push(header(t(`help.${topic}.title`)), section(t(`help.${topic}.body`)));
  return blocks;
}

export function helpText(i18n: I18n, topic: HelpTopic, unknownWord?: string): string {
  const lead = unknownWord !== undefined ? `${i18n.t('help.unknown_subcommand', { word: unknownWord })} ` : '';
  return `${lead}${i18n.t(`help.${topic}.title`)}`;
}
