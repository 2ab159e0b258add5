import type { KnownBlock, ModalView } from '@slack/types';
import { latestAcceptance, latestRectification, pendingExtension, type HazardDossier } from '../../domain/hazard/dossier.js';
import { PLAN_ELEMENTS } from '../../domain/hazard/guards.js';
import type { HazardAction } from '../../domain/hazard/hazard-actions.js';
import type { I18n } from '../../i18n/index.js';
import { ACTION_FIELDS } from '../forms/hazard-action.form.js';
import { registerFields } from '../forms/hazard-register.form.js';
import { CallbackId } from '../ids.js';
import type { ViewMetadata } from '../metadata.js';
import { context, esc, section, truncate } from './elements.js';
import { inputBlock, type FieldInitials } from './fields.js';
import { deadlineText, hazardHeadline } from './hazard-text.js';
import { modal, saveOrCancel } from './modal.js';

/** `/hazard`: the registration modal (staff variant requires deadline and assignee; a public report does not). */
export function hazardRegisterModal(i18n: I18n, o: { staff: boolean; today: string; actorId: string; metadata: ViewMetadata; unit?: { value: string; label: string }; inspection?: string }): ModalView {
  const initials: FieldInitials = { found_date: o.today, level: 'general', source: o.staff ? 'routine_inspection' : 'public_report', ...(o.staff ? { assignee: o.actorId } : {}), ...(o.unit ? { unit: o.unit } : {}) };
  const intro = [...(o.staff ? [] : [context(i18n.t('hazard.register.public_intro'))]), ...(o.inspection ? [context(i18n.t('hazard.register.from_inspection', { number: o.inspection }))] : [])];
  return modal({
    callbackId: CallbackId.HazardRegister,
    title: i18n.t('hazard.register.title'),
    ...saveOrCancel(i18n),
    metadata: { ...o.metadata, staff: o.staff },
    blocks: [...intro, ...registerFields(o.staff).map((f) => inputBlock(i18n, f, initials[f.id]))],
  });
}

/** The modal of one action on a hazard: what the hazard is, what the person needs to know to decide, the fields. */
export function hazardActionModal(i18n: I18n, o: { action: HazardAction; dossier: HazardDossier; today: string; initials: FieldInitials; metadata: ViewMetadata }): ModalView {
  const d = o.dossier;
  const blocks: KnownBlock[] = [
    section(`${hazardHeadline(d.hazard, d.unit)}\n${i18n.t(`hazard.status.${d.hazard.status}`)} · ${deadlineText(i18n, d.hazard, o.today)}`),
    ...briefing(i18n, o.action, d),
    ...ACTION_FIELDS[o.action].map((f) => inputBlock(i18n, f, o.initials[f.id])),
  ];
  return modal({
    callbackId: CallbackId.HazardAction,
    title: i18n.t(`hazard.action.${o.action}`),
    submit: i18n.t('common.confirm'),
    close: i18n.t('common.cancel'),
    metadata: { ...o.metadata, hazardId: d.hazard.id, status: d.hazard.status, action: o.action },
    blocks,
  });
}

/** What the decision rests on: the description, the unit's report, the plan, the application, the request. */
function briefing(i18n: I18n, action: HazardAction, d: HazardDossier): KnownBlock[] {
  const { t } = i18n;
  const quote = (text: string) => `> ${esc(truncate(text, 700)).replace(/\n/g, '\n> ')}`;
  switch (action) {
    case 'confirm':
    case 'dismiss':
    case 'record_opinion':
    case 'assign_experts':
      return [section(quote(d.hazard.description))];
    case 'reinspect': {
      const r = latestRectification(d);
      return r ? [section(`${t('hazard.modal.report_by', { by: r.reportedBy })}\n${quote(r.evidence)}`)] : [];
    }
    case 'expert_sign':
    case 'authority_sign': {
      const a = latestAcceptance(d);
      const plan = d.plan ? PLAN_ELEMENTS.map((e) => t('hazard.modal.plan_line', { label: t(`hazard.field.${e}`), text: esc(truncate(d.plan![e], 200)) })).join('\n') : '';
      const lines = a ? [t('hazard.card.applied', { by: a.applicant, at: i18n.dateTime(a.appliedAt), evaluator: t(`hazard.evaluator.${a.evaluatorKind}`), name: esc(a.evaluatorName), ref: esc(a.reportRef) })] : [];
      if (action === 'authority_sign' && a?.expert) lines.push(t('hazard.card.sig_expert', { text: t(a.expert.passed ? 'hazard.card.signed_pass' : 'hazard.card.signed_fail', { by: a.expert.by, at: i18n.dateTime(a.expert.at), opinion: esc(truncate(a.expert.opinion, 300)) }) }));
      return [section(lines.join('\n') || t('common.none')), ...(plan ? [context(truncate(plan, 3000))] : [])];
    }
    case 'decide_extension': {
      const e = pendingExtension(d);
      return e ? [section(t('hazard.card.extension', { to: i18n.date(e.toDeadline), by: e.requestedBy, reason: esc(truncate(e.reason, 600)) }))] : [];
    }
    default:
      return [];
  }
}
