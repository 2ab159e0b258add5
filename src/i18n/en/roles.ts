import type { zhRoles } from '../zh-CN/roles.js';

/**
 * English messages. Roles: their names, what each may do, and the replies of `/anjian role|unrole|roles`.
 * Exactly the keys of zh-CN/roles.ts.
 */
export const enRoles: Record<keyof typeof zhRoles, string> = {
  'role.admin': 'admin',
  'role.leader': 'leader',
  'role.inspector': 'inspector',
  'role.expert': 'expert',
  'role.unit_contact': 'unit contact',
  'role.desc.admin': 'You can manage roles and settings, run jobs by hand, and do everything a leader can.',
  'role.desc.leader': 'You can list major hazards for supervision, sign as the authority, approve extensions, override unit tiers, void records and refer hazards to joint enforcement.',
  'role.desc.inspector': 'You can register units, confirm reported hazards, issue rectification orders, assign and record inspections, and re-inspect.',
  'role.desc.expert': 'You can give consultation opinions and acceptance signatures on hazards assigned to you.',
  'role.desc.unit_contact': "You can report rectification and apply for acceptance for your units' hazards.",
  'role.granted_reply': 'Gave <@{user}> the {role} role and told them by DM.',
  'role.already_has': '<@{user}> already has the {role} role; nothing changed.',
  'role.revoked_reply': 'Took the {role} role from <@{user}> and told them by DM.',
  'role.not_held': '<@{user}> does not have the {role} role; nothing changed.',
  'role.dm_granted': '<@{by}> gave you the {role} role. {what}',
  'role.dm_revoked': '<@{by}> took away your {role} role.',
  'roles.title': 'Roles',
  'roles.none': 'No roles have been given yet.',
  'roles.configured_admin': '(set in ADMIN_USER_IDS)',
  'roles.contacts_hint': 'Unit contacts are linked on unit cards and are not listed here.',
};
