import type { zhCommon } from '../zh-CN/common.js';

/**
 * English messages. Words shared by every feature (buttons, the list separator).
 * Exactly the keys of zh-CN/common.ts.
 */
export const enCommon: Record<keyof typeof zhCommon, string> = {
  'common.save': 'Save',
  'common.cancel': 'Cancel',
  'common.close': 'Close',
  'common.confirm': 'Yes',
  'common.none': 'none',
  'common.list_separator': ', ',
};
