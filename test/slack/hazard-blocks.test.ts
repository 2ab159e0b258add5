import { describe, expect, it } from 'vitest';
import type { KnownBlock } from '@slack/types';
import { HAZARD_ACTIONS, type HazardAction } from '../../src/domain/hazard/hazard-actions.js';
import type { Hazard, HazardStatus } from '../../src/domain/hazard/hazard.js';
import type { AcceptanceApplication, ExpertAssignment, ExtensionRequest, HazardFile, Listing, PlanRecord, Rectification, RectificationOrder, Referral } from '../../src/domain/hazard/records.js';
import type { TimelineEntry } from '../../src/domain/hazard/timeline.js';
import type { Unit } from '../../src/domain/unit/unit.js';
import type { AuditRow } from '../../src/domain/audit.model.js';
import { CATALOGS, createI18n } from '../../src/i18n/index.js';
import type { HazardDossier } from '../../src/domain/hazard/dossier.js';
import type { HazardView } from '../../src/domain/hazard/hazard-view.model.js';
import { hazardClocks, type ClockRules } from '../../src/domain/hazard/clocks.js';
import { WEEKDAYS_ONLY } from '../../src/domain/work-calendar.js';
import { hazardCardBlocks } from '../../src/slack/blocks/hazard-card.blocks.js';
import { hazardHistoryBlocks, hazardListBlocks } from '../../src/slack/blocks/hazard-list.blocks.js';
import { hazardActionModal, hazardRegisterModal } from '../../src/slack/blocks/hazard-modals.js';
import { timelineText } from '../../src/slack/blocks/hazard-timeline.js';
import { hazardTodoBlocks } from '../../src/slack/blocks/hazard-todo.blocks.js';
import { ACTION_FIELDS, actionInitials } from '../../src/slack/forms/hazard-action.form.js';
import { decodeMetadata } from '../../src/slack/metadata.js';
import { blockKitViolations, viewViolations } from '../support/block-kit-limits.js';
import { PLAN } from '../support/hazards.js';

type AnyBlock = Record<string, any>;

const LOCALES = ['zh-CN', 'en'] as const;
const TODAY = '2026-12-01';
const RESPONSE_URL = 'https://hooks.slack.com/actions/T0001/123456/abcdef';

// ---------------------------------------------------------------------------------------------------------------
// Fixtures, written out by hand
// ---------------------------------------------------------------------------------------------------------------

function unit(overrides: Partial<Unit> = {}): Unit {
  return {
    id: 7, name: '平安化工有限公司', creditCode: '914403001922038216', industry: 'hazardous_chemicals', town: '城关镇', address: '解放路 1 号',
    contactName: '张三', contactPhone: '13812345678', majorHazardSource: true, licenceHolder: false, tier: 'yellow', override: null,
    createdAt: '2026-11-01T02:00:00.000Z', createdBy: 'UINSPECT01', updatedAt: '2026-11-01T02:00:00.000Z', ...overrides,
  };
}

function hazard(overrides: Partial<Hazard> = {}): Hazard {
  return {
    id: 42, number: 'YH-2026-0042', unitId: 7, title: '配电箱未接地', description: '二号车间配电箱外壳未接地，存在触电风险。', location: '二号车间',
    category: 'electrical', level: 'general', source: 'routine_inspection', inspectionId: null, foundDate: '2026-11-28', foundBy: 'UINSPECT01',
    reportedPublicly: false, responsiblePerson: '王经理', assignee: 'UINSPECT01', deadline: '2026-12-10', funding: null, status: 'open',
    statusSince: '2026-11-28T02:00:00.000Z', version: 1, referred: false, voidReason: null, closureKind: null, closureNote: null, closedAt: null, closedBy: null,
    createdAt: '2026-11-28T02:00:00.000Z', createdBy: 'UINSPECT01', updatedAt: '2026-11-28T02:00:00.000Z', updatedBy: 'UINSPECT01', ...overrides,
  };
}

type DossierOverrides = Partial<Omit<HazardDossier, 'hazard' | 'unit'>> & { hazard?: Partial<Hazard>; unit?: Partial<Unit> };

function dossier(o: DossierOverrides = {}): HazardDossier {
  const { hazard: h, unit: u, ...records } = o;
  return {
    hazard: hazard(h), unit: unit(u), unitContacts: ['UCONTACT01'], orders: [], listing: null, experts: [], plan: null, rectifications: [],
    acceptances: [], extensions: [], referral: null, files: [], ...records,
  };
}

const RULES: ClockRules = { reviewPeriod: 10, reinspectionPeriodDays: 3, workCalendar: WEEKDAYS_ONLY };
const view = (d: HazardDossier, actions: readonly HazardAction[], today = TODAY, rules = RULES): HazardView => ({ dossier: d, actions, today, clocks: hazardClocks(d, today, rules, 'Asia/Shanghai') });

const ORDER: RectificationOrder = { id: 1, number: 'ZG-2026-0012', measures: '重新接地并检测 <R≤4Ω>', deadline: '2026-11-28', issuedBy: 'UINSPECT01', issuedAt: '2026-11-28T03:00:00.000Z' };
const LISTING: Listing = { leader: 'ULEADER01', level: 'city', documentNumber: '安监督〔2026〕12号', listedDate: '2026-11-29', listedBy: 'ULEADER01', listedAt: '2026-11-29T02:00:00.000Z' };
const expert = (userId: string, opinion: string | null): ExpertAssignment => ({ userId, assignedBy: 'UINSPECT01', assignedAt: '2026-11-29T03:00:00.000Z', opinion, opinionAt: opinion ? '2026-11-30T03:00:00.000Z' : null });
const PLAN_RECORD: PlanRecord = { ...PLAN, recordedBy: 'UINSPECT01', recordedAt: '2026-11-30T04:00:00.000Z' };
const REPORT: Rectification = {
  id: 1, reportedBy: 'UINSPECT01', onBehalf: true, evidence: '已重新接地 <R=2Ω> & 复测', reportedAt: '2026-11-30T05:00:00.000Z', result: null, reviewedBy: null, reviewNote: null, reviewedAt: null,
};
const APPLICATION: AcceptanceApplication = {
  id: 1, applicant: 'UCONTACT01', onBehalf: false, evaluatorKind: 'agency', evaluatorName: '某某评价公司', reportRef: 'PJ-2026-33', note: null,
  appliedAt: '2026-11-24T17:30:00.000Z', expert: null, authority: null,
};
const EXPERT_SIGNATURE = { by: 'UEXPERT01', passed: true, opinion: '符合要求', at: '2026-11-27T03:00:00.000Z' };
const AUTHORITY_SIGNATURE = { by: 'ULEADER01', passed: true, opinion: '同意销号', at: '2026-11-30T08:15:00.000Z' };
const EXTENSION: ExtensionRequest = {
  id: 1, requestedBy: 'UCONTACT01', fromDeadline: '2026-12-10', toDeadline: '2026-12-20', reason: '材料未到 <急>', requestedAt: '2026-11-30T02:00:00.000Z',
  status: 'pending', decidedBy: null, decisionNote: null, decidedAt: null,
};
const REFERRAL: Referral = { departments: '市场监管、消防', measures: '联合查封', referredBy: 'ULEADER01', referredAt: '2026-11-30T02:00:00.000Z' };

/** A major hazard with everything recorded for the path so far (listing, two opinions, a plan). */
const MAJOR_READY: DossierOverrides = { listing: LISTING, experts: [expert('UEXPERT01', '建议更换阀门'), expert('UEXPERT02', '同意')], plan: PLAN_RECORD };

// ---------------------------------------------------------------------------------------------------------------
// Reading blocks
// ---------------------------------------------------------------------------------------------------------------

/** Every `text` string in the blocks (mrkdwn and plain_text alike), in order. */
function texts(v: unknown): string[] {
  const out: string[] = [];
  const walk = (x: unknown) => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object') for (const [k, val] of Object.entries(x)) (k === 'text' && typeof val === 'string' ? out.push(val) : walk(val));
  };
  walk(v);
  return out;
}
/** Only the mrkdwn texts (where user text must be escaped). */
function mrkdwnTexts(v: unknown): string[] {
  const out: string[] = [];
  const walk = (x: unknown) => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object') {
      const o = x as AnyBlock;
      if (o.type === 'mrkdwn' && typeof o.text === 'string') out.push(o.text);
      else Object.values(o).forEach(walk);
    }
  };
  walk(v);
  return out;
}
const allText = (v: unknown) => texts(v).join('\n');
const buttonsOf = (blocks: readonly KnownBlock[]): AnyBlock[] => (blocks as readonly AnyBlock[]).filter((b) => b.type === 'actions').flatMap((b) => b.elements as AnyBlock[]);
const fieldTexts = (blocks: readonly KnownBlock[]): string[] => (blocks as readonly AnyBlock[]).flatMap((b) => (b.fields ?? []).map((f: { text: string }) => f.text));
const inputs = (v: { blocks: unknown[] }): AnyBlock[] => (v.blocks as AnyBlock[]).filter((b) => b.type === 'input');
const inputById = (v: { blocks: unknown[] }, id: string): AnyBlock => {
  const b = inputs(v).find((x) => x.block_id === id);
  if (!b) throw new Error(`no input ${id}`);
  return b;
};

