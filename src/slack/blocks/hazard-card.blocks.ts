import type { Button, KnownBlock, SectionBlock } from '@slack/types';
import { factsOf, latestAcceptance, latestRectification, pendingExtension } from '../../domain/hazard/dossier.js';
import { missingPrerequisites } from '../../domain/hazard/guards.js';
import type { HazardAction } from '../../domain/hazard/hazard-actions.js';
import type { HazardView } from '../../domain/hazard/hazard-view.model.js';
import type { I18n } from '../../i18n/index.js';
import { ActionId } from '../ids.js';
import { buttonValue } from '../button-value.js';
import { actions, button, context, esc, header, section, truncate } from './elements.js';
import { deadlineText, LEVEL_EMOJI, mention } from './hazard-text.js';
import { tierLabel } from './tier-text.js';

const PRIMARY: ReadonlySet<HazardAction> = new Set(['confirm', 'issue_order', 'report_rectified', 'reinspect', 'apply_acceptance', 'expert_sign', 'authority_sign']);

/** A button that opens an action's modal; its value carries the state the person saw (a stale press is refused). */
export function actionButton(i18n: I18n, hazardId: number, status: string, action: HazardAction): Button {
  return button({
    text: i18n.t(`hazard.action.${action}`), actionId: `${ActionId.HazardActPrefix}${action}`, value: buttonValue(hazardId, status),
    ...(PRIMARY.has(action) ? { style: 'primary' as const } : action === 'void' ? { style: 'danger' as const } : {}),
  });
}

/**
 * A hazard's card, rebuilt from its current state on every change: number, level, unit and tier, state, deadline
 * with days left or overdue, assignee, supervising leader, the path so far (order, major-path steps, application and
 * signatures, extension, referral), photos, and a button for each action in `view.actions`.
 */
export function hazardCardBlocks(i18n: I18n, view: HazardView): KnownBlock[] {
  const { t } = i18n;
  const d = view.dossier;
  const h = d.hazard;
  const field = (label: string, value: string) => ({ type: 'mrkdwn' as const, text: truncate(`*${label}*\n${value}`, 2000) });
  const fields: SectionBlock = {
    type: 'section',
    fields: [
      field(t('hazard.card.status'), `${t(`hazard.status.${h.status}`)}${h.referred ? ` · 🚩 ${t('hazard.card.referred_flag')}` : ''}`),
      field(t('hazard.card.level'), `${LEVEL_EMOJI[h.level]} ${t(`hazard.level.${h.level}`)}`),
      field(t('hazard.card.unit'), `${esc(d.unit.name)}\n${tierLabel(i18n, d.unit.tier)}`),
      field(t('hazard.card.deadline'), deadlineText(i18n, h, view.today)),
      field(t('hazard.card.assignee'), mention(h.assignee, i18n)),
      field(t('hazard.card.leader'), mention(d.listing?.leader, i18n)),
      field(t('hazard.card.location'), esc(h.location)),
      field(t('hazard.card.category'), `${t(`hazard.category.${h.category}`)} · ${t(`hazard.source.${h.source}`)}`),
    ],
  };
  const blocks: KnownBlock[] = [header(`${LEVEL_EMOJI[h.level]} ${h.number} ${h.title}`), fields, section(esc(truncate(h.description, 1200)))];
  const found = [t('hazard.card.found', { date: i18n.date(h.foundDate), by: h.foundBy })];
  if (h.reportedPublicly) found.push(t('hazard.card.public_report'));
  if (h.responsiblePerson) found.push(t('hazard.card.responsible', { name: esc(h.responsiblePerson) }));
  if (h.funding !== null) found.push(t('hazard.card.funding', { amount: h.funding.toLocaleString(i18n.locale) }));
  blocks.push(context(found.join(' · ')));

  const order = d.orders.at(-1);
  if (order) blocks.push(section(t('hazard.card.order', { number: order.number, deadline: i18n.date(order.deadline), measures: esc(truncate(order.measures, 600)) })));
  if (h.level === 'major' && h.status !== 'reported') blocks.push(context(majorProgress(i18n, view)));
  const report = latestRectification(d);
  if (report && h.status === 'awaiting_verification') {
    blocks.push(section(t(report.onBehalf ? 'hazard.card.report_on_behalf' : 'hazard.card.report', { by: report.reportedBy, evidence: esc(truncate(report.evidence, 600)) })));
  }
  const recheck = view.clocks.reinspection;
  if (recheck) {
    blocks.push(context(recheck.late > 0
      ? t('hazard.card.reinspection_late', { late: recheck.late, date: i18n.date(recheck.due) })
      : t('hazard.card.reinspection_due', { date: i18n.date(recheck.due), days: recheck.period })));
  }
  const application = latestAcceptance(d);
  if (application && ['awaiting_acceptance', 'expert_accepted', 'closed'].includes(h.status)) blocks.push(section(signatures(i18n, view)));
  const review = view.clocks.review;
  if (review) {
    // As in Chinese law, the day the application arrives is not counted: day 1 is the next day, the period's last day
    // is the last legal one, and the review is late from the day after.
    blocks.push(context(review.late > 0
      ? t('hazard.card.review_late', { late: review.late, days: review.period, date: i18n.date(review.due) })
      : t('hazard.card.review', { day: Math.max(1, review.day), days: review.period, date: i18n.date(review.due) })));
  }
  const extension = pendingExtension(d);
  if (extension) blocks.push(section(t('hazard.card.extension', { to: i18n.date(extension.toDeadline), by: extension.requestedBy, reason: esc(truncate(extension.reason, 300)) })));
  if (d.referral) blocks.push(section(t('hazard.card.referral', { departments: esc(d.referral.departments), measures: esc(truncate(d.referral.measures, 300)) })));
  if (h.status === 'closed' && h.closureKind !== 'acceptance') {
    blocks.push(section(t('hazard.card.closed', { by: h.closedBy ?? '', at: i18n.dateTime(h.closedAt ?? h.updatedAt), how: t(`hazard.closure.${h.closureKind ?? 'reinspection'}`) })));
  }
  if (h.status === 'void') blocks.push(section(t('hazard.card.void', { by: h.updatedBy, at: i18n.dateTime(h.updatedAt), reason: esc(h.voidReason ?? '') })));
  const photos = d.files.slice(0, 12).map((f) => (f.permalink ? `<${f.permalink}|${esc(truncate(f.name, 40))}>` : esc(truncate(f.name, 40))));
  if (photos.length) blocks.push(context(`📷 ${photos.join(' · ')}`));
  if (view.actions.length) blocks.push(actions(`hazard_${h.id}_actions`, view.actions.map((a) => actionButton(i18n, h.id, h.status, a))));
  return blocks;
}

