import type { KnownBlock } from '@slack/types';
import { TIERS } from '../../domain/unit/tier.js';
import type { I18n } from '../../i18n/index.js';
import type { EscalationItem, Notice } from '../../outbox/outbox-message.js';
import { buttonValue } from '../button-value.js';
import { ActionId } from '../ids.js';
import { button, context, esc, header, section, TIER_EMOJI } from './elements.js';
import { LEVEL_EMOJI } from './hazard-text.js';
import { actionButton } from './hazard-card.blocks.js';
import { tierLabel } from './tier-text.js';

type Digest = Extract<Notice, { type: 'digest' }>;
type Rendered = { text: string; blocks: KnownBlock[] };
const people = (users: readonly string[]) => users.map((u) => `<@${u}>`).join(' ');

/** A part of the daily digest: the counts per tier (first part) and units whose period ends soon, with Assign buttons. */
export function digestBlocks(i18n: I18n, d: Digest): Rendered {
  const { t } = i18n;
  const title = t('digest.title', { date: i18n.date(d.date) });
  const blocks: KnownBlock[] = [];
  if (d.part === 1) {
    blocks.push(header(title));
    for (const tier of TIERS) {
      const c = d.counts?.[tier];
      if (c) blocks.push(section(`*${tierLabel(i18n, tier)}*　${t('digest.counts', { units: c.units, due: c.due, done: c.done, missed: c.missedLast })}`));
    }
    blocks.push(section(d.items.length ? `*${t('digest.soon', { days: d.soonDays })}*` : t('digest.soon_none', { days: d.soonDays })));
  } else {
    blocks.push(context(t('digest.continued', { part: d.part, parts: d.parts })));
  }
  for (const item of d.items) {
    const planned = item.planned ? t('digest.planned', { number: item.planned.number, date: i18n.date(item.planned.date), who: people(item.planned.inspectors) }) : t('digest.unassigned');
    const line = section(`${TIER_EMOJI[item.tier]} *${esc(item.name)}* · ${esc(item.town)}\n${t('digest.ends', { end: i18n.date(item.period.end), days: item.daysLeft })} · ${planned}`);
    if (!item.planned) line.accessory = button({ text: t('inspection.button.assign'), actionId: ActionId.InspectionAssignOpen, value: buttonValue(item.unitId) });
    blocks.push(line);
  }
  if (d.more > 0) blocks.push(context(t('digest.more', { more: d.more })));
  return { text: d.part === 1 ? title : `${title} (${d.part}/${d.parts})`, blocks };
}

export function inspectorDayBlocks(i18n: I18n, n: Extract<Notice, { type: 'inspector_day' }>): Rendered {
  const { t } = i18n;
  const text = t('digest.your_day', { date: i18n.date(n.date), count: n.inspections.length });
  const lines = n.inspections.map((i) => `• *${i.number}* ${esc(i.unitName)} · ${t(`inspection.visit.${i.visitType}`)} · ${people(i.inspectors)}`);
  return { text, blocks: [section(`*${text}*\n${lines.join('\n')}`), context(t('digest.your_day_hint'))] };
}

export function inspectionAssignedText(i18n: I18n, n: Extract<Notice, { type: 'inspection_assigned' }>): string {
  return i18n.t('inspection.assigned_dm', { by: n.by, date: i18n.date(n.plannedDate), unit: esc(n.unitName), number: n.number, visit: i18n.t(`inspection.visit.${n.visitType}`) });
}

function stepText(i18n: I18n, item: EscalationItem): string {
  const { t } = i18n;
  const deadline = item.deadline ? i18n.date(item.deadline) : '';
  switch (item.step) {
    case 'due_soon':
      return item.days === 0 ? t('escalation.due_today', { deadline }) : t('escalation.due_soon', { days: item.days, deadline });
    case 'overdue':
    case 'overdue_leader':
      return t('escalation.overdue', { days: item.days, deadline });
    case 'overdue_joint':
      return t('escalation.overdue_joint', { days: item.days, deadline });
    case 'review_warning':
      return t('escalation.review_warning', { days: item.days });
    case 'review_breach':
      return t('escalation.review_breach', { days: item.days });
    case 'reinspection_due':
      return item.days === 0 ? t('escalation.reinspection_due', { deadline }) : t('escalation.reinspection_overdue', { days: item.days, deadline });
    case 'reinspection_overdue':
    case 'reinspection_leader':
      return t('escalation.reinspection_overdue', { days: item.days, deadline });
  }
}

const itemLine = (i18n: I18n, item: EscalationItem) =>
  `${LEVEL_EMOJI[item.level]} *${item.number}* ${esc(item.title)} · ${esc(item.unitName)}\n${stepText(i18n, item)}${item.leader ? ` · ${i18n.t('escalation.supervising', { leader: item.leader })}` : ''}`;

/** The one DM a day with all of a person's reminders and overdue hazards. */
export function escalationPeopleBlocks(i18n: I18n, n: Extract<Notice, { type: 'escalation_people' }>): Rendered {
  const text = i18n.t('escalation.people_title', { date: i18n.date(n.date), count: n.items.length + n.more });
  const blocks: KnownBlock[] = [section(`*${text}*`)];
  for (const item of n.items.slice(0, 45)) {
    const line = section(itemLine(i18n, item));
    line.accessory = button({ text: i18n.t('unit.button.open'), actionId: ActionId.HazardOpen, value: buttonValue(item.hazardId) });
    blocks.push(line);
  }
  const more = n.more + Math.max(0, n.items.length - 45);
  if (more > 0) blocks.push(context(i18n.t('escalation.more', { more })));
  return { text, blocks };
}

/** The leaders' channel's daily message: escalated hazards, with "refer to joint enforcement" on the 7-day ones. */
export function escalationLeadersBlocks(i18n: I18n, n: Extract<Notice, { type: 'escalation_leaders' }>): Rendered {
  const text = i18n.t('escalation.leaders_title', { date: i18n.date(n.date) });
  const blocks: KnownBlock[] = n.part === 1 ? [header(text)] : [context(i18n.t('digest.continued', { part: n.part, parts: n.parts }))];
  for (const item of n.items) {
    const line = section(itemLine(i18n, item));
    line.accessory = item.step === 'overdue_joint'
      ? actionButton(i18n, item.hazardId, item.status, 'refer_joint')
      : button({ text: i18n.t('unit.button.open'), actionId: ActionId.HazardOpen, value: buttonValue(item.hazardId) });
    blocks.push(line);
  }
  if (n.more > 0) blocks.push(context(i18n.t('escalation.more', { more: n.more })));
  return { text: n.part === 1 ? text : `${text} (${n.part}/${n.parts})`, blocks };
}
