import { describe, expect, it } from 'vitest';
import { buildClosureDocx, type ClosureDocData } from '../../src/documents/docx/closure.docx.js';
import { buildHazardDocument } from '../../src/documents/docx/hazard-document.js';
import { buildReinspectionDocx, type ReinspectionDocData } from '../../src/documents/docx/reinspection.docx.js';
import { createI18n } from '../../src/i18n/index.js';
import { docxLines, docxText } from './docx-text.js';

const zh = createI18n('zh-CN', 'Asia/Shanghai').t;
const en = createI18n('en', 'Asia/Shanghai').t;

const REINSPECTION: ReinspectionDocData = {
  hazardNumber: 'YH-2026-0003',
  hazardTitle: '配电箱未接地',
  unitName: '为民超市',
  order: { documentNumber: '（金）应急责改〔2026〕2号', issuedDate: '2026-11-30' },
  documentNumber: '（金）应急复查〔2026〕5号',
  office: { name: '郑州市金水区应急管理局' },
  reinspectedDate: '2026-12-08',
  passed: false,
  note: '接地电阻 12Ω，不合格\n请重新敷设接地极',
  inspector: { name: 'UINSPECT01', card: 'ZF-4401-0001' },
};

const CLOSURE: ClosureDocData = {
  hazardNumber: 'YH-2026-0004',
  unitName: '东方化工有限公司',
  hazardTitle: '储罐区阀门泄漏',
  description: '储罐区 3 号阀门持续泄漏，可燃气体浓度超标。',
  level: 'major',
  listingDocumentNumber: '安委办〔2026〕12号',
  measuresDone: '更换泄漏阀门，增设可燃气体报警\n已全部完成',
  funding: 480000,
  fundingNote: null,
  applicant: { name: 'UCONTACT01', date: '2027-01-20' },
  evaluator: { kind: 'agency', name: '某安全评价公司', reportRef: 'PJ-2026-088' },
  expert: { name: 'UEXPERT001', opinion: '整改到位', date: '2027-01-22' },
  authority: { name: 'ULEADER001', opinion: '同意销号', date: '2027-01-25' },
  closedDate: '2027-01-25',
};

describe('整改复查意见书 (.docx)', () => {
  it('states the hazard, the order, the date, 不合格 with the next step, the opinion and the inspector', async () => {
    const lines = await docxLines(await buildReinspectionDocx(REINSPECTION, zh));
    const text = lines.join('\n');
    expect(lines.slice(0, 4)).toEqual(['郑州市金水区应急管理局', '整改复查意见书', '（金）应急复查〔2026〕5号', '被复查单位：为民超市']);
    expect(text).toContain('2026年11月30日作出了（金）应急责改〔2026〕2号《责令限期整改指令书》');
    expect(text).toContain('“配电箱未接地”（YH-2026-0003）');
    expect(text).not.toMatch(/[「」]/);
    expect(text).toContain('被复查单位负责人（签名）');
    expect(lines).toContain('郑州市金水区应急管理局（印章）');
    expect(text).not.toContain('（  ）');
    expect(text).not.toContain('____');
    expect(text).toContain('于2026年12月8日对你单位整改情况进行了复查');
    expect(lines).toContain('复查结果：不合格');
    expect(text).toContain('责令你单位继续整改');
    expect(lines).toContain('复查意见：接地电阻 12Ω，不合格');
    expect(lines).toContain('请重新敷设接地极'); // the note's second line is its own paragraph
    expect(lines).toContain('行政执法人员：UINSPECT01　　执法证号：ZF-4401-0001　　签名：');
    expect(lines).toContain('2026年12月8日');
  });

  it('says 合格 and closure when passed, and leaves out an empty opinion', async () => {
    const text = await docxText(await buildReinspectionDocx({ ...REINSPECTION, passed: true, note: '' }, zh));
    expect(text).toContain('复查结果：合格');
    expect(text).toContain('予以销号');
    expect(text).not.toContain('不合格');
    expect(text).not.toContain('复查意见：');
  });

  it('in English, with its file name', async () => {
    const text = await docxText(await buildReinspectionDocx(REINSPECTION, en));
    expect(text).toContain('Result: Not passed');
    expect(text).toContain('On 8 December 2026 this authority re-inspected');
    const file = await buildHazardDocument({ kind: 'reinspection', data: REINSPECTION }, zh);
    expect(file.filename).toBe('YH-2026-0003 整改复查意见书 2026-12-08.docx');
    expect(file.comment).toContain('不合格');
  });
});

describe('重大事故隐患销号表 (.docx)', () => {
  it('has every field of DOMAIN.md §B3 with the three signatures and the closure date', async () => {
    const lines = await docxLines(await buildClosureDocx(CLOSURE, zh));
    const after = (label: string) => lines[lines.indexOf(label) + 1];
    expect(lines[0]).toBe('重大事故隐患销号表');
    expect(after('隐患编号')).toBe('YH-2026-0004');
    expect(after('单位名称')).toBe('东方化工有限公司');
    expect(after('隐患描述')).toBe('储罐区阀门泄漏');
    expect(lines).toContain('储罐区 3 号阀门持续泄漏，可燃气体浓度超标。');
    expect(after('隐患等级')).toBe('重大隐患');
    expect(after('挂牌督办文号')).toBe('安委办〔2026〕12号');
    expect(after('整改措施落实情况')).toBe('更换泄漏阀门，增设可燃气体报警');
    expect(after('资金实际投入')).toBe('480000.00 元');
    expect(after('单位申请')).toBe('申请人：UCONTACT01　　申请日期：2027年1月20日');
    expect(after('评估/验收意见')).toBe('评估方：安全评价机构　　名称：某安全评价公司　　评估报告：PJ-2026-088');
    expect(lines).toContain('验收专家：UEXPERT001　　验收意见：整改到位　　签字日期：2027年1月22日');
    expect(after('行业主管部门审查')).toBe('审查人：ULEADER001　　审查结论：合格（同意销号）　　签字日期：2027年1月25日');
    expect(after('签字')).toContain('单位主要负责人（签名）');
    expect(after('销号日期')).toBe('2027年1月25日');
  });

  it('falls back to the plan’s funding text and a blank listing number; English labels', async () => {
    const lines = await docxLines(await buildClosureDocx({ ...CLOSURE, funding: null, fundingNote: '资金 50 万元', listingDocumentNumber: null }, zh));
    expect(lines[lines.indexOf('资金实际投入') + 1]).toBe('资金 50 万元');
    expect(lines[lines.indexOf('挂牌督办文号') + 1]).toBe('________');
    const text = await docxText(await buildClosureDocx(CLOSURE, en));
    expect(text).toContain('Major Accident Hazard Closure Form');
    expect(text).toContain('CNY 480000.00');
    expect(text).toContain('Closure date');
    expect(text).toContain('25 January 2027');
    expect((await buildHazardDocument({ kind: 'closure', data: CLOSURE }, zh)).filename).toBe('YH-2026-0004 重大事故隐患销号表.docx');
  });
});
