import type { zhTierOverride } from '../zh-CN/tier-override.js';

/**
 * English messages. The tier override modal and its reply.
 * Exactly the keys of zh-CN/tier-override.ts.
 */
export const enTierOverride: Record<keyof typeof zhTierOverride, string> = {
  'override.modal.title': 'Override tier',
  'override.field.unit': 'Unit',
  'override.field.unit_placeholder': 'Type to search',
  'override.field.tier': 'New tier',
  'override.field.reason': 'Reason',
  'override.field.reason_placeholder': 'e.g. repeated complaints, inspect more often',
  'override.field.until': 'Last day (optional)',
  'override.field.until_hint': 'Inclusive; leave empty to keep it until cleared.',
  'override.saved': '“{unit}” is now {tier}.',
};
