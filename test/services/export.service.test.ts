import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildExportFile } from '../../src/documents/xlsx/export-workbook.js';
import type { DomainError } from '../../src/domain/errors.js';
import { parseReportPeriod } from '../../src/domain/report/report-period.js';
import { createI18n } from '../../src/i18n/index.js';
import { parseExportArgs, periodProblem, type ExportRequest } from '../../src/domain/export/export-request.js';
import { CONTACT, hazardOffice, makeHazard } from '../support/hazards.js';
import { ADMIN, creditCode, EXPERT, INSPECTOR, LEADER, makeUnit, NOBODY, type ServiceHarness, orderOfficers } from '../support/services.js';
import { DIALECTS } from '../support/test-db.js';
import { readSheet } from '../support/xlsx.js';

const INSPECTOR2 = 'UINSPECT02';
const zh = createI18n('zh-CN', 'Asia/Shanghai');
const en = createI18n('en', 'Asia/Shanghai');
const day = (date: string) => new Date(`${date}T00:00:00.000Z`);
/** 10:00 in Shanghai on a day. */
const at = (date: string) => `${date}T02:00:00.000Z`;

/** A row as the header names it (empty cells as null). */
const byHeader = (headers: unknown[], row: unknown[]) => Object.fromEntries(headers.map((h, i) => [String(h), row[i] ?? null]));

describe('reading /anjian export words', () => {
  const read = (words: string) => {
    const r = parseExportArgs(words.split(' ').filter(Boolean));
    return r && { ...r, ...('period' in r ? { period: r.period?.label ?? null } : {}) };
  };
  it.each([
    ['hazards', { kind: 'hazards', period: null, status: 'all' }],
    ['hazards 2026-Q4 open', { kind: 'hazards', period: '2026-Q4', status: 'open' }],
    ['hazards closed 2026-11', { kind: 'hazards', period: '2026-11', status: 'closed' }],
    ['隐患 2026 未闭环', { kind: 'hazards', period: '2026', status: 'open' }],
    ['台账 已闭环', { kind: 'hazards', period: null, status: 'closed' }],
    ['HAZARDS 2026w48 ALL', { kind: 'hazards', period: '2026-W48', status: 'all' }],
    ['units', { kind: 'units' }],
    ['单位', { kind: 'units' }],
    ['inspections 2026-11-23', { kind: 'inspections', period: '2026-W48' }],
    ['检查', { kind: 'inspections', period: null }],
    ['stats 2026-Q4', { kind: 'stats', period: '2026-Q4' }],
    ['统计 2026', { kind: 'stats', period: '2026' }],
    ['stats', { kind: 'stats', period: null }],
  ])('%s', (words, expected) => expect(read(words)).toEqual(expected));
  it.each(['', 'inventory', 'hazards 2026-13', 'hazards 2026 2025', 'hazards open closed', 'units 2026', 'units open', 'inspections open', 'stats 2026-11', 'stats 2026-W48', 'stats open', 'hazards 1999'])(
    '“%s” is not an export',
    (words) => expect(read(words)).toBeNull(),
  );
  it.each<[string, ReturnType<typeof periodProblem>]>([
    ['hazards 2026-13', { problem: 'bad_period', word: '2026-13' }],
    ['隐患 2026-Q9 未闭环', { problem: 'bad_period', word: '2026-Q9' }],
    ['inspections 1999', { problem: 'bad_period', word: '1999' }],
    ['stats 2026-11', { problem: 'stats_period', word: '2026-11' }],
    ['统计 2026-W48', { problem: 'stats_period', word: '2026-W48' }],
    ['hazards open closed', null],
    ['hazards 2026 2025', null],
    ['units 2026', null],
    ['inventory 2026-13', null],
  ])('says why “%s” was refused when a period is at fault', (words, expected) => {
    expect(read(words)).toBeNull();
    expect(periodProblem(words.split(' '))).toEqual(expected);
  });
});

