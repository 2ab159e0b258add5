import type { zhAccidents } from '../zh-CN/accidents.js';

/**
 * English messages. Accidents: grades, the accident modal and its reply.
 * Exactly the keys of zh-CN/accidents.ts.
 */
export const enAccidents: Record<keyof typeof zhAccidents, string> = {
  'accident.general': 'ordinary',
  'accident.larger': 'larger',
  'accident.major': 'major',
  'accident.especially_major': 'especially major',
  'accident.modal.title': 'Record an accident',
  'accident.modal.grading': 'The grade is the highest reached by deaths, serious injuries or direct loss (Order 493 Art 3, lower bounds included: 3 deaths is already “larger”). A larger or worse accident makes the unit red.',
  'accident.field.date': 'Date',
  'accident.field.deaths': 'Deaths',
  'accident.field.serious_injuries': 'Serious injuries (incl. acute industrial poisoning)',
  'accident.field.direct_loss': 'Direct economic loss (yuan)',
  'accident.field.summary': 'What happened',
  'accident.hint.count': 'Leave empty or 0 if none.',
  'accident.hint.direct_loss': 'In yuan.',
  'accident.recorded_reply': 'Accident recorded: {grade} accident. The unit is now {tier}.',
  'accident.pick_unit': 'Several units match: open the unit and press “Record accident” there:',
};
