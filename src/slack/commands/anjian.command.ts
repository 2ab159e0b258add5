import type { Middleware, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { KnownBlock } from '@slack/types';
import { DomainError } from '../../domain/errors.js';
import { parseUserMention, splitCommandText } from '../../domain/mention.js';
import { parseRoleWord } from '../../domain/roles.js';
import { createI18n, type I18n } from '../../i18n/index.js';
import { parseLocaleWord } from '../../i18n/locale.js';
import { helpBlocks, helpText } from '../blocks/help.blocks.js';
import { rolesBlocks } from '../blocks/roles.blocks.js';
import type { SlackDeps } from '../deps.js';
import { personOf } from '../person.js';

type Reply = (message: { text: string; blocks?: KnownBlock[] }) => Promise<unknown>;

/** `/anjian help | lang zh|en | role @user <role> | unrole @user <role> | roles`; anything else answers with help. */
export const anjianCommand = (deps: SlackDeps): Middleware<SlackCommandMiddlewareArgs> => async ({ command, ack, respond, context }) => {
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
