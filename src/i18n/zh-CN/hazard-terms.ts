/**
 * zh-CN messages. The hazard vocabulary: statuses, levels, categories, sources,
 * listing levels, evaluators, closure kinds, prerequisites, signatures, results and decisions.
 * Merged into zh-CN.ts; en/hazard-terms.ts must have exactly these keys.
 */
export const zhHazardTerms = {
  'hazard.status.reported': '待确认',
  'hazard.status.open': '未整改',
  'hazard.status.rectifying': '整改中',
  'hazard.status.awaiting_verification': '待复查',
  'hazard.status.awaiting_acceptance': '待验收',
  'hazard.status.expert_accepted': '专家已验收',
  'hazard.status.closed': '已销号',
  'hazard.status.void': '已作废',

  'hazard.level.general': '一般隐患',
  'hazard.level.major': '重大隐患',

  'hazard.category.equipment': '设备设施',
  'hazard.category.operation': '作业行为',
  'hazard.category.fire': '消防',
  'hazard.category.electrical': '电气',
  'hazard.category.special_equipment': '特种设备',
  'hazard.category.hazardous_chemicals': '危险化学品',
  'hazard.category.environment': '作业环境',
  'hazard.category.management': '安全管理',
  'hazard.category.public_facility': '公共设施',
  'hazard.category.other': '其他',

  'hazard.source.routine_inspection': '日常检查',
  'hazard.source.special_campaign': '专项排查',
  'hazard.source.public_report': '举报',
  'hazard.source.self_inspection': '企业自查',
  'hazard.source.assigned_by_superior': '上级交办',

  'hazard.listing_level.province': '省级',
  'hazard.listing_level.city': '市级',
  'hazard.listing_level.county': '县级',
  'hazard.listing_level.township': '乡镇（街道）级',

  'hazard.evaluator.own_experts': '本单位技术人员和专家',
  'hazard.evaluator.agency': '安全评价机构',

  'hazard.closure.on_spot': '当场整改',
  'hazard.closure.reinspection': '复查合格',
  'hazard.closure.acceptance': '验收销号',

  'hazard.prereq.listing': '挂牌督办',
  'hazard.prereq.consultation': '专家会诊',
  'hazard.prereq.plan': '治理方案',

  'hazard.signature.applicant': '单位申请',
  'hazard.signature.expert': '验收专家',
  'hazard.signature.authority': '主管部门',

  'hazard.result.pass': '通过',
  'hazard.result.fail': '不通过',

  'hazard.decision.approve': '批准',
  'hazard.decision.deny': '不批准',
} as const satisfies Record<string, string>;
