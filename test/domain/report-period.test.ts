import { describe, expect, it } from 'vitest';
import { parseReportPeriod, periodBefore, periodContaining, type ReportKind } from '../../src/domain/report/report-period.js';

describe('periodContaining', () => {
  it.each<[ReportKind, string, string, string, string]>([
    ['week', '2026-11-29', '2026-W48', '2026-11-23', '2026-11-29'], // Sunday belongs to the week before
    ['week', '2026-11-30', '2026-W49', '2026-11-30', '2026-12-06'],
    ['week', '2026-01-01', '2026-W01', '2025-12-29', '2026-01-04'], // Thursday 1 Jan 2026: week 1
    ['week', '2027-01-01', '2026-W53', '2026-12-28', '2027-01-03'], // 2026 has 53 ISO weeks
    ['week', '2021-01-03', '2020-W53', '2020-12-28', '2021-01-03'],
    ['week', '2024-12-30', '2025-W01', '2024-12-30', '2025-01-05'],
    ['month', '2026-02-14', '2026-02', '2026-02-01', '2026-02-28'],
    ['month', '2028-02-14', '2028-02', '2028-02-01', '2028-02-29'],
    ['month', '2026-12-31', '2026-12', '2026-12-01', '2026-12-31'],
    ['quarter', '2026-03-31', '2026-Q1', '2026-01-01', '2026-03-31'],
    ['quarter', '2026-04-01', '2026-Q2', '2026-04-01', '2026-06-30'],
    ['quarter', '2026-09-30', '2026-Q3', '2026-07-01', '2026-09-30'],
    ['quarter', '2026-11-29', '2026-Q4', '2026-10-01', '2026-12-31'],
    ['year', '2026-11-29', '2026', '2026-01-01', '2026-12-31'],
  ])('%s containing %s is %s (%s … %s)', (kind, date, label, start, end) => {
    expect(periodContaining(kind, date)).toMatchObject({ kind, label, start, end });
  });
});

describe('periodBefore', () => {
  it.each<[ReportKind, string, string]>([
    ['week', '2026-11-30', '2026-W48'],
    ['week', '2026-01-05', '2026-W01'],
    ['week', '2026-01-04', '2025-W52'],
    ['month', '2026-01-15', '2025-12'],
    ['quarter', '2026-01-01', '2025-Q4'],
    ['year', '2026-06-01', '2025'],
  ])('before the %s of %s comes %s', (kind, date, label) => {
    expect(periodBefore(periodContaining(kind, date)).label).toBe(label);
  });
});

describe('parseReportPeriod', () => {
  it.each<[string, ReportKind | undefined, string | null, string?, string?]>([
    ['2026-11', undefined, '2026-11', '2026-11-01', '2026-11-30'],
    ['2026-1', 'month', '2026-01', '2026-01-01', '2026-01-31'],
    ['2026-Q4', undefined, '2026-Q4', '2026-10-01', '2026-12-31'],
    ['2026q1', 'quarter', '2026-Q1', '2026-01-01', '2026-03-31'],
    [' 2026-W48 ', 'week', '2026-W48', '2026-11-23', '2026-11-29'],
    ['2026w01', undefined, '2026-W01', '2025-12-29', '2026-01-04'],
    ['2026-W53', undefined, '2026-W53', '2026-12-28', '2027-01-03'],
    ['2026', 'year', '2026', '2026-01-01', '2026-12-31'],
    ['2026-11-25', undefined, '2026-W48', '2026-11-23', '2026-11-29'],
    ['2026-11-25', 'month', '2026-11', '2026-11-01', '2026-11-30'],
    ['2026-11-25', 'quarter', '2026-Q4'],
    // Wrong or mismatched
    ['2025-W53', undefined, null], // 2025 has 52 weeks
    ['2026-W00', undefined, null],
    ['2026-W54', undefined, null],
    ['2026-13', undefined, null],
    ['2026-00', undefined, null],
    ['2026-Q5', undefined, null],
    ['2026-Q0', undefined, null],
    ['2026-02-30', undefined, null],
    ['1999', undefined, null],
    ['2100-Q1', undefined, null],
    ['next week', undefined, null],
    ['', undefined, null],
    ['2026-11', 'quarter', null],
    ['2026-Q4', 'month', null],
    ['2026', 'week', null],
  ])('%j (%s) → %s', (text, kind, label, start, end) => {
    const p = parseReportPeriod(text, kind);
    if (label === null) return void expect(p).toBeNull();
    expect(p?.label).toBe(label);
    if (start) expect(p).toMatchObject({ start, end });
  });
});
