import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsvText, parseDelimited, sniffDelimiter } from './csv';
import { ImportFailure } from './errors';

const file = 'test.csv';

describe('parseDelimited', () => {
  it.each([
    ['a,b,c', [['a', 'b', 'c']]],
    ['a,b\r\nc,d\r\n', [['a', 'b'], ['c', 'd']]],
    ['a,b\nc,d', [['a', 'b'], ['c', 'd']]],
    ['a,b\rc,d\r', [['a', 'b'], ['c', 'd']]], // old Mac Excel: CR only
    ['"a,1","b ""q"""\n', [['a,1', 'b "q"']]],
    ['"line 1\r\nline 2",x', [['line 1\r\nline 2', 'x']]],
    ['a,,c,', [['a', '', 'c', '']]],
    ['0812,007', [['0812', '007']]], // never typed
    ['"",""', [['', '']]],
    ['a\n\nb', [['a'], [''], ['b']]],
    ['ab"c,d', [['ab"c', 'd']]], // stray quote inside an unquoted value is kept
    ['"ab"c,d', [['abc', 'd']]], // text after a closing quote is kept
    ['  a , b ', [['  a ', ' b ']]], // spaces are data
  ])('%j', (text, rows) => {
    expect(parseDelimited(text, ',', file)).toEqual(rows);
  });

  it('names row and column of a quote that is never closed', () => {
    try {
      parseDelimited('a,b\nc,"never closed\nd,e', ',', file);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ImportFailure);
      expect((error as ImportFailure).issues).toEqual([{ file, row: 2, column: 'B', key: 'file.unclosedQuote', params: {}, message: expect.stringContaining('never closed') }]);
    }
  });

  it('refuses a cell over the size limit', () => {
    const text = `a,b\nx,${'y'.repeat(100_001)}\n`;
    expect(() => parseDelimited(text, ',', file)).toThrow(/row 2, column B: .*longer than 100,000/);
  });
});

describe('sniffDelimiter', () => {
  it.each([
    ['Nama,Email,Kota\nSiti,s@x.id,Bandung', ','],
    ['Nama;Email;Kota\nSiti;s@x.id;Bandung', ';'],
    ['Nama\tEmail\tKota\nSiti\ts@x.id\tBandung', '\t'],
    ['Nama|Email|Kota\nSiti|s@x.id|Bandung', '|'],
    // A semicolon file whose header and answers contain commas.
    ['Keahlian (Canva, Figma);Nama;Kota\n"Canva, Figma";Siti;Bandung\nMemasak, Baking;Dewi;Solo', ';'],
    // A comma file whose quoted answers contain semicolons.
    ['Nama,Catatan,Kota\nSiti,"a; b; c",Bandung\nDewi,"x; y",Solo', ','],
    ['Nama\nSiti\nDewi', ','],
  ])('%j -> %j', (text, delimiter) => {
    expect(sniffDelimiter(text, file)).toBe(delimiter);
  });

  it('honours an Excel "sep=" line', () => {
    expect(parseCsvText('sep=;\r\nNama;Kota\r\nSiti;Bandung\r\n', file)).toEqual([['Nama', 'Kota'], ['Siti', 'Bandung']]);
  });
});

describe('properties', () => {
  const field = fc.string({ unit: fc.constantFrom('a', 'Z', '0', ' ', ',', ';', '\t', '"', '\n', '\r', 'é', '’', '😀', '|', 'ü'), maxLength: 8 });

  it('reads back what a quoting writer wrote, for every delimiter and line ending', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((width) => fc.array(fc.array(field, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 8 })),
        fc.constantFrom(',', ';', '\t', '|'),
        fc.constantFrom('\r\n', '\n', '\r'),
        (rows, delimiter, newline) => {
          const quote = (value: string) => (/[,;\t|"\r\n]/.test(value) || value === '' ? `"${value.replaceAll('"', '""')}"` : value);
          const text = rows.map((row) => row.map(quote).join(delimiter)).join(newline);
          expect(parseDelimited(text, delimiter, file)).toEqual(rows);
        },
      ),
      { numRuns: 300 },
    );
  });
});
