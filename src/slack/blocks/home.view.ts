import type { HomeView, KnownBlock } from '@slack/types';
import type { Actor } from '../../domain/roles.js';
import { can } from '../../domain/permissions.js';
import type { Unit } from '../../domain/unit/unit.js';
import type { I18n } from '../../i18n/index.js';
import { ActionId } from '../ids.js';
import { actions, button, context, divider, esc, header, section, TIER_EMOJI } from './elements.js';

/** App Home: who you are here, your units, the language switch. */
export function homeView(i18n: I18n, actor: Actor, units: readonly Unit[]): HomeView {
  const { t } = i18n;
  const roles = [...actor.roles].map((r) => t(`role.${r}`));
  const buttons = [
    button({ text: t('home.lang_zh'), actionId: `${ActionId.SetLanguage}_zh`, value: 'zh-CN', ...(i18n.locale === 'zh-CN' ? { style: 'primary' as const } : {}) }),
    button({ text: t('home.lang_en'), actionId: `${ActionId.SetLanguage}_en`, value: 'en', ...(i18n.locale === 'en' ? { style: 'primary' as const } : {}) }),
  ];
  const blocks: KnownBlock[] = [
    header(t('home.title')),
    section(t('home.greeting', { user: actor.userId })),
    section(roles.length ? t('home.roles', { roles: i18n.list(roles) }) : t('home.no_roles')),
  ];
  if (units.length) blocks.push(section(t('home.units', { units: i18n.list(units.map((u) => `${TIER_EMOJI[u.tier]} ${esc(u.name)}`)) })));
  const todo = [button({ text: t('home.report_hazard'), actionId: ActionId.HazardRegisterOpen, style: 'primary' })];
  if (can(actor, 'unit.register')) todo.push(button({ text: t('home.register_unit'), actionId: ActionId.UnitRegisterOpen }));
  blocks.push(actions('home_actions', todo));
  blocks.push(divider(), section(`*${t('home.language')}*`), actions('home_language', buttons), context(t('home.commands')));
  return { type: 'home', blocks };
}