function majorProgress(i18n: I18n, view: HazardView): string {
  const { t } = i18n;
  const d = view.dossier;
  const missing = missingPrerequisites(factsOf(d));
  const mark = (done: boolean) => (done ? '✅' : '⬜');
  const listing = d.listing ? t('hazard.card.listed', { level: t(`hazard.listing_level.${d.listing.level}`), doc: esc(d.listing.documentNumber) }) : t('hazard.card.not_listed');
  const experts = d.experts.length
    ? t('hazard.card.consultation', { done: d.experts.filter((e) => e.opinion !== null).length, total: d.experts.length })
    : t('hazard.card.consultation_none');
  return [`${mark(!missing.includes('listing'))} ${listing}`, `${mark(!missing.includes('consultation'))} ${experts}`, `${mark(d.plan !== null)} ${t('hazard.card.plan')}`].join('　');
}

/** The closure record: the unit's application, the acceptance expert's and the authority's signatures. */
function signatures(i18n: I18n, view: HazardView): string {
  const { t } = i18n;
  const a = latestAcceptance(view.dossier)!;
  const verdict = (s: { passed: boolean; by: string; at: string; opinion: string } | null) =>
    s ? t(s.passed ? 'hazard.card.signed_pass' : 'hazard.card.signed_fail', { by: s.by, at: i18n.dateTime(s.at), opinion: esc(truncate(s.opinion, 200)) }) : t('hazard.card.unsigned');
  return [
    `*${t('hazard.card.signatures')}*`,
    t('hazard.card.sig_applicant', { text: t('hazard.card.applied', { by: a.applicant, at: i18n.dateTime(a.appliedAt), evaluator: t(`hazard.evaluator.${a.evaluatorKind}`), name: esc(a.evaluatorName), ref: esc(a.reportRef) }) }),
    t('hazard.card.sig_expert', { text: verdict(a.expert) }),
    t('hazard.card.sig_authority', { text: verdict(a.authority) }),
  ].join('\n');
}
