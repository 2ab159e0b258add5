import { localDayStartUtc } from '../../src/domain/calendar.js';
import { describe, expect, it } from 'vitest';
import { computeFigures, type FigureRow, type ListedProgress } from '../../src/domain/report/figures.js';
import { parseReportKind } from '../../src/domain/report/report-kind.js';
import { PUBLICATION_LIMITS, splitReport } from '../../src/domain/report/report-parts.js';
import { parseReportPeriod } from '../../src/domain/report/report-period.js';

const period = (label: string) => parseReportPeriod(label)!;
const row = (o: Partial<FigureRow>): FigureRow => ({ town: '城关镇', level: 'general', status: 'open', foundDate: '2026-11-24', deadline: null, closedDate: null, ...o });
const listed = (o: Partial<ListedProgress>): ListedProgress => ({
  hazardId: 1, number: 'YH-2026-0001', title: '储罐泄漏', unitName: '某化工', status: 'rectifying', deadline: '2026-12-20', leader: 'ULEADER001',
  listingLevel: 'county', documentNumber: '安委办〔2026〕1号', listedDate: '2026-11-01', closedDate: null, ...o,
});

describe('office figures (pure)', () => {
  const W48 = period('2026-W48'); // Mon 23 – Sun 29 Nov 2026

  it('counts new hazards by found date and level, never reported or void ones', () => {
    const f = computeFigures(W48, '2026-12-02', [
      row({ foundDate: '2026-11-22' }), // Sunday before: last week
      row({ foundDate: '2026-11-23' }),
      row({ foundDate: '2026-11-29', level: 'major' }),
      row({ foundDate: '2026-11-30' }), // Monday after
      row({ foundDate: '2026-11-25', status: 'reported' }),
      row({ foundDate: '2026-11-25', status: 'void' }),
      row({ foundDate: '2026-11-25', n: 3 }),
    ], []);
    expect(f.new).toEqual({ general: 4, major: 1, total: 5 });
  });

  it('counts closed hazards by the local day they were closed, whenever found', () => {
    const f = computeFigures(W48, '2026-12-02', [
      row({ foundDate: '2026-10-01', status: 'closed', closedDate: '2026-11-29' }),
      row({ foundDate: '2026-10-01', status: 'closed', closedDate: '2026-11-30' }),
      row({ foundDate: '2026-10-01', status: 'closed', closedDate: '2026-11-23', level: 'major' }),
      row({ foundDate: '2026-10-01', status: 'closed', closedDate: '2026-11-22' }),
    ], []);
    expect(f.closed).toEqual({ general: 1, major: 1, total: 2 });
    expect(f.new.total).toBe(0);
    expect(f.rate).toBeNull();
  });

  it('counts overdue at the end of a past period: deadline before that day, not closed by then', () => {
    const f = computeFigures(W48, '2026-12-02', [
      row({ foundDate: '2026-11-01', deadline: '2026-11-28' }), // overdue on the 29th
      row({ foundDate: '2026-11-01', deadline: '2026-11-29' }), // due on the last day: not yet overdue
      row({ foundDate: '2026-11-01', deadline: '2026-11-20', status: 'closed', closedDate: '2026-11-30' }), // closed after: still overdue then
      row({ foundDate: '2026-11-01', deadline: '2026-11-20', status: 'closed', closedDate: '2026-11-29' }), // closed by then
      row({ foundDate: '2026-11-01', deadline: '2026-11-20', status: 'void' }),
      row({ foundDate: '2026-11-30', deadline: '2026-11-28', level: 'major' }), // found after the period
      row({ foundDate: '2026-11-01', deadline: '2026-11-10', level: 'major', status: 'awaiting_acceptance' }),
    ], []);
    expect(f.asOf).toBe('2026-11-29');
    expect(f.toDate).toBe(false);
    expect(f.overdue).toEqual({ general: 2, major: 1, total: 3 });
  });

  it('for the current period, stands at today', () => {
    const f = computeFigures(period('2026-W49'), '2026-12-02', [row({ foundDate: '2026-11-01', deadline: '2026-12-01' }), row({ foundDate: '2026-11-01', deadline: '2026-12-02' })], []);
    expect(f.asOf).toBe('2026-12-02');
    expect(f.toDate).toBe(true);
    expect(f.overdue.total).toBe(1);
  });

  it('computes the closure rate of the period’s new hazards, per town too, blank town last', () => {
    const f = computeFigures(W48, '2026-12-02', [
      row({ town: '北关街道', status: 'closed', closedDate: '2026-12-01' }),
      row({ town: '北关街道' }),
      row({ town: '北关街道' }),
      row({ town: '  ', status: 'closed', closedDate: '2026-11-25' }),
      row({ town: '城关镇', foundDate: '2026-01-01', deadline: '2026-02-01' }), // only overdue
      row({ town: '东坝乡', foundDate: '2026-01-01' }), // counts for nothing: no town row
    ], []);
    expect(f.new.total).toBe(4);
    expect(f.rectified).toBe(2);
    expect(f.rate).toBe(50);
    expect(f.towns.map((t) => [t.town, t.new.total, t.closed.total, t.overdue.total, t.rate])).toEqual([
      ['北关街道', 3, 0, 0, 33.3],
      ['城关镇', 0, 0, 1, null],
      ['', 1, 1, 0, 100],
    ]);
  });

  it('lists the listed hazards open at some point in the period, open ones first', () => {
    const f = computeFigures(W48, '2026-12-02', [], [
      listed({ number: 'YH-1', status: 'closed', closedDate: '2026-11-22' }), // closed before: out
      listed({ number: 'YH-2', status: 'closed', closedDate: '2026-11-23' }),
      listed({ number: 'YH-3', listedDate: '2026-11-30' }), // listed after: out
      listed({ number: 'YH-4', status: 'void' }),
      listed({ number: 'YH-5', deadline: '2026-12-01' }),
      listed({ number: 'YH-6', deadline: null }),
    ]);
    expect(f.listed.map((l) => l.number)).toEqual(['YH-5', 'YH-6', 'YH-2']);
  });
});

