/**
 * Every Slack id in one place, shared by the Block Kit builders and the listener registrations. Input block ids of a
 * form are the domain's field names, so a service error naming a field lands inline on it.
 */
export const CallbackId = {
  UnitRegister: 'unit_register',
  UnitEdit: 'unit_edit',
  ContactLink: 'contact_link',
  TierOverride: 'tier_override',
  ErrorNotice: 'error_notice',
  HazardRegister: 'hazard_register',
  HazardAction: 'hazard_action',
  InspectionAssign: 'inspection_assign',
  InspectionResult: 'inspection_result',
  InspectionOrder: 'inspection_order',
  AccidentRecord: 'accident_record',
} as const;

export const ActionId = {
  UnitOpen: 'unit_open',
  UnitEdit: 'unit_edit',
  UnitLinkContact: 'unit_link_contact',
  UnitUnlinkContact: 'unit_unlink_contact',
  UnitOverrideTier: 'unit_override_tier',
  UnitClearOverride: 'unit_clear_override',
  UnitRegisterOpen: 'unit_register_open',
  UnitPick: 'unit_pick',
  SetLanguage: 'set_language',
  HazardOpen: 'hazard_open',
  HazardRegisterOpen: 'hazard_register_open',
  /** Prefix of the buttons that open an action's modal: `hazard_act_<action>`. */
  HazardActPrefix: 'hazard_act_',
  InspectionAssignOpen: 'inspection_assign_open',
  InspectionResultOpen: 'inspection_result_open',
  /** "Issue one order for this inspection" on a done inspection with open hazards. */
  InspectionOrderOpen: 'inspection_order_open',
  AccidentOpen: 'accident_open',
  /** "Post to channel" on an ephemeral `/anjian report` answer (value: period label | the answer's token). */
  ReportPost: 'report_post',
  /** "Assign an inspection" on App Home: the assignment modal with no unit chosen yet. */
  HomeAssignInspection: 'home_assign_inspection',
  // Input elements (action ids inside input blocks)
  Text: 'text',
  Select: 'select',
  Checkboxes: 'checkboxes',
  Users: 'users',
  Date: 'date',
  Radio: 'radio',
  Choice: 'choice',
  User: 'user',
  Files: 'files',
} as const;

export const BlockId = {
  UnitName: 'name',
  UnitCreditCode: 'credit_code',
  UnitIndustry: 'industry',
  UnitTown: 'town',
  UnitAddress: 'address',
  UnitContactName: 'contact_name',
  UnitContactPhone: 'contact_phone',
  UnitFlags: 'flags',
  ContactUsers: 'users',
  OverrideUnit: 'unit',
  OverrideTier: 'tier',
  OverrideReason: 'reason',
  OverrideUntil: 'until',
  UnitActions: 'unit_actions',
} as const;

export const FlagValue = { MajorHazardSource: 'major_hazard_source', LicenceHolder: 'licence_holder' } as const;
