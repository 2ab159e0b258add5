import type { KnownBlock, SectionBlock } from '@slack/types';
import { HAZARD_ACTIONS } from '../../domain/hazard/hazard-actions.js';
import { HOME_LIST_LIMIT, type ContactUnit, type HomeModel, type HomeTodo } from '../../domain/home/home.model.js';
import { can } from '../../domain/permissions.js';
import type { Actor } from '../../domain/roles.js';
import type { I18n } from '../../i18n/index.js';
import { ActionId } from '../ids.js';
import { buttonValue } from '../button-value.js';
import { button, context, esc, section, truncate } from './elements.js';
import { actionButton } from './hazard-card.blocks.js';
import { deadlineText, LEVEL_EMOJI } from './hazard-text.js';
import { inspectionSummary } from './inspection.blocks.js';
import { tierLabel } from './tier-text.js';

/** Leaders, inspectors and admins are asked about every unfinished hazard: "all" is the open list, not "mine". */
const allTodosCommand = (actor: Actor) => (['admin', 'leader', 'inspector'] as const).some((r) => actor.roles.has(r)) ? '`/hazard list open`' : '`/hazard list mine`';

/** One line per hazard waiting for the person: number, unit, what to do, deadline, and a button opening that step. */
export function todoBlocks(i18n: I18n, actor: Actor, todos: HomeModel['todos'], today: string): KnownBlock[] {
  const { t } = i18n;
  if (todos.total === 0) return [section(t('home.todo.none'))];
  const counts = HAZARD_ACTIONS.filter((a) => todos.byAction[a]).map((a) => t('home.todo.count', { action: t(`hazard.action.${a}`), n: todos.byAction[a]! }));
  const blocks: KnownBlock[] = [section(t('home.todo.title', { n: todos.total }))];
  if (counts.length) blocks.push(context(counts.join(' · ')));
  const shown = todos.items.slice(0, HOME_LIST_LIMIT);
  for (const todo of shown) blocks.push(todoLine(i18n, todo, today));
  if (todos.total > shown.length) blocks.push(context(t('home.todo.more', { rest: todos.total - shown.length, command: allTodosCommand(actor) })));
  return blocks;
}

function todoLine(i18n: I18n, todo: HomeTodo, today: string): SectionBlock {
  const { t } = i18n;
  const line = section(t('home.todo.line', {
    emoji: LEVEL_EMOJI[todo.level], number: todo.number, title: esc(truncate(todo.title, 60)), unit: esc(truncate(todo.unitName, 40)),
    what: i18n.list(todo.asked.map((a) => t(`hazard.action.${a}`))), deadline: deadlineText(i18n, todo, today),
  }));
  const first = todo.buttons[0];
  if (first) line.accessory = actionButton(i18n, todo.hazardId, todo.status, first);
  return line;
}

/** The person's planned inspections, soonest first, with "Record result" for inspectors. */
export function inspectionListBlocks(i18n: I18n, actor: Actor, inspections: NonNullable<HomeModel['inspections']>): KnownBlock[] {
  const { t } = i18n;
  if (inspections.total === 0) return [section(t('home.inspections.none'))];
  const blocks: KnownBlock[] = [section(t('home.inspections.title', { n: inspections.total }))];
  const shown = inspections.items.slice(0, HOME_LIST_LIMIT);
  for (const { inspection, unit } of shown) {
    const line = section(inspectionSummary(i18n, inspection, unit));
    if (can(actor, 'inspection.record')) line.accessory = button({ text: t('inspection.button.record'), actionId: ActionId.InspectionResultOpen, value: buttonValue(inspection.id) });
    blocks.push(line);
  }
  if (inspections.total > shown.length) blocks.push(context(t('home.inspections.more', { rest: inspections.total - shown.length })));
  return blocks;
}

/** A unit as App Home lists it: the counts are there when the Home's model was loaded (not for a bare Home). */
export type HomeUnitLine = Pick<ContactUnit, 'id' | 'name' | 'tier'> & Partial<Pick<ContactUnit, 'town' | 'open' | 'overdue'>>;

/** A unit contact's units, red first, each with its tier and open hazards. */
export function unitListBlocks(i18n: I18n, units: readonly HomeUnitLine[], total: number): KnownBlock[] {
  const { t } = i18n;
  const shown = units.slice(0, HOME_LIST_LIMIT);
  const blocks: KnownBlock[] = [section(t('home.units.title', { n: total }))];
  for (const u of shown) {
    blocks.push(section(u.open === undefined
      ? `${tierLabel(i18n, u.tier)} *${esc(truncate(u.name, 100))}*`
      : t('home.units.line', { tier: tierLabel(i18n, u.tier), name: esc(truncate(u.name, 100)), town: esc(u.town ?? ''), open: u.open, overdue: u.overdue ?? 0 })));
  }
  if (total > shown.length) blocks.push(context(t('home.units.more', { rest: total - shown.length })));
  return blocks;
}
