import type { Logger } from '@slack/bolt';
import type { SlackDeps } from '../deps.js';
import type { I18n } from '../../i18n/index.js';
import { exportWhat } from '../../documents/xlsx/export-workbook.js';
import { parseExportArgs, periodProblem } from '../../domain/export/export-request.js';
import { exportSlackFor, runExport } from '../export-runner.js';
import type { Reply } from './reply.js';

/**
 * `/anjian export hazards|units|inspections|stats …` (issue 5 points 4 and 5). Already acknowledged: words that do not
 * parse get the usage; the service checks the role (a refusal escapes to the error handler, which answers the
 * command); then "building…" and the export itself, reported in the person's DM (export-runner.ts).
 */
export async function exportSubcommand(deps: SlackDeps, userId: string, i18n: I18n, args: readonly string[], reply: Reply, logger: Logger): Promise<void> {
  const request = parseExportArgs(args);
  if (!request) {
    const why = periodProblem(args);
    const lead = why ? i18n.t(`export.${why.problem}`, { word: why.word }) : args.length ? i18n.t('help.usage_error') : '';
    return void (await reply({ text: `${lead ? `${lead}\n` : ''}${i18n.t('export.usage')}` }));
  }
  const prepared = await deps.exports.prepare(userId, request);
  await reply({ text: i18n.t('export.started', { what: exportWhat(i18n, prepared) }) });
  await runExport({ slack: exportSlackFor(deps.config, logger), userId, i18n, prepared, reply });
}
