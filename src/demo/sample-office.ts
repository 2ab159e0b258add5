import type { Locale } from '../i18n/locale.js';

/** The demo office's people: Slack user ids (fixed) and their roles in the story. */
export const PEOPLE = {
  admin: 'UADMIN0001',
  leader: 'ULEADER001',
  inspector: 'UINSPECT01',
  partner: 'UINSPECT02',
  expert: 'UEXPERT001',
  contact: 'UCONTACT01',
} as const;
export type Person = keyof typeof PEOPLE;

/** The office's channels (ids as the app's configuration takes them). */
export const CHANNELS = { hazards: 'CHAZARDS01', schedule: 'CSCHEDULE1', leaders: 'CLEADERS01', publicity: 'CPUBLIC001' } as const;
export type ChannelName = keyof typeof CHANNELS;

/** What the people of the demo type into the forms (sample data, in the language the demo runs in). */
export interface SampleOffice {
  readonly names: Readonly<Record<Person, string>>;
  readonly channels: Readonly<Record<ChannelName, string>>;
  readonly town: string;
  readonly units: {
    readonly market: UnitSample;
    readonly mine: UnitSample;
    readonly community: UnitSample;
  };
  readonly general: HazardSample & { readonly orderMeasures: string; readonly evidence: string; readonly reinspectNote: string };
  readonly major: HazardSample & {
    readonly documentNumber: string;
    readonly opinion: string;
    readonly plan: Readonly<Record<'goal_and_tasks' | 'methods_and_measures' | 'funding_and_materials' | 'responsible_body' | 'time_limit' | 'safety_and_emergency', string>>;
    readonly evaluatorName: string;
    readonly reportRef: string;
    /** What the unit reports with its acceptance application (printed on the closure form), and the funds spent (元). */
    readonly measuresDone: string;
    readonly fundsSpent: string;
    readonly expertOpinion: string;
    readonly authorityOpinion: string;
  };
  readonly overdue: HazardSample;
  readonly inspection: { readonly summary: string; readonly findings: string };
  readonly accident: { readonly summary: string };
  readonly cards: { readonly inspector: string; readonly partner: string };
}

interface UnitSample {
  readonly name: string;
  readonly search: string;
  readonly creditCode: string | null;
  readonly industry: string;
  readonly address: string;
  readonly contactName: string;
  readonly contactPhone: string;
}

interface HazardSample {
  readonly title: string;
  readonly description: string;
  readonly location: string;
  readonly category: string;
  readonly source: string;
  readonly responsible: string;
}

/** What the office's records hold in either language: the units' codes, industries and phone numbers, and the like. */
const UNIT_FACTS = {
  market: { creditCode: '91110108551385082Q', industry: 'commerce', contactPhone: '13912345678' },
  mine: { creditCode: '914403001922038216', industry: 'mining', contactPhone: '13800001111' },
  community: { creditCode: null, industry: 'community', contactPhone: '13700002222' },
} as const;
const HAZARD_FACTS = {
  general: { category: 'electrical', source: 'routine_inspection' },
  major: { category: 'equipment', source: 'special_campaign', reportRef: 'PJ-2026-018' },
  overdue: { category: 'fire', source: 'routine_inspection' },
} as const;
const CARDS = { inspector: 'ZF-3301-0001', partner: 'ZF-3301-0002' } as const;

