import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { LedgerRow } from '../../src/domain/export/export-rows.model.js';
import { hazardLedgerColumns, ledgerOverdue } from '../../src/documents/xlsx/hazard-ledger.xlsx.js';
import { xlsxFilename } from '../../src/documents/xlsx/export-workbook.js';
import { buildXlsxTable, type XlsxColumn } from '../../src/documents/xlsx/xlsx-table.js';
import { createI18n } from '../../src/i18n/index.js';

const zh = createI18n('zh-CN', 'Asia/Shanghai');
const en = createI18n('en', 'Asia/Shanghai');
const CREATED = new Date('2026-11-30T02:00:00.000Z');
const day = (date: string) => new Date(`${date}T00:00:00.000Z`);

const ROW: LedgerRow = {
  id: 7, number: 'YH-2026-0007', source: 'public_report', inspectionNumber: 'JC-2026-0003', unitName: '城关化工有限公司', creditCode: '91110108551385082Q',
  industry: 'hazardous_chemicals', town: '城关镇', tier: 'red', majorHazardSource: true, foundDate: '2026-10-08', foundBy: 'UINSPECT01', location: '储罐区',
  title: '储罐区阀门泄漏', description: '二号储罐出口阀门渗漏，现场有异味。', category: 'hazardous_chemicals', level: 'major', responsiblePerson: '李四', assignee: 'UINSPECT02',
  orderNumber: 'ZG-2026-0004', orderMeasures: '更换阀门并检测', deadline: '2026-11-20', funding: 86000.5, status: 'awaiting_acceptance', listingLevel: 'city',
  listingDocument: '市安办〔2026〕3号', listingLeader: 'ULEADER001', closedAt: null, closureKind: null, closedBy: null,
};

async function read(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.worksheets[0]!;
}
/** Row n's values from column A, empty cells null, padded with null to `width` cells. */
const cells = (sheet: ExcelJS.Worksheet, n: number, width = 0) => {
  const values = Array.from((sheet.getRow(n).values as unknown[]).slice(1), (v) => v ?? null);
  return [...values, ...Array<null>(Math.max(0, width - values.length)).fill(null)];
};
async function* pagesOf<R>(rows: readonly R[], size: number): AsyncGenerator<readonly R[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

describe('hazard ledger workbook', () => {
  it('has Chinese headers and translated, typed cells', async () => {
    const { bytes } = await buildXlsxTable({ sheetName: '隐患台账', columns: hazardLedgerColumns(zh, '2026-11-30'), created: CREATED }, pagesOf([ROW], 10));
    const sheet = await read(bytes);
    expect(cells(sheet, 1)).toEqual([
      '隐患编号', '隐患来源', '关联检查编号', '单位名称', '统一社会信用代码', '行业', '所在乡镇（街道）', '监管等级', '重大危险源', '发现日期', '发现人', '隐患部位',
      '隐患名称', '隐患描述', '隐患类别', '隐患等级', '整改责任人', '跟踪检查员', '整改指令书编号', '整改措施', '整改期限', '整改资金（元）', '整改状态', '是否逾期',
      '挂牌督办级别', '挂牌督办文号', '督办领导', '销号日期', '销号方式', '销号人',
    ]);
    expect(cells(sheet, 2, 30)).toEqual([
      'YH-2026-0007', '举报', 'JC-2026-0003', '城关化工有限公司', '91110108551385082Q', '危险化学品', '城关镇', '红色', '是', day('2026-10-08'), 'UINSPECT01', '储罐区',
      '储罐区阀门泄漏', '二号储罐出口阀门渗漏，现场有异味。', '危险化学品', '重大隐患', '李四', 'UINSPECT02', 'ZG-2026-0004', '更换阀门并检测', day('2026-11-20'), 86000.5,
      '待验收', '是', '市级', '市安办〔2026〕3号', 'ULEADER001', null, null, null,
    ]);
    expect(sheet.getRow(2).getCell(21).type).toBe(ExcelJS.ValueType.Date);
    expect(sheet.getRow(2).getCell(21).numFmt).toBe('yyyy-mm-dd');
    expect(sheet.getRow(2).getCell(22).numFmt).toBe('#,##0.00');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, topLeftCell: 'A2' });
    expect(sheet.autoFilter).toBe('A1:AD1');
    expect(sheet.columns.map((c) => c.width)).toEqual(hazardLedgerColumns(zh, '2026-11-30').map((c) => c.width));
  });

  it('has English headers and values for an English reader, with the closing date in the office’s time zone', async () => {
    // Closed at 23:30 UTC on 30 Nov: already 1 December in Shanghai.
    const closed: LedgerRow = { ...ROW, status: 'closed', closedAt: '2026-11-30T23:30:00.000Z', closureKind: 'acceptance', closedBy: 'ULEADER001', funding: null, inspectionNumber: null };
    const { bytes } = await buildXlsxTable({ sheetName: 'Hazard ledger', columns: hazardLedgerColumns(en, '2026-12-01'), created: CREATED }, pagesOf([closed], 10));
    const sheet = await read(bytes);
    expect(cells(sheet, 1)).toEqual([
      'Number', 'Source', 'Inspection', 'Unit', 'Credit code', 'Industry', 'Town', 'Tier', 'Major hazard source', 'Found on', 'Found by', 'Location', 'Title', 'Description',
      'Category', 'Level', 'Responsible person', 'Assigned inspector', 'Rectification order', 'Measures', 'Deadline', 'Funding (yuan)', 'Status', 'Overdue', 'Listing level',
      'Listing document', 'Supervising leader', 'Closed on', 'Closed by way of', 'Closed by',
    ]);
    const values = Object.fromEntries(cells(sheet, 1).map((h, i) => [String(h), cells(sheet, 2, 30)[i]]));
    expect(values).toMatchObject({
      Source: 'Public report', Inspection: null, Industry: 'Hazardous chemicals', Tier: 'red', 'Major hazard source': 'yes', Level: 'major hazard', Status: 'closed',
      Overdue: 'no', 'Listing level': 'city', 'Closed on': day('2026-12-01'), 'Closed by way of': 'accepted and closed', 'Closed by': 'ULEADER001', 'Funding (yuan)': null,
    });
    expect(sheet.name).toBe('Hazard ledger');
  });

  it.each([
    ['rectifying', '2026-11-29', '2026-11-30', true],
    ['rectifying', '2026-11-30', '2026-11-30', false], // due today is not overdue yet
    ['open', '2026-11-01', '2026-11-30', true],
    ['expert_accepted', '2026-11-01', '2026-11-30', true],
    ['closed', '2026-11-01', '2026-11-30', false],
    ['void', '2026-11-01', '2026-11-30', false],
    ['reported', '2026-11-01', '2026-11-30', false], // not confirmed yet: no deadline runs
    ['open', null, '2026-11-30', false],
  ] as const)('a %s hazard due %s is overdue on %s: %s', (status, deadline, today, overdue) => {
    expect(ledgerOverdue({ status, deadline }, today)).toBe(overdue);
  });
});

