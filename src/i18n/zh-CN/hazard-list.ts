/**
 * zh-CN messages. The `/hazard list` views.
 * Merged into zh-CN.ts; en/hazard-list.ts must have exactly these keys.
 */
export const zhHazardList = {
  'hazard.list.header': '{scope}：共 {total} 条',
  'hazard.list.none': '{scope}：没有。',
  'hazard.list.more': '另有 {rest} 条未显示。',
  'hazard.list.scope_mine': '与我有关的未销号隐患',
  'hazard.list.scope_overdue': '逾期隐患',
  'hazard.list.scope_major': '未销号的重大隐患',
  'hazard.list.scope_open': '未销号隐患',
  'hazard.list.scope_unit': '「{text}」的未销号隐患',
} as const satisfies Record<string, string>;
