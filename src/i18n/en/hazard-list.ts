import type { zhHazardList } from '../zh-CN/hazard-list.js';

/**
 * English messages. The `/hazard list` views.
 * Exactly the keys of zh-CN/hazard-list.ts.
 */
export const enHazardList: Record<keyof typeof zhHazardList, string> = {
  'hazard.list.header': '{scope}: {total}',
  'hazard.list.none': '{scope}: none.',
  'hazard.list.more': '{rest} more not shown.',
  'hazard.list.scope_mine': 'Open hazards involving me',
  'hazard.list.scope_overdue': 'Overdue hazards',
  'hazard.list.scope_major': 'Open major hazards',
  'hazard.list.scope_open': 'Open hazards',
  'hazard.list.scope_unit': 'Open hazards of “{text}”',
};
