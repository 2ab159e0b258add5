import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildExportFile } from '../../src/documents/xlsx/export-workbook.js';
import { parseReportPeriod } from '../../src/domain/report/report-period.js';
import { createI18n } from '../../src/i18n/index.js';
import { parseExportArgs } from '../../src/domain/export/export-request.js';
import { CONTACT, hazardOffice, makeHazard, PLAN } from '../support/hazards.js';
import { creditCode, EXPERT, INSPECTOR, LEADER, makeUnit, NOBODY, type ServiceHarness } from '../support/services.js';
import { DIALECTS } from '../support/test-db.js';
import { readSheet } from '../support/xlsx.js';

const zh = createI18n('zh-CN', 'Asia/Shanghai');
const en = createI18n('en', 'Asia/Shanghai');
const at = (date: string) => `${date}T02:00:00.000Z`;

/** What the test seeded, one entry per hazard: the statistics are computed from this list, not by the code under test. */
interface Seeded { unit: 'A' | 'B' | 'C'; found: string; level: 'general' | 'major'; end: 'open' | 'closed' | 'reported' | 'void'; funding: number | null }

describe.each(DIALECTS)('quarterly and annual statistics on %s', (dialect) => {
  let h: ServiceHarness;
  const units: Record<'A' | 'B' | 'C', { id: number; name: string; code: string | null; town: string }> = {} as never;
  const seeded: Seeded[] = [];

  beforeEach(async () => {
    seeded.length = 0;
    let a: number;
    ({ h, unitId: a } = await hazardOffice(dialect, []));
    const b = (await h.sut.units.register(INSPECTOR, makeUnit({ name: '河西矿业', industry: 'mining', creditCode: creditCode(11), town: '河西镇' }))).unit.id;
    const c = (await h.sut.units.register(INSPECTOR, makeUnit({ name: '东村社区', industry: 'community', town: '东村' }))).unit.id;
    units.A = { id: a, name: (await h.sut.units.get(a)).name, code: '91110108551385082Q', town: '城关镇' };
    units.B = { id: b, name: '河西矿业', code: creditCode(11), town: '河西镇' };
    units.C = { id: c, name: '东村社区', code: null, town: '东村' };

    const seed = async (s: Seeded) => {
      h.clock.set(at(s.found));
      const reporter = s.end === 'reported' ? NOBODY : INSPECTOR;
      const hz = (await h.sut.hazards.register(reporter, makeHazard(units[s.unit].id, { level: s.level, foundDate: s.found, deadline: '2027-03-31', funding: s.funding }))).hazard;
      if (s.end === 'void') await h.sut.hazards.perform(LEADER, hz.id, undefined, { action: 'void', reason: '重复登记' });
      if (s.end === 'closed' && s.level === 'general') await h.sut.hazards.perform(INSPECTOR, hz.id, 'open', { action: 'close_on_spot', note: '已整改' });
      if (s.end === 'closed' && s.level === 'major') {
        await h.sut.hazards.perform(LEADER, hz.id, 'open', { action: 'list_for_supervision', leader: LEADER, level: 'county', documentNumber: '安委办〔2026〕9号', listedDate: s.found });
        await h.sut.hazards.perform(INSPECTOR, hz.id, 'open', { action: 'assign_experts', experts: [EXPERT] });
        await h.sut.hazards.perform(EXPERT, hz.id, 'open', { action: 'record_opinion', opinion: '需更换阀门' });
        await h.sut.hazards.perform(INSPECTOR, hz.id, 'open', { action: 'record_plan', plan: PLAN });
        await h.sut.hazards.perform(CONTACT, hz.id, 'rectifying', { action: 'apply_acceptance', evaluatorKind: 'agency', evaluatorName: '某评价公司', reportRef: 'PJ-1', note: '', measuresDone: '已更换阀门并增设报警装置', fundsSpent: '480000' });
        await h.sut.hazards.perform(EXPERT, hz.id, 'awaiting_acceptance', { action: 'expert_sign', passed: true, opinion: '整改到位' });
        await h.sut.hazards.perform(LEADER, hz.id, 'expert_accepted', { action: 'authority_sign', passed: true, opinion: '同意销号' });
      }
      seeded.push(s);
    };
    // Unit A (its contact applies for the major hazard's acceptance): Q3 and Q4, every end state.
    await seed({ unit: 'A', found: '2026-09-30', level: 'general', end: 'closed', funding: 200 });
    await seed({ unit: 'A', found: '2026-10-01', level: 'general', end: 'closed', funding: 1200.5 });
    await seed({ unit: 'A', found: '2026-10-20', level: 'major', end: 'closed', funding: 80000 });
    await seed({ unit: 'A', found: '2026-11-02', level: 'general', end: 'open', funding: 0.25 });
    await seed({ unit: 'A', found: '2026-11-03', level: 'general', end: 'void', funding: 999 });
    await seed({ unit: 'A', found: '2026-11-04', level: 'general', end: 'reported', funding: 555 });
    // Unit B: a major still open, two general, one of them closed.
    await seed({ unit: 'B', found: '2026-11-10', level: 'major', end: 'open', funding: 30000 });
    await seed({ unit: 'B', found: '2026-11-11', level: 'general', end: 'closed', funding: null });
    await seed({ unit: 'B', found: '2026-11-30', level: 'general', end: 'open', funding: 10.1 });
    // Unit C: nothing in Q4, one in Q3.
    await seed({ unit: 'C', found: '2026-08-01', level: 'general', end: 'open', funding: 50 });
    h.clock.set(at('2026-11-30'));
  });
  afterEach(async () => h.close());

  /** The expected line of a unit, counted here from the seeded list. */
  const expected = (unit: 'A' | 'B' | 'C' | null, start: string, end: string) => {
    const counted = seeded.filter((s) => (unit === null || s.unit === unit) && s.found >= start && s.found <= end && s.end !== 'reported' && s.end !== 'void');
    const found = counted.length;
    const major = counted.filter((s) => s.level === 'major').length;
    const rectified = counted.filter((s) => s.end === 'closed').length;
    const rectifiedMajor = counted.filter((s) => s.end === 'closed' && s.level === 'major').length;
    const funding = Math.round(counted.reduce((sum, s) => sum + (s.funding ?? 0) * 100, 0)) / 100;
    const rate = found === 0 ? '—' : Math.round((rectified / found) * 1000) / 1000; // the cell holds a fraction shown as a percentage
    return [found, major, rectified, rectifiedMajor, rate, funding];
  };

  it('builds the quarterly table: a title with the period, one line per unit, a totals row and the unit head’s signature line', async () => {
    const prepared = await h.sut.exports.prepare(INSPECTOR, parseExportArgs(['stats', '2026-Q4'])!);
    const file = await buildExportFile(prepared, zh);
    const { sheet, rows } = await readSheet(file.bytes);
    expect(file.filename).toBe('隐患排查治理统计表 2026-Q4.xlsx');
    expect(rows[0]![0]).toBe('2026年第4季度生产经营单位事故隐患排查治理情况统计表（截至 2026年11月30日 星期一）');
    expect(sheet.model.merges).toContain('A1:I1');
    expect(rows[1]).toEqual(['单位名称', '统一社会信用代码', '所在乡镇（街道）', '排查隐患（项）', '其中重大隐患（项）', '已整改（项）', '其中重大隐患已整改（项）', '整改率', '整改资金（元）']);
    expect(rows.slice(2, 5)).toEqual((['A', 'B', 'C'] as const).map((u) => [units[u].name, units[u].code, units[u].town, ...expected(u, '2026-10-01', '2026-12-31')]));
    // A: 3 found (void and unconfirmed left out), 1 major, 2 rectified, 1 of them major, 2/3 → 66.7%; C: nothing found, no rate.
    expect(rows[2]!.slice(3)).toEqual([3, 1, 2, 1, 0.667, 81200.75]);
    expect(rows[4]!.slice(3)).toEqual([0, 0, 0, 0, '—', 0]);
    expect(rows[5]).toEqual(['合计（3 家）', null, null, ...expected(null, '2026-10-01', '2026-12-31')]);
    expect(rows[5]!.slice(3)).toEqual([6, 2, 3, 1, 0.5, 111210.85]);
    expect(sheet.getRow(6).getCell(1).font?.bold).toBe(true);
    expect(sheet.getRow(3).getCell(8).numFmt).toBe('0.0%');
    expect(sheet.getRow(3).getCell(9).numFmt).toBe('#,##0.00');
    expect(rows.at(-1)![0]).toBe('单位主要负责人（签字）：____________　　填报人：____________　　填报日期：____年__月__日');
    expect(rows.at(-2)![0]).toMatch(/^说明：统计2026年第4季度内发现并经确认的隐患/);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.autoFilter).toBe('A2:I2');
    expect(file.rows).toBe(3);
  });

  it('builds the annual table in English, and defaults to the quarter just ended', async () => {
    const annual = await h.sut.exports.prepare(LEADER, { kind: 'stats', period: parseReportPeriod('2026') });
    const { rows } = await readSheet((await buildExportFile(annual, en)).bytes);
    expect(rows[0]![0]).toBe('Hazard investigation and rectification statistics by unit, 2026 (as of Mon 30 Nov 2026)');
    expect(rows[1]).toEqual(['Unit', 'Credit code', 'Town', 'Hazards found', 'of which major', 'Rectified', 'of which major', 'Rectification rate', 'Funding (yuan)']);
    expect(rows.slice(2, 5).map((r) => r.slice(3))).toEqual((['A', 'B', 'C'] as const).map((u) => expected(u, '2026-01-01', '2026-12-31')));
    expect(rows[5]).toEqual(['Total (3 units)', null, null, ...expected(null, '2026-01-01', '2026-12-31')]);
    expect(rows.at(-1)![0]).toMatch(/^Head of the unit \(signature\)/);
    const byDefault = await h.sut.exports.prepare(LEADER, { kind: 'stats', period: null });
    expect(byDefault).toMatchObject({ kind: 'stats', period: { label: '2026-Q3', start: '2026-07-01', end: '2026-09-30' } });
    const q3 = await readSheet((await buildExportFile(byDefault, zh)).bytes);
    expect(q3.rows.slice(2, 6).map((r) => r.slice(3))).toEqual([...(['A', 'B', 'C'] as const).map((u) => expected(u, '2026-07-01', '2026-09-30')), expected(null, '2026-07-01', '2026-09-30')]);
  });
});
