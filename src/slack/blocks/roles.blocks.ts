import type { KnownBlock } from '@slack/types';
import { ASSIGNABLE_ROLES, type RoleGrant } from '../../domain/roles.js';
import type { I18n } from '../../i18n/index.js';
import { context, header, section } from './elements.js';

/** `/anjian roles`: everyone by role, configured admins marked. */
export function rolesBlocks(i18n: I18n, data: { grants: readonly RoleGrant[]; configuredAdmins: readonly string[] }): KnownBlock[] {
  const { t } = i18n;
  const blocks: KnownBlock[] = [header(t('roles.title'))];
  const configured = data.configuredAdmins.map((u) => `<@${u}> ${t('roles.configured_admin')}`);
  let any = configured.length > 0;
  for (const role of ASSIGNABLE_ROLES) {
    const people = data.grants.filter((g) => g.role === role && !(role === 'admin' && data.configuredAdmins.includes(g.userId))).map((g) => `<@${g.userId}>`);
    const all = role === 'admin' ? [...configured, ...people] : people;
    if (all.length === 0) continue;
    any = true;
    blocks.push(section(`*${t(`role.${role}`)}* (${all.length})\n${i18n.list(all)}`));
  }
  if (!any) blocks.push(section(t('roles.none')));
  blocks.push(context(t('roles.contacts_hint')));
  return blocks;
}
