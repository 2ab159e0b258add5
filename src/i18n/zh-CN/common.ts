/**
 * zh-CN messages. Words shared by every feature (buttons, the list separator).
 * Merged into zh-CN.ts; en/common.ts must have exactly these keys.
 */
export const zhCommon = {
  'common.save': '保存',
  'common.cancel': '取消',
  'common.close': '关闭',
  'common.confirm': '确定',
  'common.none': '无',
  'common.list_separator': '、',
} as const satisfies Record<string, string>;
