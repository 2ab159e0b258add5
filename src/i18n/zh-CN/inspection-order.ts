/**
 * zh-CN messages. One 责令限期整改指令书 for the hazards an inspection found.
 * Merged into zh-CN.ts; en/inspection-order.ts must have exactly these keys.
 */
export const zhInspectionOrder = {
  'inspection.button.order': '下达整改指令（本次检查）',
  'inspection.order.title': '整改指令（本次检查）',
  'inspection.order.submit': '下达',
  'inspection.order.explain': '本次检查发现的问题列入同一份《责令限期整改指令书》。一般隐患转入整改；重大隐患列入指令书并注明，仍按挂牌督办、专家会诊和治理方案办理。',
  'inspection.order.field.hazards': '列入指令书的隐患',
  'inspection.order.hint.hazards': '默认列入本次检查发现、尚可下达指令的全部隐患。',
  'inspection.order.hint.deadline': '一般隐患的整改期限。',
  'inspection.order.none': '{number} 没有可以列入整改指令的隐患：一般隐患须为“待整改”，重大隐患须未进入验收。',
  'inspection.order.done_reply': '已下达整改指令 {number}（{document}），列入 {count} 项隐患：{hazards}。指令书已发到各隐患的讨论串。',
} as const satisfies Record<string, string>;