const PRIMARY_ACTIONS: readonly HazardAction[] = ['confirm', 'issue_order', 'report_rectified', 'reinspect', 'apply_acceptance', 'expert_sign', 'authority_sign'];

// ---------------------------------------------------------------------------------------------------------------
// The card
// ---------------------------------------------------------------------------------------------------------------

interface CardCase {
  readonly name: string;
  readonly d: DossierOverrides;
  readonly actions: readonly HazardAction[];
  readonly status: HazardStatus;
  readonly zh: readonly string[];
  readonly en: readonly string[];
  /** Texts that must not appear (either language). */
  readonly absent?: readonly string[];
}

const CARDS: readonly CardCase[] = [
  {
    name: 'reported (a public report, no deadline or assignee yet)',
    d: { hazard: { status: 'reported', reportedPublicly: true, source: 'public_report', assignee: null, deadline: null, foundBy: 'UPUBLIC01' } },
    actions: ['confirm', 'dismiss', 'void'],
    status: 'reported',
    zh: ['*状态*\n待确认', '*整改期限*\n未定', '*负责检查员*\n无', '*督办领导*\n无', '2026年11月28日 星期六 由 <@UPUBLIC01> 发现 · 群众举报 · 单位责任人：王经理', '*类别 · 来源*\n电气 · 举报'],
    en: ['*Status*\nreported', '*Deadline*\nnot set', '*Assigned inspector*\nnone', 'Found Sat 28 Nov 2026 by <@UPUBLIC01> · public report · responsible: 王经理', '*Category · source*\nElectrical · Public report'],
    absent: ['ZG-', '✅', '⬜', '🚩', '⏳'],
  },
  {
    name: 'open general hazard, 9 days left',
    d: {},
    actions: ['issue_order', 'close_on_spot', 'request_extension', 'refer_joint', 'void'],
    status: 'open',
    zh: ['*状态*\n未整改', '*等级*\n⚠️ 一般隐患', '*整改期限*\n2026年12月10日 星期四（还剩 9 天）', '*负责检查员*\n<@UINSPECT01>', '*单位*\n平安化工有限公司\n🟡 黄色（半月一查）', '*部位*\n二号车间'],
    en: ['*Status*\nopen', '*Level*\n⚠️ general hazard', '*Deadline*\nThu 10 Dec 2026 (9 days left)', '*Unit*\n平安化工有限公司\n🟡 yellow (inspected every half month)'],
    absent: ['ZG-', '✅', '⬜'],
  },
  {
    name: 'open major hazard: listed, one of two opinions, no plan',
    d: { hazard: { level: 'major' }, listing: LISTING, experts: [expert('UEXPERT01', '建议更换阀门'), expert('UEXPERT02', null)] },
    actions: ['assign_experts', 'record_opinion', 'record_plan', 'request_extension', 'refer_joint', 'void'],
    status: 'open',
    zh: ['*状态*\n未整改', '*等级*\n🚨 重大隐患', '*督办领导*\n<@ULEADER01>', '✅ 挂牌督办：市级，安监督〔2026〕12号　⬜ 专家会诊 1/2　⬜ 治理方案'],
    en: ['*Level*\n🚨 major hazard', '*Supervising leader*\n<@ULEADER01>', '✅ listed (city), 安监督〔2026〕12号　⬜ consultation 1/2　⬜ plan'],
  },
  {
    name: 'rectifying with an order, 3 days overdue',
    d: { hazard: { status: 'rectifying', deadline: '2026-11-28' }, orders: [ORDER] },
    actions: ['report_rectified', 'request_extension', 'refer_joint', 'void'],
    status: 'rectifying',
    zh: ['*状态*\n整改中', '*整改期限*\n2026年11月28日 星期六（⏰ 已逾期 3 天）', '*整改指令 ZG-2026-0012*（期限 2026年11月28日 星期六）\n重新接地并检测 &lt;R≤4Ω&gt;'],
    en: ['*Status*\nrectifying', '*Deadline*\nSat 28 Nov 2026 (⏰ 3 days overdue)', '*Rectification order ZG-2026-0012* (deadline Sat 28 Nov 2026)\n重新接地并检测 &lt;R≤4Ω&gt;'],
  },
  {
    name: 'awaiting verification, reported by an inspector on the unit’s behalf, due today',
    d: { hazard: { status: 'awaiting_verification', deadline: '2026-12-01' }, orders: [{ ...ORDER, deadline: '2026-12-01' }], rectifications: [REPORT] },
    actions: ['reinspect', 'refer_joint', 'void'],
    status: 'awaiting_verification',
    zh: ['*状态*\n待复查', '*整改期限*\n2026年12月1日 星期二（今天到期）', '*整改报告*（<@UINSPECT01> 代单位报告）\n已重新接地 &lt;R=2Ω&gt; &amp; 复测', '*整改指令 ZG-2026-0012*（期限 2026年12月1日 星期二）'],
    en: ['*Status*\nawaiting re-inspection', '*Deadline*\nTue 1 Dec 2026 (due today)', '*Rectification report* (<@UINSPECT01> for the unit)\n已重新接地 &lt;R=2Ω&gt; &amp; 复测'],
  },
  {
    name: 'awaiting acceptance with the unit’s application',
    d: { ...MAJOR_READY, hazard: { level: 'major', status: 'awaiting_acceptance' }, acceptances: [APPLICATION] },
    actions: ['assign_experts', 'expert_sign', 'refer_joint', 'void'],
    status: 'awaiting_acceptance',
    zh: [
      '*状态*\n待验收',
      '✅ 挂牌督办：市级，安监督〔2026〕12号　✅ 专家会诊 2/2　✅ 治理方案',
      '*销号签字*\n单位申请：<@UCONTACT01> 2026年11月25日 星期三 01:30；评估：安全评价机构 某某评价公司，报告 PJ-2026-33\n验收专家：待签\n主管部门：待签',
      '主管部门审查：第 6 天（共 10 天',
    ],
    en: [
      '*Status*\nawaiting acceptance',
      '*Closure signatures*\nUnit application: <@UCONTACT01> Wed 25 Nov 2026, 01:30; evaluated by a safety assessment agency 某某评价公司, report PJ-2026-33\nAcceptance expert: not yet signed\nAuthority: not yet signed',
      'Authority review: day 6 of 10',
    ],
  },
  {
    name: 'accepted by the expert',
    d: { ...MAJOR_READY, hazard: { level: 'major', status: 'expert_accepted' }, acceptances: [{ ...APPLICATION, expert: EXPERT_SIGNATURE }] },
    actions: ['authority_sign', 'refer_joint', 'void'],
    status: 'expert_accepted',
    zh: ['*状态*\n专家已验收', '验收专家：<@UEXPERT01> 2026年11月27日 星期五 11:00 通过 — 符合要求\n主管部门：待签', '主管部门审查：第 6 天（共 10 天'],
    en: ['*Status*\naccepted by expert', 'Acceptance expert: <@UEXPERT01> Fri 27 Nov 2026, 11:00 pass — 符合要求\nAuthority: not yet signed', 'Authority review: day 6 of 10'],
  },
  {
    name: 'closed by re-inspection (past deadline, shown as a plain date)',
    d: {
      hazard: { status: 'closed', deadline: '2026-11-28', closureKind: 'reinspection', closedBy: 'UINSPECT01', closedAt: '2026-12-01T06:30:00.000Z', updatedAt: '2026-12-01T06:30:00.000Z' },
      orders: [ORDER], rectifications: [{ ...REPORT, result: 'pass', reviewedBy: 'UINSPECT01', reviewedAt: '2026-12-01T06:30:00.000Z' }],
    },
    actions: [],
    status: 'closed',
    zh: ['*状态*\n已销号', '*整改期限*\n2026年11月28日 星期六', '✅ 已销号：<@UINSPECT01>，2026年12月1日 星期二 14:30（复查合格）'],
    en: ['*Status*\nclosed', '*Deadline*\nSat 28 Nov 2026', '✅ Closed: <@UINSPECT01>, Tue 1 Dec 2026, 14:30 (passed re-inspection)'],
    absent: ['逾期', 'overdue', '整改报告', 'Rectification report'],
  },
  {
    name: 'closed by acceptance, with the three signatures',
    d: {
      ...MAJOR_READY,
      hazard: { level: 'major', status: 'closed', closureKind: 'acceptance', closedBy: 'ULEADER01', closedAt: AUTHORITY_SIGNATURE.at, updatedAt: AUTHORITY_SIGNATURE.at },
      acceptances: [{ ...APPLICATION, expert: EXPERT_SIGNATURE, authority: AUTHORITY_SIGNATURE }],
    },
    actions: [],
    status: 'closed',
    zh: [
      '*状态*\n已销号',
      '*销号签字*\n单位申请：<@UCONTACT01> 2026年11月25日 星期三 01:30；评估：安全评价机构 某某评价公司，报告 PJ-2026-33\n验收专家：<@UEXPERT01> 2026年11月27日 星期五 11:00 通过 — 符合要求\n主管部门：<@ULEADER01> 2026年11月30日 星期一 16:15 通过 — 同意销号',
    ],
    en: [
      '*Status*\nclosed',
      '*Closure signatures*\nUnit application: <@UCONTACT01> Wed 25 Nov 2026, 01:30; evaluated by a safety assessment agency 某某评价公司, report PJ-2026-33\nAcceptance expert: <@UEXPERT01> Fri 27 Nov 2026, 11:00 pass — 符合要求\nAuthority: <@ULEADER01> Mon 30 Nov 2026, 16:15 pass — 同意销号',
    ],
    absent: ['主管部门审查', 'Authority review', '待签', 'not yet signed'],
  },
  {
    name: 'void, with the reason',
    d: { hazard: { status: 'void', voidReason: '重复登记 <dup>', updatedBy: 'ULEADER01', updatedAt: '2026-12-01T06:30:00.000Z' } },
    actions: [],
    status: 'void',
    zh: ['*状态*\n已作废', '*整改期限*\n2026年12月10日 星期四', '🚫 已作废：<@ULEADER01>，2026年12月1日 星期二 14:30。理由：重复登记 &lt;dup&gt;'],
    en: ['*Status*\nvoid', '🚫 Void: <@ULEADER01>, Tue 1 Dec 2026, 14:30. Reason: 重复登记 &lt;dup&gt;'],
    absent: ['还剩', 'days left'],
  },
];

