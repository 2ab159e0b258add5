import type { zhHazardActions } from '../zh-CN/hazard-actions.js';

/**
 * English messages. Hazard actions (button labels) and the to-do line that asks someone to take each.
 * Exactly the keys of zh-CN/hazard-actions.ts.
 */
export const enHazardActions: Record<keyof typeof zhHazardActions, string> = {
  'hazard.action.confirm': 'Confirm',
  'hazard.action.dismiss': 'Dismiss report',
  'hazard.action.issue_order': 'Issue order',
  'hazard.action.close_on_spot': 'Fixed on the spot',
  'hazard.action.report_rectified': 'Report rectified',
  'hazard.action.reinspect': 'Re-inspect',
  'hazard.action.list_for_supervision': 'List for supervision',
  'hazard.action.assign_experts': 'Assign experts',
  'hazard.action.record_opinion': 'Give opinion',
  'hazard.action.record_plan': 'Remediation plan',
  'hazard.action.apply_acceptance': 'Apply for acceptance',
  'hazard.action.expert_sign': 'Expert sign-off',
  'hazard.action.authority_sign': 'Authority sign-off',
  'hazard.action.request_extension': 'Request extension',
  'hazard.action.decide_extension': 'Decide extension',
  'hazard.action.refer_joint': 'Joint enforcement',
  'hazard.action.void': 'Void',

  'hazard.todo.confirm': 'A hazard was reported: please confirm or dismiss it.',
  'hazard.todo.dismiss': 'A hazard was reported: please confirm or dismiss it.',
  'hazard.todo.issue_order': 'Please issue a rectification order, or close it if fixed on the spot.',
  'hazard.todo.close_on_spot': 'Please issue a rectification order, or close it if fixed on the spot.',
  'hazard.todo.report_rectified': 'When the work is done, please report it rectified.',
  'hazard.todo.reinspect_failed': 'The re-inspection failed: {note}\nPlease rectify it again by {deadline} and report it.',
  'hazard.todo.reinspect': 'The unit reports it rectified: please re-inspect.',
  'hazard.todo.list_for_supervision': 'This is a major hazard: please list it for supervision.',
  'hazard.todo.assign_experts': 'This is a major hazard: please assign experts and record the remediation plan.',
  'hazard.todo.record_opinion': 'You are assigned as a consulting expert: please give your opinion.',
  'hazard.todo.record_plan': 'Please record the remediation plan (six elements).',
  'hazard.todo.apply_acceptance': 'When remediation is done and evaluated, please apply for acceptance.',
  'hazard.todo.expert_sign': 'The unit applied for acceptance: please check and sign.',
  'hazard.todo.authority_sign': 'The expert accepted it: please review and sign for the authority.',
  'hazard.todo.request_extension': 'If more time is needed, request an extension.',
  'hazard.todo.decide_extension': 'An extension was requested: please decide.',
  'hazard.todo.refer_joint': 'Consider referring it to joint enforcement.',
  'hazard.todo.void': 'Please check whether it should be voided.',
  'hazard.todo.done': 'Someone has already dealt with this; nothing to do.',
};
