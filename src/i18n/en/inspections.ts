import type { zhInspections } from '../zh-CN/inspections.js';

/**
 * English messages. Inspections: the assign and record modals, due and mine lists, replies, and the enforcement card.
 * Exactly the keys of zh-CN/inspections.ts.
 */
export const enInspections: Record<keyof typeof zhInspections, string> = {
  'inspection.assign.title': 'Assign inspection',

  'inspection.result.title': 'Inspection result',

  'inspection.field.units': 'Units (one or more)',
  'inspection.field.planned_date': 'Planned date',
  'inspection.field.inspectors': 'Inspectors',
  'inspection.field.visit_type': 'Visit type',
  'inspection.field.acknowledge_cap': 'Yearly cap on administrative inspections',

  'inspection.acknowledge_cap': 'Over the cap, but assign anyway',

  'inspection.field.outcome': 'Result',
  'inspection.field.done_date': 'Inspected on',
  'inspection.field.summary': 'What was checked (or why it was cancelled)',
  'inspection.field.findings': 'Problems found',

  'inspection.hint.inspectors': 'An administrative inspection needs at least two inspectors holding enforcement cards (record yours with `/anjian card <number>`).',
  'inspection.hint.visit_type': 'Administrative inspections count against each unit’s yearly cap; patrols, advisory services and document checks do not. Any completed visit counts for the period.',
  'inspection.hint.done_date': 'Required when done.',
  'inspection.hint.summary': 'e.g. checked wiring, fire safety and storage.',
  'inspection.hint.findings': 'Hazards found can be registered straight after saving.',

  'inspection.visit.administrative': 'Administrative inspection',
  'inspection.visit.patrol': 'Patrol',
  'inspection.visit.service': 'Advisory service',
  'inspection.visit.document': 'Document check',

  'inspection.status.planned': 'planned',
  'inspection.status.done': 'done',
  'inspection.status.cancelled': 'cancelled',

  'inspection.outcome.done': 'Done',
  'inspection.outcome.cancelled': 'Cancel',

  'inspection.planned_on': 'for {date}',

  'inspection.result.done': '*Inspected {date}*\n{summary}',
  'inspection.result.findings': '*Problems found*\n{findings}',
  'inspection.result.cancelled': '*Cancelled*: {reason}',

  'inspection.button.record': 'Record result',
  'inspection.button.register_hazard': 'Register a hazard found',
  'inspection.button.assign': 'Assign',

  'inspection.assigned_reply': 'Assigned {count} {count|inspection|inspections}: {numbers}.',
  'inspection.recorded_reply': 'Recorded the result of {number}.',
  'inspection.cancelled_reply': 'Cancelled {number}.',
  'inspection.assigned_dm': '<@{by}> assigned you to inspect “{unit}” on {date} ({number}, {visit}).',

  'inspection.due.title': 'Due this period, not yet inspected: {total}',
  'inspection.due.none': 'Every unit has been inspected this period.',
  'inspection.due.period': 'period ends {end} ({days} {days|day|days} left)',
  'inspection.due.planned': 'planned {number} ({date}, {who})',
  'inspection.due.more': '{rest} more not shown.',

  'inspection.mine.title': 'My planned inspections: {total}',
  'inspection.mine.none': 'You have no planned inspections.',
  'inspection.mine.more': '{rest} more not shown.',

  'card.saved': 'Enforcement card number of <@{user}> recorded.',
};
