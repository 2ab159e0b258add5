import { addDays } from '../../domain/calendar.js';
import { ACTION_TEXT_MAX, SHORT_TEXT_MAX, type ActionInput } from '../../domain/hazard/action-input.js';
import type { HazardDossier } from '../../domain/hazard/dossier.js';
import { PLAN_ELEMENTS, type RemediationPlan } from '../../domain/hazard/guards.js';
import type { HazardAction } from '../../domain/hazard/hazard-actions.js';
import type { HazardPhoto } from '../../domain/hazard/hazard-input.js';
import { EVALUATOR_KINDS, HAZARD_LEVELS, LISTING_LEVELS, type EvaluatorKind, type HazardLevel, type ListingLevel } from '../../domain/hazard/hazard.js';
import type { I18n, MessageKey } from '../../i18n/index.js';
import type { FieldInitials, FieldSpec } from '../blocks/fields.js';
import { readFields } from './fields.form.js';
import type { FormResult, ViewValues } from './view-state.js';
import { parseYuan } from '../../domain/money.js';

/** Field ids that have a label in the catalogs (`hazard.field.<id>`). */
type FieldId = Extract<MessageKey, `hazard.field.${string}`> extends `hazard.field.${infer I}` ? I : never;

const long = (id: FieldId, o: { optional?: boolean; max?: number; hint?: MessageKey } = {}): FieldSpec => ({
  id, kind: 'text', max: o.max ?? ACTION_TEXT_MAX, multiline: true, label: `hazard.field.${id}`, ...(o.optional ? { optional: true } : {}), ...(o.hint ? { hint: o.hint } : {}),
});
const short = (id: FieldId, max = SHORT_TEXT_MAX): FieldSpec => ({ id, kind: 'text', max, label: `hazard.field.${id}` });
const passFail = (id: FieldId): FieldSpec => ({ id, kind: 'choice', style: 'radio', label: `hazard.field.${id}`, options: [{ value: 'pass', label: 'hazard.result.pass' }, { value: 'fail', label: 'hazard.result.fail' }] });

/** Each action's modal fields (block id = field id = the service's field name). */
export const ACTION_FIELDS: Record<HazardAction, readonly FieldSpec[]> = {
  confirm: [
    { id: 'level', kind: 'choice', style: 'radio', label: 'hazard.field.level', hint: 'hazard.hint.level', options: HAZARD_LEVELS.map((l) => ({ value: l, label: `hazard.level.${l}` as const })) },
    { id: 'deadline', kind: 'date', label: 'hazard.field.deadline' },
    { id: 'assignee', kind: 'user', label: 'hazard.field.assignee', hint: 'hazard.hint.assignee' },
    long('note', { optional: true }),
  ],
  dismiss: [long('reason', { max: 500 })],
  issue_order: [long('measures'), { id: 'deadline', kind: 'date', label: 'hazard.field.order_deadline' }, { id: 'second_officer', kind: 'user', label: 'hazard.field.second_officer', hint: 'hazard.hint.second_officer' }],
  close_on_spot: [long('note')],
  report_rectified: [long('evidence'), { id: 'photos', kind: 'files', max: 6, label: 'hazard.field.after_photos', optional: true }],
  reinspect: [passFail('result'), long('note', { optional: true, hint: 'hazard.hint.fail_reason' }), { id: 'new_deadline', kind: 'date', label: 'hazard.field.redo_deadline', hint: 'hazard.hint.fail_deadline', optional: true }],
  list_for_supervision: [
    { id: 'leader', kind: 'user', label: 'hazard.field.leader' },
    { id: 'listing_level', kind: 'choice', style: 'select', label: 'hazard.field.listing_level', options: LISTING_LEVELS.map((l) => ({ value: l, label: `hazard.listing_level.${l}` as const })) },
    short('document_number'),
    { id: 'listed_date', kind: 'date', label: 'hazard.field.listed_date' },
  ],
  assign_experts: [{ id: 'experts', kind: 'users', max: 10, label: 'hazard.field.experts', hint: 'hazard.hint.experts' }],
  record_opinion: [long('opinion')],
  record_plan: PLAN_ELEMENTS.map((e) => long(e)),
  apply_acceptance: [
    { id: 'evaluator_kind', kind: 'choice', style: 'radio', label: 'hazard.field.evaluator_kind', options: EVALUATOR_KINDS.map((k) => ({ value: k, label: `hazard.evaluator.${k}` as const })) },
    short('evaluator_name'),
    short('report_ref'),
    long('measures_done', { hint: 'hazard.hint.measures_done' }),
    { id: 'funds_spent', kind: 'text', max: 20, label: 'hazard.field.funds_spent', hint: 'hazard.hint.funds_spent' },
    long('note', { optional: true }),
  ],
  expert_sign: [passFail('result'), long('opinion')],
  authority_sign: [passFail('result'), long('opinion')],
  request_extension: [{ id: 'deadline', kind: 'date', label: 'hazard.field.new_deadline' }, long('reason')],
  decide_extension: [
    { id: 'decision', kind: 'choice', style: 'radio', label: 'hazard.field.decision', options: [{ value: 'approve', label: 'hazard.decision.approve' }, { value: 'deny', label: 'hazard.decision.deny' }] },
    long('note', { optional: true, hint: 'hazard.hint.deny_reason' }),
  ],
  refer_joint: [short('departments', 500), long('measures')],
  void: [long('reason', { max: 500 })],
};

