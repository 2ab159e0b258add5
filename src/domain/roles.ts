/** Roles of PRODUCT.md §2. `unit_contact` is not granted by hand: a person holds it while linked to a unit. */
export const ROLES = ['admin', 'leader', 'inspector', 'expert', 'unit_contact'] as const;
export type Role = (typeof ROLES)[number];

export const ASSIGNABLE_ROLES = ['admin', 'leader', 'inspector', 'expert'] as const satisfies readonly Role[];
export type AssignableRole = (typeof ASSIGNABLE_ROLES)[number];

/** Staff roles see every unit; a person with only `unit_contact` sees the units they are linked to. */
export const STAFF_ROLES = ['admin', 'leader', 'inspector', 'expert'] as const satisfies readonly Role[];

const ROLE_WORDS: Record<string, Role> = {
  admin: 'admin', 管理员: 'admin',
  leader: 'leader', 领导: 'leader',
  inspector: 'inspector', 检查员: 'inspector', 执法人员: 'inspector',
  expert: 'expert', 专家: 'expert',
  unit_contact: 'unit_contact', contact: 'unit_contact', 单位联系人: 'unit_contact', 联系人: 'unit_contact',
};

/** A role as typed in a command: the English code or its Chinese name. */
export function parseRoleWord(word: string): Role | undefined {
  return ROLE_WORDS[word.trim().toLowerCase()];
}

export function isAssignableRole(role: Role): role is AssignableRole {
  return (ASSIGNABLE_ROLES as readonly Role[]).includes(role);
}

/** A role granted by hand (src/db/repositories/user-role.repository.ts), as `/anjian roles` lists it. */
export interface RoleGrant {
  readonly userId: string;
  readonly role: AssignableRole;
  readonly grantedBy: string;
  readonly grantedAt: string;
}

/** Who is acting, with the roles they hold right now (read inside the transaction that acts). */
export interface Actor {
  readonly userId: string;
  readonly roles: ReadonlySet<Role>;
  /** Units this person is a contact of. */
  readonly unitIds: readonly number[];
}

export function isStaff(actor: Actor): boolean {
  return STAFF_ROLES.some((r) => actor.roles.has(r));
}
