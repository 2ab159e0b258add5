/**
 * zh-CN messages. The unit card, its buttons and confirmations, unit search and the unit replies.
 * Merged into zh-CN.ts; en/unit-card.ts must have exactly these keys.
 */
export const zhUnitCard = {
  'unit.registered': '已登记单位「{name}」。',
  'unit.updated': '已更新单位「{name}」。',

  'unit.card.credit_code': '统一社会信用代码',
  'unit.card.industry': '行业',
  'unit.card.town': '片区',
  'unit.card.address': '地址',
  'unit.card.contact': '联系人',
  'unit.card.tier': '监管等级',
  'unit.card.flags': '标记',
  'unit.card.contacts': 'Slack 单位联系人',
  'unit.card.contact_since': '<@{user}> · {date}关联',
  'unit.card.no_contacts': '尚未关联',
  'unit.card.tier_history': '等级变化',
  'unit.card.updated': '最后修改：{date}',

  'unit.button.open': '查看',
  'unit.button.edit': '修改资料',
  'unit.button.link_contact': '关联联系人',
  'unit.button.unlink': '解除关联',
  'unit.button.override': '调整等级',
  'unit.button.clear_override': '取消调整',

  'unit.confirm.unlink_title': '解除单位联系人？',
  'unit.confirm.unlink_text': '解除后，对方将不能再为「{unit}」报告整改或申请销号。',
  'unit.confirm.clear_title': '取消等级调整？',
  'unit.confirm.clear_text': '「{unit}」将恢复为按规则计算的等级。',

  'unit.search.none': '没有找到与「{text}」匹配的单位。可以用名称、信用代码或地址中的词查找。',
  'unit.search.header': '找到 {total} 个单位：',
  'unit.search.more': '另有 {rest} 个未显示，请输入更多关键词缩小范围。',

  'unit.option': '{emoji} {name} · {town}',

  'unit.button.accident': '记录事故',
} as const satisfies Record<string, string>;
