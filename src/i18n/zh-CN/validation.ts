/**
 * zh-CN messages. What a modal field says when its input is refused.
 * Merged into zh-CN.ts; en/validation.ts must have exactly these keys.
 */
export const zhValidation = {
  'validation.required': '请填写此项。',
  'validation.too_long': '最多 {max} 个字。',
  'validation.phone': '请输入有效的电话号码，例如 13812345678 或 0571-88886666。',
  'validation.unknown_industry': '请从列表中选择行业。',
  'validation.date': '请选择一个有效日期。',
  'validation.unit_pick': '请选择一个单位。',
  'validation.users_pick': '请至少选择一个人。',
  'validation.too_many_users': '一次最多选择 {max} 人。',
  'validation.choice_pick': '请选择一项。',
  'validation.date_pick': '请选择日期。',
  'validation.user_pick': '请选择一个人。',
  'validation.funding': '请输入金额（元），最多两位小数。',
  'validation.reason_required': '请写明原因。',
  'validation.too_many_items': '最多选择 {max} 项。',
  'validation.deadline_required_on_fail': '复查不合格时，请填写重新整改的期限。',
  'validation.too_many_files': '最多 {max} 个文件。',
  'validation.unknown_option': '请从列表中选择。',
  'validation.count': '请输入整数。',
  'validation.too_many_units': '一次最多选择 {max} 家单位。',
} as const satisfies Record<string, string>;
