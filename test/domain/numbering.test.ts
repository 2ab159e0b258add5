import { describe, expect, it } from 'vitest';
import { formatRecordNumber, parseRecordNumber, type NumberPrefix } from '../../src/domain/numbering.js';

describe(formatRecordNumber.name, () => {
  it.each<[NumberPrefix, number, number, string]>([
    ['YH', 2026, 1, 'YH-2026-0001'],
    ['ZG', 2026, 12, 'ZG-2026-0012'],
    ['JC', 2027, 345, 'JC-2027-0345'],
    ['YH', 2026, 9999, 'YH-2026-9999'],
    ['JC', 2026, 10000, 'JC-2026-10000'],
    ['ZG', 2030, 123456, 'ZG-2030-123456'],
  ])('formats %s %i #%i as %s', (prefix, year, sequence, expected) => {
    expect(formatRecordNumber(prefix, year, sequence)).toBe(expected);
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('throws RangeError for the sequence %d', (sequence) => {
    expect(() => formatRecordNumber('YH', 2026, sequence)).toThrow(RangeError);
  });
});

describe(parseRecordNumber.name, () => {
  it.each([
    ['YH-2026-0001', { prefix: 'YH', year: 2026, sequence: 1 }],
    ['ZG-2026-0012', { prefix: 'ZG', year: 2026, sequence: 12 }],
    ['JC-2026-10000', { prefix: 'JC', year: 2026, sequence: 10000 }],
    ['yh-2026-0001', { prefix: 'YH', year: 2026, sequence: 1 }],
    ['Zg-2027-0345', { prefix: 'ZG', year: 2027, sequence: 345 }],
    ['  JC-2026-0007 ', { prefix: 'JC', year: 2026, sequence: 7 }],
  ])('reads %j', (text, expected) => {
    expect(parseRecordNumber(text)).toEqual(expected);
  });

  it.each<[NumberPrefix, number, number]>([
    ['YH', 2026, 1],
    ['ZG', 2026, 12],
    ['JC', 2027, 9999],
    ['YH', 2026, 10000],
    ['ZG', 2031, 123456],
  ])('round-trips %s %i #%i', (prefix, year, sequence) => {
    expect(parseRecordNumber(formatRecordNumber(prefix, year, sequence))).toEqual({ prefix, year, sequence });
  });

  it.each([
    'YH-26-0001',
    'XX-2026-0001',
    'YH-2026-01',
    'YH-2026-001',
    'YH2026-0001',
    'YH-2026-',
    'YH_2026_0001',
    'YH-2026-0001x',
    'YH-2026-00a1',
    '',
  ])('rejects %j', (text) => {
    expect(parseRecordNumber(text)).toBeUndefined();
  });
});
