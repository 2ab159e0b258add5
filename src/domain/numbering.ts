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

/** Official documents numbered by a serial per year: 责令限期整改指令书 (责改) and 整改复查意见书 (复查). */
export const DOCUMENT_KINDS = { order: '责改', reinspection: '复查' } as const;
export type DocumentKind = keyof typeof DOCUMENT_KINDS;

/**
 * An official document's number as printed: （郑）应急责改〔2026〕1号 — the office's short prefix, the kind, the year
 * once, the serial (DOMAIN.md §B2). Without a configured prefix the brackets stay blank for the pen: （  ）.
 */
export function formatDocumentNumber(kind: DocumentKind, prefix: string | undefined, year: number, serial: number | string): string {
  return `（${prefix?.trim() || '  '}）应急${DOCUMENT_KINDS[kind]}〔${year}〕${serial}号`;
}
