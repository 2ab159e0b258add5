import { describe, expect, it } from 'vitest';
import type { HazardAction } from '../../src/domain/hazard/hazard-actions.js';
import type { Inspection } from '../../src/domain/inspection/visit.js';
import type { Actor, Role } from '../../src/domain/roles.js';
import { createI18n } from '../../src/i18n/index.js';
import type { ContactUnit, HomeModel, HomeTodo, ListedHazard, OfficeFigures } from '../../src/domain/home/home.model.js';
import { homeView } from '../../src/slack/blocks/home.view.js';
import { viewViolations } from '../support/block-kit-limits.js';

const TODAY = '2026-11-30';
const actor = (userId: string, ...roles: Role[]): Actor => ({ userId, roles: new Set(roles), unitIds: roles.includes('unit_contact') ? [1, 2] : [] });
const long = (s: string, n: number) => s.repeat(Math.ceil(n / s.length)).slice(0, n);

/** n hazards waiting, cycling through what may be asked; titles and unit names at their longest, with markup characters. */
function todos(n: number, asked: readonly HazardAction[][], buttons = true): HomeModel['todos'] {
  const all: HomeTodo[] = Array.from({ length: n }, (_, i) => ({
    hazardId: i + 1, number: `YH-2026-${String(i + 1).padStart(4, '0')}`, title: long('配电箱<未接地>&', 100), level: i % 3 ? 'general' : 'major',
    status: 'rectifying', deadline: i % 2 ? '2026-11-20' : '2026-12-20', unitName: long('为民超市', 100), asked: asked[i % asked.length]!, buttons: buttons ? asked[i % asked.length]! : [],
  }));
  const byAction: Partial<Record<HazardAction, number>> = {};
  for (const t of all) byAction[t.asked[0]!] = (byAction[t.asked[0]!] ?? 0) + 1;
  return { items: all.slice(0, 10), total: n, byAction };
}

const inspection = (i: number): Inspection => ({
  id: i, number: `JC-2026-${String(i).padStart(4, '0')}`, unitId: i, plannedDate: '2026-12-02', visitType: 'patrol', status: 'planned', doneDate: null, summary: null, findings: null,
  cancelReason: null, inspectors: ['UINSPECT01', 'UINSPECT02'], createdBy: 'ULEADER001', updatedAt: '2026-11-30T02:00:00.000Z', updatedBy: 'ULEADER001',
});

const listed = (i: number): ListedHazard => ({ hazardId: 500 + i, number: `YH-2026-${500 + i}`, title: long('储罐区泄漏', 100), status: 'rectifying', deadline: '2026-11-25', unitName: long('化工', 100), leader: 'ULEADER001', listingLevel: 'county' });

const office = (listedTotal: number): OfficeFigures => ({
  open: { general: 37, major: 5 }, overdue: { general: 6, major: 2 }, reported: 4,
  listed: { items: Array.from({ length: Math.min(10, listedTotal) }, (_, i) => listed(i)), total: listedTotal },
  tiers: { red: { units: 10, due: 4, done: 6, missedLast: 1 }, yellow: { units: 20, due: 10, done: 10, missedLast: 0 }, blue: { units: 70, due: 30, done: 40, missedLast: 3 } },
  year: { year: 2026, found: 40, closed: 34, rate: 85 },
});

const unitLine = (i: number): ContactUnit => ({ id: i, name: long('某某化工有限公司', 100), town: '城关镇', tier: i % 2 ? 'red' : 'blue', open: i, overdue: i % 3 });

function model(a: Actor, o: Partial<HomeModel> = {}): HomeModel {
  return { actor: a, today: TODAY, todos: { items: [], total: 0, byAction: {} }, inspections: null, units: [], unitsTotal: 0, office: null, ...o };
}

const render = (i18n: ReturnType<typeof createI18n>, m: HomeModel) => homeView(i18n, m.actor, m.units, m);
const json = (v: unknown) => JSON.stringify(v);
type Block = { type: string; accessory?: { action_id: string; value?: string }; elements?: { action_id?: string; text?: unknown }[] };
const buttons = (blocks: unknown[]) => (blocks as Block[]).flatMap((b) => [...(b.accessory ? [b.accessory] : []), ...(b.type === 'actions' ? (b.elements as { action_id: string; value?: string }[]) : [])]);

