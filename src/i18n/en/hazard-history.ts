import type { zhHazardHistory } from '../zh-CN/hazard-history.js';

/**
 * English messages. Hazard events (thread replies, history lines) and the history view.
 * Exactly the keys of zh-CN/hazard-history.ts.
 */
export const enHazardHistory: Record<keyof typeof zhHazardHistory, string> = {
  'hazard.event.reported': '<@{by}> reported this hazard; it waits for an inspector to confirm it.',
  'hazard.event.register': '<@{by}> registered this hazard ({level}), deadline {deadline}.',
  'hazard.event.confirm': '<@{by}> confirmed the hazard: {level}, deadline {deadline}, assigned to <@{assignee}>.',
  'hazard.event.dismiss': '<@{by}> dismissed the report: {reason}',
  'hazard.event.issue_order': '<@{by}> issued order {order}, deadline {deadline}.',
  'hazard.event.close_on_spot': '<@{by}> closed it as fixed on the spot: {note}',
  'hazard.event.report_rectified': '<@{by}> reported it rectified: {evidence}',
  'hazard.event.report_rectified_on_behalf': '<@{by}> reported it rectified for the unit: {evidence}',
  'hazard.event.reinspect_pass': '<@{by}> re-inspected: passed, closed.',
  'hazard.event.reinspect_fail': '<@{by}> re-inspected: failed, back to rectification: {note}',
  'hazard.event.reinspect_fail_until': '<@{by}> re-inspected: failed, back to rectification by {deadline}: {note}',
  'hazard.event.list': '<@{by}> listed it for supervision ({level}, {doc}); supervising leader <@{leader}>.',
  'hazard.event.assign_experts': '<@{by}> assigned experts: {experts}.',
  'hazard.event.record_opinion': '<@{by}> gave a consultation opinion: {opinion}',
  'hazard.event.record_plan': '<@{by}> recorded the remediation plan (all six elements).',
  'hazard.event.revise_plan': '<@{by}> revised the remediation plan.',
  'hazard.event.start_rectification': 'Listing, expert consultation and plan are all in place: rectification starts.',
  'hazard.event.apply': '<@{by}> applied for acceptance. Evaluated by {evaluator} {name}, report {ref}. The authority reviews within 10 days.',
  'hazard.event.apply_on_behalf': '<@{by}> applied for acceptance for the unit. Evaluated by {evaluator} {name}, report {ref}. The authority reviews within 10 days.',
  'hazard.event.expert_pass': '<@{by}> accepted it as expert: {opinion}',
  'hazard.event.expert_fail': '<@{by}> did not accept it as expert, back to rectification: {opinion}',
  'hazard.event.authority_pass': '<@{by}> signed for the authority: closed. {opinion}',
  'hazard.event.authority_fail': '<@{by}> refused for the authority, back to rectification: {opinion}',
  'hazard.event.request_extension': '<@{by}> asked for an extension: {from} → {to}. Reason: {reason}',
  'hazard.event.extension_approved': '<@{by}> approved the extension; new deadline {to}.',
  'hazard.event.extension_denied': '<@{by}> denied the extension: {note}',
  'hazard.event.refer_joint': '<@{by}> referred it to joint enforcement: {departments}. Measures: {measures}',
  'hazard.event.void': '<@{by}> voided this hazard: {reason}',
  'hazard.event.tier_changed': 'Tier of “{unit}”: {from} → {to}',
  'hazard.history.title': '{number} history',
  'hazard.history.earlier': '{count} earlier {count|entry|entries} not shown.',
  'hazard.history.empty': 'Nothing recorded yet.',
};
