/**
 * zh-CN messages. The tier override modal and its reply.
 * Merged into zh-CN.ts; en/tier-override.ts must have exactly these keys.
 */
export const zhTierOverride = {
  'override.modal.title': '调整监管等级',
  'override.field.unit': '单位',
  'override.field.unit_placeholder': '输入名称查找',
  'override.field.tier': '调整为',
  'override.field.reason': '理由',
  'override.field.reason_placeholder': '例如：近期多次举报，需加密检查',
  'override.field.until': '截止日期（可不填）',
  'override.field.until_hint': '含当天；不填则直至取消。',
  'override.saved': '已将「{unit}」调整为{tier}。',
} as const satisfies Record<string, string>;
