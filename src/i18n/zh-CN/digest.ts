/**
 * zh-CN messages. The daily inspection schedule digest.
 * Merged into zh-CN.ts; en/digest.ts must have exactly these keys.
 */
export const zhDigest = {
  'digest.title': '每日检查排期 · {date}',
  'digest.counts': '共 {units} 家 · 本期应查 {due} · 已查 {done} · 上期漏查 {missed}',
  'digest.soon': '{days} 天内截止、尚未检查：',
  'digest.soon_none': '没有 {days} 天内截止而尚未检查的单位。',
  'digest.ends': '{end} 截止（剩 {days} 天）',
  'digest.planned': '已安排 {number}（{date}，{who}）',
  'digest.unassigned': '尚未安排',
  'digest.continued': '（续 {part}/{parts}）',
  'digest.more': '另有 {more} 家未列出，用 `/inspect due` 查看。',
  'digest.your_day': '你今天（{date}）有 {count} 项检查：',
  'digest.your_day_hint': '检查后用 `/inspect JC-编号` 或 `/inspect mine` 记录结果。',
} as const satisfies Record<string, string>;
