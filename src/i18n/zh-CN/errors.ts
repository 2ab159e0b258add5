/**
 * zh-CN messages. Errors: one message per domain error code (error.<code>),
 * the error modal and the unexpected-error text.
 * Merged into zh-CN.ts; en/errors.ts must have exactly these keys.
 */
export const zhErrors = {
  'error.title': '未能完成',
  'error.unexpected': '出了点问题，操作没有完成。错误编号 {id}，请稍后再试；如果仍然不行，请把编号告诉管理员。',

  'error.auth.role_required': '你没有权限做这件事，需要以下角色之一：{roles}。请联系管理员。',
  'error.auth.unit_not_visible': '你只能查看自己所联系的单位。',

  'error.validation.invalid': '请检查这一项。',

  'error.mention.invalid': '没有认出要操作的人。请输入 @ 并从列表中选人，让名字变成蓝色链接。',

  'error.role.unknown': '没有「{word}」这个角色。可用：admin 管理员、leader 领导、inspector 检查员、expert 专家。',
  'error.role.not_assignable': '单位联系人不能直接授予：请在单位卡片上点「关联联系人」。',
  'error.role.configured_admin': '此人是 ADMIN_USER_IDS 配置的管理员，不能在 Slack 里取消；请修改配置。',
  'error.role.last_admin': '这是最后一位管理员，不能取消，否则没有人能再管理角色。',

  'error.unit.not_found': '找不到这个单位，可能已被删除。',
  'error.unit.duplicate_credit_code': '该信用代码已登记：{name}。请用 `/unit` 查找并修改已有单位。',
  'error.unit.contact_not_linked': '此人已经不是该单位的联系人。',
  'error.unit.no_override': '该单位没有等级调整，无需取消。',
  'error.unit.override_until_past': '截止日期不能早于今天。',

  'error.hazard.not_found': '找不到这个隐患。请检查编号，例如 YH-2026-0001。',
  'error.hazard.invalid_transition': '当前状态下不能这样操作。',
  'error.hazard.not_available': '这个操作现在不可用。',
  'error.hazard.stale': '{number} 已由 <@{by}> 于 {at} 处理，现在的状态是「{status}」。你的操作没有执行。',
  'error.hazard.locked': '{number}「{status}」，记录已锁定，不能再修改。',
  'error.hazard.prerequisites_missing': '重大隐患转入整改前还缺少：{missing}。',
  'error.hazard.not_unit_contact': '只有「{unit}」的单位联系人或检查员可以做这件事。',
  'error.hazard.expert_not_assigned': '只有指派给 {number} 的专家可以做这件事。',
  'error.hazard.opinion_recorded': '你已经提交过会诊意见了。',
  'error.hazard.no_extension_pending': '没有待审批的延期申请。',
  'error.hazard.extension_not_later': '新期限必须晚于现在的期限。',
  'error.hazard.deadline_before_found': '整改期限不能早于发现日期。',
  'error.hazard.found_in_future': '日期不能晚于今天。',
  'error.hazard.deadline_in_past': '期限不能早于今天。',
  'error.hazard.not_inspector': '所选的人没有检查员角色。请选择检查员，或请管理员先授予角色。',
  'error.hazard.not_expert': '所选的人中有人没有专家角色（<@{user}>）。请管理员先授予专家角色。',
  'error.hazard.not_leader': '所选的人没有领导角色。',

  'error.closure.missing_signature': '销号还缺少签字：{missing}。',

  'error.inspection.not_found': '找不到这项检查。请检查编号，例如 JC-2026-0001。',
  'error.inspection.not_planned': '{number} 已由 <@{by}> 于 {at} 记录为「{status}」，不能再修改。',
  'error.inspection.too_few_inspectors': '行政检查须有至少 {min} 名检查员。',
  'error.inspection.card_invalid': '执法证号应为 4–50 位字母、数字或连字符，例如 `/anjian card ZF-44010001`；用 `/anjian card 无` 清除。',
  'error.order.too_few_officers': '整改指令须由两名持执法证的执法人员下达：请另选一名检查员作为第二执法人员。',
  'error.order.no_card': '下达整改指令的执法人员须持执法证，以下人员尚未登记执法证号：{users}。请本人用 `/anjian card 证号` 登记，或由管理员用 `/anjian card @某人 证号` 登记。',
  'error.order.no_hazards': '请选择本次检查发现的隐患（1 至 {max} 项）。',
  'error.order.hazard_not_orderable': '隐患 {number} 目前为“{status}”，不能列入整改指令。请刷新后重新选择。',
  'error.inspection.no_card': '行政检查的检查员须持执法证，以下人员尚未登记执法证号：{users}。请他们用 `/anjian card 证号` 登记。',
  'error.inspection.cap_reached': '「{unit}」今年已安排或完成 {count} 次行政检查，年度上限为 {cap} 次。如确需检查，请勾选「仍然安排」，或改为巡查、指导服务、书面核查。',
  'error.inspection.not_inspector': '所选人员中有人不是检查员（<@{user}>）。',
  'error.inspection.date_in_past': '计划日期不能早于今天。',

  'error.job.unknown': '没有「{job}」这个任务。可用：digest（每日排期）、escalations（逾期提醒）、tiers（等级重算）、publicity（每周公示）、stats_reminder（统计报表提醒）。',
} as const satisfies Record<string, string>;
