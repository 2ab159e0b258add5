import type { zhContacts } from '../zh-CN/contacts.js';

/**
 * English messages. Linking unit contacts (modal, replies, DMs).
 * Exactly the keys of zh-CN/contacts.ts.
 */
export const enContacts: Record<keyof typeof zhContacts, string> = {
  'contact.modal.title': 'Link unit contacts',
  'contact.field.users': 'People',
  'contact.field.users_hint': 'Each person gets a DM and can then report rectification and apply for acceptance for “{unit}”.',
  'contact.linked_reply': 'Linked {users} as contacts of “{unit}”.',
  'contact.already_reply': '{users} already linked.',
  'contact.dm_linked': '<@{by}> made you a contact of “{unit}”. You can now report rectification and apply for acceptance for its hazards.',
  'contact.dm_unlinked': '<@{by}> removed you as a contact of “{unit}”.',
};
