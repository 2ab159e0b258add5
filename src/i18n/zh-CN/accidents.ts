/**
 * zh-CN messages. Accidents: grades, the accident modal and its reply.
 * Merged into zh-CN.ts; en/accidents.ts must have exactly these keys.
 */
export const zhAccidents = {
  'accident.general': '一般',
  'accident.larger': '较大',
  'accident.major': '重大',
  'accident.especially_major': '特别重大',
  'accident.modal.title': '记录事故',
  'accident.modal.grading': '事故等级按死亡人数、重伤人数、直接经济损失中最高的一项确定（493号令第三条，含下限：3 人死亡即为较大事故）。较大及以上事故会使单位列为红色。',
  'accident.field.date': '事故日期',
  'accident.field.deaths': '死亡人数',
  'accident.field.serious_injuries': '重伤人数（含急性工业中毒）',
  'accident.field.direct_loss': '直接经济损失（元）',
  'accident.field.summary': '事故概况',
  'accident.hint.count': '没有则填 0 或留空。',
  'accident.hint.direct_loss': '单位：元。',
  'accident.recorded_reply': '已记录事故：{grade}事故。单位现为{tier}。',
  'accident.pick_unit': '找到多个单位，请先打开要记录事故的单位，再点「记录事故」：',
} as const satisfies Record<string, string>;
