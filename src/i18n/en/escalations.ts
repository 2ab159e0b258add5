import type { zhEscalations } from '../zh-CN/escalations.js';

/**
 * English messages. Deadline reminders and escalations to leaders.
 * Exactly the keys of zh-CN/escalations.ts.
 */
export const enEscalations: Record<keyof typeof zhEscalations, string> = {
  'escalation.people_title': 'Today’s reminders ({date}): {count}',
  'escalation.leaders_title': 'Escalations · {date}',
  'escalation.due_soon': 'due in {days} {days|day|days} ({deadline})',
  'escalation.due_today': 'due today ({deadline})',
  'escalation.overdue': '{days} {days|day|days} overdue (deadline {deadline})',
  'escalation.overdue_joint': '{days} {days|day|days} overdue (deadline {deadline}): consider joint enforcement',
  'escalation.review_warning': '⚠️ the acceptance application has been under review for {days} {days|day|days}; the review period is ending',
  'escalation.reinspection_due': 'the unit reported it rectified: re-inspect today ({deadline}), the last day',
  'escalation.reinspection_overdue': 're-inspection {days} {days|day|days} overdue (due {deadline}): the unit reported it rectified',
  'escalation.review_breach': '🚨 the acceptance application has been under review for {days} {days|day|days}: past the authority’s review period',
  'escalation.supervising': 'supervising leader <@{leader}>',
  'escalation.more': '{more} more not listed.',
};
