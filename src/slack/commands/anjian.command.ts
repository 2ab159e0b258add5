import type { Middleware, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { DomainError } from '../../domain/errors.js';
import { parseUserMention, splitCommandText } from '../../domain/mention.js';
import { parseRoleWord } from '../../domain/roles.js';
import { createI18n, type I18n, type MessageKey } from '../../i18n/index.js';
import { parseLocaleWord } from '../../i18n/locale.js';
import { helpBlocks, helpText } from '../blocks/help.blocks.js';
import { rolesBlocks } from '../blocks/roles.blocks.js';
import type { SlackDeps } from '../deps.js';
import { personOf } from '../person.js';
import { exportSubcommand } from './export.subcommand.js';
import type { Reply } from './reply.js';
import { reportSubcommand } from './report.subcommand.js';


/** `/anjian help | lang zh|en | role @user <role> | unrole @user <role> | roles`; anything else answers with help. */
export const anjianCommand = (deps: SlackDeps): Middleware<SlackCommandMiddlewareArgs> => async ({ command, ack, respond, context, logger }) => {
  await ack();
  const { userId, i18n } = personOf(context);
  const reply: Reply = (m) => respond({ response_type: 'ephemeral', ...m });
  const [sub = 'help', ...args] = splitCommandText(command.text);
  switch (sub.toLowerCase()) {
    case 'help':
    case '帮助':
      return void (await reply({ text: helpText(i18n, 'anjian'), blocks: helpBlocks(i18n, 'anjian') }));
    case 'lang':
    case '语言':
      return langSubcommand(deps, userId, i18n, args, reply);
    case 'role':
    case 'unrole':
      return roleSubcommand(deps, userId, i18n, sub.toLowerCase() as 'role' | 'unrole', args, reply);
    case 'run':
    case '运行': {
      // A run can take seconds: "running…" first, then replaced by what it did.
      const result = await deps.jobs.runByHand(userId, (args[0] ?? '').toLowerCase(), (job) => reply({ text: i18n.t('job.running', { job: i18n.t(`job.name.${job}`) }) }));
      return void (await reply({ text: i18n.t('job.ran', { job: i18n.t(`job.name.${result.job}`), summary: jobSummary(i18n, result.summary) }), replace_original: true }));
    }
    case 'card':
    case '执法证': {
      const target = args.length === 2 ? parseUserMention(args[0]!) : userId;
      if (!target || args.length === 0 || args.length > 2) return void (await reply({ text: `${i18n.t('help.usage_error')} ${i18n.t('help.card_usage')}` }));
      const card = args.at(-1)!;
      await deps.inspections.setCard(userId, target, ['-', 'none', '无'].includes(card) ? null : card);
      return void (await reply({ text: i18n.t('card.saved', { user: target }) }));
    }
    case 'report':
    case '报表':
      return reportSubcommand(deps, userId, i18n, args, reply);
    case 'export':
    case '导出':
      return exportSubcommand(deps, userId, i18n, args, reply, logger);
    case 'roles': {
      const list = await deps.roles.list(userId);
      return void (await reply({ text: i18n.t('roles.title'), blocks: rolesBlocks(i18n, list) }));
    }
    default:
      return void (await reply({ text: helpText(i18n, 'anjian', sub), blocks: helpBlocks(i18n, 'anjian', sub) }));
  }
};

async function langSubcommand(deps: SlackDeps, userId: string, i18n: I18n, args: string[], reply: Reply): Promise<void> {
  if (args.length === 0) return void (await reply({ text: i18n.t('lang.current') }));
  const locale = parseLocaleWord(args[0]!);
  if (!locale) return void (await reply({ text: i18n.t('lang.unknown', { word: args[0]! }) }));
  await deps.settings.setLocale(userId, locale);
  await reply({ text: createI18n(locale, deps.config.timezone).t('lang.set') });
}

async function roleSubcommand(deps: SlackDeps, userId: string, i18n: I18n, sub: 'role' | 'unrole', args: string[], reply: Reply): Promise<void> {
  const usage = i18n.t(sub === 'role' ? 'help.role_usage' : 'help.unrole_usage');
  if (args.length !== 2) return void (await reply({ text: `${i18n.t('help.usage_error')} ${usage}` }));
  const target = parseUserMention(args[0]!);
  if (!target) throw new DomainError('mention.invalid');
  const role = parseRoleWord(args[1]!);
  if (!role) throw new DomainError('role.unknown', { word: args[1]! });
  const change = sub === 'role' ? await deps.roles.grant(userId, target, role) : await deps.roles.revoke(userId, target, role);
  const key = sub === 'role' ? (change.changed ? 'role.granted_reply' : 'role.already_has') : change.changed ? 'role.revoked_reply' : 'role.not_held';
  await reply({ text: i18n.t(key, { user: target, role: i18n.t(`role.${change.role}`) }) });
}

const SUMMARY_LABELS: Readonly<Record<string, MessageKey>> = {
  units: 'job.summary.units', endingSoon: 'job.summary.endingSoon', listed: 'job.summary.listed', channelMessages: 'job.summary.channelMessages',
  inspectorDms: 'job.summary.inspectorDms', hazards: 'job.summary.hazards', steps: 'job.summary.steps', peopleDms: 'job.summary.peopleDms',
  leaderMessages: 'job.summary.leaderMessages', changed: 'job.summary.changed', failed: 'job.summary.failed',
  newHazards: 'job.summary.newHazards', closedHazards: 'job.summary.closedHazards', overdueHazards: 'job.summary.overdueHazards',
  listedHazards: 'job.summary.listedHazards', towns: 'job.summary.towns', noPublicChannel: 'job.summary.noPublicChannel',
  noScheduleChannel: 'job.summary.noScheduleChannel',
};

/** What a job did, as "units 120, messages 2 …" in the person's language. */
function jobSummary(i18n: I18n, summary: Readonly<Record<string, number>> | null): string {
  if (!summary) return '';
  return Object.entries(summary).filter(([k]) => SUMMARY_LABELS[k]).map(([k, v]) => i18n.t(SUMMARY_LABELS[k]!, { n: v })).join(i18n.t('common.list_separator'));
}
