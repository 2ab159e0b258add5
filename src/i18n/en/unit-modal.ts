import type { zhUnitModal } from '../zh-CN/unit-modal.js';

/**
 * English messages. The unit modal (register or edit a unit) and the credit-code checks of its field.
 * Exactly the keys of zh-CN/unit-modal.ts.
 */
export const enUnitModal: Record<keyof typeof zhUnitModal, string> = {
  'unit.modal.title_new': 'Register a unit',
  'unit.modal.title_edit': 'Edit unit',
  'unit.field.name': 'Unit name',
  'unit.field.name_placeholder': 'As on the business licence',
  'unit.field.credit_code': 'Unified social credit code',
  'unit.field.credit_code_hint': '18 characters, on the business licence. Urban communities and rural sites may leave it empty.',
  'unit.field.industry': 'Industry',
  'unit.field.industry_placeholder': 'Choose an industry',
  'unit.field.town': 'Town or area',
  'unit.field.town_placeholder': 'e.g. Chengguan',
  'unit.field.address': 'Address',
  'unit.field.contact_name': 'Contact person at the unit',
  'unit.field.contact_phone': 'Contact phone',
  'unit.field.contact_phone_placeholder': 'Mobile or landline, e.g. 13812345678',
  'unit.field.flags': 'Flags',
  'unit.flag.major_hazard_source': 'Major hazard source',
  'unit.flag.licence_holder': 'Holds a safety production licence',
  'credit_code.length': 'Must be 18 characters; this has {length}.',
  'credit_code.character': 'Character {position} “{character}” cannot appear in a credit code (I, O, S, V and Z are not used).',
  'credit_code.division': 'Characters 3–8 are the administrative division code and must be digits (character {position} is not).',
  'credit_code.check': 'The check character does not match: a character may be mistyped or two swapped. Compare with the business licence.',
};
