/**
 * zh-CN messages. Linking unit contacts (modal, replies, DMs).
 * Merged into zh-CN.ts; en/contacts.ts must have exactly these keys.
 */
export const zhContacts = {
  'contact.modal.title': '关联单位联系人',
  'contact.field.users': '选择人员',
  'contact.field.users_hint': '被关联的人会收到私信，并可以为「{unit}」报告整改、申请销号。',
  'contact.linked_reply': '已将 {users} 关联为「{unit}」的单位联系人。',
  'contact.already_reply': '{users} 已经是联系人。',
  'contact.dm_linked': '<@{by}> 将你设为「{unit}」的单位联系人。你可以为该单位的隐患报告整改、申请销号。',
  'contact.dm_unlinked': '<@{by}> 解除了你与「{unit}」的单位联系人关联。',
} as const satisfies Record<string, string>;
