import { describe, expect, it } from 'vitest';
import { safeFilename } from '../../src/documents/docx/docx-helpers.js';
import { buildHazardDocument } from '../../src/documents/docx/hazard-document.js';
import { buildOrderDocx, type OrderDocData } from '../../src/documents/docx/order.docx.js';
import { createI18n } from '../../src/i18n/index.js';
import { docxLines, docxText } from './docx-text.js';

const zh = createI18n('zh-CN', 'Asia/Shanghai').t;
const en = createI18n('en', 'Asia/Shanghai').t;

const ORDER: OrderDocData = {
  orderNumber: 'ZG-2026-0007',
  documentNumber: '（  ）应急责改〔2026〕7号',
  hazardNumbers: ['YH-2026-0012', 'YH-2026-0013'],
  office: {},
  unitName: '为民超市 & <东区>',
  problems: [
    { title: '配电箱未接地', location: '二号车间', description: '配电箱外壳未接地，存在触电风险。' },
    { title: '储罐区阀门泄漏', location: '', description: '储罐区 3 号阀门持续泄漏。' },
  ],
  majorItems: [2],
  measures: '立即加装接地线；更换泄漏阀门。',
  deadline: '2026-12-10',
  issuedDate: '2026-11-30',
  inspectors: [{ name: 'UINSPECT01', card: 'ZF-4401-0001' }, { name: 'UINSPECT02', card: null }],
};

describe('责令限期整改指令书 (.docx)', () => {
  it('is a real .docx whose text follows DOMAIN.md §B2, in Chinese', async () => {
    const bytes = await buildOrderDocx(ORDER, zh);
    expect(bytes.subarray(0, 2).toString()).toBe('PK'); // a zip
    const lines = await docxLines(bytes);
    expect(lines[0]).toBe('责令限期整改指令书');
    expect(lines[1]).toBe('（  ）应急责改〔2026〕7号');
    expect(lines[2]).toBe('为民超市 & <东区>：');
    expect(lines[3]).toBe('经查，你单位存在下列问题：');
    expect(lines[4]).toBe('1. 配电箱未接地（二号车间）：配电箱外壳未接地，存在触电风险。');
    expect(lines[5]).toBe('2. 储罐区阀门泄漏：储罐区 3 号阀门持续泄漏。');
    const text = lines.join('\n');
    expect(text).toContain('整改要求：立即加装接地线；更换泄漏阀门。');
    expect(text).toContain('其中第2项属于重大隐患。');
    // The deadline binds the general item; the major one follows its own remediation plan (16号令 Art 15).
    expect(text).toContain('现责令你单位对上述第1项问题于2026年12月10日前整改完毕，达到有关法律法规规章和标准规定的要求。由此造成事故的，依法追究有关人员的责任。');
    expect(text).toContain('第2项重大事故隐患由你单位主要负责人组织制定并实施治理方案');
    expect(text).toContain('整改期间，你单位应当采取措施，确保安全生产。对安全生产违法行为，将依法予以行政处罚。');
    expect(text).toMatch(/在60日内向.*申请行政复议，或者在6个月内依法向.*人民法院提起行政诉讼，但本指令不停止执行/);
    expect(lines).toContain('行政执法人员：UINSPECT01　　执法证号：ZF-4401-0001　　签名：');
    expect(lines).toContain('行政执法人员：UINSPECT02　　执法证号：________　　签名：'); // no card recorded: a blank to fill in
    expect(text).toContain('被检查单位负责人（签名）');
    expect(text).toContain('（印章）');
    expect(lines).toContain('2026年11月30日');
    expect(text).toContain('一式两份');
  });

  it('leaves out the major-hazard sentence when no item is major', async () => {
    const text = await docxText(await buildOrderDocx({ ...ORDER, problems: ORDER.problems.slice(0, 1), majorItems: [] }, zh));
    expect(text).not.toContain('重大隐患');
    expect(text).toContain('现责令你单位对上述第1项问题于2026年12月10日前整改完毕');
  });

  it('speaks English when the channel does', async () => {
    const text = await docxText(await buildOrderDocx(ORDER, en));
    expect(text).toContain('Order to Rectify within a Time Limit');
    expect(text).toContain('（  ）应急责改〔2026〕7号'); // the official number stays as issued
    expect(text).toContain('Of these, item(s) 2 constitute a major accident hazard.');
    expect(text).toContain('before 10 December 2026');
    expect(text).toContain('within 60 days');
    expect(text).toContain('within 6 months');
    expect(text).toContain('the order is not suspended');
    expect(text).toContain('Enforcement card no.: ZF-4401-0001');
    for (const word of ['经查', '责令', '行政复议', '一式两份', '年12月']) expect(text).not.toContain(word);
    expect(text).toContain('Emergency management department (seal)');
  });

  it('names the office, the reconsideration body and the court once they are configured: no blank is left', async () => {
    const office = { name: '郑州市金水区应急管理局', reconsiderationBody: '金水区人民政府', court: '金水区人民法院' };
    const signed = { ...ORDER, documentNumber: '（金）应急责改〔2026〕7号', office, inspectors: [{ name: '王建国', card: 'ZF-4401-0001' }, { name: '李明', card: 'ZF-4401-0002' }] };
    const lines = await docxLines(await buildOrderDocx(signed, zh));
    const text = lines.join('\n');
    expect(lines.slice(0, 3)).toEqual(['郑州市金水区应急管理局', '责令限期整改指令书', '（金）应急责改〔2026〕7号']);
    expect(text).toContain('可以依法在60日内向金水区人民政府申请行政复议，或者在6个月内依法向金水区人民法院提起行政诉讼');
    expect(lines).toContain('郑州市金水区应急管理局（印章）');
    expect(lines).toContain('隐患编号：YH-2026-0012、YH-2026-0013');
    expect(text).not.toContain('（  ）');
    expect(text).not.toContain('____');
    expect(text).not.toMatch(/星期[一二三四五六日]/); // no weekday in a formal document
    const en2 = await docxText(await buildOrderDocx(signed, en));
    expect(en2).toContain('reconsideration to 金水区人民政府 within 60 days');
    expect(en2).toContain('郑州市金水区应急管理局 (seal)');
  });

  it('leaves the unset parts blank for the pen, and says so only there', async () => {
    const text = await docxText(await buildOrderDocx(ORDER, zh));
    expect(text).toContain('向________人民政府或者________申请行政复议');
    expect(text).toContain('向________人民法院提起行政诉讼');
    expect(text).toContain('应急管理部门（印章）');
  });

  it('is shared under a file name of safe characters with a comment that says how it becomes official', async () => {
    const file = await buildHazardDocument({ kind: 'order', data: ORDER }, zh);
    expect(file.filename).toBe('ZG-2026-0007 责令限期整改指令书.docx');
    expect(file.title).toBe('ZG-2026-0007 责令限期整改指令书');
    expect(file.comment).toContain('YH-2026-0012、YH-2026-0013');
    expect(file.comment).toContain('签名');
    expect((await buildHazardDocument({ kind: 'order', data: ORDER }, en)).filename).toBe('ZG-2026-0007 Rectification order.docx');
    expect(safeFilename('a/b\\c:d*e?"f<g>h|i\u0001j')).toBe('a b c d e f g h i j.docx');
    expect(safeFilename('  ')).toBe('document.docx');
  });
});