describe.each(LOCALES)('hazardCardBlocks in %s', (locale) => {
  const i18n = createI18n(locale, 'Asia/Shanghai');
  const L = <T>(zh: T, en: T): T => (locale === 'zh-CN' ? zh : en);

  describe.each(CARDS.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const d = dossier(c.d);
    const blocks = hazardCardBlocks(i18n, view(d, c.actions));
    const all = [...texts(blocks), ...fieldTexts(blocks)].join('\n');

    it('stays within message limits', () => {
      expect(blockKitViolations(blocks, 'message')).toEqual([]);
    });

    it('shows the state, the deadline and what the state is about', () => {
      for (const expected of L(c.zh, c.en)) expect(all).toContain(expected);
      for (const unexpected of c.absent ?? []) expect(all).not.toContain(unexpected);
    });

    it('starts with a plain-text header: level emoji, number and title', () => {
      expect(blocks[0]).toMatchObject({ type: 'header', text: { type: 'plain_text', text: `${d.hazard.level === 'major' ? '🚨' : '⚠️'} YH-2026-0042 配电箱未接地` } });
    });

    it('has a button for each of the view’s actions, in order, carrying the id and the state seen', () => {
      const buttons = buttonsOf(blocks);
      expect(buttons.map((b) => b.action_id)).toEqual(c.actions.map((a) => `hazard_act_${a}`));
      for (const b of buttons) expect(b.value).toBe(`42:${c.status}`);
      for (const [i, b] of buttons.entries()) {
        const a = c.actions[i]!;
        expect(b.style).toBe(PRIMARY_ACTIONS.includes(a) ? 'primary' : a === 'void' ? 'danger' : undefined);
      }
      if (c.actions.length === 0) expect((blocks as AnyBlock[]).some((b) => b.type === 'actions')).toBe(false);
    });
  });

  it('labels each state in the reader’s language', () => {
    const labels: Record<HazardStatus, string> = L(
      { reported: '待确认', open: '未整改', rectifying: '整改中', awaiting_verification: '待复查', awaiting_acceptance: '待验收', expert_accepted: '专家已验收', closed: '已销号', void: '已作废' },
      { reported: 'reported', open: 'open', rectifying: 'rectifying', awaiting_verification: 'awaiting re-inspection', awaiting_acceptance: 'awaiting acceptance', expert_accepted: 'accepted by expert', closed: 'closed', void: 'void' },
    );
    for (const [status, label] of Object.entries(labels)) {
      const blocks = hazardCardBlocks(i18n, view(dossier({ hazard: { status: status as HazardStatus } }), []));
      expect(fieldTexts(blocks)[0]).toBe(`${L('*状态*', '*Status*')}\n${label}`);
    }
  });

  it('shows where each step of the major path stands', () => {
    const progress = (o: DossierOverrides) => {
      const blocks = hazardCardBlocks(i18n, view(dossier({ ...o, hazard: { level: 'major', ...o.hazard } }), []));
      return allText(blocks);
    };
    expect(progress({})).toContain(L('⬜ 挂牌督办　⬜ 专家会诊（未指派专家）　⬜ 治理方案', '⬜ listing　⬜ consultation (no experts yet)　⬜ plan'));
    expect(progress({ experts: [expert('UEXPERT01', null)], plan: PLAN_RECORD })).toContain(L('⬜ 挂牌督办　⬜ 专家会诊 0/1　✅ 治理方案', '⬜ listing　⬜ consultation 0/1　✅ plan'));
    expect(progress(MAJOR_READY)).toContain(L('✅ 挂牌督办：市级，安监督〔2026〕12号　✅ 专家会诊 2/2　✅ 治理方案', '✅ listed (city), 安监督〔2026〕12号　✅ consultation 2/2　✅ plan'));
    // A report not yet confirmed has no path yet; a general hazard never has one.
    expect(progress({ hazard: { status: 'reported' } })).not.toMatch(/[✅⬜]/u);
    expect(allText(hazardCardBlocks(i18n, view(dossier({ listing: LISTING }), [])))).not.toMatch(/[✅⬜]/u);
  });

  it('shows the referral (🚩) and a pending extension request', () => {
    const d = dossier({ hazard: { status: 'rectifying', referred: true }, referral: REFERRAL, extensions: [EXTENSION] });
    const blocks = hazardCardBlocks(i18n, view(d, ['decide_extension', 'void']));
    expect(blockKitViolations(blocks, 'message')).toEqual([]);
    expect(fieldTexts(blocks)[0]).toBe(L('*状态*\n整改中 · 🚩 已移交联合执法', '*Status*\nrectifying · 🚩 referred to joint enforcement'));
    const all = allText(blocks);
    expect(all).toContain(L('🚩 *已移交联合执法*：市场监管、消防\n措施：联合查封', '🚩 *Referred to joint enforcement*: 市场监管、消防\nMeasures: 联合查封'));
    expect(all).toContain(L('⏳ *延期申请*：至 2026年12月20日 星期日（<@UCONTACT01>）\n理由：材料未到 &lt;急&gt;', '⏳ *Extension requested*: to Sun 20 Dec 2026 (<@UCONTACT01>)\nReason: 材料未到 &lt;急&gt;'));
    expect(buttonsOf(blocks).map((b) => b.action_id)).toEqual(['hazard_act_decide_extension', 'hazard_act_void']);
  });

  it('does not show an extension that was already decided', () => {
    const decided: ExtensionRequest = { ...EXTENSION, status: 'approved', decidedBy: 'ULEADER01', decisionNote: '', decidedAt: '2026-11-30T09:00:00.000Z' };
    const all = allText(hazardCardBlocks(i18n, view(dossier({ hazard: { status: 'rectifying' }, extensions: [decided] }), [])));
    expect(all).not.toContain('⏳');
  });

  it('names how a hazard was closed on the spot', () => {
    const d = dossier({ hazard: { status: 'closed', closureKind: 'on_spot', closedBy: 'UINSPECT01', closedAt: '2026-12-01T06:30:00.000Z' } });
    expect(allText(hazardCardBlocks(i18n, view(d, [])))).toContain(L('✅ 已销号：<@UINSPECT01>，2026年12月1日 星期二 14:30（当场整改）', '✅ Closed: <@UINSPECT01>, Tue 1 Dec 2026, 14:30 (fixed on the spot)'));
  });

  it('shows funding and photos', () => {
    const files: HazardFile[] = [
      { stage: 'found', fileId: 'F01', name: 'before <1>.jpg', permalink: 'https://anjian.slack.com/files/UINSPECT01/F01/before.jpg', addedBy: 'UINSPECT01', addedAt: '2026-11-28T02:00:00.000Z' },
      { stage: 'rectified', fileId: 'F02', name: 'after.jpg', permalink: null, addedBy: 'UINSPECT01', addedAt: '2026-11-30T02:00:00.000Z' },
    ];
    const all = allText(hazardCardBlocks(i18n, view(dossier({ hazard: { funding: 12345.5 }, files }), [])));
    expect(all).toContain(L('整改资金 12,345.5 元', 'funding ¥12,345.5'));
    expect(all).toContain('📷 <https://anjian.slack.com/files/UINSPECT01/F01/before.jpg|before &lt;1&gt;.jpg> · after.jpg');
  });

  it('escapes user text in mrkdwn but not in the plain-text header', () => {
    const d = dossier({
      hazard: { title: 'A<B>&C', description: '<b>危险</b> & <!channel>', location: '<车间>', responsiblePerson: '王<经理>' },
      unit: { name: '平安 <化工> & 公司' },
    });
    const blocks = hazardCardBlocks(i18n, view(d, ['issue_order']));
    expect(blocks[0]).toMatchObject({ type: 'header', text: { type: 'plain_text', text: '⚠️ YH-2026-0042 A<B>&C' } });
    const mrkdwn = mrkdwnTexts(blocks).join('\n');
    expect(mrkdwn).toContain('&lt;b&gt;危险&lt;/b&gt; &amp; &lt;!channel&gt;');
    expect(mrkdwn).toContain(`${L('*单位*', '*Unit*')}\n平安 &lt;化工&gt; &amp; 公司`);
    expect(mrkdwn).toContain(`${L('*部位*', '*Location*')}\n&lt;车间&gt;`);
    expect(mrkdwn).toContain('王&lt;经理&gt;');
    for (const raw of ['<b>', '<!channel>', '<化工>', '<车间>', '<经理>', 'A<B>']) expect(mrkdwn).not.toContain(raw);
  });

  it('stays within limits with the longest texts, every record and twelve photos', () => {
    const long = (n: number, c = '<') => c.repeat(n);
    const files: HazardFile[] = Array.from({ length: 12 }, (_, i) => ({
      stage: i < 6 ? 'found' : 'rectified', fileId: `F0000${i}`, name: `${'照片'.repeat(100)}${i}.jpg`,
      permalink: `https://anjian.slack.com/files/UINSPECT01/F0000000${i}/${'photo_'.repeat(15)}${i}.jpg`, addedBy: 'UINSPECT01', addedAt: '2026-11-28T02:00:00.000Z',
    }));
    const d = dossier({
      hazard: {
        level: 'major', status: 'awaiting_acceptance', title: '题'.repeat(100), description: long(2000), location: long(100), responsiblePerson: long(50),
        referred: true, funding: 9_999_999_999.99, reportedPublicly: true,
      },
      unit: { name: long(100) },
      orders: [{ ...ORDER, measures: long(2000) }],
      listing: { ...LISTING, documentNumber: long(100) },
      experts: Array.from({ length: 10 }, (_, i) => expert(`UEXPERT0${i}`, long(2000))),
      plan: PLAN_RECORD,
      rectifications: [{ ...REPORT, evidence: long(2000) }],
      acceptances: [{ ...APPLICATION, evaluatorName: long(100), reportRef: long(100), note: long(2000), expert: { ...EXPERT_SIGNATURE, opinion: long(2000) }, authority: { ...AUTHORITY_SIGNATURE, opinion: long(2000) } }],
      extensions: [{ ...EXTENSION, reason: long(2000) }],
      referral: { ...REFERRAL, departments: long(500), measures: long(2000) },
      files,
    });
    const blocks = hazardCardBlocks(i18n, view(d, HAZARD_ACTIONS));
    expect(blockKitViolations(blocks, 'message')).toEqual([]);
    expect(buttonsOf(blocks)).toHaveLength(17);
  });
});

