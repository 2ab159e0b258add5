/**
 * zh-CN messages. The unit modal (register or edit a unit) and the credit-code checks of its field.
 * Merged into zh-CN.ts; en/unit-modal.ts must have exactly these keys.
 */
export const zhUnitModal = {
  'unit.modal.title_new': '登记单位',
  'unit.modal.title_edit': '修改单位资料',
  'unit.field.name': '单位名称',
  'unit.field.name_placeholder': '与营业执照一致，例如：某某化工有限公司',
  'unit.field.credit_code': '统一社会信用代码',
  'unit.field.credit_code_hint': '18 位，见营业执照。城市社区、农村场所可以不填。',
  'unit.field.industry': '行业',
  'unit.field.industry_placeholder': '选择行业',
  'unit.field.town': '片区（乡镇/街道）',
  'unit.field.town_placeholder': '例如：城关镇',
  'unit.field.address': '地址',
  'unit.field.contact_name': '单位联系人姓名',
  'unit.field.contact_phone': '联系电话',
  'unit.field.contact_phone_placeholder': '手机或座机，例如 13812345678',
  'unit.field.flags': '特别标记',
  'unit.flag.major_hazard_source': '重大危险源',
  'unit.flag.licence_holder': '持有安全生产许可证',
  'credit_code.length': '应为 18 位，现在是 {length} 位。',
  'credit_code.character': '第 {position} 位「{character}」不能出现在信用代码中（不使用 I、O、S、V、Z）。',
  'credit_code.division': '第 3–8 位是行政区划码，只能是数字（第 {position} 位不是）。',
  'credit_code.check': '校验位不对：可能输错了某一位，或两位顺序颠倒。请对照营业执照核对。',
} as const satisfies Record<string, string>;
