import { describe, expect, it } from 'vitest';
import { builtinDateKind, dateKindOfFormat, formatNumber, normalizeIsoCell, serialToIso } from './cellformat';

describe('formatNumber', () => {
  it.each([
    ['81234567890', '81234567890'], // a phone stored as a number
    ['8.1234567890000004E+10', '81234567890'],
    ['6281234567890', '6281234567890'],
    ['3', '3'],
    ['3.0', '3'],
    ['3.0000000000000004', '3'],
    ['0.30000000000000004', '0.3'],
    ['-12.5', '-12.5'],
    ['-0', '0'],
    ['1E+20', '100000000000000000000'],
    ['1.5E-7', '1.5e-7'],
    ['0123', '123'],
    ['abc', 'abc'],
  ])('%j -> %j', (raw, text) => expect(formatNumber(raw)).toBe(text));
});

describe('date formats', () => {
  it.each([
    ['dd/mm/yyyy', 'date'],
    ['d mmmm yyyy', 'date'],
    ['yyyy-mm-dd hh:mm:ss', 'datetime'],
    ['dd/mm/yyyy hh:mm:ss', 'datetime'],
    ['m/d/yy h:mm AM/PM', 'datetime'],
    ['h:mm:ss', 'time'],
    ['[h]:mm', 'time'],
    ['mmm-yy', 'date'],
    ['[$-421]dddd, d mmmm yyyy', 'date'], // Indonesian locale tag
    ['General', null],
    ['0.00', null],
    ['#,##0', null],
    ['"Rp"#,##0', null],
    ['[$Rp-421]#,##0.00', null],
    ['0"d"', null],
    ['@', null],
    ['0.00E+00', null],
  ])('%j is %j', (code, kind) => expect(dateKindOfFormat(code)).toBe(kind));

  it.each([
    [14, 'date'], [22, 'datetime'], [20, 'time'], [0, null], [1, null], [49, null], [164, null],
  ])('built-in %i is %j', (id, kind) => expect(builtinDateKind(id)).toBe(kind));
});

describe('serialToIso', () => {
  it.each([
    [46355, 'date', false, '2026-11-29'],
    [46355.585474537, 'datetime', false, '2026-11-29 14:03:05'],
    [46355.585474537, 'date', false, '2026-11-29 14:03:05'], // a time hidden by the format is kept
    [0.5, 'time', false, '12:00:00'],
    [1, 'date', false, '1900-01-01'],
    [61, 'date', false, '1900-03-01'],
    [44893, 'date', true, '2026-11-29'], // 1904 date system: 1,462 days less
    [46355.99999999, 'datetime', false, '2026-11-30 00:00:00'],
    [-1, 'date', false, null],
    [3e6, 'date', false, null],
  ] as const)('%f (%s, 1904=%s) -> %j', (serial, kind, date1904, iso) => {
    expect(serialToIso(serial, kind, date1904)).toBe(iso);
  });

  it.each([
    ['2026-11-29T14:03:05', '2026-11-29 14:03:05'],
    ['2026-11-29T00:00:00', '2026-11-29'],
    ['2026-11-29', '2026-11-29'],
    ['2026-11-29T14:03', '2026-11-29 14:03:00'],
  ])('t="d" %j -> %j', (raw, text) => expect(normalizeIsoCell(raw)).toBe(text));
});
