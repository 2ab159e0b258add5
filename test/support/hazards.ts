import type { RawHazardInput } from '../../src/domain/hazard/hazard-input.js';

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
