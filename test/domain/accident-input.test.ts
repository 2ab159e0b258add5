import { describe, expect, it } from 'vitest';
import { validateAccidentInput, type AccidentProblem } from '../../src/domain/accident/accident-input.js';

const TODAY = '2026-11-30';

type Raw = Parameters<typeof validateAccidentInput>[0];
const raw = (over: Partial<Raw> = {}): Raw => ({ date: '2026-11-28', deaths: '1', seriousInjuries: '2', directLoss: '350000', summary: '仓库货架倒塌，一人死亡', ...over });

describe(validateAccidentInput.name, () => {
  it('accepts a good record', () => {
    expect(validateAccidentInput(raw(), TODAY)).toEqual({
      ok: true,
      value: { date: '2026-11-28', deaths: 1, seriousInjuries: 2, directLoss: 350000, summary: '仓库货架倒塌，一人死亡' },
    });
  });

  it('reads blank, null and missing numbers as 0', () => {
    expect(validateAccidentInput({ date: '2026-11-28', deaths: '', seriousInjuries: null, summary: '  车间起火，无人员伤亡  ' }, TODAY)).toEqual({
      ok: true,
      value: { date: '2026-11-28', deaths: 0, seriousInjuries: 0, directLoss: 0, summary: '车间起火，无人员伤亡' },
    });
  });

  it.each<[string, Partial<Raw>, { deaths: number; seriousInjuries: number; directLoss: number }]>([
    ['full-width digits', { deaths: '３', seriousInjuries: '１２', directLoss: '１２３４５．６７' }, { deaths: 3, seriousInjuries: 12, directLoss: 12345.67 }],
    ['numbers given as numbers', { deaths: 3, seriousInjuries: 0, directLoss: 10_000_000 }, { deaths: 3, seriousInjuries: 0, directLoss: 10_000_000 }],
    ['spaces around counts', { deaths: ' 4 ', seriousInjuries: ' 0' }, { deaths: 4, seriousInjuries: 0, directLoss: 350000 }],
    ['a loss with 2 decimals', { directLoss: '9999999.99' }, { deaths: 1, seriousInjuries: 2, directLoss: 9_999_999.99 }],
    ['a loss with 1 decimal', { directLoss: '1500.5' }, { deaths: 1, seriousInjuries: 2, directLoss: 1500.5 }],
    ['a loss with thousands separators and a currency sign', { directLoss: '¥1,200,000元' }, { deaths: 1, seriousInjuries: 2, directLoss: 1_200_000 }],
    ['a loss with full-width comma', { directLoss: '50，000' }, { deaths: 1, seriousInjuries: 2, directLoss: 50_000 }],
  ])('accepts %s', (_label, over, expected) => {
    const result = validateAccidentInput(raw(over), TODAY);
    expect(result.ok).toBe(true);
    if (result.ok) expect({ deaths: result.value.deaths, seriousInjuries: result.value.seriousInjuries, directLoss: result.value.directLoss }).toEqual(expected);
  });

  it.each<[string | number]>([['1.5'], ['-1'], ['abc'], [-1], [1.5], ['1e2'], ['3人'], ['1234567']])('rejects %j deaths as a count problem', (deaths) => {
    expect(validateAccidentInput(raw({ deaths }), TODAY)).toEqual({ ok: false, problems: [{ field: 'deaths', kind: 'count' }] });
  });

  it.each<[string | number]>([['1.5'], ['-1'], ['abc']])('rejects %j serious injuries as a count problem', (seriousInjuries) => {
    expect(validateAccidentInput(raw({ seriousInjuries }), TODAY)).toEqual({ ok: false, problems: [{ field: 'serious_injuries', kind: 'count' }] });
  });

  it.each<[string | number]>([['100.123'], ['1e6'], ['-500'], ['abc'], ['1.'], ['.5'], [1e21]])('rejects %j as a loss amount', (directLoss) => {
    expect(validateAccidentInput(raw({ directLoss }), TODAY)).toEqual({ ok: false, problems: [{ field: 'direct_loss', kind: 'amount' }] });
  });

  it.each<[string]>([[TODAY], ['2026-11-29'], ['2020-01-01'], ['2024-02-29']])('accepts the date %s (today or earlier)', (date) => {
    expect(validateAccidentInput(raw({ date }), TODAY).ok).toBe(true);
  });

  it.each<[string]>([['2026-12-01'], ['2027-01-01']])('rejects the future date %s', (date) => {
    expect(validateAccidentInput(raw({ date }), TODAY)).toEqual({ ok: false, problems: [{ field: 'date', kind: 'future' }] });
  });

  it.each<[string | null | undefined, AccidentProblem]>([
    ['', { field: 'date', kind: 'required' }],
    [null, { field: 'date', kind: 'required' }],
    [undefined, { field: 'date', kind: 'required' }],
    ['2026/11/28', { field: 'date', kind: 'date' }],
    ['2026-11-2', { field: 'date', kind: 'date' }],
    ['28-11-2026', { field: 'date', kind: 'date' }],
    ['yesterday', { field: 'date', kind: 'date' }],
    ['2026-02-29', { field: 'date', kind: 'date' }],
    ['2026-02-30', { field: 'date', kind: 'date' }],
    ['2026-04-31', { field: 'date', kind: 'date' }],
    // Out-of-range months and days: the date is not a calendar date, so it is a date problem like 2026-02-30.
    ['2026-13-01', { field: 'date', kind: 'date' }],
    ['2026-00-10', { field: 'date', kind: 'date' }],
    ['2026-11-32', { field: 'date', kind: 'date' }],
    ['2026-11-00', { field: 'date', kind: 'date' }],
  ])('reports the date %j as %o', (date, problem) => {
    expect(validateAccidentInput(raw({ date }), TODAY)).toEqual({ ok: false, problems: [problem] });
  });

  it.each<[string | null | undefined]>([[''], ['   '], [null], [undefined]])('requires a summary (%j)', (summary) => {
    expect(validateAccidentInput(raw({ summary }), TODAY)).toEqual({ ok: false, problems: [{ field: 'summary', kind: 'required' }] });
  });

  it('accepts a summary of exactly 2000 characters (counted as characters, not UTF-16 units)', () => {
    const summary = '事'.repeat(1999) + '𠀀';
    expect(validateAccidentInput(raw({ summary }), TODAY).ok).toBe(true);
  });

  it('rejects a summary of 2001 characters as too long', () => {
    expect(validateAccidentInput(raw({ summary: '事'.repeat(2001) }), TODAY)).toEqual({ ok: false, problems: [{ field: 'summary', kind: 'too_long' }] });
  });

  it('reports every problem together, in field order', () => {
    expect(validateAccidentInput({ date: '2026-12-25', deaths: '1.5', seriousInjuries: '-1', directLoss: '1e6', summary: '' }, TODAY)).toEqual({
      ok: false,
      problems: [
        { field: 'date', kind: 'future' },
        { field: 'deaths', kind: 'count' },
        { field: 'serious_injuries', kind: 'count' },
        { field: 'direct_loss', kind: 'amount' },
        { field: 'summary', kind: 'required' },
      ],
    });
  });

  it('reports a bad date and a too-long summary together', () => {
    expect(validateAccidentInput(raw({ date: '2026-02-30', deaths: 'abc', summary: 'x'.repeat(2001) }), TODAY)).toEqual({
      ok: false,
      problems: [
        { field: 'date', kind: 'date' },
        { field: 'deaths', kind: 'count' },
        { field: 'summary', kind: 'too_long' },
      ],
    });
  });
});
