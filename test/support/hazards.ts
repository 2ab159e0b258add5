import type { RawHazardInput } from '../../src/domain/hazard/hazard-input.js';
import type { ActionInput } from '../../src/domain/hazard/action-input.js';
import type { AssignableRole } from '../../src/domain/roles.js';
import { ADMIN, EXPERT, INSPECTOR, LEADER, makeUnit, serviceHarness, type ServiceHarness } from './services.js';

/** A valid hazard registration for a unit; override what a test cares about. */
export function makeHazard(unitId: number, overrides: Partial<RawHazardInput> = {}): RawHazardInput {
  return {
    unitId,
    title: '配电箱未接地',
    description: '二号车间配电箱外壳未接地，存在触电风险。',
    location: '二号车间',
    category: 'electrical',
    level: 'general',
    source: 'routine_inspection',
    foundDate: '2026-11-30',
    deadline: '2026-12-10',
    responsiblePerson: '王经理',
    assignee: 'UINSPECT01',
    funding: null,
    photos: [],
    ...overrides,
  };
}

export const PLAN = {
  goal_and_tasks: '消除储罐区重大隐患',
  methods_and_measures: '更换泄漏阀门，增设可燃气体报警',
  funding_and_materials: '资金 50 万元，物资已采购',
  responsible_body: '设备部，负责人李四',
  time_limit: '2027 年 1 月 31 日前完成',
  safety_and_emergency: '整改期间停用储罐，制定专项应急预案',
};

/** A valid input for every hazard action (what its modal would send). */
export const ACTION_INPUTS = {
  confirm: { action: 'confirm', level: 'general', deadline: '2026-12-10', assignee: INSPECTOR, note: '' },
  dismiss: { action: 'dismiss', reason: '不属实' },
  issue_order: { action: 'issue_order', measures: '立即接地', deadline: '2026-12-10', secondOfficer: 'UOFFICER02' },
  close_on_spot: { action: 'close_on_spot', note: '当场整改完毕' },
  report_rectified: { action: 'report_rectified', evidence: '已接地', photos: [] },
  reinspect: { action: 'reinspect', passed: true, note: '' },
  list_for_supervision: { action: 'list_for_supervision', leader: LEADER, level: 'county', documentNumber: '安委办〔2026〕12号', listedDate: '2026-11-30' },
  assign_experts: { action: 'assign_experts', experts: [EXPERT] },
  record_opinion: { action: 'record_opinion', opinion: '需更换阀门' },
  record_plan: { action: 'record_plan', plan: PLAN },
  apply_acceptance: { action: 'apply_acceptance', evaluatorKind: 'agency', evaluatorName: '某安全评价公司', reportRef: 'PJ-2026-088', note: '', measuresDone: '已更换阀门并增设报警装置', fundsSpent: '480000' },
  expert_sign: { action: 'expert_sign', passed: true, opinion: '整改到位' },
  authority_sign: { action: 'authority_sign', passed: true, opinion: '同意销号' },
  request_extension: { action: 'request_extension', deadline: '2026-12-20', reason: '阀门到货延迟' },
  decide_extension: { action: 'decide_extension', approved: true, note: '' },
  refer_joint: { action: 'refer_joint', departments: '市场监管局', measures: '联合查封' },
  void: { action: 'void', reason: '登记错误' },
} as const satisfies { [A in ActionInput['action']]: Extract<ActionInput, { action: A }> };

export const CONTACT = 'UCONTACT01';

/**
 * A harness with one commerce unit (blue) whose Slack contact is CONTACT, and these extra roles granted by ADMIN: the
 * office most hazard service tests start from.
 */
export async function hazardOffice(dialect: 'sqlite' | 'postgres', roles: readonly [string, AssignableRole][] = []): Promise<{ h: ServiceHarness; unitId: number }> {
  const h = await serviceHarness(dialect);
  const unitId = (await h.sut.units.register(INSPECTOR, makeUnit({ industry: 'commerce', creditCode: '91110108551385082Q' }))).unit.id;
  await h.sut.contacts.link(INSPECTOR, unitId, [CONTACT]);
  for (const [user, role] of roles) await h.sut.roles.grant(ADMIN, user, role);
  return { h, unitId };
}
