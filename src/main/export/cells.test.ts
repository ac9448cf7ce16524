import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutralizeCell, restoreCell, xlsxCell } from './cells';

describe('neutralizeCell', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+6281234567890', "'+6281234567890"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\r=1', "'\r'=1"],
    ["'=1", "''=1"],
    ["'plain", "'plain"],
    ['Siti = 1', 'Siti = 1'],
    [' =1', ' =1'],
    ['', ''],
    ['0812', '0812'],
    ['Budi;=2+5+0', "Budi;'=2+5+0"],
    ['a,-1', "a,'-1"],
    ['a\n@x', "a\n'@x"],
    ['a;"=1"', 'a;\'"=1"'],
    ['a; =1', 'a; =1'],
    ['\t=1', "'\t'=1"],
  ])('%j -> %j', (input, expected) => {
    expect(neutralizeCell(input)).toBe(expected);
  });

  it('is undone exactly by restoreCell', () => {
    const alphabet = fc.constantFrom("'", '"', '=', '+', '-', '@', '\t', '\r', '\n', ',', ';', 'a', ' ', '1');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: alphabet })), (value) => {
        expect(restoreCell(neutralizeCell(value))).toBe(value);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('xlsxCell', () => {
  it.each([
    ['+6281234567890', '+6281234567890'],
    ['+628123', '+628123'],
    ['+62 812', "'+62 812"],
    ['+62-812', "'+62-812"],
    ['+1+1', "'+1+1"],
    ['+cmd|calc', "'+cmd|calc"],
    ['=1+1', "'=1+1"],
    ['+', "'+"],
    ['0812', '0812'],
  ])('%j -> %j (a phone number stays as it is; anything else is neutralized)', (input, expected) => {
    expect(xlsxCell(input)).toBe(expected);
  });
});
