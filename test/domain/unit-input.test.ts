import { describe, expect, it } from 'vitest';
import { isPhoneNumber, validateUnitInput, type RawUnitInput } from '../../src/domain/unit/unit.js';

const GOOD: RawUnitInput = {
  name: '某某化工有限公司',
  creditCode: '91110108551385082Q',
  industry: 'hazardous_chemicals',
  town: '城关镇',
  address: '城关镇建设路 1 号',
  contactName: '张三',
  contactPhone: '13812345678',
};

describe(validateUnitInput.name, () => {
  it('trims a complete good input, upper-cases the credit code and defaults the flags to false', () => {
    expect(
      validateUnitInput({
        name: '  某某化工有限公司 ',
        creditCode: ' 91110108551385082q ',
        industry: 'hazardous_chemicals',
        town: '\t城关镇 ',
        address: ' 城关镇建设路 1 号\n',
        contactName: ' 张三 ',
        contactPhone: ' 138 1234 5678 ',
      }),
    ).toEqual({
      ok: true,
      value: {
        name: '某某化工有限公司',
        creditCode: '91110108551385082Q',
        industry: 'hazardous_chemicals',
        town: '城关镇',
        address: '城关镇建设路 1 号',
        contactName: '张三',
        contactPhone: '138 1234 5678',
        majorHazardSource: false,
        licenceHolder: false,
      },
    });
  });

  it('normalises a full-width credit code', () => {
    const result = validateUnitInput({ ...GOOD, creditCode: '９１１１０１０８５５１３８５０８２Ｑ' });
    expect(result).toMatchObject({ ok: true, value: { creditCode: '91110108551385082Q' } });
  });

  it('keeps the flags when given', () => {
    const result = validateUnitInput({ ...GOOD, majorHazardSource: true, licenceHolder: true });
    expect(result).toMatchObject({ ok: true, value: { majorHazardSource: true, licenceHolder: true } });
  });

  it.each([
    ['name', 'name'],
    ['creditCode', 'credit_code'],
    ['industry', 'industry'],
    ['town', 'town'],
    ['address', 'address'],
    ['contactName', 'contact_name'],
    ['contactPhone', 'contact_phone'],
  ] as const)('reports a missing or blank %s as required on field %s', (key, field) => {
    // The industry comes from a select menu, so only the other fields are checked with whitespace.
    for (const missing of key === 'industry' ? [undefined, null, ''] : [undefined, null, '', '   ']) {
      expect(validateUnitInput({ ...GOOD, [key]: missing })).toEqual({ ok: false, problems: [{ field, kind: 'required' }] });
    }
  });

  it('returns every problem together, not only the first', () => {
    const result = validateUnitInput({ industry: 'mining', name: ' ', contactPhone: '' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(6);
    expect(result.problems).toEqual(
      expect.arrayContaining([
        { field: 'name', kind: 'required' },
        { field: 'credit_code', kind: 'required' },
        { field: 'town', kind: 'required' },
        { field: 'address', kind: 'required' },
        { field: 'contact_name', kind: 'required' },
        { field: 'contact_phone', kind: 'required' },
      ]),
    );
  });

  it('reports every required field of an empty form', () => {
    const result = validateUnitInput({});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(
      expect.arrayContaining([
        { field: 'name', kind: 'required' },
        { field: 'industry', kind: 'required' },
        { field: 'town', kind: 'required' },
        { field: 'address', kind: 'required' },
        { field: 'contact_name', kind: 'required' },
        { field: 'contact_phone', kind: 'required' },
      ]),
    );
  });

  it('reports different kinds of problem together', () => {
    const result = validateUnitInput({ ...GOOD, name: '安'.repeat(101), industry: 'banking', contactPhone: '12345', creditCode: '123' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(4);
    expect(result.problems).toEqual(
      expect.arrayContaining([
        { field: 'name', kind: 'too_long', max: 100 },
        { field: 'industry', kind: 'unknown_industry' },
        { field: 'contact_phone', kind: 'phone' },
        { field: 'credit_code', kind: 'credit_code', problem: { kind: 'length', length: 3 } },
      ]),
    );
  });

  it.each([
    ['name', 'name', '安', 100],
    ['name', 'name', 'a', 100],
    ['town', 'town', '镇', 50],
    ['address', 'address', '路', 200],
    ['contactName', 'contact_name', '张', 50],
  ] as const)('accepts %s at its limit and reports one character more as too_long', (key, field, char, max) => {
    expect(validateUnitInput({ ...GOOD, [key]: char.repeat(max) }).ok).toBe(true);
    expect(validateUnitInput({ ...GOOD, [key]: char.repeat(max + 1) })).toEqual({ ok: false, problems: [{ field, kind: 'too_long', max }] });
  });

  it('counts a 101-character Chinese name as too long (one per character)', () => {
    expect(validateUnitInput({ ...GOOD, name: '某'.repeat(101) })).toEqual({ ok: false, problems: [{ field: 'name', kind: 'too_long', max: 100 }] });
  });

  it('reports an over-long phone as too_long only, not also as a bad phone', () => {
    expect(validateUnitInput({ ...GOOD, contactPhone: '1'.repeat(31) })).toEqual({ ok: false, problems: [{ field: 'contact_phone', kind: 'too_long', max: 30 }] });
  });

  it.each(['community', 'rural'])('lets a %s site omit the credit code', (industry) => {
    for (const creditCode of [undefined, null, '', '  ']) {
      expect(validateUnitInput({ ...GOOD, industry, creditCode })).toMatchObject({ ok: true, value: { industry, creditCode: null } });
    }
  });

  it.each(['community', 'rural'])('still validates a credit code given for a %s site', (industry) => {
    expect(validateUnitInput({ ...GOOD, industry, creditCode: '91110108551385082R' })).toEqual({
      ok: false,
      problems: [{ field: 'credit_code', kind: 'credit_code', problem: { kind: 'check' } }],
    });
  });

  it.each(['mining', 'commerce', 'crowded_venue', 'other'])('requires the credit code for %s', (industry) => {
    expect(validateUnitInput({ ...GOOD, industry, creditCode: '' })).toEqual({ ok: false, problems: [{ field: 'credit_code', kind: 'required' }] });
  });

  it.each(['banking', 'Mining', '矿山'])('reports the unknown industry %j', (industry) => {
    expect(validateUnitInput({ ...GOOD, industry })).toEqual({ ok: false, problems: [{ field: 'industry', kind: 'unknown_industry' }] });
  });

  it.each([
    ['91110108551385082', { kind: 'length', length: 17 }],
    ['91110108551385082I', { kind: 'character', position: 18, character: 'I' }],
    ['91A10108551385082Q', { kind: 'division', position: 3 }],
    ['91110108551385082R', { kind: 'check' }],
  ])('reports the bad credit code %s with its problem', (creditCode, problem) => {
    expect(validateUnitInput({ ...GOOD, creditCode })).toEqual({ ok: false, problems: [{ field: 'credit_code', kind: 'credit_code', problem }] });
  });

  it('reports a bad phone number', () => {
    expect(validateUnitInput({ ...GOOD, contactPhone: 'abc' })).toEqual({ ok: false, problems: [{ field: 'contact_phone', kind: 'phone' }] });
  });
});

describe(isPhoneNumber.name, () => {
  it.each([
    '13812345678',
    '19912345678',
    '+86 138 1234 5678',
    '+8613812345678',
    '86 13812345678',
    '138-1234-5678',
    '0571-88886666',
    '057188886666',
    '(0571) 88886666',
    '（0571）88886666',
    '010-12345678',
    '010-12345678转123',
    '010-12345678 ext. 8',
    '4008001234',
    '400-800-1234',
    '8008001234',
  ])('accepts %j', (phone) => {
    expect(isPhoneNumber(phone)).toBe(true);
  });

  it.each([
    '12345',
    '23812345678',
    '12812345678',
    '1381234567',
    '138123456789',
    'abc',
    '',
    '0571-888',
    '500-800-1234',
    '010-12345678转1234567',
  ])('rejects %j', (phone) => {
    expect(isPhoneNumber(phone)).toBe(false);
  });
});
