import type { SlackDeps } from '../deps.js';
import type { I18n } from '../../i18n/index.js';
import { helpBlocks, helpText } from '../blocks/help.blocks.js';
import type { Reply } from './reply.js';

/** `/anjian export hazards|units|inspections|stats …` (issue 5 points 4 and 5; filled in by the exports work). */
export async function exportSubcommand(_deps: SlackDeps, _userId: string, i18n: I18n, _args: readonly string[], reply: Reply): Promise<void> {
  await reply({ text: helpText(i18n, 'anjian'), blocks: helpBlocks(i18n, 'anjian') });
}
