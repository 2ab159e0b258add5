import ExcelJS from 'exceljs';

/** The first sheet of an .xlsx read back with exceljs, as arrays of cell values (column A first; empty cells null). */
export async function readSheet(bytes: Buffer): Promise<{ sheet: ExcelJS.Worksheet; rows: unknown[][] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => (rows[n - 1] = Array.from((row.values as unknown[]).slice(1), (v) => v ?? null)));
  return { sheet, rows };
}