describe('hazardCardBlocks: the authority’s 10-day review', () => {
  const zh = createI18n('zh-CN', 'Asia/Shanghai');
  const reviewLine = (today: string, appliedAt = APPLICATION.appliedAt) => {
    const d = dossier({ ...MAJOR_READY, hazard: { level: 'major', status: 'awaiting_acceptance' }, acceptances: [{ ...APPLICATION, appliedAt }] });
    return texts(hazardCardBlocks(zh, view(d, [], today))).find((t) => t.includes('主管部门审查'));
  };

  it('counts the days from the application date in the office’s time zone', () => {
    // Applied 2026-11-24T17:30Z = 25 Nov 01:30 in Shanghai. The day of receipt is not counted (期间开始的当日不计入):
    // 26 Nov is day 1, 1 Dec is day 6; the application day itself shows as day 1.
    expect(reviewLine('2026-11-25')).toMatch(/^主管部门审查：第 1 天（共 10 天，至 /);
    expect(reviewLine('2026-11-26')).toMatch(/^主管部门审查：第 1 天（共 10 天，至 /);
    expect(reviewLine('2026-12-01')).toMatch(/^主管部门审查：第 6 天（共 10 天，至 /);
  });

  it('names a last day that agrees with the day count', () => {
    // The day count and the last day must agree: on 5 Dec it must not say "day 11 of 10, until 5 Dec (today)".
    expect(['主管部门审查：第 10 天（共 10 天，至 2026年12月5日 星期六）', '主管部门审查：第 11 天（共 10 天，至 2026年12月4日 星期五）']).toContain(reviewLine('2026-12-05'));
  });

  it('is late only from the day after the last legal day (day 11 of 10)', () => {
    expect(reviewLine('2026-12-05')).toBe('主管部门审查：第 10 天（共 10 天，至 2026年12月5日 星期六）');
    expect(reviewLine('2026-12-06')).toBe('🚨 主管部门审查已超期 1 天（10 天审查期限至 2026年12月5日 星期六）');
    expect(reviewLine('2026-12-08')).toMatch(/^🚨 主管部门审查已超期 3 天/);
  });

  it('uses the configured review period, not a constant', () => {
    const d = dossier({ ...MAJOR_READY, hazard: { level: 'major', status: 'awaiting_acceptance' }, acceptances: [APPLICATION] });
    const line = (today: string) => texts(hazardCardBlocks(zh, view(d, [], today, { ...RULES, reviewPeriod: 7 }))).find((t) => t.includes('主管部门审查'));
    expect(line('2026-12-02')).toBe('主管部门审查：第 7 天（共 7 天，至 2026年12月2日 星期三）');
    expect(line('2026-12-03')).toBe('🚨 主管部门审查已超期 1 天（7 天审查期限至 2026年12月2日 星期三）');
  });
});

describe('hazardTodoBlocks after a failed re-inspection', () => {
  const failed = dossier({ hazard: { status: 'rectifying', deadline: '2026-12-15' }, orders: [ORDER], rectifications: [{ ...REPORT, result: 'fail', reviewedBy: 'UINSPECT01', reviewNote: '接地电阻仍超标 <5Ω>', reviewedAt: '2026-12-01T06:30:00.000Z' }] });

  it.each([
    ['zh-CN', '复查不合格：接地电阻仍超标 &lt;5Ω&gt;\n请您于 2026年12月15日 星期二 前重新整改完毕并报告。'],
    ['en', 'The re-inspection failed: 接地电阻仍超标 &lt;5Ω&gt;\nPlease rectify it again by Tue 15 Dec 2026 and report it.'],
  ] as const)('tells the unit why and the new deadline (%s)', (locale, line) => {
    const { blocks } = hazardTodoBlocks(createI18n(locale, 'Asia/Shanghai'), view(failed, ['report_rectified']), ['report_rectified']);
    expect(texts(blocks)).toContain(line);
  });

  it('says nothing of it once the unit has reported again', () => {
    const again = dossier({ hazard: { status: 'rectifying', deadline: '2026-12-15' }, rectifications: [{ ...REPORT, result: 'fail', reviewNote: 'x', reviewedAt: '2026-12-01T06:30:00.000Z' }, { ...REPORT, id: 2 }] });
    const { blocks } = hazardTodoBlocks(createI18n('zh-CN', 'Asia/Shanghai'), view(again, ['report_rectified']), ['report_rectified']);
    expect(texts(blocks).some((t) => t.startsWith('复查不合格'))).toBe(false);
  });
});