/** What the modal starts with: today's dates, the current deadline, the person themself, an earlier plan. */
export function actionInitials(action: HazardAction, d: HazardDossier, o: { today: string; actorId: string }): FieldInitials {
  const h = d.hazard;
  switch (action) {
    case 'confirm':
      return { level: h.level, deadline: h.deadline ?? addDays(o.today, 7), assignee: h.assignee ?? o.actorId };
    case 'reinspect':
      return { new_deadline: addDays(o.today, 7) };
    case 'issue_order':
      return { deadline: h.deadline && h.deadline >= o.today ? h.deadline : addDays(o.today, 7) };
    case 'list_for_supervision':
      return { leader: o.actorId, listed_date: o.today };
    case 'record_plan':
      return d.plan ? Object.fromEntries(PLAN_ELEMENTS.map((e) => [e, d.plan![e]])) : {};
    case 'request_extension':
      return { deadline: h.deadline ? addDays(h.deadline, 7) : addDays(o.today, 7) };
    default:
      return {};
  }
}

/** A submitted action modal → the service's input, or one message per bad field (cross-field rules included). */
export function parseActionForm(i18n: I18n, action: HazardAction, values: ViewValues | undefined): FormResult<ActionInput> {
  const { values: v, errors } = readFields(i18n, values, ACTION_FIELDS[action]);
  const s = (id: string) => (typeof v[id] === 'string' ? (v[id] as string) : '');
  const needs = (id: string, when: boolean) => {
    if (when && !s(id)) errors[id] ??= i18n.t('validation.reason_required');
  };
  needs('note', action === 'reinspect' && s('result') === 'fail');
  if (action === 'apply_acceptance' && s('funds_spent') && parseYuan(s('funds_spent')) === undefined) errors.funds_spent ??= i18n.t('validation.funding');
  if (action === 'reinspect' && s('result') === 'fail' && !s('new_deadline')) errors.new_deadline ??= i18n.t('validation.deadline_required_on_fail');
  needs('note', action === 'decide_extension' && s('decision') === 'deny');
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const input = ((): ActionInput => {
    switch (action) {
      case 'confirm':
        return { action, level: s('level') as HazardLevel, deadline: s('deadline'), assignee: s('assignee'), note: s('note') };
      case 'dismiss':
      case 'void':
        return { action, reason: s('reason') };
      case 'issue_order':
        return { action, measures: s('measures'), deadline: s('deadline'), secondOfficer: s('second_officer') };
      case 'close_on_spot':
        return { action, note: s('note') };
      case 'report_rectified':
        return { action, evidence: s('evidence'), photos: (v.photos as HazardPhoto[] | undefined) ?? [] };
      case 'reinspect':
        return { action, passed: s('result') === 'pass', note: s('note'), ...(s('result') === 'fail' ? { newDeadline: s('new_deadline') } : {}) };
      case 'list_for_supervision':
        return { action, leader: s('leader'), level: s('listing_level') as ListingLevel, documentNumber: s('document_number'), listedDate: s('listed_date') };
      case 'assign_experts':
        return { action, experts: (v.experts as string[] | undefined) ?? [] };
      case 'record_opinion':
        return { action, opinion: s('opinion') };
      case 'record_plan':
        return { action, plan: Object.fromEntries(PLAN_ELEMENTS.map((e) => [e, s(e)])) as unknown as RemediationPlan };
      case 'apply_acceptance':
        return { action, evaluatorKind: s('evaluator_kind') as EvaluatorKind, evaluatorName: s('evaluator_name'), reportRef: s('report_ref'), note: s('note'), measuresDone: s('measures_done'), fundsSpent: s('funds_spent') };
      case 'expert_sign':
      case 'authority_sign':
        return { action, passed: s('result') === 'pass', opinion: s('opinion') };
      case 'request_extension':
        return { action, deadline: s('deadline'), reason: s('reason') };
      case 'decide_extension':
        return { action, approved: s('decision') === 'approve', note: s('note') };
      case 'refer_joint':
        return { action, departments: s('departments'), measures: s('measures') };
    }
  })();
  return { ok: true, value: input };
}