describe.each(['zh-CN', 'en'] as const)('App Home in %s', (locale) => {
  const i18n = createI18n(locale, 'Asia/Shanghai');
  const zh = locale === 'zh-CN';

  it('for a leader: 200 hazards waiting and 30 listed stay within 100 blocks, with the office figures and the commands that show all', () => {
    const m = model(actor('ULEADER001', 'leader'), { todos: todos(200, [['authority_sign'], ['decide_extension'], ['list_for_supervision']]), office: office(30) });
    const view = render(i18n, m);
    expect(viewViolations(view as never)).toEqual([]);
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    const text = json(view.blocks);
    // 200 = 67 authority_sign (i % 3 = 0) + 67 decide_extension (1) + 66 list_for_supervision (2), in the actions' order
    expect(text).toContain(zh ? '待我处理：200 项' : 'Waiting for me: 200');
    expect(text).toContain(zh ? '挂牌督办 66 · 主管部门签字 67 · 审批延期 67' : 'List for supervision 66 · Authority sign-off 67 · Decide extension 67');
    expect(text).toContain(zh ? '另有 190 项未列出 · 全部：`/hazard list open`' : '190 more not listed · all: `/hazard list open`');
    // Office: 37 + 5 open, 6 + 2 overdue, 4 + 10 + 30 units due, 34 of 40 closed.
    expect(text).toContain(zh ? '*未销号隐患 42*\\n一般 37 · 重大 5' : '*42 open hazards*\\n37 general · 5 major');
    expect(text).toContain(zh ? '*逾期 8*' : '*8 overdue*');
    expect(text).toContain(zh ? '*待确认举报 4*' : '*4 reports to confirm*');
    expect(text).toContain(zh ? '*2026 年整改率 85.0%*\\n今年发现 40，已销号 34（不含作废和待核实的举报）' : '*2026 closure rate 85.0%*\\n34 closed of 40 found this year (void and unconfirmed reports left out)');
    expect(text).toContain('`/anjian report month`'); // staff are shown where the figures and ledgers are
    expect(text).toContain(zh ? '*本期待查单位 44 家*' : '*44 units due this period*');
    expect(text).toContain('🔴 4/10 · 🟡 10/20 · 🔵 30/70');
    expect(text).toContain(zh ? '挂牌督办重大隐患：30 项' : 'Major hazards listed for supervision: 30');
    expect(text).toContain(zh ? '另有 20 项未列出 · 全部：`/hazard list major`' : '20 more not listed · all: `/hazard list major`');
    expect(text.indexOf(zh ? '全局概况' : 'The office')).toBeLessThan(text.indexOf(zh ? '待我处理' : 'Waiting for me')); // a leader: the office first
    expect(text).toContain('配电箱&lt;未接地&gt;&amp;');
    expect(text).not.toContain('<未接地>');
    const pressed = buttons(view.blocks);
    const steps = pressed.filter((b) => b.action_id.startsWith('hazard_act_'));
    expect(steps).toHaveLength(10);
    expect(steps[0]).toEqual(expect.objectContaining({ action_id: 'hazard_act_authority_sign', value: '1:rectifying' }));
    expect(pressed.map((b) => b.action_id)).toEqual(expect.arrayContaining(['hazard_register_open', 'home_assign_inspection', 'unit_register_open', 'set_language_zh', 'set_language_en']));
    expect(pressed.map((b) => b.action_id)).not.toContain('inspection_result_open');
  });

  it('for an inspector: planned inspections with Record result, and to-dos with their deadline and unit', () => {
    const m = model(actor('UINSPECT01', 'inspector'), {
      todos: todos(3, [['reinspect'], ['issue_order', 'close_on_spot'], ['confirm', 'dismiss']]),
      inspections: { items: Array.from({ length: 10 }, (_, i) => ({ inspection: inspection(i + 1), unit: { id: i + 1, name: long('单位', 100), tier: 'red' } })), total: 57 },
      office: office(0),
    });
    const view = render(i18n, m);
    expect(viewViolations(view as never)).toEqual([]);
    const text = json(view.blocks);
    expect(text).toContain(zh ? '我的检查：57 项' : 'My inspections: 57');
    expect(text).toContain(zh ? '另有 47 项未列出 · 全部：`/inspect mine`' : '47 more not listed · all: `/inspect mine`');
    expect(text).toContain(zh ? '下达整改指令、当场整改销号' : 'Issue order, Fixed on the spot');
    expect(text).toContain(zh ? '已逾期 10 天' : '10 days overdue');
    expect(text).not.toContain(zh ? '另有 0' : ' 0 more');
    expect(text).toContain(zh ? '没有挂牌督办中的重大隐患' : 'No major hazard is listed for supervision');
    expect(text.indexOf(zh ? '我的检查' : 'My inspections')).toBeLessThan(text.indexOf(zh ? '全局概况' : 'The office')); // their own work first
    const ids = buttons(view.blocks).map((b) => b.action_id);
    expect(ids.filter((id) => id === 'inspection_result_open')).toHaveLength(10);
    expect(ids.filter((id) => id.startsWith('hazard_act_'))).toEqual(['hazard_act_reinspect', 'hazard_act_issue_order', 'hazard_act_confirm']);
  });

  it('for an expert: opinions and signatures, "all" pointing at their own list; no inspections section', () => {
    const m = model(actor('UEXPERT001', 'expert'), { todos: todos(15, [['record_opinion'], ['expert_sign']]), office: office(2) });
    const view = render(i18n, m);
    expect(viewViolations(view as never)).toEqual([]);
    const text = json(view.blocks);
    expect(text).toContain(zh ? '全部：`/hazard list mine`' : 'all: `/hazard list mine`');
    expect(text).not.toContain('/inspect mine');
    expect(text).not.toContain('/anjian report month'); // figures and ledgers are for the office's staff
    expect(buttons(view.blocks).map((b) => b.action_id)).not.toContain('home_assign_inspection');
    expect(buttons(view.blocks).map((b) => b.action_id)).not.toContain('unit_register_open');
  });

  it('for a unit contact: their units with tier and open hazards, capped with a pointer to /unit', () => {
    const units = Array.from({ length: 25 }, (_, i) => unitLine(i + 1));
    const m = model(actor('UCONTACT01', 'unit_contact'), { todos: todos(2, [['report_rectified']]), units: units.slice(0, 10), unitsTotal: 25, office: office(1) });
    const view = render(i18n, m);
    expect(viewViolations(view as never)).toEqual([]);
    const text = json(view.blocks);
    expect(text).toContain(zh ? '我联系的单位：25 家' : 'My units: 25');
    expect(text).toContain(zh ? '🔴 红色（每周一查）' : '🔴 red (inspected weekly)');
    expect(text).toContain(zh ? '未销号隐患 1 · 逾期 1' : '1 open hazard · 1 overdue');
    expect(text).toContain(zh ? '另有 15 家未列出' : '15 more not listed');
    expect(text).toContain('`/unit');
    expect(buttons(view.blocks).filter((b) => b.action_id === 'hazard_act_report_rectified')).toHaveLength(2);
  });

  it('for a person without a role: a useful Home — report a hazard, where their reports are — and no office figures', () => {
    const view = render(i18n, model(actor('UNOBODY001')));
    expect(viewViolations(view as never)).toEqual([]);
    const text = json(view.blocks);
    expect(text).toContain(zh ? '你还没有角色' : 'You have no role yet');
    expect(text).toContain('`/hazard list mine`');
    expect(text).toContain(zh ? '没有等你处理的隐患' : 'No hazard is waiting for you');
    expect(text).not.toContain(zh ? '全局概况' : 'The office');
    expect(buttons(view.blocks).map((b) => b.action_id)).toEqual(['hazard_register_open', 'set_language_zh', 'set_language_en']);
  });

  it('shows a line without a button when the person is told but may not press (an admin holding work nobody else holds)', () => {
    const m = model(actor('UADMIN0001', 'admin'), { todos: todos(1, [['issue_order']], false), office: { ...office(0), year: { year: 2026, found: 0, closed: 0, rate: null } } });
    const view = render(i18n, m);
    expect(buttons(view.blocks).some((b) => b.action_id.startsWith('hazard_act_'))).toBe(false);
    expect(json(view.blocks)).toContain(zh ? '2026 年整改率 —' : '2026 closure rate —');
  });

  it('stays within limits with every section full at once (an admin who is also an inspector and a unit contact)', () => {
    const a = actor('UADMIN0001', 'admin', 'inspector', 'unit_contact');
    const m = model(a, {
      todos: todos(500, [['confirm', 'dismiss'], ['reinspect'], ['authority_sign'], ['decide_extension'], ['issue_order']]),
      inspections: { items: Array.from({ length: 10 }, (_, i) => ({ inspection: inspection(i + 1), unit: { id: i + 1, name: long('单位', 100), tier: 'yellow' } })), total: 300 },
      units: Array.from({ length: 10 }, (_, i) => unitLine(i)), unitsTotal: 80, office: office(99),
    });
    const view = render(i18n, m);
    expect(viewViolations(view as never)).toEqual([]);
    expect(view.blocks.length).toBeLessThanOrEqual(70);
  });
});
