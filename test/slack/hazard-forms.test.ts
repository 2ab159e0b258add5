import { describe, expect, it } from 'vitest';
import { HAZARD_ACTIONS, type HazardAction } from '../../src/domain/hazard/hazard-actions.js';
import { createI18n } from '../../src/i18n/index.js';
import type { ActionInput } from '../../src/domain/hazard/action-input.js';
import { parseActionForm } from '../../src/slack/forms/hazard-action.form.js';
import { parseRegisterForm } from '../../src/slack/forms/hazard-register.form.js';
import type { ViewValues } from '../../src/slack/forms/view-state.js';
import { PLAN } from '../support/hazards.js';

const zh = createI18n('zh-CN', 'Asia/Shanghai');
const en = createI18n('en', 'Asia/Shanghai');
const TODAY = '2026-12-01';

// view.state.values, shaped as Slack sends them (block id → action id → element state)
const text = (value: unknown) => ({ text: { type: 'plain_text_input', value } });
const date = (selected_date: unknown) => ({ date: { type: 'datepicker', selected_date } });
const option = (value: unknown) => (value === null ? null : { text: { type: 'plain_text', text: String(value), emoji: true }, value });
const select = (value: unknown) => ({ choice: { type: 'static_select', selected_option: option(value) } });
const radio = (value: unknown) => ({ choice: { type: 'radio_buttons', selected_option: option(value) } });
const user = (selected_user: unknown) => ({ user: { type: 'users_select', selected_user } });
const users = (selected_users: unknown) => ({ users: { type: 'multi_users_select', selected_users } });
const files = (list: unknown) => ({ files: { type: 'file_input', files: list } });
const unitPick = (value: unknown) => ({ unit_pick: { type: 'external_select', selected_option: option(value) } });

const slackFile = (id: string, name: string) => ({
  id, created: 1764559800, timestamp: 1764559800, name, title: name.replace(/\.\w+$/, ''), mimetype: 'image/jpeg', filetype: 'jpg', user: 'UINSPECT01',
  url_private: `https://files.slack.com/files-pri/T0001-${id}/${name}`, permalink: `https://anjian.slack.com/files/UINSPECT01/${id}/${name}`,
});

// ---------------------------------------------------------------------------------------------------------------
// Registration
// ---------------------------------------------------------------------------------------------------------------

const COMPLETE: ViewValues = {
  unit: unitPick('12'),
  title: text('  配电箱未接地 '),
  description: text('\n二号车间配电箱外壳未接地，存在触电风险。  '),
  location: text(' 二号车间'),
  category: select('electrical'),
  level: radio('general'),
  source: select('routine_inspection'),
  found_date: date('2026-11-30'),
  deadline: date('2026-12-10'),
  responsible_person: text(' 王经理 '),
  assignee: user('UINSPECT01'),
  photos: files([slackFile('F0AAAA0001', 'before.jpg'), slackFile('F0AAAA0002', 'wide.jpg')]),
  funding: text(' 12,345.50 '),
};

