import type { zhValidation } from '../zh-CN/validation.js';

/**
 * English messages. What a modal field says when its input is refused.
 * Exactly the keys of zh-CN/validation.ts.
 */
export const enValidation: Record<keyof typeof zhValidation, string> = {
  'validation.required': 'Please fill this in.',
  'validation.too_long': 'At most {max} characters.',
  'validation.phone': 'Enter a valid phone number, e.g. 13812345678 or 0571-88886666.',
  'validation.unknown_industry': 'Choose an industry from the list.',
  'validation.date': 'Choose a valid date.',
  'validation.unit_pick': 'Choose a unit.',
  'validation.users_pick': 'Choose at least one person.',
  'validation.too_many_users': 'Choose at most {max} people at a time.',
  'validation.choice_pick': 'Choose one.',
  'validation.date_pick': 'Choose a date.',
  'validation.user_pick': 'Choose a person.',
  'validation.funding': 'Enter an amount in yuan, with at most two decimals.',
  'validation.reason_required': 'Please give the reason.',
  'validation.too_many_items': 'Choose at most {max}.',
  'validation.deadline_required_on_fail': 'When it fails, give the new deadline for rectification.',
  'validation.too_many_files': 'At most {max} files.',
  'validation.unknown_option': 'Choose from the list.',
  'validation.count': 'Enter a whole number.',
  'validation.too_many_units': 'Choose at most {max} {max|unit|units} at a time.',
};
