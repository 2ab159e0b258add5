/**
 * zh-CN messages. Jobs: names, `/anjian run` replies and run summaries.
 * Merged into zh-CN.ts; en/jobs.ts must have exactly these keys.
 */
export const zhJobs = {
  'job.name.digest': '每日排期',
  'job.name.escalations': '逾期提醒',
  'job.name.tiers': '等级重算',
  'job.name.publicity': '每周公示',
  'job.name.stats_reminder': '统计报表提醒',
  'job.running': '正在运行「{job}」，请稍候…',
  'job.ran': '已运行「{job}」：{summary}。',
  'job.summary.units': '单位 {n} 家',
  'job.summary.endingSoon': '即将截止 {n} 家',
  'job.summary.listed': '列出 {n} 家',
  'job.summary.channelMessages': '频道消息 {n} 条',
  'job.summary.inspectorDms': '私信检查员 {n} 人',
  'job.summary.hazards': '未销号隐患 {n} 项',
  'job.summary.steps': '新提醒 {n} 条',
  'job.summary.peopleDms': '私信 {n} 人',
  'job.summary.leaderMessages': '领导频道消息 {n} 条',
  'job.summary.changed': '等级变化 {n} 家',
  'job.summary.failed': '失败 {n} 家',
  'job.summary.newHazards': '新增隐患 {n} 项',
  'job.summary.closedHazards': '销号 {n} 项',
  'job.summary.overdueHazards': '逾期 {n} 项',
  'job.summary.listedHazards': '挂牌督办 {n} 项',
  'job.summary.towns': '乡镇 {n} 个',
  'job.summary.noPublicChannel': '未配置 PUBLIC_CHANNEL，没有发布',
  'job.summary.noScheduleChannel': '未配置 SCHEDULE_CHANNEL，没有发送',
} as const satisfies Record<string, string>;