describe(parseRegisterForm.name, () => {
  const staff = { staff: true, today: TODAY };
  const publicReport = { staff: false, today: TODAY };
  const without = (...ids: string[]): ViewValues => Object.fromEntries(Object.entries(COMPLETE).filter(([k]) => !ids.includes(k)));

  it('turns a complete staff submission into the hazard input', () => {
    expect(parseRegisterForm(zh, COMPLETE, staff)).toEqual({
      ok: true,
      value: {
        unitId: 12, title: '配电箱未接地', description: '二号车间配电箱外壳未接地，存在触电风险。', location: '二号车间', category: 'electrical', level: 'general',
        source: 'routine_inspection', foundDate: '2026-11-30', deadline: '2026-12-10', responsiblePerson: '王经理', assignee: 'UINSPECT01', funding: 12345.5,
        photos: [
          { fileId: 'F0AAAA0001', name: 'before.jpg', permalink: 'https://anjian.slack.com/files/UINSPECT01/F0AAAA0001/before.jpg' },
          { fileId: 'F0AAAA0002', name: 'wide.jpg', permalink: 'https://anjian.slack.com/files/UINSPECT01/F0AAAA0002/wide.jpg' },
        ],
      },
    });
  });

  it('leaves the optional fields empty as null and no photos', () => {
    const result = parseRegisterForm(zh, without('responsible_person', 'photos', 'funding'), staff);
    expect(result).toMatchObject({ ok: true, value: { responsiblePerson: null, funding: null, photos: [] } });
  });

  it.each([
    ['zh-CN', zh, {
      unit: '请选择一个单位。', title: '请填写此项。', description: '请填写此项。', location: '请填写此项。', category: '请选择一项。', level: '请选择一项。', source: '请选择一项。',
      found_date: '请选择日期。', deadline: '请选择日期。', assignee: '请选择一个人。',
    }],
    ['en', en, {
      unit: 'Choose a unit.', title: 'Please fill this in.', description: 'Please fill this in.', location: 'Please fill this in.', category: 'Choose one.', level: 'Choose one.', source: 'Choose one.',
      found_date: 'Choose a date.', deadline: 'Choose a date.', assignee: 'Choose a person.',
    }],
  ])('names every missing required field at once (%s)', (_locale, i18n, errors) => {
    expect(parseRegisterForm(i18n, {}, staff)).toEqual({ ok: false, errors });
    expect(parseRegisterForm(i18n, undefined, staff)).toEqual({ ok: false, errors });
    const { deadline: _d, assignee: _a, ...publicErrors } = errors;
    expect(parseRegisterForm(i18n, {}, publicReport)).toEqual({ ok: false, errors: publicErrors });
  });

  it('lets a public report leave out the deadline and the assignee', () => {
    const result = parseRegisterForm(zh, { ...without('deadline', 'assignee'), source: select('public_report') }, publicReport);
    expect(result).toMatchObject({ ok: true, value: { unitId: 12, deadline: null, assignee: null, source: 'public_report' } });
    // …but staff may not.
    expect(parseRegisterForm(zh, without('deadline', 'assignee'), staff)).toEqual({ ok: false, errors: { deadline: '请选择日期。', assignee: '请选择一个人。' } });
  });

  it('refuses a deadline before the day the hazard was found, and a found date after today', () => {
    expect(parseRegisterForm(zh, { ...COMPLETE, deadline: date('2026-11-29') }, staff)).toEqual({ ok: false, errors: { deadline: '整改期限不能早于发现日期。' } });
    expect(parseRegisterForm(en, { ...COMPLETE, deadline: date('2026-11-29') }, staff)).toEqual({ ok: false, errors: { deadline: 'The deadline cannot be before the day it was found.' } });
    expect(parseRegisterForm(zh, { ...COMPLETE, found_date: date('2026-12-02'), deadline: date('2026-12-20') }, staff)).toEqual({ ok: false, errors: { found_date: '日期不能晚于今天。' } });
    // The deadline day may be the found day itself.
    expect(parseRegisterForm(zh, { ...COMPLETE, deadline: date('2026-11-30') }, staff)).toMatchObject({ ok: true, value: { deadline: '2026-11-30' } });
  });

  it('refuses a date that does not exist', () => {
    expect(parseRegisterForm(zh, { ...COMPLETE, deadline: date('2026-02-30') }, staff)).toEqual({ ok: false, errors: { deadline: '请选择一个有效日期。' } });
  });

  it.each(['abc', '1e3', '0x10', '-5', '12.345', '99999999999'])('refuses funding %j', (funding) => {
    expect(parseRegisterForm(zh, { ...COMPLETE, funding: text(funding) }, staff)).toEqual({ ok: false, errors: { funding: '请输入金额（元），最多两位小数。' } });
  });

  it('reads funding typed with full-width digits, separators or 元', () => {
    expect(parseRegisterForm(zh, { ...COMPLETE, funding: text('１２３４５') }, staff)).toMatchObject({ ok: true, value: { funding: 12345 } });
    expect(parseRegisterForm(zh, { ...COMPLETE, funding: text('5000元') }, staff)).toMatchObject({ ok: true, value: { funding: 5000 } });
    expect(parseRegisterForm(en, { ...COMPLETE, funding: text('abc') }, staff)).toEqual({ ok: false, errors: { funding: 'Enter an amount in yuan, with at most two decimals.' } });
  });

  it('refuses a unit that is not a positive whole number, an unknown option, too long a text, and too many photos', () => {
    expect(parseRegisterForm(zh, { ...COMPLETE, unit: unitPick('abc') }, staff)).toEqual({ ok: false, errors: { unit: '请选择一个单位。' } });
    expect(parseRegisterForm(zh, { ...COMPLETE, unit: unitPick('0') }, staff)).toEqual({ ok: false, errors: { unit: '请选择一个单位。' } });
    expect(parseRegisterForm(zh, { ...COMPLETE, category: select('weather') }, staff)).toEqual({ ok: false, errors: { category: '请从列表中选择。' } });
    expect(parseRegisterForm(zh, { ...COMPLETE, level: radio('catastrophic') }, staff)).toEqual({ ok: false, errors: { level: '请从列表中选择。' } });
    expect(parseRegisterForm(zh, { ...COMPLETE, title: text('题'.repeat(101)) }, staff)).toEqual({ ok: false, errors: { title: '最多 100 个字。' } });
    expect(parseRegisterForm(zh, { ...COMPLETE, title: text('题'.repeat(100)) }, staff)).toMatchObject({ ok: true });
    const seven = Array.from({ length: 7 }, (_, i) => slackFile(`F0BBBB000${i}`, `p${i}.jpg`));
    expect(parseRegisterForm(zh, { ...COMPLETE, photos: files(seven) }, staff)).toEqual({ ok: false, errors: { photos: '最多 6 个文件。' } });
  });

  it('never throws on values of the wrong type, and reads only what has the right shape', () => {
    const garbage: unknown[] = [null, 42, 'text', [], [1, 2], { value: 3 }, true];
    for (const g of garbage) {
      const values = Object.fromEntries(Object.keys(COMPLETE).map((id) => [id, g])) as unknown as ViewValues;
      expect(() => parseRegisterForm(zh, values, staff)).not.toThrow();
      expect(parseRegisterForm(zh, values, staff).ok).toBe(false);
      const inner = Object.fromEntries(Object.entries(COMPLETE).map(([id, el]) => [id, Object.fromEntries(Object.keys(el).map((k) => [k, g]))])) as unknown as ViewValues;
      expect(() => parseRegisterForm(zh, inner, staff)).not.toThrow();
    }
    const wrong: ViewValues = {
      unit: unitPick(12), title: text(['配电箱']), description: text(null), location: text(42), category: select(null), level: { choice: { selected_option: 'general' } },
      source: { choice: null }, found_date: date(20261130), deadline: date(['2026-12-10']), assignee: user(42), responsible_person: text({}), funding: text(100),
      photos: files('F1'),
    };
    expect(parseRegisterForm(zh, wrong, staff)).toEqual({
      ok: false,
      errors: {
        unit: '请选择一个单位。', title: '请填写此项。', description: '请填写此项。', location: '请填写此项。', category: '请选择一项。', level: '请选择一项。', source: '请选择一项。',
        found_date: '请选择日期。', deadline: '请选择日期。', assignee: '请选择一个人。',
      },
    });
    // Odd entries among the files are skipped; a file without a name falls back to its id.
    const odd = parseRegisterForm(zh, { ...COMPLETE, photos: files([null, 42, 'F9', { id: 7 }, { id: 'F0CCCC0001', name: null, permalink: 5 }]) }, staff);
    expect(odd).toMatchObject({ ok: true, value: { photos: [{ fileId: 'F0CCCC0001', name: 'F0CCCC0001', permalink: null }] } });
    // A user id must look like one.
    expect(parseRegisterForm(zh, { ...COMPLETE, assignee: user('not-a-user') }, staff)).toEqual({ ok: false, errors: { assignee: '请选择一个人。' } });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Actions
// ---------------------------------------------------------------------------------------------------------------

const PLAN_VALUES: ViewValues = Object.fromEntries(Object.entries(PLAN).map(([k, v]) => [k, text(` ${v} `)]));

/** A good submission of each action and the exact input it must give. */
const GOOD: readonly (readonly [string, HazardAction, ViewValues, ActionInput])[] = [
  ['confirm', 'confirm', { level: radio('major'), deadline: date('2026-12-10'), assignee: user('UINSPECT02'), note: text('  请尽快跟进 ') },
    { action: 'confirm', level: 'major', deadline: '2026-12-10', assignee: 'UINSPECT02', note: '请尽快跟进' }],
  ['confirm without a note', 'confirm', { level: radio('general'), deadline: date('2026-12-10'), assignee: user('UINSPECT02'), note: text('') },
    { action: 'confirm', level: 'general', deadline: '2026-12-10', assignee: 'UINSPECT02', note: '' }],
  ['dismiss', 'dismiss', { reason: text(' 重复举报 ') }, { action: 'dismiss', reason: '重复举报' }],
  ['issue_order', 'issue_order', { measures: text('重新接地并检测'), deadline: date('2026-12-10'), second_officer: user('UOFFICER02') }, { action: 'issue_order', measures: '重新接地并检测', deadline: '2026-12-10', secondOfficer: 'UOFFICER02' }],
  ['close_on_spot', 'close_on_spot', { note: text('已当场拧紧') }, { action: 'close_on_spot', note: '已当场拧紧' }],
  ['report_rectified', 'report_rectified', { evidence: text('已重新接地'), photos: files([slackFile('F0DDDD0001', 'after.jpg')]) },
    { action: 'report_rectified', evidence: '已重新接地', photos: [{ fileId: 'F0DDDD0001', name: 'after.jpg', permalink: 'https://anjian.slack.com/files/UINSPECT01/F0DDDD0001/after.jpg' }] }],
  ['report_rectified without photos', 'report_rectified', { evidence: text('已重新接地'), photos: files([]) }, { action: 'report_rectified', evidence: '已重新接地', photos: [] }],
  ['reinspect pass', 'reinspect', { result: radio('pass'), note: text(null) }, { action: 'reinspect', passed: true, note: '' }],
  ['reinspect fail with the reason and a new deadline', 'reinspect', { result: radio('fail'), note: text('接地电阻仍超标'), new_deadline: date('2026-12-20') }, { action: 'reinspect', passed: false, note: '接地电阻仍超标', newDeadline: '2026-12-20' }],
  ['reinspect pass ignores a new deadline', 'reinspect', { result: radio('pass'), note: text(null), new_deadline: date('2026-12-20') }, { action: 'reinspect', passed: true, note: '' }],
  ['list_for_supervision', 'list_for_supervision', { leader: user('ULEADER01'), listing_level: select('county'), document_number: text(' 安监督〔2026〕12号 '), listed_date: date('2026-12-01') },
    { action: 'list_for_supervision', leader: 'ULEADER01', level: 'county', documentNumber: '安监督〔2026〕12号', listedDate: '2026-12-01' }],
  ['assign_experts (duplicates and bad ids dropped)', 'assign_experts', { experts: users(['UEXPERT01', 'UEXPERT02', 'UEXPERT01', 'nobody', 7]) },
    { action: 'assign_experts', experts: ['UEXPERT01', 'UEXPERT02'] }],
  ['record_opinion', 'record_opinion', { opinion: text('建议更换阀门') }, { action: 'record_opinion', opinion: '建议更换阀门' }],
  ['record_plan', 'record_plan', PLAN_VALUES, { action: 'record_plan', plan: PLAN }],
  ['apply_acceptance', 'apply_acceptance', { evaluator_kind: radio('agency'), evaluator_name: text('某某评价公司'), report_ref: text('PJ-2026-33'), measures_done: text('已更换阀门并增设报警装置'), funds_spent: text('480000') },
    { action: 'apply_acceptance', evaluatorKind: 'agency', evaluatorName: '某某评价公司', reportRef: 'PJ-2026-33', note: '', measuresDone: '已更换阀门并增设报警装置', fundsSpent: '480000' }],
  ['apply_acceptance with a note', 'apply_acceptance', { evaluator_kind: radio('own_experts'), evaluator_name: text('张工'), report_ref: text('PG-01'), note: text('附评估报告'), measures_done: text('已更换阀门并增设报警装置'), funds_spent: text('480000') },
    { action: 'apply_acceptance', evaluatorKind: 'own_experts', evaluatorName: '张工', reportRef: 'PG-01', note: '附评估报告', measuresDone: '已更换阀门并增设报警装置', fundsSpent: '480000' }],
  ['expert_sign fail', 'expert_sign', { result: radio('fail'), opinion: text('阀门仍泄漏') }, { action: 'expert_sign', passed: false, opinion: '阀门仍泄漏' }],
  ['expert_sign pass', 'expert_sign', { result: radio('pass'), opinion: text('符合要求') }, { action: 'expert_sign', passed: true, opinion: '符合要求' }],
  ['authority_sign pass', 'authority_sign', { result: radio('pass'), opinion: text('同意销号') }, { action: 'authority_sign', passed: true, opinion: '同意销号' }],
  ['request_extension', 'request_extension', { deadline: date('2026-12-20'), reason: text('材料未到') }, { action: 'request_extension', deadline: '2026-12-20', reason: '材料未到' }],
  ['decide_extension approve', 'decide_extension', { decision: radio('approve') }, { action: 'decide_extension', approved: true, note: '' }],
  ['decide_extension deny with the reason', 'decide_extension', { decision: radio('deny'), note: text('理由不充分') }, { action: 'decide_extension', approved: false, note: '理由不充分' }],
  ['refer_joint', 'refer_joint', { departments: text('市场监管、消防'), measures: text('联合查封') }, { action: 'refer_joint', departments: '市场监管、消防', measures: '联合查封' }],
  ['void', 'void', { reason: text('重复登记') }, { action: 'void', reason: '重复登记' }],
];

describe(parseActionForm.name, () => {
  it('has a good submission for every action', () => {
    expect(new Set(GOOD.map(([, a]) => a))).toEqual(new Set(HAZARD_ACTIONS));
  });

  it.each(GOOD)('%s → the exact input', (_name, action, values, input) => {
    expect(parseActionForm(zh, action, values)).toEqual({ ok: true, value: input });
    expect(parseActionForm(en, action, values)).toEqual({ ok: true, value: input });
  });

  it.each([
    ['zh-CN', zh, '请写明原因。'],
    ['en', en, 'Please give the reason.'],
  ])('needs the reason for a failed re-inspection and a denied extension (%s)', (_locale, i18n, message) => {
    expect(parseActionForm(i18n, 'reinspect', { result: radio('fail'), new_deadline: date('2026-12-20') })).toEqual({ ok: false, errors: { note: message } });
    expect(parseActionForm(i18n, 'reinspect', { result: radio('fail'), note: text('   '), new_deadline: date('2026-12-20') })).toEqual({ ok: false, errors: { note: message } });
    expect(parseActionForm(i18n, 'decide_extension', { decision: radio('deny') })).toEqual({ ok: false, errors: { note: message } });
    expect(parseActionForm(i18n, 'decide_extension', { decision: radio('deny'), note: text('') })).toEqual({ ok: false, errors: { note: message } });
  });

  it.each([
    ['zh-CN', zh, '请写明原因。', '复查不合格时，请填写重新整改的期限。'],
    ['en', en, 'Please give the reason.', 'When it fails, give the new deadline for rectification.'],
  ])('needs a new deadline for a failed re-inspection, on its field (%s)', (_locale, i18n, reason, deadline) => {
    expect(parseActionForm(i18n, 'reinspect', { result: radio('fail'), note: text('仍超标') })).toEqual({ ok: false, errors: { new_deadline: deadline } });
    expect(parseActionForm(i18n, 'reinspect', { result: radio('fail') })).toEqual({ ok: false, errors: { note: reason, new_deadline: deadline } });
    expect(parseActionForm(i18n, 'reinspect', { result: radio('fail'), note: text('仍超标'), new_deadline: date('2026-02-30') })).toMatchObject({ ok: false, errors: { new_deadline: expect.any(String) } });
  });

  it.each([
    ['zh-CN', zh, '请输入金额（元），最多两位小数。'],
    ['en', en, 'Enter an amount in yuan, with at most two decimals.'],
  ])('asks the second officer of an order and the funds spent of an application, inline (%s)', (_locale, i18n, money) => {
    const order = parseActionForm(i18n, 'issue_order', { measures: text('重新接地'), deadline: date('2026-12-10') });
    expect(order.ok).toBe(false);
    expect(Object.keys((order as { errors: Record<string, string> }).errors)).toEqual(['second_officer']);
    const apply = { evaluator_kind: radio('agency'), evaluator_name: text('x'), report_ref: text('y'), measures_done: text('已更换') };
    expect(parseActionForm(i18n, 'apply_acceptance', { ...apply, funds_spent: text('四十八万') })).toEqual({ ok: false, errors: { funds_spent: money } });
    expect(parseActionForm(i18n, 'apply_acceptance', { ...apply, funds_spent: text('１２，０００元') })).toMatchObject({ ok: true, value: { fundsSpent: '１２，０００元' } });
    expect(Object.keys((parseActionForm(i18n, 'apply_acceptance', { ...apply, measures_done: text(' ') }) as { errors: Record<string, string> }).errors)).toEqual(['measures_done', 'funds_spent']);
  });

  it('puts a blank plan element’s message on that element', () => {
    expect(parseActionForm(zh, 'record_plan', { ...PLAN_VALUES, time_limit: text('  ') })).toEqual({ ok: false, errors: { time_limit: '请填写此项。' } });
    const { safety_and_emergency: _s, ...five } = PLAN_VALUES;
    expect(parseActionForm(en, 'record_plan', five)).toEqual({ ok: false, errors: { safety_and_emergency: 'Please fill this in.' } });
  });

  it.each([
    ['zh-CN', zh, '请从列表中选择。'],
    ['en', en, 'Choose from the list.'],
  ])('refuses an option that is not in the list (%s)', (_locale, i18n, message) => {
    expect(parseActionForm(i18n, 'confirm', { level: radio('catastrophic'), deadline: date('2026-12-10'), assignee: user('UINSPECT02') })).toEqual({ ok: false, errors: { level: message } });
    expect(parseActionForm(i18n, 'list_for_supervision', { leader: user('ULEADER01'), listing_level: select('national'), document_number: text('x'), listed_date: date(TODAY) }))
      .toEqual({ ok: false, errors: { listing_level: message } });
    expect(parseActionForm(i18n, 'reinspect', { result: radio('maybe') })).toEqual({ ok: false, errors: { result: message } });
    expect(parseActionForm(i18n, 'apply_acceptance', { evaluator_kind: radio('friend'), evaluator_name: text('x'), report_ref: text('y'), measures_done: text('z'), funds_spent: text('1') })).toEqual({ ok: false, errors: { evaluator_kind: message } });
    expect(parseActionForm(i18n, 'decide_extension', { decision: radio('later') })).toEqual({ ok: false, errors: { decision: message } });
  });

  it.each([
    ['zh-CN', zh, '一次最多选择 10 人。', '请至少选择一个人。'],
    ['en', en, 'Choose at most 10 people at a time.', 'Choose at least one person.'],
  ])('takes one to ten experts (%s)', (_locale, i18n, tooMany, none) => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `UEXPERT${String(i).padStart(2, '0')}`);
    expect(parseActionForm(i18n, 'assign_experts', { experts: users(ids(11)) })).toEqual({ ok: false, errors: { experts: tooMany } });
    expect(parseActionForm(i18n, 'assign_experts', { experts: users(ids(10)) })).toEqual({ ok: true, value: { action: 'assign_experts', experts: ids(10) } });
    expect(parseActionForm(i18n, 'assign_experts', { experts: users([]) })).toEqual({ ok: false, errors: { experts: none } });
  });

  it('names each missing required field of an action', () => {
    expect(parseActionForm(zh, 'confirm', {})).toEqual({ ok: false, errors: { level: '请选择一项。', deadline: '请选择日期。', assignee: '请选择一个人。' } });
    expect(parseActionForm(en, 'list_for_supervision', undefined)).toEqual({
      ok: false, errors: { leader: 'Choose a person.', listing_level: 'Choose one.', document_number: 'Please fill this in.', listed_date: 'Choose a date.' },
    });
    expect(parseActionForm(zh, 'reinspect', {})).toEqual({ ok: false, errors: { result: '请选择一项。' } });
    expect(parseActionForm(zh, 'expert_sign', { result: radio('pass') })).toEqual({ ok: false, errors: { opinion: '请填写此项。' } });
  });

  it('refuses too long a text and a date that does not exist', () => {
    expect(parseActionForm(zh, 'void', { reason: text('因'.repeat(501)) })).toEqual({ ok: false, errors: { reason: '最多 500 个字。' } });
    expect(parseActionForm(zh, 'void', { reason: text('因'.repeat(500)) })).toMatchObject({ ok: true });
    expect(parseActionForm(en, 'record_opinion', { opinion: text('x'.repeat(2001)) })).toEqual({ ok: false, errors: { opinion: 'At most 2000 characters.' } });
    expect(parseActionForm(zh, 'list_for_supervision', { leader: user('ULEADER01'), listing_level: select('city'), document_number: text('文'.repeat(101)), listed_date: date(TODAY) }))
      .toEqual({ ok: false, errors: { document_number: '最多 100 个字。' } });
    expect(parseActionForm(zh, 'request_extension', { deadline: date('2026-02-30'), reason: text('x') })).toEqual({ ok: false, errors: { deadline: '请选择一个有效日期。' } });
    const seven = Array.from({ length: 7 }, (_, i) => slackFile(`F0EEEE000${i}`, `a${i}.jpg`));
    expect(parseActionForm(zh, 'report_rectified', { evidence: text('x'), photos: files(seven) })).toEqual({ ok: false, errors: { photos: '最多 6 个文件。' } });
  });

  it('never throws on values of the wrong type', () => {
    const garbage: unknown[] = [null, 42, 'text', [], ['a'], { value: 3 }, { selected_option: 'x' }, true];
    for (const action of HAZARD_ACTIONS) {
      for (const g of garbage) {
        const [, , good] = GOOD.find(([, a]) => a === action)!;
        const outer = Object.fromEntries(Object.keys(good).map((id) => [id, g])) as unknown as ViewValues;
        const inner = Object.fromEntries(Object.entries(good).map(([id, el]) => [id, Object.fromEntries(Object.keys(el).map((k) => [k, g]))])) as unknown as ViewValues;
        expect(() => parseActionForm(zh, action, outer), `${action} ${JSON.stringify(g)}`).not.toThrow();
        expect(() => parseActionForm(en, action, inner), `${action} ${JSON.stringify(g)}`).not.toThrow();
        expect(parseActionForm(zh, action, outer).ok, action).toBe(false);
      }
    }
  });
});
