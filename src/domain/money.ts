/** The largest amount of money anjian records, in yuan (¥10 billion). */
export const MAX_YUAN = 10_000_000_000;

/**
 * An amount in yuan as a person types it: a plain decimal with at most two decimals; full-width digits (Chinese
 * input) are read, thousands separators, spaces and 元/¥ dropped; 0x10 or 1e3 are not amounts. Blank gives null.
 * Returns `undefined` when it is not an amount (or more than `max`).
 */
export function parseYuan(raw: string | number | null | undefined, max = MAX_YUAN): number | null | undefined {
  const text = typeof raw === 'number' ? String(raw)
    : (raw ?? '').replace(/[\uFF10-\uFF19\uFF0E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[,，\s元¥￥]/g, '');
  if (text === '') return null;
  const n = Number(text);
  return /^\d+(\.\d{1,2})?$/.test(text) && n <= max ? n : undefined;
}
