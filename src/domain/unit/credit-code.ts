/**
 * Unified social credit code (统一社会信用代码), GB 32100-2015:
 *   position 1      registration authority (登记管理部门代码)
 *   position 2      organisation category (机构类别代码)
 *   positions 3–8   administrative division code (登记管理机关行政区划码), six digits
 *   positions 9–17  organisation code (主体标识码, GB 11714)
 *   position 18     check character over positions 1–17, modulo 31
 * The alphabet is the digits and the capital letters without I, O, S, V and Z.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

export type CreditCodeProblem =
  | { kind: 'length'; length: number }
  | { kind: 'character'; position: number; character: string }
  | { kind: 'division'; position: number }
  | { kind: 'check' };

export type CreditCodeResult = { ok: true; code: string } | { ok: false; problem: CreditCodeProblem };

/** Full-width letters and digits (typed with a Chinese input method) become ASCII; spaces go; letters go upper case. */
export function normalizeCreditCode(input: string): string {
  return input
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000-]/g, '')
    .toUpperCase();
}

/** The check character for the first 17 characters (which must already be in the alphabet). */
export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i]!;
  return ALPHABET.charAt((31 - (sum % 31)) % 31);
}

export function validateCreditCode(input: string): CreditCodeResult {
  const code = normalizeCreditCode(input);
  if (code.length !== 18) return { ok: false, problem: { kind: 'length', length: [...code].length } };
  for (let i = 0; i < 18; i++) {
    const c = code.charAt(i);
    if (!ALPHABET.includes(c)) return { ok: false, problem: { kind: 'character', position: i + 1, character: c } };
  }
  for (let i = 2; i < 8; i++) {
    if (!/[0-9]/.test(code.charAt(i))) return { ok: false, problem: { kind: 'division', position: i + 1 } };
  }
  if (creditCodeCheckCharacter(code.slice(0, 17)) !== code.charAt(17)) return { ok: false, problem: { kind: 'check' } };
  return { ok: true, code };
}
