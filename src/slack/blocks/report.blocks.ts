import type { KnownBlock, SectionBlock } from '@slack/types';
import type { LevelCounts, ListedProgress, ReportFigures, TownFigures } from '../../domain/report/figures.js';
import { EPHEMERAL_LIMITS, splitReport, type ReportHead, type ReportPart } from '../../domain/report/report-parts.js';
import type { ReportPeriod } from '../../domain/report/report-period.js';
import type { I18n } from '../../i18n/index.js';
import { ActionId } from '../ids.js';
import { actions, button, context, esc, header, LIMITS, section, truncate } from './elements.js';

type Rendered = { text: string; blocks: KnownBlock[] };
/** `public`: publication wording (公示) for a channel — no mentions, no buttons. `internal`: the ephemeral answer. */
export type ReportWording = 'public' | 'internal';

const monthName = (i18n: I18n, month: number, style: 'long' | 'short') =>
  i18n.locale === 'en' ? new Intl.DateTimeFormat('en', { month: style, timeZone: 'UTC' }).format(new Date(Date.UTC(2000, month - 1, 1))) : String(month);

/** 11月23日 / 23 Nov (no year, no weekday: inside a period name). */
function shortDay(i18n: I18n, date: string): string {
  return i18n.t('report.day', { month: monthName(i18n, Number(date.slice(5, 7)), 'short'), day: Number(date.slice(8, 10)) });
}

/** 2026年第48周 11月23日—11月29日 · 2026年11月 · 2026年第4季度 · 2026年 (and in English). */
export function periodName(i18n: I18n, p: ReportPeriod): string {
  switch (p.kind) {
    case 'week':
      return i18n.t('report.period.week', { year: p.year, index: p.index, from: shortDay(i18n, p.start), to: shortDay(i18n, p.end) });
    case 'month':
      return i18n.t('report.period.month', { year: p.year, month: monthName(i18n, p.index, 'long') });
    case 'quarter':
      return i18n.t('report.period.quarter', { year: p.year, index: p.index });
    case 'year':
      return i18n.t('report.period.year', { year: p.year });
  }
}

export function reportTitle(i18n: I18n, p: ReportPeriod, wording: ReportWording): string {
  return i18n.t(wording === 'public' ? 'report.public_title' : 'report.internal_title', { period: periodName(i18n, p) });
}

/** Lines packed into as few sections as fit (each at most 3000 characters): tables never lose a line to truncation. */
export function packLines(lines: readonly string[], max: number = LIMITS.sectionText - 100): SectionBlock[] {
  const sections: SectionBlock[] = [];
  let current = '';
  for (const raw of lines) {
    const line = truncate(raw, max);
    if (current && [...current].length + 1 + [...line].length > max) {
      sections.push(section(current));
      current = '';
    }
    current = current ? `${current}\n${line}` : line;
  }
  if (current) sections.push(section(current));
  return sections;
}

const levels = (c: LevelCounts) => ({ total: c.total, general: c.general, major: c.major });
const rateText = (i18n: I18n, rate: number | null) => (rate === null ? i18n.t('report.rate_none') : `${rate}%`);

/** The office totals: a line per figure. */
function figureLines(i18n: I18n, h: ReportHead): string {
  const { t } = i18n;
  return [
    t('report.line.new', levels(h.new)),
    t('report.line.closed', levels(h.closed)),
    t('report.line.overdue', { date: i18n.date(h.asOf), ...levels(h.overdue) }),
    h.rate === null ? t('report.line.rate_none') : t('report.line.rate', { rate: h.rate, rectified: h.rectified, found: h.new.total }),
  ].join('\n');
}

function listedLine(i18n: I18n, l: ListedProgress, n: number, wording: ReportWording): string {
  const { t } = i18n;
  const status = l.status === 'closed' && l.closedDate ? t('report.listed_closed', { date: i18n.date(l.closedDate) }) : t(`hazard.status.${l.status}`);
  const line = t('report.listed_item', {
    n, number: l.number, unit: esc(l.unitName), title: esc(truncate(l.title, 40)), status,
    deadline: l.deadline ? i18n.date(l.deadline) : t('report.no_deadline'), level: t(`hazard.listing_level.${l.listingLevel}`), document: esc(l.documentNumber),
  });
  return wording === 'internal' ? `${line}${t('report.listed_leader', { leader: l.leader })}` : line;
}

