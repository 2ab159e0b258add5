/** Human numbers of records: YH (hazard), ZG (rectification order), JC (inspection) — PRODUCT.md §4, §5. */
export const NUMBER_PREFIXES = ['YH', 'ZG', 'JC'] as const;
export type NumberPrefix = (typeof NUMBER_PREFIXES)[number];

/** YH-2026-0001; the sequence grows past four digits rather than wrap (YH-2026-10000). */
export function formatRecordNumber(prefix: NumberPrefix, year: number, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`sequence must be a positive integer, got ${sequence}`);
  return `${prefix}-${year}-${String(sequence).padStart(4, '0')}`;
}

export function parseRecordNumber(text: string): { prefix: NumberPrefix; year: number; sequence: number } | undefined {
  const m = /^(YH|ZG|JC)-(\d{4})-(\d{4,})$/i.exec(text.trim());
  if (!m) return undefined;
  return { prefix: m[1]!.toUpperCase() as NumberPrefix, year: Number(m[2]), sequence: Number(m[3]) };
}
