import type { zhUnitCard } from '../zh-CN/unit-card.js';

/**
 * English messages. The unit card, its buttons and confirmations, unit search and the unit replies.
 * Exactly the keys of zh-CN/unit-card.ts.
 */
export const enUnitCard: Record<keyof typeof zhUnitCard, string> = {
  'unit.registered': 'Registered “{name}”.',
  'unit.updated': 'Updated “{name}”.',

  'unit.card.credit_code': 'Credit code',
  'unit.card.industry': 'Industry',
  'unit.card.town': 'Town/area',
  'unit.card.address': 'Address',
  'unit.card.contact': 'Contact',
  'unit.card.tier': 'Tier',
  'unit.card.flags': 'Flags',
  'unit.card.contacts': 'Unit contacts in Slack',
  'unit.card.contact_since': '<@{user}> · linked {date}',
  'unit.card.no_contacts': 'none linked yet',
  'unit.card.tier_history': 'Tier changes',
  'unit.card.updated': 'Last changed {date}',

  'unit.button.open': 'Open',
  'unit.button.edit': 'Edit',
  'unit.button.link_contact': 'Link contacts',
  'unit.button.unlink': 'Unlink',
  'unit.button.override': 'Override tier',
  'unit.button.clear_override': 'Clear override',

  'unit.confirm.unlink_title': 'Unlink this contact?',
  'unit.confirm.unlink_text': 'They will no longer be able to report rectification or apply for acceptance for “{unit}”.',
  'unit.confirm.clear_title': 'Clear the override?',
  'unit.confirm.clear_text': '“{unit}” goes back to the tier the rules give.',

  'unit.search.none': 'No unit matches “{text}”. Search with words from the name, credit code or address.',
  'unit.search.header': '{total} {total|unit|units} found:',
  'unit.search.more': '{rest} more not shown; add words to narrow the search.',

  'unit.option': '{emoji} {name} · {town}',

  'unit.button.accident': 'Record accident',
};
