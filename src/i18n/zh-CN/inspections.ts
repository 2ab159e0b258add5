/**
 * zh-CN messages. Inspections: the assign and record modals, due and mine lists, replies, and the enforcement card.
 * Merged into zh-CN.ts; en/inspections.ts must have exactly these keys.
 */
export const zhInspections = {
  'inspection.assign.title': '安排检查',

  'inspection.result.title': '记录检查结果',

  'inspection.field.units': '单位（可多选）',
  'inspection.field.planned_date': '计划日期',
  'inspection.field.inspectors': '检查人员',
  'inspection.field.visit_type': '检查方式',
  'inspection.field.acknowledge_cap': '年度行政检查上限',

  'inspection.acknowledge_cap': '已知超过上限，仍然安排',

  'inspection.field.outcome': '结果',
  'inspection.field.done_date': '检查日期',
  'inspection.field.summary': '检查情况（取消时写明原因）',
  'inspection.field.findings': '发现的问题',

  'inspection.hint.inspectors': '行政检查须有两名以上持执法证的检查员（用 `/anjian card 证号` 登记执法证号）。',
  'inspection.hint.visit_type': '行政检查计入每家单位的年度检查上限；巡查、指导服务、书面核查不计入。任何已完成的检查都算作本期已查。',
  'inspection.hint.done_date': '完成时必填。',
  'inspection.hint.summary': '例如：检查了配电、消防和仓储。',
  'inspection.hint.findings': '发现隐患的，保存后可以直接登记隐患。',

  'inspection.visit.administrative': '行政检查',
  'inspection.visit.patrol': '巡查',
  'inspection.visit.service': '指导服务',
  'inspection.visit.document': '书面核查',

  'inspection.status.planned': '已安排',
  'inspection.status.done': '已完成',
  'inspection.status.cancelled': '已取消',

  'inspection.outcome.done': '已完成',
  'inspection.outcome.cancelled': '取消',

  'inspection.planned_on': '计划 {date}',

  'inspection.result.done': '*{date} 已检查*\n{summary}',
  'inspection.result.findings': '*发现的问题*\n{findings}',
  'inspection.result.cancelled': '*已取消*：{reason}',

  'inspection.button.record': '记录结果',
  'inspection.button.register_hazard': '登记发现的隐患',
  'inspection.button.assign': '安排',

  'inspection.assigned_reply': '已安排 {count} 项检查：{numbers}。',
  'inspection.recorded_reply': '已记录检查 {number} 的结果。',
  'inspection.cancelled_reply': '已取消检查 {number}。',
  'inspection.assigned_dm': '<@{by}> 安排你在 {date} 检查「{unit}」（{number}，{visit}）。',

  'inspection.due.title': '本期应查未查：共 {total} 家',
  'inspection.due.none': '所有单位本期都已检查。',
  'inspection.due.period': '本期截止 {end}（剩 {days} 天）',
  'inspection.due.planned': '已安排 {number}（{date}，{who}）',
  'inspection.due.more': '另有 {rest} 家未显示。',

  'inspection.mine.title': '我的检查安排：{total} 项',
  'inspection.mine.none': '你目前没有安排的检查。',
  'inspection.mine.more': '另有 {rest} 项未显示。',

  'card.saved': '已登记 <@{user}> 的执法证号。',
} as const satisfies Record<string, string>;