describe.each(DIALECTS)('exports on %s', (dialect) => {
  let h: ServiceHarness;
  let unitA: number;
  let unitB: number;
  beforeEach(async () => {
    ({ h, unitId: unitA } = await hazardOffice(dialect, [[INSPECTOR2, 'inspector']]));
    unitB = (await h.sut.units.register(INSPECTOR, makeUnit({ name: '矿山测试单位', industry: 'mining', creditCode: creditCode(7), town: '河西镇', majorHazardSource: true }))).unit.id;
  });
  beforeEach(async () => orderOfficers(h.db));
  afterEach(async () => h.close());

  const exportFile = async (user: string, request: ExportRequest, i18n = zh) => {
    const prepared = await h.sut.exports.prepare(user, request);
    const seen: number[] = [];
    const file = await buildExportFile(prepared, i18n, (n) => void seen.push(n));
    return { prepared, file, seen, ...(await readSheet(file.bytes)) };
  };

  it('refuses people without an export role, and lets inspectors, leaders and admins export', async () => {
    for (const user of [NOBODY, EXPERT, CONTACT]) {
      const error = (await h.sut.exports.prepare(user, { kind: 'units' }).catch((e: unknown) => e)) as DomainError;
      expect(error.code).toBe('auth.role_required');
      expect(error.details.roles).toBe('admin,inspector,leader');
    }
    for (const user of [INSPECTOR, LEADER, ADMIN]) expect((await h.sut.exports.prepare(user, { kind: 'units' })).total).toBe(2);
  });

  it('builds the hazard ledger: one row per hazard of the period with the §B1 fields, typed cells, frozen header and filters', async () => {
    // Q3: closed on the spot (outside Q4 below).
    h.clock.set(at('2026-09-20'));
    const q3 = (await h.sut.hazards.register(INSPECTOR, makeHazard(unitA, { foundDate: '2026-09-20', deadline: '2026-09-30', funding: 100 }))).hazard;
    await h.sut.hazards.perform(INSPECTOR, q3.id, 'open', { action: 'close_on_spot', note: '当场整改完毕' });
    // Q4: found on an inspection, then an order; overdue by the export day.
    h.clock.set(at('2026-10-15'));
    const [inspection] = await h.sut.inspections.assign(INSPECTOR, { unitIds: [unitA], plannedDate: '2026-10-15', inspectors: [INSPECTOR], visitType: 'patrol', acknowledgeCap: false });
    const late = (await h.sut.hazards.register(INSPECTOR, makeHazard(unitA, { foundDate: '2026-10-15', deadline: '2026-11-25', funding: '1234.5', inspectionId: inspection!.id, title: '消防通道堵塞', category: 'fire', location: '仓库' }))).hazard;
    const ordered = await h.sut.hazards.perform(INSPECTOR, late.id, 'open', { action: 'issue_order', measures: '清理通道，设置警示标志', deadline: '2026-11-25', secondOfficer: 'UOFFICER02' });
    h.clock.set(at('2026-11-30'));
    const major = (await h.sut.hazards.register(INSPECTOR, makeHazard(unitB, { level: 'major', title: '储罐区阀门泄漏', foundDate: '2026-11-30', deadline: '2027-01-31', funding: 50000 }))).hazard;
    await h.sut.hazards.perform(LEADER, major.id, 'open', { action: 'list_for_supervision', leader: LEADER, level: 'county', documentNumber: '安委办〔2026〕12号', listedDate: '2026-11-30' });
    const spot = (await h.sut.hazards.register(INSPECTOR2, makeHazard(unitB, { foundDate: '2026-11-29', deadline: '2026-12-05', assignee: INSPECTOR2 }))).hazard;
    await h.sut.hazards.perform(INSPECTOR2, spot.id, 'open', { action: 'close_on_spot', note: '已整改' });

    const { file, sheet, rows, prepared } = await exportFile(LEADER, { kind: 'hazards', period: parseReportPeriod('2026-Q4'), status: 'all' });
    expect(prepared).toMatchObject({ total: 3, today: '2026-11-30' });
    expect(file.rows).toBe(3);
    expect(file.filename).toBe('隐患台账 2026-Q4 全部.xlsx');
    expect(file.what).toBe('2026年第4季度隐患台账（全部）');
    expect(sheet.name).toBe('隐患台账');
    expect(rows[0]).toEqual([
      '隐患编号', '隐患来源', '关联检查编号', '单位名称', '统一社会信用代码', '行业', '所在乡镇（街道）', '监管等级', '重大危险源', '发现日期', '发现人', '隐患部位',
      '隐患名称', '隐患描述', '隐患类别', '隐患等级', '整改责任人', '跟踪检查员', '整改指令书编号', '整改措施', '整改期限', '整改资金（元）', '整改状态', '是否逾期',
      '挂牌督办级别', '挂牌督办文号', '督办领导', '销号日期', '销号方式', '销号人',
    ]);
    expect(rows).toHaveLength(4);
    expect(rows.slice(1).map((r) => r[0])).toEqual([late.number, major.number, spot.number]); // registration order; Q3 left out
    const unitAName = (await h.sut.units.get(unitA)).name;
    expect(byHeader(rows[0]!, rows[1]!)).toEqual({
      隐患编号: 'YH-2026-0002', 隐患来源: '日常检查', 关联检查编号: inspection!.number, 单位名称: unitAName, 统一社会信用代码: '91110108551385082Q', 行业: '商贸',
      '所在乡镇（街道）': '城关镇', 监管等级: '蓝色', 重大危险源: '否', 发现日期: day('2026-10-15'), 发现人: INSPECTOR, 隐患部位: '仓库', 隐患名称: '消防通道堵塞',
      隐患描述: '二号车间配电箱外壳未接地，存在触电风险。', 隐患类别: '消防', 隐患等级: '一般隐患', 整改责任人: '王经理', 跟踪检查员: INSPECTOR,
      整改指令书编号: ordered.orders[0]!.number, 整改措施: '清理通道，设置警示标志', 整改期限: day('2026-11-25'), '整改资金（元）': 1234.5, 整改状态: '整改中', 是否逾期: '是',
      挂牌督办级别: null, 挂牌督办文号: null, 督办领导: null, 销号日期: null, 销号方式: null, 销号人: null,
    });
    expect(ordered.orders[0]!.number).toBe('ZG-2026-0001');
    expect(byHeader(rows[0]!, rows[2]!)).toMatchObject({
      单位名称: '矿山测试单位', 行业: '矿山', 监管等级: '红色', 重大危险源: '是', 隐患等级: '重大隐患', 整改状态: '未整改', 是否逾期: '否', '整改资金（元）': 50000,
      挂牌督办级别: '县级', 挂牌督办文号: '安委办〔2026〕12号', 督办领导: LEADER, 整改指令书编号: null,
    });
    expect(byHeader(rows[0]!, rows[3]!)).toMatchObject({ 发现人: INSPECTOR2, 整改状态: '已销号', 是否逾期: '否', 销号日期: day('2026-11-30'), 销号方式: '当场整改', 销号人: INSPECTOR2, '整改资金（元）': null });
    // Dates are Excel dates with a date format, amounts numbers; the header row is frozen and carries the filters.
    expect(sheet.getRow(2).getCell(10).type).toBe(ExcelJS.ValueType.Date);
    expect(sheet.getRow(2).getCell(10).numFmt).toBe('yyyy-mm-dd');
    expect(sheet.getRow(2).getCell(22).type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:AD1');
    expect(sheet.getColumn(14).width).toBeGreaterThanOrEqual(30); // the description is wide
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
  });

  it('filters the ledger by state, defaults to this year, and speaks English to an English reader', async () => {
    const open = (await h.sut.hazards.register(INSPECTOR, makeHazard(unitA))).hazard;
    const closed = (await h.sut.hazards.register(INSPECTOR, makeHazard(unitB, { title: '灭火器过期' }))).hazard;
    await h.sut.hazards.perform(INSPECTOR, closed.id, 'open', { action: 'close_on_spot', note: '已更换' });
    const reported = (await h.sut.hazards.register(NOBODY, makeHazard(unitB, { title: '群众反映' }))).hazard;
    const voided = (await h.sut.hazards.register(INSPECTOR, makeHazard(unitA, { title: '登记错误' }))).hazard;
    await h.sut.hazards.perform(LEADER, voided.id, undefined, { action: 'void', reason: '重复登记' });
    expect(reported.status).toBe('reported');
    const numbers = async (status: 'open' | 'closed' | 'all') => (await exportFile(INSPECTOR, parseExportArgs(['hazards', status])!)).rows.slice(1).map((r) => r[0]);
    expect(await numbers('open')).toEqual([open.number, reported.number]);
    expect(await numbers('closed')).toEqual([closed.number]);
    expect(await numbers('all')).toEqual([open.number, closed.number, reported.number, voided.number]);
    const english = await exportFile(INSPECTOR, { kind: 'hazards', period: null, status: 'closed' }, en);
    expect(english.prepared).toMatchObject({ kind: 'hazards', period: { label: '2026' } });
    expect(english.file.filename).toBe('hazard ledger 2026 closed.xlsx');
    expect(english.rows[0]!.slice(0, 6)).toEqual(['Number', 'Source', 'Inspection', 'Unit', 'Credit code', 'Industry']);
    expect(byHeader(english.rows[0]!, english.rows[1]!)).toMatchObject({ Number: closed.number, Status: 'closed', Overdue: 'no', Level: 'general hazard', Tier: 'yellow', 'Closed on': day('2026-11-30') });
    // Nothing found in another year: a header and no rows.
    const empty = await exportFile(INSPECTOR, { kind: 'hazards', period: parseReportPeriod('2025'), status: 'all' });
    expect(empty.rows).toHaveLength(1);
    expect(empty.file.rows).toBe(0);
  });

  it('exports the units with tier, override, flags, contacts and open hazards', async () => {
    await h.sut.hazards.register(INSPECTOR, makeHazard(unitB, { level: 'major', title: '储罐区阀门泄漏' }));
    await h.sut.hazards.register(INSPECTOR, makeHazard(unitB));
    await h.sut.tiers.override(LEADER, unitA, { tier: 'yellow', reason: '节前重点监管', until: '2026-12-31' });
    const { rows, sheet } = await exportFile(ADMIN, { kind: 'units' });
    expect(sheet.name).toBe('单位名录');
    expect(rows[0]).toEqual(['单位名称', '统一社会信用代码', '行业', '所在乡镇（街道）', '地址', '监管等级', '调整后等级', '调整截止', '调整原因', '重大危险源', '安全生产许可证', '联系人', '联系电话', 'Slack 联系人', '未销号隐患']);
    const a = await h.sut.units.get(unitA);
    expect(rows[1]).toEqual([a.name, '91110108551385082Q', '商贸', '城关镇', a.address, '黄色', '黄色', day('2026-12-31'), '节前重点监管', '否', '否', '张三', '13812345678', CONTACT, 0]);
    expect(byHeader(rows[0]!, rows[2]!)).toMatchObject({ 单位名称: '矿山测试单位', 监管等级: '红色', 调整后等级: null, 重大危险源: '是', 'Slack 联系人': null, 未销号隐患: 2 });
  });

  it('exports the inspections of a period with inspectors, their cards and the hazards found', async () => {
    await h.sut.inspections.setCard(INSPECTOR, INSPECTOR, '执法001');
    await h.sut.inspections.setCard(INSPECTOR2, INSPECTOR2, '执法002');
    const [done] = await h.sut.inspections.assign(INSPECTOR, { unitIds: [unitA], plannedDate: '2026-11-30', inspectors: [INSPECTOR, INSPECTOR2], visitType: 'administrative', acknowledgeCap: false });
    await h.sut.inspections.record(INSPECTOR, done!.id, { outcome: 'done', doneDate: '2026-11-30', summary: '例行检查', findings: '发现两处隐患' });
    await h.sut.hazards.register(INSPECTOR, makeHazard(unitA, { inspectionId: done!.id }));
    await h.sut.hazards.register(INSPECTOR, makeHazard(unitA, { inspectionId: done!.id, title: '安全出口锁闭' }));
    const [planned] = await h.sut.inspections.assign(INSPECTOR, { unitIds: [unitB], plannedDate: '2026-12-03', inspectors: [INSPECTOR2], visitType: 'patrol', acknowledgeCap: false });
    await h.sut.inspections.assign(INSPECTOR, { unitIds: [unitB], plannedDate: '2027-01-04', inspectors: [INSPECTOR2], visitType: 'patrol', acknowledgeCap: false });

    const { rows, file } = await exportFile(INSPECTOR, parseExportArgs(['检查', '2026-Q4'])!);
    expect(file.filename).toBe('检查记录 2026-Q4.xlsx');
    expect(rows[0]).toEqual(['检查编号', '单位名称', '检查方式', '计划日期', '检查状态', '完成日期', '检查人员（执法证号）', '发现隐患']);
    expect(rows.slice(1)).toEqual([
      [done!.number, (await h.sut.units.get(unitA)).name, '行政检查', day('2026-11-30'), '已完成', day('2026-11-30'), `${INSPECTOR}（执法001）、${INSPECTOR2}（执法002）`, 2],
      [planned!.number, '矿山测试单位', '巡查', day('2026-12-03'), '已安排', null, `${INSPECTOR2}（执法002）`, 0],
    ]);
  });
});
