import type { SlackDeps } from '../deps.js';
import type { I18n } from '../../i18n/index.js';
import { helpBlocks, helpText } from '../blocks/help.blocks.js';
import type { Reply } from './reply.js';

/** `/anjian report week|month|quarter|year [period]` (issue 5 point 3; filled in by the reports work). */
export async function reportSubcommand(_deps: SlackDeps, _userId: string, i18n: I18n, _args: readonly string[], reply: Reply): Promise<void> {
  await reply({ text: helpText(i18n, 'anjian'), blocks: helpBlocks(i18n, 'anjian') });
}
