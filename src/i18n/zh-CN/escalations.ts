/**
 * zh-CN messages. Deadline reminders and escalations to leaders.
 * Merged into zh-CN.ts; en/escalations.ts must have exactly these keys.
 */
export const zhEscalations = {
  'escalation.people_title': '今日提醒（{date}）：{count} 项',
  'escalation.leaders_title': '督办提醒 · {date}',
  'escalation.due_soon': '{days} 天后到期（{deadline}）',
  'escalation.due_today': '今天到期（{deadline}）',
  'escalation.overdue': '已逾期 {days} 天（期限 {deadline}）',
  'escalation.overdue_joint': '已逾期 {days} 天（期限 {deadline}），建议移交联合执法',
  'escalation.review_warning': '⚠️ 销号申请已审查 {days} 天，审查期限将至',
  'escalation.review_breach': '🚨 销号申请已审查 {days} 天，已超过主管部门审查期限',
  'escalation.reinspection_due': '单位已报告整改，今天是复查期限（{deadline}），请复查',
  'escalation.reinspection_overdue': '复查已逾期 {days} 天（期限 {deadline}），单位已报告整改，尚未复查',
  'escalation.supervising': '督办领导 <@{leader}>',
  'escalation.more': '另有 {more} 项未列出。',
} as const satisfies Record<string, string>;