describe('local days in UTC', () => {
  it('gives the instant a Shanghai day begins, and handles a DST zone', () => {
    expect(localDayStartUtc('2026-11-30', 'Asia/Shanghai')).toBe('2026-11-29T16:00:00.000Z');
    expect(localDayStartUtc('2026-01-01', 'Asia/Shanghai')).toBe('2025-12-31T16:00:00.000Z');
    expect(localDayStartUtc('2026-07-01', 'Europe/Berlin')).toBe('2026-06-30T22:00:00.000Z');
    expect(localDayStartUtc('2026-12-01', 'Europe/Berlin')).toBe('2026-11-30T23:00:00.000Z');
    expect(localDayStartUtc('2026-03-29', 'Europe/Berlin')).toBe('2026-03-28T23:00:00.000Z'); // the day summer time starts
    expect(localDayStartUtc('2026-11-30', 'UTC')).toBe('2026-11-30T00:00:00.000Z');
  });
});

describe('report kinds', () => {
  it.each([['week', 'week'], ['周', 'week'], ['Month', 'month'], ['月', 'month'], ['季度', 'quarter'], ['quarter', 'quarter'], ['年', 'year'], ['YEAR', 'year']])('%s → %s', (word, kind) => {
    expect(parseReportKind(word)).toBe(kind);
  });
  it.each(['', 'day', '日', '2026-11', 'weeks'])('%s is no kind', (word) => expect(parseReportKind(word)).toBeNull());
});

describe('splitting a publication into messages', () => {
  const many = computeFigures(period('2026-11'), '2026-12-02',
    Array.from({ length: 200 }, (_, i) => row({ town: `镇${String(i).padStart(3, '0')}`, foundDate: '2026-11-10' })),
    Array.from({ length: 200 }, (_, i) => listed({ hazardId: i + 1, number: `YH-2026-${String(i + 1).padStart(4, '0')}` })));

  it('shows at most the limits, in order, with how many more, over at most six messages', () => {
    const parts = splitReport(many);
    expect(parts.length).toBeLessThanOrEqual(6);
    expect(parts.every((p) => p.parts === parts.length)).toBe(true);
    const listed = parts.flatMap((p) => p.listed.map((l) => l.number));
    expect(listed).toEqual(many.listed.slice(0, PUBLICATION_LIMITS.listedMax).map((l) => l.number));
    expect(parts.flatMap((p) => p.towns.map((t) => t.town))).toEqual(many.towns.map((t) => t.town).slice(0, PUBLICATION_LIMITS.townsMax));
    expect(parts.reduce((n, p) => n + p.moreListed, 0)).toBe(150);
    expect(parts.reduce((n, p) => n + p.moreTowns, 0)).toBe(0);
    for (const p of parts.filter((x) => x.listed.length)) expect(p.listedFrom).toBe(listed.indexOf(p.listed[0]!.number));
  });

  it('is one message when there is little to say', () => {
    const parts = splitReport(computeFigures(period('2026-11'), '2026-12-02', [row({ foundDate: '2026-11-10' })], []));
    expect(parts).toHaveLength(1);
    expect(parts[0]!.towns).toHaveLength(1);
  });
});