function townLine(i18n: I18n, town: TownFigures): string {
  return i18n.t('report.town_line', {
    town: town.town ? esc(town.town) : i18n.t('report.no_town'), new: town.new.total, major: town.new.major, closed: town.closed.total, overdue: town.overdue.total,
    rate: rateText(i18n, town.rate),
  });
}

/** A part of a report: the head (first part), then its slice of listed hazards and of the town table. */
export function reportPartBlocks(i18n: I18n, p: ReportPart, wording: ReportWording): Rendered {
  const { t } = i18n;
  const h = p.head;
  const title = reportTitle(i18n, h.period, wording);
  const blocks: KnownBlock[] = [];
  if (p.part === 1) {
    blocks.push(header(title));
    if (wording === 'public') blocks.push(section(t('report.intro_public', { period: periodName(i18n, h.period) })));
    if (h.toDate) blocks.push(context(t('report.to_date', { date: i18n.date(h.asOf) })));
    blocks.push(section(figureLines(i18n, h)));
    if (h.listedCount === 0) blocks.push(section(t('report.listed_none')));
  } else {
    blocks.push(context(`${title} ${t('report.continued', { part: p.part, parts: p.parts })}`));
  }
  if (p.listed.length) {
    const heading = p.listedFrom === 0 ? t('report.listed_title', { n: h.listedCount }) : t('report.listed_title_continued');
    blocks.push(...packLines([heading, ...p.listed.map((l, i) => listedLine(i18n, l, p.listedFrom + i + 1, wording))]));
  }
  if (p.moreListed > 0) blocks.push(context(t('report.listed_more', { n: p.moreListed })));
  if (p.towns.length) {
    const heading = p.townsFrom === 0 ? t('report.towns_title') : t('report.towns_title_continued');
    blocks.push(...packLines([heading, ...p.towns.map((town) => townLine(i18n, town))]));
  } else if (p.part === p.parts && h.townCount === 0) {
    blocks.push(section(t('report.towns_none')));
  }
  if (p.moreTowns > 0) blocks.push(context(t('report.towns_more', { n: p.moreTowns })));
  if (p.part === p.parts) {
    blocks.push(context(t('report.definitions')));
    if (wording === 'public') blocks.push(section(t('report.closing')));
  }
  return { text: p.part === 1 ? title : `${title} ${t('report.continued', { part: p.part, parts: p.parts })}`, blocks };
}

/** What the post button carries: the period label and the answer's own token (`2026-11|9f2c…`). */
export const postButtonValue = (label: string, token: string) => `${label}|${token}`;

export function parsePostButtonValue(value: string | undefined): { label: string; token: string } | null {
  const [label, token, ...rest] = (value ?? '').split('|');
  return label && token && rest.length === 0 && /^[\w-]{1,64}$/.test(token) ? { label, token } : null;
}

/**
 * The ephemeral answer to `/anjian report`: the figures in one message (the first listed hazards and towns), and
 * "post to channel" for those who may post when a public channel is configured.
 */
export function reportAnswerBlocks(i18n: I18n, f: ReportFigures, o: { readonly post: { readonly token: string } | null; readonly channelMissing: boolean }): Rendered {
  const { t } = i18n;
  const [part] = splitReport(f, EPHEMERAL_LIMITS);
  const one: ReportPart = { ...part!, parts: 1 };
  const { text, blocks } = reportPartBlocks(i18n, one, 'internal');
  if (o.post && (one.moreListed > 0 || one.moreTowns > 0)) blocks.push(context(t('report.shown_partly', { listed: one.listed.length, towns: one.towns.length })));
  if (o.post) {
    blocks.push(actions('report_actions', [button({
      text: t('report.button.post'), actionId: ActionId.ReportPost, value: postButtonValue(f.period.label, o.post.token), style: 'primary',
      confirm: { title: t('report.post_confirm_title'), text: t('report.post_confirm_text'), confirm: t('report.post_confirm'), deny: t('common.cancel') },
    })]));
  } else if (o.channelMissing) {
    blocks.push(context(t('report.no_public_channel')));
  }
  return { text, blocks };
}
