import type { Button, HomeView, KnownBlock } from '@slack/types';
import type { HomeModel } from '../../domain/home/home.model.js';
import { can } from '../../domain/permissions.js';
import type { Actor } from '../../domain/roles.js';
import type { I18n } from '../../i18n/index.js';
import { ActionId } from '../ids.js';
import { actions, button, context, divider, header, section } from './elements.js';
import { officeBlocks } from './home-office.blocks.js';
import { inspectionListBlocks, todoBlocks, unitListBlocks, type HomeUnitLine } from './home-work.blocks.js';

/** What the Home shows besides who you are and your units (HomeService's model); without it, the bare Home. */
export type HomeDetails = Omit<HomeModel, 'actor' | 'units'>;

/**
 * App Home, per person and role: who you are; the buttons you may use; what waits for you (the to-do rule); your
 * planned inspections (inspectors); your units (unit contacts); the office's figures (anyone with a role: first for
 * leaders and admins); the language switch. Every list is capped (HOME_LIST_LIMIT) with the command that shows all, so the view stays well
 * inside Slack's 100 blocks (at most about 65 with every section full).
 */
export function homeView(i18n: I18n, actor: Actor, units: readonly HomeUnitLine[], details?: HomeDetails): HomeView {
  const { t } = i18n;
  const roles = [...actor.roles].map((r) => t(`role.${r}`));
  const blocks: KnownBlock[] = [
    header(t('home.title')),
    section(`${t('home.greeting', { user: actor.userId })}\n${roles.length ? t('home.roles', { roles: i18n.list(roles) }) : t('home.no_roles')}`),
  ];
  if (!roles.length) blocks.push(context(t('home.no_role_tip')));
  blocks.push(actions('home_actions', homeButtons(i18n, actor)));
  // A leader opens Home to see where the office stands: the figures come first for leaders and admins, last for others.
  const office = details?.office ? [divider(), ...officeBlocks(i18n, details.office, details.today)] : [];
  const leading = actor.roles.has('leader') || actor.roles.has('admin');
  if (leading) blocks.push(...office);
  if (details) {
    blocks.push(divider(), ...todoBlocks(i18n, actor, details.todos, details.today));
    if (details.inspections) blocks.push(divider(), ...inspectionListBlocks(i18n, actor, details.inspections));
  }
  if (units.length) blocks.push(divider(), ...unitListBlocks(i18n, units, details?.unitsTotal ?? units.length));
  if (!leading) blocks.push(...office);
  blocks.push(divider(), section(`*${t('home.language')}*`), actions('home_language', languageButtons(i18n)), context(t('home.commands')));
  if (can(actor, 'report.view')) blocks.push(context(t('home.staff_commands')));
  return { type: 'home', blocks };
}

/** Register a hazard (anyone: others' reports start `reported`), assign an inspection, register a unit — as allowed. */
function homeButtons(i18n: I18n, actor: Actor): Button[] {
  const { t } = i18n;
  const buttons = [button({ text: t('home.report_hazard'), actionId: ActionId.HazardRegisterOpen, style: 'primary' })];
  if (can(actor, 'inspection.assign')) buttons.push(button({ text: t('home.assign_inspection'), actionId: ActionId.HomeAssignInspection }));
  if (can(actor, 'unit.register')) buttons.push(button({ text: t('home.register_unit'), actionId: ActionId.UnitRegisterOpen }));
  return buttons;
}

function languageButtons(i18n: I18n): Button[] {
  const { t } = i18n;
  return [
    button({ text: t('home.lang_zh'), actionId: `${ActionId.SetLanguage}_zh`, value: 'zh-CN', ...(i18n.locale === 'zh-CN' ? { style: 'primary' as const } : {}) }),
    button({ text: t('home.lang_en'), actionId: `${ActionId.SetLanguage}_en`, value: 'en', ...(i18n.locale === 'en' ? { style: 'primary' as const } : {}) }),
  ];
}
