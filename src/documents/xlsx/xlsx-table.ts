import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { isCalendarDate, utcMidnight } from '../../domain/calendar.js';

/**
 * How a column's cells are written: text; a calendar date (YYYY-MM-DD in, a real Excel date out); a whole number;
 * an amount in yuan; a percentage (the value given in percent, 66.7 → 66.7%).
 */
export type CellKind = 'text' | 'date' | 'integer' | 'money' | 'percent';

/** What a row gives a cell: text, a number, a calendar date (for `date` columns), or nothing. */
export type CellValue = string | number | null;

export interface XlsxColumn<R> {
  readonly header: string;
  /** Width in characters (a Chinese character counts about 2). */
  readonly width: number;
  readonly kind: CellKind;
  readonly value: (row: R) => CellValue;
}

/** A sheet that is one table: an optional title line, the header row (frozen, with filters), the rows, then footer lines. */
export interface XlsxTableSpec<R> {
  readonly sheetName: string;
  /** A line above the header, merged across the table (the statistics name their period here). */
  readonly title?: string;
  readonly columns: readonly XlsxColumn<R>[];
  /** Rows after the data, built once every row is read (a totals row: one value per column), then text lines. */
  readonly footer?: () => { readonly rows?: readonly (readonly CellValue[])[]; readonly lines?: readonly string[] };
  /** The workbook's creation time (from the injected clock). */
  readonly created: Date;
}

const NUM_FMT: Readonly<Record<CellKind, string | undefined>> = { text: undefined, date: 'yyyy-mm-dd', integer: '0', money: '#,##0.00', percent: '0.0%' };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FF9BB7D4' } };

/** The typed value of one cell: a Date for dates, a fraction for percentages, the number for numbers. */
function cellValue(kind: CellKind, v: CellValue): ExcelJS.CellValue {
  if (v === null || v === '') return null;
  // Excel stores dates as serial days; a calendar date becomes midnight UTC so that the serial is a whole day.
  if (typeof v === 'string') return kind === 'date' && isCalendarDate(v) ? utcMidnight(v) : v;
  return kind === 'percent' ? Math.round(v * 10) / 1000 : v;
}

/** Lets the event loop run (other requests, I/O) between chunks of synchronous work. */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Excel's limits on sheet names: 31 characters, none of []:*?/\ . */
const sheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1';

/**
 * Writes the table as an .xlsx with exceljs's streaming writer: each page of rows is rendered and handed to the zip
 * stream (compression runs off the main thread in zlib), then the event loop gets a turn before the next page. A
 * large export therefore never holds the process for long, and its memory stays near the size of the file.
 * `onRows` is told how many rows are written so far after each page (for progress).
 */
export async function buildXlsxTable<R>(spec: XlsxTableSpec<R>, pages: AsyncIterable<readonly R[]>, onRows?: (written: number) => unknown): Promise<{ bytes: Buffer; rows: number }> {
  const chunks: Buffer[] = [];
  const sink = new Writable({ write: (chunk: Buffer, _enc, done) => void (chunks.push(chunk), done()) });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
  workbook.creator = 'anjian';
  workbook.created = spec.created;
  const headerRow = spec.title ? 2 : 1;
  const width = spec.columns.length;
  const sheet = workbook.addWorksheet(sheetName(spec.sheetName), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}`, activeCell: `A${headerRow + 1}` }],
    // Printed as an office files it: A4 landscape, every column on one page's width (as many pages down as it takes),
    // the header row repeated on every page.
    pageSetup: {
      paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${headerRow}:${headerRow}`,
    },
  });
  sheet.columns = spec.columns.map((c, i) => ({ key: `c${i}`, width: c.width }));
  sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: width } };

  if (spec.title) {
    const title = sheet.addRow([spec.title]);
    title.height = 28;
    title.getCell(1).font = { bold: true, size: 14 };
    title.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
    sheet.mergeCells(1, 1, 1, width);
    title.commit();
  }
  const header = sheet.addRow(spec.columns.map((c) => c.header));
  header.height = 32;
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = { top: THIN, bottom: THIN, left: THIN, right: THIN };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  });
  header.commit();

  const addRow = (values: readonly CellValue[], bold = false) => {
    const row = sheet.addRow(spec.columns.map((c, i) => cellValue(c.kind, values[i] ?? null)));
    spec.columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      const fmt = NUM_FMT[c.kind];
      if (fmt) cell.numFmt = fmt;
      cell.alignment = { vertical: 'top', wrapText: c.kind === 'text' && c.width >= 30 };
      if (bold) cell.font = { bold: true };
    });
    row.commit();
  };

  let written = 0;
  for await (const page of pages) {
    for (const r of page) addRow(spec.columns.map((c) => c.value(r)));
    written += page.length;
    await onRows?.(written);
    await yieldToEventLoop();
  }
  const footer = spec.footer?.();
  for (const values of footer?.rows ?? []) addRow(values, true);
  if (footer?.lines?.length) sheet.addRow([]).commit();
  for (const line of footer?.lines ?? []) {
    const row = sheet.addRow([line]);
    sheet.mergeCells(row.number, 1, row.number, width);
    row.commit();
  }
  sheet.commit();
  await workbook.commit();
  return { bytes: Buffer.concat(chunks), rows: written };
}