describe('hazardCardBlocks: the re-inspection period', () => {
  // The unit reported on Mon 30 Nov (13:00 in Shanghai); three working days: Tue, Wed, Thu → due Thu 3 Dec.
  const d = dossier({ hazard: { status: 'awaiting_verification' }, orders: [ORDER], rectifications: [REPORT] });
  const line = (locale: 'zh-CN' | 'en', today: string, rules = RULES) => texts(hazardCardBlocks(createI18n(locale, 'Asia/Shanghai'), view(d, [], today, rules))).find((t) => /复查|Re-inspect/.test(t) && /⏰|🚨/.test(t));

  it('shows the last day to re-inspect, in working days after the report', () => {
    expect(line('zh-CN', '2026-12-01')).toBe('⏰ 复查期限：2026年12月3日 星期四（单位报告整改后 3 个工作日内）');
    expect(line('en', '2026-12-03')).toBe('⏰ Re-inspect by Thu 3 Dec 2026 (3 working days after the unit’s report)');
  });

  it('says how late it is from the day after', () => {
    expect(line('zh-CN', '2026-12-04')).toBe('🚨 复查已逾期 1 天（期限 2026年12月3日 星期四）');
    expect(line('en', '2026-12-07')).toBe('🚨 Re-inspection 4 days overdue (due Thu 3 Dec 2026)');
  });

  it('skips weekends and configured holidays', () => {
    const rules = { ...RULES, workCalendar: { holidays: ['2026-12-02'], workdays: [] } };
    expect(line('zh-CN', '2026-12-01', rules)).toBe('⏰ 复查期限：2026年12月4日 星期五（单位报告整改后 3 个工作日内）');
    expect(line('zh-CN', '2026-12-01', { ...RULES, reinspectionPeriodDays: 5 })).toBe('⏰ 复查期限：2026年12月7日 星期一（单位报告整改后 5 个工作日内）');
  });

  it('is not shown once the hazard is no longer awaiting re-inspection', () => {
    const closed = dossier({ hazard: { status: 'rectifying' }, orders: [ORDER], rectifications: [{ ...REPORT, result: 'fail', reviewedBy: 'UINSPECT01', reviewedAt: '2026-12-01T06:30:00.000Z' }] });
    expect(texts(hazardCardBlocks(createI18n('zh-CN', 'Asia/Shanghai'), view(closed, [], '2026-12-10'))).some((t) => t.includes('复查期限') || t.includes('复查已逾期'))).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// DM to-dos
// ---------------------------------------------------------------------------------------------------------------

describe.each(LOCALES)('hazardTodoBlocks in %s', (locale) => {
  const i18n = createI18n(locale, 'Asia/Shanghai');
  const L = <T>(zh: T, en: T): T => (locale === 'zh-CN' ? zh : en);
  const d = dossier({ hazard: { status: 'rectifying' } });

  it('asks for the first asked action still open, with buttons only for asked actions still open', () => {
    const v = view(d, ['report_rectified', 'request_extension', 'refer_joint', 'void']);
    const { text, blocks } = hazardTodoBlocks(i18n, v, ['decide_extension', 'report_rectified', 'request_extension']);
    expect(blockKitViolations(blocks, 'message')).toEqual([]);
    const prompt = L('整改完成后，请报告整改情况。', 'When the work is done, please report it rectified.');
    expect(text).toBe(`YH-2026-0042 配电箱未接地: ${prompt}`);
    expect(allText(blocks)).toContain(`📋 ${prompt}\n⚠️ *YH-2026-0042* 配电箱未接地 · 平安化工有限公司`);
    expect(allText(blocks)).toContain(L('整改中 · 整改期限 2026年12月10日 星期四（还剩 9 天）', 'rectifying · Deadline Thu 10 Dec 2026 (9 days left)'));
    const buttons = buttonsOf(blocks);
    expect(buttons.map((b) => b.action_id)).toEqual(['hazard_act_report_rectified', 'hazard_act_request_extension']);
    expect(buttons.map((b) => b.value)).toEqual(['42:rectifying', '42:rectifying']);
    expect(buttons[0]!.style).toBe('primary');
  });

  it('says the matter was dealt with, without buttons, when nothing asked is open any more', () => {
    const { text, blocks } = hazardTodoBlocks(i18n, view(dossier({ hazard: { status: 'closed' } }), []), ['reinspect']);
    expect(text).toContain(L('这件事已经有人处理了', 'Someone has already dealt with this'));
    expect(allText(blocks)).toContain(L('这件事已经有人处理了', 'Someone has already dealt with this'));
    expect((blocks as AnyBlock[]).some((b) => b.type === 'actions')).toBe(false);
  });

  it('escapes the title in the headline and in the notification text (both are mrkdwn)', () => {
    const { text, blocks } = hazardTodoBlocks(i18n, view(dossier({ hazard: { title: 'A<B> & <!here>' }, unit: { name: 'X<Y>' } }), ['issue_order']), ['issue_order']);
    expect(allText(blocks)).toContain('⚠️ *YH-2026-0042* A&lt;B&gt; &amp; &lt;!here&gt; · X&lt;Y&gt;');
    expect(text).toBe(`YH-2026-0042 A&lt;B&gt; &amp; &lt;!here&gt;: ${L('请下达整改指令，或当场整改后销号。', 'Please issue a rectification order, or close it if fixed on the spot.')}`);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The timeline
// ---------------------------------------------------------------------------------------------------------------

const entry = (kind: TimelineEntry['kind'], actor: string, status: HazardStatus, details: TimelineEntry['details']): TimelineEntry => ({ kind, actor, status, details });

/** Every kind of entry, with what the services record, and the zh / en sentence expected. */
const TIMELINE: readonly (readonly [string, TimelineEntry, string, string])[] = [
  ['register (reported)', entry('register', 'UPUBLIC01', 'reported', { number: 'YH-2026-0042', level: 'general', unit: '平安化工', deadline: null }),
    '<@UPUBLIC01> 举报了这个隐患，等待检查员确认。', '<@UPUBLIC01> reported this hazard; it waits for an inspector to confirm it.'],
  ['register (open)', entry('register', 'UINSPECT01', 'open', { number: 'YH-2026-0042', level: 'major', unit: '平安化工', deadline: '2026-12-10' }),
    '<@UINSPECT01> 登记了这个隐患（重大隐患），整改期限 2026年12月10日 星期四。', '<@UINSPECT01> registered this hazard (major hazard), deadline Thu 10 Dec 2026.'],
  ['confirm', entry('confirm', 'UINSPECT01', 'open', { level: 'general', deadline: '2026-12-10', assignee: 'UINSPECT02', note: '' }),
    '<@UINSPECT01> 确认了隐患：一般隐患，整改期限 2026年12月10日 星期四，负责检查员 <@UINSPECT02>。', '<@UINSPECT01> confirmed the hazard: general hazard, deadline Thu 10 Dec 2026, assigned to <@UINSPECT02>.'],
  ['dismiss', entry('dismiss', 'UINSPECT01', 'void', { reason: '重复举报' }), '<@UINSPECT01> 驳回了举报：重复举报', '<@UINSPECT01> dismissed the report: 重复举报'],
  ['issue_order', entry('issue_order', 'U1', 'rectifying', { order: 'ZG-2026-0012', deadline: '2026-12-10', measures: '重新接地' }),
    '<@U1> 下达整改指令 ZG-2026-0012，期限 2026年12月10日 星期四。', '<@U1> issued order ZG-2026-0012, deadline Thu 10 Dec 2026.'],
  ['close_on_spot', entry('close_on_spot', 'U1', 'closed', { note: '已当场拧紧' }), '<@U1> 确认已当场整改，隐患销号：已当场拧紧', '<@U1> closed it as fixed on the spot: 已当场拧紧'],
  ['report_rectified', entry('report_rectified', 'UCONTACT01', 'awaiting_verification', { onBehalf: false, evidence: '已重新接地', photos: 2 }),
    '<@UCONTACT01> 报告已整改：已重新接地', '<@UCONTACT01> reported it rectified: 已重新接地'],
  ['report_rectified on behalf', entry('report_rectified', 'UINSPECT01', 'awaiting_verification', { onBehalf: true, evidence: '已重新接地', photos: 0 }),
    '<@UINSPECT01> 代单位报告已整改：已重新接地', '<@UINSPECT01> reported it rectified for the unit: 已重新接地'],
  ['reinspect pass', entry('reinspect', 'UINSPECT01', 'closed', { passed: true, note: '' }), '<@UINSPECT01> 复查合格，隐患销号。', '<@UINSPECT01> re-inspected: passed, closed.'],
  ['reinspect fail', entry('reinspect', 'UINSPECT01', 'rectifying', { passed: false, note: '接地电阻仍超标' }),
    '<@UINSPECT01> 复查不合格，退回整改：接地电阻仍超标', '<@UINSPECT01> re-inspected: failed, back to rectification: 接地电阻仍超标'],
  ['list_for_supervision', entry('list_for_supervision', 'ULEADER01', 'open', { leader: 'ULEADER02', level: 'city', documentNumber: '安监督〔2026〕12号', listedDate: '2026-11-29' }),
    '<@ULEADER01> 挂牌督办（市级，文号 安监督〔2026〕12号），督办领导 <@ULEADER02>。', '<@ULEADER01> listed it for supervision (city, 安监督〔2026〕12号); supervising leader <@ULEADER02>.'],
  ['assign_experts (two)', entry('assign_experts', 'UINSPECT01', 'open', { experts: 'UEXPERT01,UEXPERT02' }),
    '<@UINSPECT01> 指派会诊专家：<@UEXPERT01>、<@UEXPERT02>。', '<@UINSPECT01> assigned experts: <@UEXPERT01>, <@UEXPERT02>.'],
  ['record_opinion', entry('record_opinion', 'UEXPERT01', 'open', { opinion: '建议更换阀门' }), '<@UEXPERT01> 提交了会诊意见：建议更换阀门', '<@UEXPERT01> gave a consultation opinion: 建议更换阀门'],
  ['record_plan', entry('record_plan', 'UINSPECT01', 'open', { revised: false }), '<@UINSPECT01> 录入了治理方案（六项要素齐全）。', '<@UINSPECT01> recorded the remediation plan (all six elements).'],
  ['record_plan revised', entry('record_plan', 'UINSPECT01', 'open', { revised: true }), '<@UINSPECT01> 修订了治理方案。', '<@UINSPECT01> revised the remediation plan.'],
  ['start_rectification', entry('start_rectification', 'UINSPECT01', 'rectifying', { deadline: '2026-12-10' }),
    '挂牌督办、专家会诊、治理方案均已完成，转入整改。', 'Listing, expert consultation and plan are all in place: rectification starts.'],
  ['apply_acceptance (own experts)', entry('apply_acceptance', 'UCONTACT01', 'awaiting_acceptance', { onBehalf: false, evaluatorKind: 'own_experts', evaluatorName: '张工', reportRef: 'PG-01' }),
    '<@UCONTACT01> 申请销号。评估：本单位技术人员和专家 张工，报告 PG-01。主管部门在 10 日内审查。',
    '<@UCONTACT01> applied for acceptance. Evaluated by the unit’s own technicians and experts 张工, report PG-01. The authority reviews within 10 days.'],
  ['apply_acceptance (agency, on behalf)', entry('apply_acceptance', 'UINSPECT01', 'awaiting_acceptance', { onBehalf: true, evaluatorKind: 'agency', evaluatorName: '某某评价公司', reportRef: 'PJ-2026-33' }),
    '<@UINSPECT01> 代单位申请销号。评估：安全评价机构 某某评价公司，报告 PJ-2026-33。主管部门在 10 日内审查。',
    '<@UINSPECT01> applied for acceptance for the unit. Evaluated by a safety assessment agency 某某评价公司, report PJ-2026-33. The authority reviews within 10 days.'],
  ['expert_sign pass', entry('expert_sign', 'UEXPERT01', 'expert_accepted', { passed: true, opinion: '符合要求' }), '<@UEXPERT01> 专家验收通过：符合要求', '<@UEXPERT01> accepted it as expert: 符合要求'],
  ['expert_sign fail', entry('expert_sign', 'UEXPERT01', 'rectifying', { passed: false, opinion: '阀门仍泄漏' }),
    '<@UEXPERT01> 专家验收不通过，退回整改：阀门仍泄漏', '<@UEXPERT01> did not accept it as expert, back to rectification: 阀门仍泄漏'],
  ['authority_sign pass', entry('authority_sign', 'ULEADER01', 'closed', { passed: true, opinion: '同意销号' }),
    '<@ULEADER01> 代表主管部门审查通过，隐患销号：同意销号', '<@ULEADER01> signed for the authority: closed. 同意销号'],
  ['authority_sign fail', entry('authority_sign', 'ULEADER01', 'rectifying', { passed: false, opinion: '资料不全' }),
    '<@ULEADER01> 主管部门审查不通过，退回整改：资料不全', '<@ULEADER01> refused for the authority, back to rectification: 资料不全'],
  ['request_extension', entry('request_extension', 'UCONTACT01', 'rectifying', { from: '2026-12-10', to: '2026-12-20', reason: '材料未到' }),
    '<@UCONTACT01> 申请延期：2026年12月10日 星期四 → 2026年12月20日 星期日。理由：材料未到', '<@UCONTACT01> asked for an extension: Thu 10 Dec 2026 → Sun 20 Dec 2026. Reason: 材料未到'],
  ['decide_extension approved', entry('decide_extension', 'ULEADER01', 'rectifying', { approved: true, from: '2026-12-10', to: '2026-12-20', note: '' }),
    '<@ULEADER01> 批准延期，新期限 2026年12月20日 星期日。', '<@ULEADER01> approved the extension; new deadline Sun 20 Dec 2026.'],
  ['decide_extension denied', entry('decide_extension', 'ULEADER01', 'rectifying', { approved: false, from: '2026-12-10', to: '2026-12-20', note: '理由不充分' }),
    '<@ULEADER01> 不批准延期：理由不充分', '<@ULEADER01> denied the extension: 理由不充分'],
  ['refer_joint', entry('refer_joint', 'ULEADER01', 'rectifying', { departments: '市场监管、消防', measures: '联合查封' }),
    '<@ULEADER01> 移交联合执法：市场监管、消防。措施：联合查封', '<@ULEADER01> referred it to joint enforcement: 市场监管、消防. Measures: 联合查封'],
  ['void', entry('void', 'ULEADER01', 'void', { reason: '重复登记' }), '<@ULEADER01> 作废了此隐患：重复登记', '<@ULEADER01> voided this hazard: 重复登记'],
  ['tier_changed', entry('tier_changed', 'ULEADER01', 'open', { unit: '平安化工', from: 'yellow', to: 'red' }),
    '单位「平安化工」监管等级调整：🟡 黄色（半月一查） → 🔴 红色（每周一查）', 'Tier of “平安化工”: 🟡 yellow (inspected every half month) → 🔴 red (inspected weekly)'],
];

describe.each(LOCALES)('timelineText in %s', (locale) => {
  const i18n = createI18n(locale, 'Asia/Shanghai');

  it.each(TIMELINE)('%s', (_name, e, zh, en) => {
    const text = timelineText(i18n, e);
    expect(text).toBe(locale === 'zh-CN' ? zh : en);
    expect(text).not.toMatch(/\{\w+\}/);
  });

  it('covers every kind of entry', () => {
    const kinds = new Set(TIMELINE.map(([, e]) => e.kind));
    for (const k of [...HAZARD_ACTIONS, 'register', 'start_rectification', 'tier_changed'] as const) expect(kinds.has(k)).toBe(true);
  });

  it('never leaves a placeholder unfilled, even with details missing', () => {
    for (const [, e] of TIMELINE) expect(timelineText(i18n, { ...e, details: {} })).not.toMatch(/\{\w+\}/);
  });

  it('escapes user text and cuts each detail to 300 characters', () => {
    const long = 'Ж'.repeat(1000);
    const withLong = TIMELINE.map(([, e]) => ({ ...e, details: Object.fromEntries(Object.entries(e.details).map(([k, v]) => [k, typeof v === 'string' && !/^(\d{4}-\d{2}-\d{2}|U[A-Z0-9]+(,U[A-Z0-9]+)*|general|major|city|agency|own_experts|yellow|red)$/.test(v) ? long : v])) }));
    let cut = 0;
    for (const e of withLong) {
      const text = timelineText(i18n, e);
      expect(text).not.toMatch(/Ж{300}/u);
      if (text.includes(`${'Ж'.repeat(299)}…`)) cut++;
    }
    expect(cut).toBeGreaterThanOrEqual(14);
    expect(timelineText(i18n, entry('dismiss', 'U1', 'void', { reason: long }))).toBe(`${locale === 'zh-CN' ? '<@U1> 驳回了举报：' : '<@U1> dismissed the report: '}${'Ж'.repeat(299)}…`);
    expect(timelineText(i18n, entry('void', 'U1', 'void', { reason: '<!channel> & <http://x|y>' }))).toContain('&lt;!channel&gt; &amp; &lt;http://x|y&gt;');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Lists and history
// ---------------------------------------------------------------------------------------------------------------

describe.each(LOCALES)('hazardListBlocks and hazardHistoryBlocks in %s', (locale) => {
  const i18n = createI18n(locale, 'Asia/Shanghai');
  const L = <T>(zh: T, en: T): T => (locale === 'zh-CN' ? zh : en);
  const scope = L('逾期隐患', 'Overdue hazards');

  it('says when there are none', () => {
    const blocks = hazardListBlocks(i18n, scope, { items: [], total: 0, today: TODAY });
    expect(blocks).toEqual([{ type: 'section', text: { type: 'mrkdwn', text: L('逾期隐患：没有。', 'Overdue hazards: none.') } }]);
  });

  it('lists 20 of 57 with an Open button each and says how many more', () => {
    const items = Array.from({ length: 20 }, (_, i) => ({
      hazard: hazard({ id: 100 + i, number: `YH-2026-${String(100 + i).padStart(4, '0')}`, title: i === 0 ? '配电箱未接地' : `${'题'.repeat(99)}${i}`, deadline: i === 0 ? '2026-12-10' : '2026-11-28', status: i === 0 ? 'open' : 'rectifying' }),
      unit: unit(i === 0 ? {} : { name: `${'名'.repeat(99)}<` }),
    }));
    const blocks = hazardListBlocks(i18n, scope, { items, total: 57, today: TODAY }) as AnyBlock[];
    expect(blockKitViolations(blocks, 'message')).toEqual([]);
    expect(blocks).toHaveLength(22);
    expect(blocks[0]!.text.text).toBe(L('逾期隐患：共 57 条', 'Overdue hazards: 57'));
    const rows = blocks.slice(1, 21);
    expect(rows.every((b) => b.type === 'section')).toBe(true);
    expect(rows.map((b) => b.accessory.action_id)).toEqual(Array(20).fill('hazard_open'));
    expect(rows.map((b) => b.accessory.value)).toEqual(items.map((_, i) => String(100 + i)));
    expect(rows[0]!.accessory.text.text).toBe(L('查看', 'Open'));
    expect(rows[0]!.text.text).toBe(L('⚠️ *YH-2026-0100* 配电箱未接地 · 平安化工有限公司\n未整改 · 2026年12月10日 星期四（还剩 9 天）', '⚠️ *YH-2026-0100* 配电箱未接地 · 平安化工有限公司\nopen · Thu 10 Dec 2026 (9 days left)'));
    expect(rows[1]!.text.text).toContain(L('整改中 · 2026年11月28日 星期六（⏰ 已逾期 3 天）', 'rectifying · Sat 28 Nov 2026 (⏰ 3 days overdue)'));
    expect(rows[1]!.text.text).toContain('&lt;');
    expect(blocks[21]).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: L('另有 37 条未显示。', '37 more not shown.') }] });
  });

  it('has no "more" line when everything is shown', () => {
    const blocks = hazardListBlocks(i18n, scope, { items: [{ hazard: hazard(), unit: unit() }], total: 1, today: TODAY });
    expect(blocks.map((b) => b.type)).toEqual(['section', 'section']);
  });

  const row = (id: number, at: string, events: TimelineEntry[] | null): AuditRow => ({
    id, at, actor: 'ULEADER01', entity: 'hazard', entityId: '42', action: 'dismiss', before: null, after: events === null ? null : { events, status: 'void' },
  });

  it('tells the history oldest first, the last 40 lines when there are more', () => {
    const dismiss = (n: number) => entry('dismiss', 'ULEADER01', 'void', { reason: `第${n}条` });
    const audit = [
      row(1, '2026-11-28T02:00:00.000Z', null),
      { ...row(2, '2026-11-28T02:00:00.000Z', null), after: { status: 'open' } },
      ...Array.from({ length: 15 }, (_, r) => row(3 + r, '2026-12-01T06:30:00.000Z', [dismiss(3 * r + 1), dismiss(3 * r + 2), dismiss(3 * r + 3)])),
    ];
    const blocks = hazardHistoryBlocks(i18n, hazard(), audit) as AnyBlock[];
    expect(blockKitViolations(blocks, 'message')).toEqual([]);
    expect(blocks[0]).toMatchObject({ type: 'header', text: { type: 'plain_text', text: L('YH-2026-0042 处理记录', 'YH-2026-0042 history') } });
    expect(blocks[1]).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: L('更早的 5 条未显示。', '5 earlier entries not shown.') }] });
    expect(blocks.slice(2).every((b) => b.type === 'section')).toBe(true);
    const all = blocks.slice(2).map((b) => b.text.text).join('\n');
    const lines = all.split('\n');
    expect(lines).toHaveLength(40);
    expect(lines[0]).toBe(L('• 2026年12月1日 星期二 14:30　<@ULEADER01> 驳回了举报：第6条', '• Tue 1 Dec 2026, 14:30　<@ULEADER01> dismissed the report: 第6条'));
    expect(lines[39]).toBe(L('• 2026年12月1日 星期二 14:30　<@ULEADER01> 驳回了举报：第45条', '• Tue 1 Dec 2026, 14:30　<@ULEADER01> dismissed the report: 第45条'));
    for (const n of [1, 2, 3, 4, 5]) expect(all).not.toContain(`第${n}条`);
  });

  it('says when nothing is recorded', () => {
    const blocks = hazardHistoryBlocks(i18n, hazard(), [row(1, '2026-11-28T02:00:00.000Z', null)]) as AnyBlock[];
    expect(blocks.map((b) => b.type)).toEqual(['header', 'section']);
    expect(blocks[1]!.text.text).toBe(L('暂无记录。', 'Nothing recorded yet.'));
  });

  it('shows every one of the last 40 entries even when each carries a 300-character reason', () => {
    const audit = Array.from({ length: 40 }, (_, n) => row(n + 1, '2026-12-01T06:30:00.000Z', [entry('dismiss', 'ULEADER01', 'void', { reason: `第${n + 1}条${'Ж'.repeat(400)}` })]));
    const blocks = hazardHistoryBlocks(i18n, hazard(), audit);
    expect(blockKitViolations(blocks, 'message')).toEqual([]);
    const all = allText(blocks);
    const missing = Array.from({ length: 40 }, (_, n) => `第${n + 1}条`).filter((marker) => !all.includes(`${marker}Ж`));
    expect(missing).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Modals
// ---------------------------------------------------------------------------------------------------------------

/** The dossier each action's modal is opened on: a hazard in a state where the action is open, with long texts. */
function dossierFor(action: HazardAction): HazardDossier {
  const general = (status: HazardStatus, more: DossierOverrides = {}) => dossier({ ...more, hazard: { status, description: '述'.repeat(2000), ...more.hazard } });
  const major = (status: HazardStatus, more: DossierOverrides = {}) => general(status, { ...MAJOR_READY, ...more, hazard: { level: 'major', ...more.hazard } });
  switch (action) {
    case 'confirm':
    case 'dismiss':
      return general('reported', { hazard: { reportedPublicly: true } });
    case 'issue_order':
    case 'close_on_spot':
    case 'void':
      return general('open');
    case 'report_rectified':
    case 'request_extension':
    case 'refer_joint':
      return general('rectifying', { orders: [ORDER] });
    case 'decide_extension':
      return general('rectifying', { orders: [ORDER], extensions: [{ ...EXTENSION, reason: '<'.repeat(2000) }] });
    case 'reinspect':
      return general('awaiting_verification', { orders: [ORDER], rectifications: [{ ...REPORT, evidence: '<'.repeat(2000) }] });
    case 'list_for_supervision':
      return major('open', { listing: null });
    case 'assign_experts':
    case 'record_opinion':
    case 'record_plan':
      return major('open');
    case 'apply_acceptance':
      return major('rectifying');
    case 'expert_sign':
      return major('awaiting_acceptance', { acceptances: [APPLICATION], plan: { ...PLAN_RECORD, goal_and_tasks: '<'.repeat(2000), safety_and_emergency: '&'.repeat(2000) } });
    case 'authority_sign':
      return major('expert_accepted', { acceptances: [{ ...APPLICATION, expert: { ...EXPERT_SIGNATURE, opinion: '<'.repeat(2000) } }] });
  }
}

const FIELD_IDS: Record<HazardAction, readonly string[]> = {
  confirm: ['level', 'deadline', 'assignee', 'note'],
  dismiss: ['reason'],
  issue_order: ['measures', 'deadline', 'second_officer'],
  close_on_spot: ['note'],
  report_rectified: ['evidence', 'photos'],
  reinspect: ['result', 'note', 'new_deadline'],
  list_for_supervision: ['leader', 'listing_level', 'document_number', 'listed_date'],
  assign_experts: ['experts'],
  record_opinion: ['opinion'],
  record_plan: ['goal_and_tasks', 'methods_and_measures', 'funding_and_materials', 'responsible_body', 'time_limit', 'safety_and_emergency'],
  apply_acceptance: ['evaluator_kind', 'evaluator_name', 'report_ref', 'measures_done', 'funds_spent', 'note'],
  expert_sign: ['result', 'opinion'],
  authority_sign: ['result', 'opinion'],
  request_extension: ['deadline', 'reason'],
  decide_extension: ['decision', 'note'],
  refer_joint: ['departments', 'measures'],
  void: ['reason'],
};

/** The Slack element type and action id each field kind is built with (FIELD_ACTION_ID). */
const ELEMENT: Record<string, { type: string | readonly string[]; action_id: string }> = {
  text: { type: 'plain_text_input', action_id: 'text' },
  date: { type: 'datepicker', action_id: 'date' },
  choice: { type: ['radio_buttons', 'static_select'], action_id: 'choice' },
  user: { type: 'users_select', action_id: 'user' },
  users: { type: 'multi_users_select', action_id: 'users' },
  files: { type: 'file_input', action_id: 'files' },
  unit: { type: 'external_select', action_id: 'unit_pick' },
};

describe('action labels fit a modal title', () => {
  it.each(LOCALES)('%s: every hazard.action.* is at most 24 characters, so the title is never cut', (locale) => {
    for (const a of HAZARD_ACTIONS) expect([...CATALOGS[locale][`hazard.action.${a}`]].length, a).toBeLessThanOrEqual(24);
  });
});

describe.each(LOCALES)('hazard modals in %s', (locale) => {
  const i18n = createI18n(locale, 'Asia/Shanghai');
  const L = <T>(zh: T, en: T): T => (locale === 'zh-CN' ? zh : en);
  const modal = (action: HazardAction, d = dossierFor(action), actorId = 'UINSPECT01') =>
    hazardActionModal(i18n, { action, dossier: d, today: TODAY, initials: actionInitials(action, d, { today: TODAY, actorId }), metadata: { responseUrl: RESPONSE_URL, replace: true } });

  describe.each(HAZARD_ACTIONS.map((a) => [a] as const))('%s', (action) => {
    const d = dossierFor(action);
    const v = modal(action, d);

    it('is within view limits, with an uncut title', () => {
      expect(viewViolations(v as unknown as Record<string, unknown>)).toEqual([]);
      expect(v.title.text).not.toContain('…');
      expect(v.submit?.text).toBe(L('确定', 'Yes'));
      expect(v.close?.text).toBe(L('取消', 'Cancel'));
    });

    it('carries the hazard, the state seen and the action in private_metadata', () => {
      expect(v.callback_id).toBe('hazard_action');
      expect(decodeMetadata(v.private_metadata)).toEqual({ responseUrl: RESPONSE_URL, replace: true, hazardId: 42, status: d.hazard.status, action });
    });

    it('has an input block for each field, block_id = field id, with the element of its kind', () => {
      const blocks = inputs(v);
      expect(blocks.map((b) => b.block_id)).toEqual(FIELD_IDS[action]);
      expect(blocks.map((b) => b.block_id)).toEqual(ACTION_FIELDS[action].map((f) => f.id));
      for (const [i, spec] of ACTION_FIELDS[action].entries()) {
        const el = blocks[i]!.element;
        const want = ELEMENT[spec.kind]!;
        expect(el.action_id).toBe(want.action_id);
        expect(typeof want.type === 'string' ? [want.type] : want.type).toContain(el.type);
        expect(blocks[i]!.optional).toBe(spec.optional ?? false);
      }
    });

    it('opens with the hazard’s headline and state', () => {
      const first = (v.blocks as AnyBlock[])[0]!;
      expect(first.type).toBe('section');
      expect(first.text.text).toMatch(new RegExp(`^${d.hazard.level === 'major' ? '🚨' : '⚠️'} \\*YH-2026-0042\\* 配电箱未接地 · 平安化工有限公司\\n`, 'u'));
    });
  });

  it('titles a few actions exactly', () => {
    expect(modal('confirm').title.text).toBe(L('确认隐患', 'Confirm'));
    expect(modal('list_for_supervision').title.text).toBe(L('挂牌督办', 'List for supervision'));
    expect(modal('authority_sign').title.text).toBe(L('主管部门签字', 'Authority sign-off'));
  });

  it('confirm pre-selects the hazard’s level, deadline and assignee', () => {
    const d = dossier({ hazard: { status: 'reported', level: 'major', assignee: 'UINSPECT02', deadline: '2026-12-10' } });
    const v = modal('confirm', d);
    expect(inputById(v, 'level').element.initial_option).toMatchObject({ value: 'major' });
    expect(inputById(v, 'assignee').element.initial_user).toBe('UINSPECT02');
    expect(inputById(v, 'deadline').element.initial_date).toBe('2026-12-10');
  });

  it('confirm of a public report with neither deadline nor assignee offers a week from today and the person confirming', () => {
    const d = dossier({ hazard: { status: 'reported', reportedPublicly: true, assignee: null, deadline: null } });
    const v = modal('confirm', d, 'UINSPECT03');
    expect(inputById(v, 'level').element.initial_option).toMatchObject({ value: 'general' });
    expect(inputById(v, 'assignee').element.initial_user).toBe('UINSPECT03');
    expect(inputById(v, 'deadline').element.initial_date).toBe('2026-12-08');
  });

  it('list_for_supervision pre-selects the leader acting and today', () => {
    const v = modal('list_for_supervision', dossierFor('list_for_supervision'), 'ULEADER01');
    expect(inputById(v, 'leader').element.initial_user).toBe('ULEADER01');
    expect(inputById(v, 'listed_date').element.initial_date).toBe(TODAY);
    expect(inputById(v, 'listing_level').element.initial_option).toBeUndefined();
  });

  it('record_plan pre-fills an existing plan’s six elements, and is empty without one', () => {
    const v = modal('record_plan');
    expect(Object.fromEntries(inputs(v).map((b) => [b.block_id, b.element.initial_value]))).toEqual(PLAN);
    const empty = modal('record_plan', dossier({ hazard: { level: 'major' } }));
    for (const b of inputs(empty)) expect(b.element.initial_value).toBeUndefined();
  });

  it('issue_order and request_extension start from a sensible deadline', () => {
    expect(inputById(modal('issue_order', dossier({ hazard: { deadline: '2026-12-10' } })), 'deadline').element.initial_date).toBe('2026-12-10');
    expect(inputById(modal('issue_order', dossier({ hazard: { deadline: '2026-11-28' } })), 'deadline').element.initial_date).toBe('2026-12-08');
    expect(inputById(modal('request_extension', dossier({ hazard: { status: 'rectifying', deadline: '2026-12-10' } })), 'deadline').element.initial_date).toBe('2026-12-17');
  });

  it('shows what the decision rests on: the report, the application and plan, the extension request', () => {
    const reinspect = allText(modal('reinspect', dossier({ hazard: { status: 'awaiting_verification' }, rectifications: [REPORT] })));
    expect(reinspect).toContain(L('<@UINSPECT01> 的整改报告：\n> 已重新接地 &lt;R=2Ω&gt; &amp; 复测', 'Report by <@UINSPECT01>:\n> 已重新接地 &lt;R=2Ω&gt; &amp; 复测'));
    const sign = allText(modal('expert_sign', dossier({ ...MAJOR_READY, hazard: { level: 'major', status: 'awaiting_acceptance' }, acceptances: [APPLICATION] })));
    expect(sign).toContain(L('<@UCONTACT01> 2026年11月25日 星期三 01:30；评估：安全评价机构 某某评价公司，报告 PJ-2026-33', '<@UCONTACT01> Wed 25 Nov 2026, 01:30; evaluated by a safety assessment agency 某某评价公司, report PJ-2026-33'));
    expect(sign).toContain(L(`*治理的目标和任务*：${PLAN.goal_and_tasks}`, `*Goal and tasks*: ${PLAN.goal_and_tasks}`));
    const decide = allText(modal('decide_extension', dossier({ hazard: { status: 'rectifying' }, extensions: [EXTENSION] })));
    expect(decide).toContain(L('⏳ *延期申请*：至 2026年12月20日 星期日（<@UCONTACT01>）\n理由：材料未到 &lt;急&gt;', '⏳ *Extension requested*: to Sun 20 Dec 2026 (<@UCONTACT01>)\nReason: 材料未到 &lt;急&gt;'));
  });

  it('keeps the hazard, state and action in private_metadata even when the response_url is too long to keep', () => {
    const d = dossierFor('void');
    const v = hazardActionModal(i18n, { action: 'void', dossier: d, today: TODAY, initials: {}, metadata: { responseUrl: `https://hooks.slack.com/actions/${'x'.repeat(3000)}` } });
    expect(viewViolations(v as unknown as Record<string, unknown>)).toEqual([]);
    expect(decodeMetadata(v.private_metadata)).toEqual({ hazardId: 42, status: 'open', action: 'void' });
  });

  describe('the registration modal', () => {
    const REGISTER_IDS = ['unit', 'title', 'description', 'location', 'category', 'level', 'source', 'found_date', 'deadline', 'responsible_person', 'assignee', 'photos', 'funding'];

    it('for staff: deadline and assignee required, the person themself pre-selected as assignee', () => {
      const v = hazardRegisterModal(i18n, { staff: true, today: TODAY, actorId: 'UINSPECT01', metadata: { responseUrl: RESPONSE_URL } });
      expect(viewViolations(v as unknown as Record<string, unknown>)).toEqual([]);
      expect(v.callback_id).toBe('hazard_register');
      expect(v.title.text).toBe(L('登记隐患', 'Report a hazard'));
      expect(decodeMetadata(v.private_metadata)).toEqual({ responseUrl: RESPONSE_URL, staff: true });
      expect((v.blocks as AnyBlock[])[0]!.type).toBe('input');
      expect(inputs(v).map((b) => b.block_id)).toEqual(REGISTER_IDS);
      expect(inputById(v, 'deadline').optional).toBe(false);
      expect(inputById(v, 'assignee').optional).toBe(false);
      expect(inputById(v, 'assignee').element).toMatchObject({ type: 'users_select', action_id: 'user', initial_user: 'UINSPECT01' });
      expect(inputById(v, 'found_date').element).toMatchObject({ type: 'datepicker', initial_date: TODAY });
      expect(inputById(v, 'level').element.initial_option).toMatchObject({ value: 'general' });
      expect(inputById(v, 'source').element.initial_option).toMatchObject({ value: 'routine_inspection' });
      expect(inputById(v, 'unit').element).toMatchObject({ type: 'external_select', action_id: 'unit_pick' });
      expect(inputById(v, 'photos').element).toMatchObject({ type: 'file_input', action_id: 'files', max_files: 6 });
      expect(inputById(v, 'category').element.options).toHaveLength(10);
      for (const id of ['unit', 'title', 'description', 'location', 'category', 'level', 'source', 'found_date']) expect(inputById(v, id).optional).toBe(false);
      for (const id of ['responsible_person', 'photos', 'funding']) expect(inputById(v, id).optional).toBe(true);
    });

    it('for the public: an intro, deadline and assignee optional and not pre-filled, source “public report”', () => {
      const v = hazardRegisterModal(i18n, { staff: false, today: TODAY, actorId: 'UPUBLIC01', metadata: {} });
      expect(viewViolations(v as unknown as Record<string, unknown>)).toEqual([]);
      const first = (v.blocks as AnyBlock[])[0]!;
      expect(first.type).toBe('context');
      expect(first.elements[0].text).toBe(L('任何人都可以举报隐患。提交后由检查员确认，处理结果会私信告诉你。', 'Anyone may report a hazard. An inspector will confirm it, and you will hear by DM what happens.'));
      expect(decodeMetadata(v.private_metadata)).toEqual({ staff: false });
      expect(inputs(v).map((b) => b.block_id)).toEqual(REGISTER_IDS);
      expect(inputById(v, 'deadline').optional).toBe(true);
      expect(inputById(v, 'assignee').optional).toBe(true);
      expect(inputById(v, 'assignee').element.initial_user).toBeUndefined();
      expect(inputById(v, 'deadline').element.initial_date).toBeUndefined();
      expect(inputById(v, 'source').element.initial_option).toMatchObject({ value: 'public_report' });
      expect(inputById(v, 'deadline').hint.text).toBe(L('可以不填，由确认的检查员确定。', 'Optional: the inspector who confirms the report sets one.'));
    });
  });
});
