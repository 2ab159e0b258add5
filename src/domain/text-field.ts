/** A typed text field left blank though required, or longer than its limit. */
export type TextProblem<F> = { field: F; kind: 'required' } | { field: F; kind: 'too_long'; max: number };

/**
 * Reads a text field a person typed: trimmed, and measured in characters as people count them (an emoji or a rare
 * CJK character is one, not two UTF-16 units). A problem is added to `problems` and the text returned all the same,
 * so a form's every problem is found in one pass.
 */
export function readText<F>(problems: { push(problem: TextProblem<F>): unknown }, field: F, value: string | null | undefined, max: number, required = true): string {
  const v = (value ?? '').trim();
  if (!v && required) problems.push({ field, kind: 'required' });
  else if ([...v].length > max) problems.push({ field, kind: 'too_long', max });
  return v;
}
