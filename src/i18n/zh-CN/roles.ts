/**
 * zh-CN messages. Roles: their names, what each may do, and the replies of `/anjian role|unrole|roles`.
 * Merged into zh-CN.ts; en/roles.ts must have exactly these keys.
 */
export const zhRoles = {
  'role.admin': '管理员',
  'role.leader': '领导',
  'role.inspector': '检查员',
  'role.expert': '专家',
  'role.unit_contact': '单位联系人',
  'role.desc.admin': '你可以管理角色和设置、手动运行任务，并拥有领导的全部权限。',
  'role.desc.leader': '你可以挂牌督办重大隐患、作为主管部门签字、审批延期、调整单位监管等级、作废记录、移交联合执法。',
  'role.desc.inspector': '你可以登记单位、确认举报的隐患、下达整改指令、安排和记录检查、复查。',
  'role.desc.expert': '你可以对分配给你的隐患出具会诊意见和验收意见。',
  'role.desc.unit_contact': '你可以为所联系单位的隐患报告整改、申请销号。',
  'role.granted_reply': '已授予 <@{user}>「{role}」角色，并已私信通知对方。',
  'role.already_has': '<@{user}> 已经是「{role}」，无需重复授予。',
  'role.revoked_reply': '已取消 <@{user}> 的「{role}」角色，并已私信通知对方。',
  'role.not_held': '<@{user}> 没有「{role}」角色，无需取消。',
  'role.dm_granted': '<@{by}> 授予你「{role}」角色。{what}',
  'role.dm_revoked': '<@{by}> 取消了你的「{role}」角色。',
  'roles.title': '角色一览',
  'roles.none': '尚未授予任何角色。',
  'roles.configured_admin': '（ADMIN_USER_IDS 指定）',
  'roles.contacts_hint': '单位联系人在单位卡片上关联，不在此列出。',
} as const satisfies Record<string, string>;
