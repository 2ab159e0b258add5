import type { TimelineEntry } from '../../domain/hazard/timeline.js';
import type { I18n } from '../../i18n/index.js';
import { esc, truncate } from './elements.js';
import { tierLabel } from './tier-text.js';
import { isTier } from '../../domain/unit/tier.js';
import { isListingLevel } from '../../domain/hazard/hazard.js';

/** One line of a hazard's story: "<@U1> issued order ZG-2026-0012, deadline 2026年12月10日 星期四". */
export function timelineText(i18n: I18n, entry: TimelineEntry): string {
  const { t } = i18n;
  const d = entry.details;
  const s = (k: string) => esc(truncate(String(d[k] ?? ''), 300));
  const date = (k: string) => (typeof d[k] === 'string' && d[k] ? i18n.date(d[k] as string) : t('hazard.no_deadline'));
  const users = (k: string) => i18n.list(String(d[k] ?? '').split(',').filter(Boolean).map((u) => `<@${u}>`));
  const by = entry.actor;
  switch (entry.kind) {
    case 'register':
      return entry.status === 'reported' ? t('hazard.event.reported', { by }) : t('hazard.event.register', { by, level: t(`hazard.level.${d.level === 'major' ? 'major' : 'general'}`), deadline: date('deadline') });
    case 'confirm':
      return t('hazard.event.confirm', { by, level: t(`hazard.level.${d.level === 'major' ? 'major' : 'general'}`), deadline: date('deadline'), assignee: String(d.assignee ?? '') });
    case 'dismiss':
      return t('hazard.event.dismiss', { by, reason: s('reason') });
    case 'issue_order':
      return t('hazard.event.issue_order', { by, order: s('order'), deadline: date('deadline') });
    case 'close_on_spot':
      return t('hazard.event.close_on_spot', { by, note: s('note') });
    case 'report_rectified':
      return t(d.onBehalf ? 'hazard.event.report_rectified_on_behalf' : 'hazard.event.report_rectified', { by, evidence: s('evidence') });
    case 'reinspect':
      if (d.passed) return t('hazard.event.reinspect_pass', { by });
      return d.deadline ? t('hazard.event.reinspect_fail_until', { by, note: s('note'), deadline: date('deadline') }) : t('hazard.event.reinspect_fail', { by, note: s('note') });
    case 'list_for_supervision':
      return t('hazard.event.list', { by, level: isListingLevel(d.level) ? t(`hazard.listing_level.${d.level}`) : s('level'), doc: s('documentNumber'), leader: String(d.leader ?? '') });
    case 'assign_experts':
      return t('hazard.event.assign_experts', { by, experts: users('experts') || t('common.none') });
    case 'record_opinion':
      return t('hazard.event.record_opinion', { by, opinion: s('opinion') });
    case 'record_plan':
      return t(d.revised ? 'hazard.event.revise_plan' : 'hazard.event.record_plan', { by });
    case 'start_rectification':
      return t('hazard.event.start_rectification');
    case 'apply_acceptance':
      return t(d.onBehalf ? 'hazard.event.apply_on_behalf' : 'hazard.event.apply', { by, evaluator: t(`hazard.evaluator.${d.evaluatorKind === 'agency' ? 'agency' : 'own_experts'}`), name: s('evaluatorName'), ref: s('reportRef') });
    case 'expert_sign':
      return t(d.passed ? 'hazard.event.expert_pass' : 'hazard.event.expert_fail', { by, opinion: s('opinion') });
    case 'authority_sign':
      return t(d.passed ? 'hazard.event.authority_pass' : 'hazard.event.authority_fail', { by, opinion: s('opinion') });
    case 'request_extension':
      return t('hazard.event.request_extension', { by, from: date('from'), to: date('to'), reason: s('reason') });
    case 'decide_extension':
      return d.approved ? t('hazard.event.extension_approved', { by, to: date('to') }) : t('hazard.event.extension_denied', { by, note: s('note') });
    case 'refer_joint':
      return t('hazard.event.refer_joint', { by, departments: s('departments'), measures: s('measures') });
    case 'void':
      return t('hazard.event.void', { by, reason: s('reason') });
    case 'tier_changed':
      return t('hazard.event.tier_changed', { unit: s('unit'), from: isTier(d.from) ? tierLabel(i18n, d.from) : '', to: isTier(d.to) ? tierLabel(i18n, d.to) : '' });
  }
}
