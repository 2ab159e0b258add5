import { describe, expect, it } from 'vitest';
import { validateHazardInput, type HazardPhoto, type HazardProblem, type RawHazardInput } from '../../src/domain/hazard/hazard-input.js';

const TODAY = '2026-11-30';
const STAFF = { today: TODAY, staff: true };
const PUBLIC = { today: TODAY, staff: false };

const GOOD: RawHazardInput = {
  unitId: 7,
  title: '配电箱未接地',
  description: '二号车间配电箱外壳未做保护接地',
  location: '二号车间东侧',
  category: 'electrical',
  level: 'general',
  source: 'routine_inspection',
  foundDate: '2026-11-28',
  deadline: '2026-12-10',
  responsiblePerson: '李四',
  assignee: 'U_INSP',
  funding: null,
  photos: [],
};

const photo = (n: number): HazardPhoto => ({ fileId: `F${n}`, name: `photo-${n}.jpg`, permalink: `https://example.slack.com/files/F${n}` });

const problemsOf = (raw: RawHazardInput, o = STAFF): HazardProblem[] => {
  const result = validateHazardInput(raw, o);
  return result.ok ? [] : result.problems;
};

describe(validateHazardInput.name, () => {
  it('normalises a complete staff input: trims text and parses the funding', () => {
    expect(
      validateHazardInput(
        {
          unitId: 7,
          title: '  配电箱未接地 ',
          description: '\t二号车间配电箱外壳未做保护接地\n',
          location: ' 二号车间东侧 ',
          category: 'electrical',
          level: 'major',
          source: 'special_campaign',
          foundDate: '2026-11-28',
          deadline: '2026-12-10',
          responsiblePerson: ' 李四 ',
          assignee: 'U_INSP',
          funding: '1,200.50',
          photos: [photo(1), photo(2)],
        },
        STAFF,
      ),
    ).toEqual({
      ok: true,
      value: {
        unitId: 7,
        title: '配电箱未接地',
        description: '二号车间配电箱外壳未做保护接地',
        location: '二号车间东侧',
        category: 'electrical',
        level: 'major',
        source: 'special_campaign',
        foundDate: '2026-11-28',
        deadline: '2026-12-10',
        responsiblePerson: '李四',
        assignee: 'U_INSP',
        funding: 1200.5,
        photos: [photo(1), photo(2)],
      },
    });
  });

  it('turns a blank responsible person, and a missing funding and photos, into null, null and []', () => {
    const { responsiblePerson: _r, funding: _f, photos: _p, ...rest } = GOOD;
    expect(validateHazardInput({ ...rest, responsiblePerson: '   ' }, STAFF)).toMatchObject({ ok: true, value: { responsiblePerson: null, funding: null, photos: [] } });
  });

  it.each<[string | number | null | undefined, number | null]>([
    ['1,200.50', 1200.5],
    ['¥300', 300],
    ['300元', 300],
    ['1，000', 1000],
    [' 2 500 ', 2500],
    ['0', 0],
    ['0.29', 0.29],
    [12.5, 12.5],
    [0, 0],
    ['', null],
    [null, null],
    [undefined, null],
  ])('reads funding %j as %j', (funding, expected) => {
    expect(validateHazardInput({ ...GOOD, funding }, STAFF)).toMatchObject({ ok: true, value: { funding: expected } });
  });

  it.each<[string, string | number]>([
    ['the number -1', -1],
    ['the text "-5"', '-5'],
    ['the text "abc"', 'abc'],
    ['the number 1.234 (sub-fen)', 1.234],
    ['the text "1.234" (sub-fen)', '1.234'],
    ['the text "12元3角"', '12元3角'],
    ['the number 10000000001 (over the limit)', 10_000_000_001],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
  ])('reports funding given as %s as a funding problem', (_label, funding) => {
    expect(problemsOf({ ...GOOD, funding })).toEqual([{ field: 'funding', kind: 'funding' }]);
  });

  // BUG (src/domain/hazard/hazard-input.ts:99): the amount is parsed with Number(), which also reads JavaScript
  // literals, so '0x10' is taken as 16 元, '0b11' as 3 元 and '0o17' as 15 元. An amount of money is decimal.
  it.each([['0x10'], ['0b11'], ['0o17']])('reports funding %j (not a decimal amount) as a funding problem', (funding) => {
    expect(problemsOf({ ...GOOD, funding })).toEqual([{ field: 'funding', kind: 'funding' }]);
  });

  it('requires a staff registration to give a deadline and an assignee', () => {
    expect(problemsOf({ ...GOOD, deadline: null, assignee: null }, STAFF)).toEqual([
      { field: 'deadline', kind: 'required' },
      { field: 'assignee', kind: 'required' },
    ]);
    expect(problemsOf({ ...GOOD, deadline: '', assignee: '' }, STAFF)).toEqual([
      { field: 'deadline', kind: 'required' },
      { field: 'assignee', kind: 'required' },
    ]);
  });

  it('lets a public report leave the deadline and the assignee out', () => {
    expect(validateHazardInput({ ...GOOD, deadline: null, assignee: null }, PUBLIC)).toMatchObject({ ok: true, value: { deadline: null, assignee: null } });
    expect(validateHazardInput({ ...GOOD, deadline: undefined, assignee: undefined }, PUBLIC)).toMatchObject({ ok: true, value: { deadline: null, assignee: null } });
  });

  it.each<[string, RawHazardInput, HazardProblem]>([
    ['no unit', { ...GOOD, unitId: null }, { field: 'unit', kind: 'required' }],
    ['unit 0', { ...GOOD, unitId: 0 }, { field: 'unit', kind: 'required' }],
    ['a negative unit', { ...GOOD, unitId: -3 }, { field: 'unit', kind: 'required' }],
    ['a fractional unit', { ...GOOD, unitId: 1.5 }, { field: 'unit', kind: 'required' }],
    ['no title', { ...GOOD, title: null }, { field: 'title', kind: 'required' }],
    ['a blank title', { ...GOOD, title: ' \n ' }, { field: 'title', kind: 'required' }],
    ['no description', { ...GOOD, description: undefined }, { field: 'description', kind: 'required' }],
    ['a blank description', { ...GOOD, description: '' }, { field: 'description', kind: 'required' }],
    ['no location', { ...GOOD, location: '  ' }, { field: 'location', kind: 'required' }],
    ['no category', { ...GOOD, category: null }, { field: 'category', kind: 'required' }],
    ['no level', { ...GOOD, level: '' }, { field: 'level', kind: 'required' }],
    ['no source', { ...GOOD, source: undefined }, { field: 'source', kind: 'required' }],
    ['no found date', { ...GOOD, foundDate: null }, { field: 'found_date', kind: 'required' }],
  ])('reports %s as required', (_name, raw, problem) => {
    expect(problemsOf(raw)).toEqual([problem]);
  });

  it('reports every missing field at once, in form order', () => {
    expect(problemsOf({ foundDate: '2026-11-28' }, PUBLIC)).toEqual([
      { field: 'unit', kind: 'required' },
      { field: 'title', kind: 'required' },
      { field: 'description', kind: 'required' },
      { field: 'location', kind: 'required' },
      { field: 'category', kind: 'required' },
      { field: 'level', kind: 'required' },
      { field: 'source', kind: 'required' },
    ]);
    expect(problemsOf({}, STAFF)).toEqual([
      { field: 'unit', kind: 'required' },
      { field: 'title', kind: 'required' },
      { field: 'description', kind: 'required' },
      { field: 'location', kind: 'required' },
      { field: 'category', kind: 'required' },
      { field: 'level', kind: 'required' },
      { field: 'source', kind: 'required' },
      { field: 'found_date', kind: 'required' },
      { field: 'deadline', kind: 'required' },
      { field: 'assignee', kind: 'required' },
    ]);
  });

  it.each<['category' | 'level' | 'source', string]>([
    ['category', '电气'],
    ['category', 'Electrical'],
    ['category', ' '],
    ['level', 'serious'],
    ['level', '重大'],
    ['source', 'hotline'],
  ])('reports an unknown %s %j as unknown_option', (field, value) => {
    expect(problemsOf({ ...GOOD, [field]: value })).toEqual([{ field, kind: 'unknown_option' }]);
  });

  it.each([
    ['2026-12-01', [{ field: 'found_date', kind: 'found_in_future' }]],
    ['2027-01-01', [{ field: 'found_date', kind: 'found_in_future' }]],
    ['2026-11-30', []],
    ['2026-11-29', []],
    ['2025-12-31', []],
  ])('with today 2026-11-30, a found date of %s gives %j', (foundDate, expected) => {
    expect(problemsOf({ ...GOOD, foundDate, deadline: '2027-01-10' })).toEqual(expected);
  });

  it.each([
    ['2026-02-30'],
    ['2026-02-29'],
    ['2026-13-01'],
    ['2026-11-31'],
    ['2026/11/30'],
    ['2026-1-5'],
    ['30.11.2026'],
    ['yesterday'],
  ])('reports a found date of %s as not a date', (foundDate) => {
    expect(problemsOf({ ...GOOD, foundDate })).toEqual([{ field: 'found_date', kind: 'date' }]);
  });

  it.each([['2026-02-30'], ['2026/12/10'], ['2026-12-32'], ['2027-02-29']])('reports a deadline of %s as not a date', (deadline) => {
    expect(problemsOf({ ...GOOD, deadline })).toEqual([{ field: 'deadline', kind: 'date' }]);
  });

  it('accepts 29 February in a leap year', () => {
    expect(validateHazardInput({ ...GOOD, foundDate: '2024-02-29', deadline: '2028-02-29' }, STAFF)).toMatchObject({ ok: true });
  });

  it.each([
    ['2026-11-27', [{ field: 'deadline', kind: 'deadline_before_found' }]],
    ['2025-12-31', [{ field: 'deadline', kind: 'deadline_before_found' }]],
    ['2026-11-28', []],
    ['2026-11-29', []],
  ])('with a found date of 2026-11-28, a deadline of %s gives %j', (deadline, expected) => {
    expect(problemsOf({ ...GOOD, foundDate: '2026-11-28', deadline })).toEqual(expected);
  });

  it('does not compare the deadline with a found date that is not a date', () => {
    expect(problemsOf({ ...GOOD, foundDate: '2026/11/28', deadline: '2026-01-01' })).toEqual([{ field: 'found_date', kind: 'date' }]);
  });

  it.each<[string, HazardProblem[], RawHazardInput]>([
    ['a 100-character Chinese title', [], { ...GOOD, title: '隐'.repeat(100) }],
    ['a 101-character Chinese title', [{ field: 'title', kind: 'too_long', max: 100 }], { ...GOOD, title: '隐'.repeat(101) }],
    ['a 100-character title of characters outside the BMP', [], { ...GOOD, title: '𠮷'.repeat(100) }],
    ['a 101-character ASCII title', [{ field: 'title', kind: 'too_long', max: 100 }], { ...GOOD, title: 'a'.repeat(101) }],
    ['a 100-character title padded with spaces', [], { ...GOOD, title: `  ${'隐'.repeat(100)}  ` }],
    ['a 2001-character description', [{ field: 'description', kind: 'too_long', max: 2000 }], { ...GOOD, description: '述'.repeat(2001) }],
    ['a 2000-character description', [], { ...GOOD, description: '述'.repeat(2000) }],
    ['a 101-character location', [{ field: 'location', kind: 'too_long', max: 100 }], { ...GOOD, location: '处'.repeat(101) }],
    ['a 51-character responsible person', [{ field: 'responsible_person', kind: 'too_long', max: 50 }], { ...GOOD, responsiblePerson: '名'.repeat(51) }],
    ['a 50-character responsible person', [], { ...GOOD, responsiblePerson: '名'.repeat(50) }],
  ])('length: %s gives %j', (_name, expected, raw) => {
    expect(problemsOf(raw)).toEqual(expected);
  });

  it.each<[number, HazardProblem[]]>([
    [0, []],
    [6, []],
    [7, [{ field: 'photos', kind: 'too_many', max: 6 }]],
    [10, [{ field: 'photos', kind: 'too_many', max: 6 }]],
  ])('%i photos give %j', (n, expected) => {
    const photos = Array.from({ length: n }, (_, i) => photo(i + 1));
    expect(problemsOf({ ...GOOD, photos })).toEqual(expected);
  });

  it('reports problems of different fields together', () => {
    expect(
      problemsOf({ ...GOOD, title: '', category: 'nope', foundDate: '2026-12-05', deadline: '2026-12-01', funding: 'abc', photos: Array.from({ length: 7 }, (_, i) => photo(i)) }),
    ).toEqual([
      { field: 'title', kind: 'required' },
      { field: 'category', kind: 'unknown_option' },
      { field: 'found_date', kind: 'found_in_future' },
      { field: 'deadline', kind: 'deadline_before_found' },
      { field: 'funding', kind: 'funding' },
      { field: 'photos', kind: 'too_many', max: 6 },
    ]);
  });
});
