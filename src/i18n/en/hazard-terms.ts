import type { zhHazardTerms } from '../zh-CN/hazard-terms.js';

/**
 * English messages. The hazard vocabulary: statuses, levels, categories, sources,
 * listing levels, evaluators, closure kinds, prerequisites, signatures, results and decisions.
 * Exactly the keys of zh-CN/hazard-terms.ts.
 */
export const enHazardTerms: Record<keyof typeof zhHazardTerms, string> = {
  'hazard.status.reported': 'reported',
  'hazard.status.open': 'open',
  'hazard.status.rectifying': 'rectifying',
  'hazard.status.awaiting_verification': 'awaiting re-inspection',
  'hazard.status.awaiting_acceptance': 'awaiting acceptance',
  'hazard.status.expert_accepted': 'accepted by expert',
  'hazard.status.closed': 'closed',
  'hazard.status.void': 'void',

  'hazard.level.general': 'general hazard',
  'hazard.level.major': 'major hazard',

  'hazard.category.equipment': 'Equipment and facilities',
  'hazard.category.operation': 'Work practice',
  'hazard.category.fire': 'Fire safety',
  'hazard.category.electrical': 'Electrical',
  'hazard.category.special_equipment': 'Special equipment',
  'hazard.category.hazardous_chemicals': 'Hazardous chemicals',
  'hazard.category.environment': 'Work environment',
  'hazard.category.management': 'Safety management',
  'hazard.category.public_facility': 'Public facility',
  'hazard.category.other': 'Other',

  'hazard.source.routine_inspection': 'Routine inspection',
  'hazard.source.special_campaign': 'Special campaign',
  'hazard.source.public_report': 'Public report',
  'hazard.source.self_inspection': 'Unit self-inspection',
  'hazard.source.assigned_by_superior': 'Assigned by superiors',

  'hazard.listing_level.province': 'provincial',
  'hazard.listing_level.city': 'city',
  'hazard.listing_level.county': 'county',
  'hazard.listing_level.township': 'township',

  'hazard.evaluator.own_experts': 'the unit’s own technicians and experts',
  'hazard.evaluator.agency': 'a safety assessment agency',

  'hazard.closure.on_spot': 'fixed on the spot',
  'hazard.closure.reinspection': 'passed re-inspection',
  'hazard.closure.acceptance': 'accepted and closed',

  'hazard.prereq.listing': 'listing for supervision',
  'hazard.prereq.consultation': 'expert consultation',
  'hazard.prereq.plan': 'remediation plan',

  'hazard.signature.applicant': 'unit application',
  'hazard.signature.expert': 'acceptance expert',
  'hazard.signature.authority': 'authority',

  'hazard.result.pass': 'Pass',
  'hazard.result.fail': 'Fail',

  'hazard.decision.approve': 'Approve',
  'hazard.decision.deny': 'Deny',
};
