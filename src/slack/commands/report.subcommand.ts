import { parseReportKind } from '../../domain/report/report-kind.js';
import { parseReportPeriod, periodContaining } from '../../domain/report/report-period.js';
import type { I18n } from '../../i18n/index.js';
import { periodName, reportAnswerBlocks } from '../blocks/report.blocks.js';
import type { SlackDeps } from '../deps.js';
import type { Reply } from './reply.js';

/**
 * `/anjian report week|month|quarter|year [period]` (also 周 月 季度 年): the office figures of that period (the current one
 * to date when none is given), ephemeral, with "post to channel" for those who may post. No kind → how to use it; a
 * period that does not parse or is not of the kind → what to write instead.
 */
export async function reportSubcommand(deps: SlackDeps, userId: string, i18n: I18n, args: readonly string[], reply: Reply): Promise<void> {
  const { t } = i18n;
  const kind = args[0] ? parseReportKind(args[0]) : null;
  if (!kind || args.length > 2) return void (await reply({ text: t('report.usage') }));
  const today = deps.reports.today();
  const text = args[1];
  const period = text === undefined ? periodContaining(kind, today) : parseReportPeriod(text, kind);
  if (!period) {
    const bad = t('report.bad_period', { text: text ?? '', kind: t(`report.kind.${kind}`), example: t(`report.example.${kind}`) });
    return void (await reply({ text: `${bad}\n${t('report.usage')}` }));
  }
  if (period.start > today) return void (await reply({ text: t('report.future_period', { period: periodName(i18n, period) }) }));
  const answer = await deps.reports.figures(userId, period);
  await reply(reportAnswerBlocks(i18n, answer.figures, { post: answer.mayPost ? { token: answer.token } : null, channelMissing: answer.noChannelToPost }));
}
