import type { zhHazardForms } from '../zh-CN/hazard-forms.js';

/**
 * English messages. The hazard registration and action modals: titles, fields, hints, placeholders and replies.
 * Exactly the keys of zh-CN/hazard-forms.ts.
 */
export const enHazardForms: Record<keyof typeof zhHazardForms, string> = {
  'hazard.register.title': 'Report a hazard',
  'hazard.register.public_intro': 'Anyone may report a hazard. An inspector will confirm it, and you will hear by DM what happens.',

  'hazard.registered_reply': 'Registered hazard {number}.',
  'hazard.reported_reply': 'Report {number} sent. You will get a DM once an inspector has confirmed it.',
  'hazard.done_reply': '{action}: done for {number}; it is now “{status}”.',

  'hazard.field.unit': 'Unit',
  'hazard.field.title': 'Hazard',
  'hazard.field.description': 'Description',
  'hazard.field.location': 'Location',
  'hazard.field.category': 'Category',
  'hazard.field.level': 'Level',
  'hazard.field.source': 'Source',
  'hazard.field.found_date': 'Found on',
  'hazard.field.deadline': 'Deadline',
  'hazard.field.responsible_person': 'Responsible person at the unit',
  'hazard.field.assignee': 'Assigned inspector',
  'hazard.field.photos': 'Photos',
  'hazard.field.funding': 'Funding (yuan)',
  'hazard.field.note': 'Note',
  'hazard.field.reason': 'Reason',
  'hazard.field.measures': 'Measures',
  'hazard.field.order_deadline': 'Deadline',
  'hazard.field.evidence': 'What was done',
  'hazard.field.after_photos': 'Photos after rectification',
  'hazard.field.result': 'Result',
  'hazard.field.leader': 'Supervising leader',
  'hazard.field.listing_level': 'Listing level',
  'hazard.field.document_number': 'Document number',
  'hazard.field.listed_date': 'Listed on',
  'hazard.field.experts': 'Experts',
  'hazard.field.opinion': 'Opinion',
  'hazard.field.goal_and_tasks': 'Goal and tasks',
  'hazard.field.methods_and_measures': 'Methods and measures',
  'hazard.field.funding_and_materials': 'Funding and materials',
  'hazard.field.responsible_body': 'Responsible body and people',
  'hazard.field.time_limit': 'Time limit and requirements',
  'hazard.field.safety_and_emergency': 'Safety measures and emergency plan',
  'hazard.field.evaluator_kind': 'Evaluated by',
  'hazard.field.evaluator_name': 'Evaluator name',
  'hazard.field.report_ref': 'Evaluation report reference',
  'hazard.field.new_deadline': 'New deadline',
  'hazard.field.redo_deadline': 'New deadline for rectification',
  'hazard.field.decision': 'Decision',
  'hazard.field.departments': 'Departments',

  'hazard.hint.unit': 'Type part of the name, credit code or address.',
  'hazard.hint.level': 'Major: serious harm or hard to fix, needing a full or partial stop, or the unit cannot remove it alone because of outside factors (Order 16, Art 3).',
  'hazard.hint.deadline': 'Overdue from the day after the deadline.',
  'hazard.hint.deadline_public': 'Optional: the inspector who confirms the report sets one.',
  'hazard.hint.assignee': 'The inspector who follows it up, issues the order and re-inspects.',
  'hazard.hint.experts': 'Each expert gets a DM to give their opinion.',
  'hazard.hint.fail_reason': 'Required when it fails.',
  'hazard.hint.fail_deadline': 'Required when it fails: the unit’s new deadline (the unit is told).',
  'hazard.hint.deny_reason': 'Required when denied.',
  'hazard.hint.funding': 'In yuan. Optional.',

  'hazard.placeholder.title': 'e.g. Distribution box not earthed',
  'hazard.placeholder.location': 'e.g. Workshop 2',

  'hazard.modal.report_by': 'Report by <@{by}>:',
  'hazard.modal.plan_line': '*{label}*: {text}',

  'hazard.register.from_inspection': 'From inspection {number}: the unit is filled in, and the hazard will be linked to the inspection.',
};