describe('xlsx tables', () => {
  type R = { name: string; n: number | null; when: string | null; rate: number | string | null };
  const columns: XlsxColumn<R>[] = [
    { header: '名称', width: 20, kind: 'text', value: (r) => r.name },
    { header: '数量', width: 8, kind: 'integer', value: (r) => r.n },
    { header: '日期', width: 12, kind: 'date', value: (r) => r.when },
    { header: '比率', width: 8, kind: 'percent', value: (r) => r.rate },
  ];

  it('puts a merged title above the header, bold totals and merged text lines below, and freezes and filters the header row', async () => {
    const { bytes, rows } = await buildXlsxTable({
      sheetName: 'a/b:c*d?[e]f with a name longer than thirty-one characters', title: '标题', columns, created: CREATED,
      footer: () => ({ rows: [['合计', 3, null, 12.5]], lines: ['签字：____'] }),
    }, pagesOf<R>([{ name: '甲', n: 1, when: '2026-02-28', rate: 66.7 }, { name: '乙', n: 2, when: null, rate: '—' }], 1));
    const sheet = await read(bytes);
    expect(rows).toBe(2);
    expect(sheet.name).toBe('a b c d  e f with a name longer');
    expect(sheet.name.length).toBe(31);
    expect(cells(sheet, 1)).toEqual(['标题', '标题', '标题', '标题']); // a merged range reads back in each cell
    expect(sheet.model.merges).toEqual(expect.arrayContaining(['A1:D1', 'A7:D7']));
    expect(cells(sheet, 2)).toEqual(['名称', '数量', '日期', '比率']);
    expect(cells(sheet, 3)).toEqual(['甲', 1, day('2026-02-28'), 0.667]);
    expect(cells(sheet, 4)).toEqual(['乙', 2, null, '—']);
    expect(cells(sheet, 5)).toEqual(['合计', 3, null, 0.125]);
    expect(sheet.getRow(5).getCell(1).font?.bold).toBe(true);
    expect(cells(sheet, 6)).toEqual([]);
    expect(sheet.getRow(7).getCell(1).value).toBe('签字：____');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.autoFilter).toBe('A2:D2');
  });

  it('reports the rows written after each page and lets other work run between pages', async () => {
    const rows: R[] = Array.from({ length: 2000 }, (_, i) => ({ name: `单位${i}`, n: i, when: '2026-01-01', rate: null }));
    const seen: number[] = [];
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    try {
      const built = await buildXlsxTable({ sheetName: 's', columns, created: CREATED }, pagesOf(rows, 250), (n) => void seen.push(n));
      expect(built.rows).toBe(2000);
      expect((await read(built.bytes)).rowCount).toBe(2001);
    } finally {
      clearInterval(timer);
    }
    expect(seen).toEqual([250, 500, 750, 1000, 1250, 1500, 1750, 2000]);
    expect(ticks).toBeGreaterThanOrEqual(4); // timers fired while the workbook was being built
  });

  it('names files without characters file systems refuse', () => {
    expect(xlsxFilename('隐患台账 2026/Q4: "全部"')).toBe('隐患台账 2026 Q4 全部.xlsx');
    expect(xlsxFilename('  ')).toBe('export.xlsx');
  });
});

describe('printing an export', () => {
  it('prints A4 landscape, fitted to one page wide, with the header row repeated on every page', async () => {
    const { bytes } = await buildXlsxTable({ sheetName: '隐患台账', title: '2026年隐患台账', columns: hazardLedgerColumns(zh, '2026-11-30'), created: CREATED }, pagesOf([ROW], 10));
    const sheet = await read(bytes);
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    // The header is row 2 under a title (row 1 without one): Excel's print titles name exactly that row.
    const workbookXml = await (await JSZip.loadAsync(bytes)).file('xl/workbook.xml')!.async('string');
    expect(workbookXml).toMatch(/<definedName name="_xlnm\.Print_Titles" localSheetId="0">[^<]*!\$2:\$2<\/definedName>/);
    const plain = await buildXlsxTable({ sheetName: 'Ledger', columns: hazardLedgerColumns(en, '2026-11-30'), created: CREATED }, pagesOf([ROW], 10));
    expect(await (await JSZip.loadAsync(plain.bytes)).file('xl/workbook.xml')!.async('string')).toContain('!$1:$1</definedName>');
  });
});