const ZH: SampleOffice = {
  names: { admin: '张管理员', leader: '李局长', inspector: '王检查员', partner: '赵检查员', expert: '陈专家', contact: '刘安全员' },
  channels: { hazards: '隐患排查', schedule: '检查排期', leaders: '领导督办', publicity: '安全公示' },
  town: '北关街道',
  units: {
    market: { ...UNIT_FACTS.market, name: '为民超市', search: '为民超市', address: '人民路 1 号', contactName: '孙店长' },
    mine: { ...UNIT_FACTS.mine, name: '红星矿业', search: '红星矿业', address: '矿山路 8 号', contactName: '刘安全员' },
    community: { ...UNIT_FACTS.community, name: '东风社区菜市场', search: '东风社区', address: '东风路 23 号', contactName: '周主任' },
  },
  general: {
    ...HAZARD_FACTS.general, title: '配电箱未接地', description: '二号车间配电箱外壳未接地，存在触电风险', location: '二号车间', responsible: '刘安全员',
    orderMeasures: '立即加装接地线并测试接地电阻', evidence: '已加装接地线，接地电阻 2.1Ω', reinspectNote: '接地电阻合格',
  },
  major: {
    ...HAZARD_FACTS.major, title: '尾矿库排洪设施堵塞', description: '尾矿库排洪井被淤泥堵塞，汛期存在漫坝风险', location: '一号尾矿库', responsible: '刘安全员',
    documentNumber: '安委办〔2026〕12号', opinion: '应清淤并加设备用排洪管',
    plan: {
      goal_and_tasks: '恢复尾矿库排洪能力，消除漫坝风险', methods_and_measures: '清淤排洪井，加设备用排洪管，安装水位监测',
      funding_and_materials: '资金 80 万元，设备已采购', responsible_body: '红星矿业生产部，负责人刘安全员',
      time_limit: '汛期前完成', safety_and_emergency: '施工期间停止排尾，制定漫坝专项应急预案',
    },
    evaluatorName: '某安全评价有限公司', expertOpinion: '排洪能力已恢复，验收合格', authorityOpinion: '同意销号',
    measuresDone: '已清淤排洪井，加设备用排洪管，安装水位监测', fundsSpent: '760000',
  },
  overdue: {
    ...HAZARD_FACTS.overdue, title: '消防通道堆放杂物', description: '市场后门消防通道长期堆放纸箱和摊位杂物', location: '市场后门', responsible: '周主任',
  },
  inspection: { summary: '检查了配电、消防和仓储', findings: '二号仓库灭火器过期' },
  accident: { summary: '摊位燃气泄漏引发爆燃' },
  cards: CARDS,
};

const EN: SampleOffice = {
  names: { admin: 'Admin Zhang', leader: 'Director Li', inspector: 'Inspector Wang', partner: 'Inspector Zhao', expert: 'Expert Chen', contact: 'Officer Liu' },
  channels: { hazards: 'hazards', schedule: 'inspection-schedule', leaders: 'leaders', publicity: 'public-notice' },
  town: 'Beiguan Subdistrict',
  units: {
    market: { ...UNIT_FACTS.market, name: 'Weimin Supermarket', search: 'Weimin', address: '1 Renmin Road', contactName: 'Manager Sun' },
    mine: { ...UNIT_FACTS.mine, name: 'Hongxing Mining', search: 'Hongxing', address: '8 Kuangshan Road', contactName: 'Officer Liu' },
    community: { ...UNIT_FACTS.community, name: 'Dongfeng Community Market', search: 'Dongfeng', address: '23 Dongfeng Road', contactName: 'Director Zhou' },
  },
  general: {
    ...HAZARD_FACTS.general, title: 'Distribution box not earthed', description: 'The casing of the distribution box in workshop 2 is not earthed: risk of electric shock',
    location: 'Workshop 2', responsible: 'Officer Liu',
    orderMeasures: 'Fit an earth conductor now and test the earth resistance', evidence: 'Earth conductor fitted, earth resistance 2.1 Ω', reinspectNote: 'Earth resistance within limits',
  },
  major: {
    ...HAZARD_FACTS.major, title: 'Tailings dam spillway blocked', description: 'The spillway shaft of the tailings dam is blocked with silt: risk of overtopping in the flood season',
    location: 'Tailings dam 1', responsible: 'Officer Liu',
    documentNumber: 'Safety Committee [2026] No. 12', opinion: 'Clear the silt and add a standby spillway pipe',
    plan: {
      goal_and_tasks: 'Restore the spillway capacity and remove the overtopping risk', methods_and_measures: 'Clear the shaft, add a standby pipe, install water-level monitoring',
      funding_and_materials: 'CNY 800,000; equipment purchased', responsible_body: 'Hongxing Mining production department, Officer Liu in charge',
      time_limit: 'Before the flood season', safety_and_emergency: 'No tailings discharge during the works; an overtopping emergency plan',
    },
    evaluatorName: 'Example Safety Assessment Co.', expertOpinion: 'Spillway capacity restored; accepted', authorityOpinion: 'Closure approved',
    measuresDone: 'Shaft cleared, standby spillway pipe added, water-level monitoring installed', fundsSpent: '760000',
  },
  overdue: {
    ...HAZARD_FACTS.overdue, title: 'Fire lane blocked with goods', description: 'Cardboard boxes and stall goods have been stacked in the back fire lane for weeks',
    location: 'Back door', responsible: 'Director Zhou',
  },
  inspection: { summary: 'Checked electrics, fire safety and storage', findings: 'Fire extinguishers in store 2 out of date' },
  accident: { summary: 'A gas leak at a stall caused a deflagration' },
  cards: CARDS,
};

export const SAMPLE_OFFICE: Readonly<Record<Locale, SampleOffice>> = { 'zh-CN': ZH, en: EN };
