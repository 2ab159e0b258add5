import type { zhHazardCard } from '../zh-CN/hazard-card.js';

/**
 * English messages. The hazard card (and its deadline standing).
 * Exactly the keys of zh-CN/hazard-card.ts.
 */
export const enHazardCard: Record<keyof typeof zhHazardCard, string> = {
  'hazard.no_deadline': 'not set',
  'hazard.due_in': '{days} {days|day|days} left',
  'hazard.due_today': 'due today',
  'hazard.overdue': '{days} {days|day|days} overdue',
  'hazard.deadline_standing': '{date} ({standing})',

  'hazard.card.status': 'Status',
  'hazard.card.level': 'Level',
  'hazard.card.unit': 'Unit',
  'hazard.card.deadline': 'Deadline',
  'hazard.card.assignee': 'Assigned inspector',
  'hazard.card.leader': 'Supervising leader',
  'hazard.card.location': 'Location',
  'hazard.card.category': 'Category · source',
  'hazard.card.found': 'Found {date} by <@{by}>',
  'hazard.card.public_report': 'public report',
  'hazard.card.responsible': 'responsible: {name}',
  'hazard.card.funding': 'funding ¥{amount}',
  'hazard.card.order': '*Rectification order {number}* (deadline {deadline})\n{measures}',
  'hazard.card.listed': 'listed ({level}), {doc}',
  'hazard.card.not_listed': 'listing',
  'hazard.card.consultation': 'consultation {done}/{total}',
  'hazard.card.consultation_none': 'consultation (no experts yet)',
  'hazard.card.plan': 'plan',
  'hazard.card.report': '*Rectification report* (<@{by}>)\n{evidence}',
  'hazard.card.report_on_behalf': '*Rectification report* (<@{by}> for the unit)\n{evidence}',
  'hazard.card.signatures': 'Closure signatures',
  'hazard.card.sig_applicant': 'Unit application: {text}',
  'hazard.card.sig_expert': 'Acceptance expert: {text}',
  'hazard.card.sig_authority': 'Authority: {text}',
  'hazard.card.applied': '<@{by}> {at}; evaluated by {evaluator} {name}, report {ref}',
  'hazard.card.signed_pass': '<@{by}> {at} pass — {opinion}',
  'hazard.card.signed_fail': '<@{by}> {at} fail — {opinion}',
  'hazard.card.unsigned': 'not yet signed',
  'hazard.card.review': 'Authority review: day {day} of {days} (until {date})',
  'hazard.card.extension': '⏳ *Extension requested*: to {to} (<@{by}>)\nReason: {reason}',
  'hazard.card.referral': '🚩 *Referred to joint enforcement*: {departments}\nMeasures: {measures}',
  'hazard.card.referred_flag': 'referred to joint enforcement',
  'hazard.card.closed': '✅ Closed: <@{by}>, {at} ({how})',
  'hazard.card.void': '🚫 Void: <@{by}>, {at}. Reason: {reason}',
};
