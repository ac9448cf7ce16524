import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutralizeCell } from './cells';
import { csvBytes, toCsv } from './csv';

/** A small RFC 4180 reader (no BOM), enough to check the writer. */
function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"' && field === '') {
      i++;
      for (;;) {
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else if (i >= text.length) throw new Error('unterminated quote');
        else field += text[i++];
      }
      continue;
    }
    if (text[i] === delimiter) {
      row.push(field);
      field = '';
      i++;
    } else if (text[i] === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else field += text[i++];
  }
  if (field !== '' || row.length) throw new Error('last record must end with CRLF');
  return rows;
}

describe('toCsv', () => {
  it('writes RFC 4180 with a BOM and CRLF, quoting only where needed', () => {
    expect(toCsv([['Full name', 'City'], ['Siti "Ani", S.Pd', 'Bandung\nBarat'], ['']])).toBe(
      '\uFEFFFull name,City\r\n"Siti ""Ani"", S.Pd","Bandung\nBarat"\r\n""\r\n',
    );
  });

  it.each(['=', '+', '-', '@', '\t', '\r'])('neutralizes a cell starting with %j', (first) => {
    const csv = toCsv([[`${first}HYPERLINK("http://x")`, 'ok']]);
    const [[cell]] = parseCsv(csv.slice(1));
    expect(cell).toBe(`'${first}HYPERLINK("http://x")`);
  });

  it('keeps a phone as text behind a quote', () => {
    expect(toCsv([['+6281234567890']], { bom: false })).toBe("'+6281234567890\r\n");
  });

  it('supports ; for Excel in Indonesian locale', () => {
    expect(toCsv([['a;b', 'c,d']], { delimiter: ';', bom: false })).toBe('"a;b";"c,d"\r\n');
  });

  it('encodes UTF-8 with the BOM bytes first', () => {
    expect([...csvBytes([['é']]).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('round-trips any text through an RFC 4180 reader', () => {
    const cell = fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom('"', ',', '\r', '\n', ' ', 'a', '=', "'", ';') }), fc.string({ unit: 'grapheme' }));
    const rows = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 8 });
    fc.assert(
      fc.property(rows, fc.constantFrom(',' as const, ';' as const), (table, delimiter) => {
        const csv = toCsv(table, { delimiter });
        expect(csv.startsWith('\uFEFF')).toBe(true);
        expect(parseCsv(csv.slice(1), delimiter)).toEqual(table.map((row) => row.map(neutralizeCell)));
      }),
      { numRuns: 1000 },
    );
  });

  it('quotes a field with ; or a tab as well, so an Indonesian-locale reading keeps it whole', () => {
    expect(toCsv([['Budi;Ani', 'a\tb', 'plain']], { bom: false })).toBe('"Budi;Ani","a\tb",plain\r\n');
  });
});

/**
 * How a spreadsheet program splits a CSV it opens with a given list separator, leniently as Excel and
 * LibreOffice do: a field that starts with a quote runs to its closing quote (anything after that, up to
 * the separator, is kept as written); any other field runs to the separator or the line's end, its
 * quotes kept as written. CR, LF and CRLF all end a line outside quotes.
 */
function readLikeASpreadsheet(text: string, separator: string): string[] {
  const fields: string[] = [];
  let i = 0;
  while (i <= text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      while (i < text.length && !(text[i] === '"' && text[i + 1] !== '"')) field += text[i] === '"' ? (i++, text[i++]) : text[i++];
      i++;
    }
    while (i < text.length && text[i] !== separator && text[i] !== '\r' && text[i] !== '\n') field += text[i++];
    fields.push(field);
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    i++;
  }
  return fields;
}

/** What a spreadsheet may evaluate: = + - @ first, or behind tabs and line breaks a program strips (OWASP). */
const formula = /^[\t\r\n]*[=+\-@]/;

describe('formula neutralization, read with either list separator', () => {
  const hostile = [
    'Budi;=2+5+0', 'Budi,=2+5+0', 'a\t=1+1', 'Jl. Merdeka\n=cmd|" /C calc"!A0', 'a;"=1+1"', 'a,""=1', '"=1', 'a;;@SUM(A1)',
    "a;'=1", 'x\r-2', 'ok; +62 812', 'Siti;Ani', 'x;\t=1', '=1;=2', 'a,"b;=1"',
  ];
  const alphabet = fc.constantFrom(',', ';', '\t', '\r', '\n', '"', "'", '=', '+', '-', '@', 'a', ' ');
  const tables = fc.array(fc.array(fc.oneof(fc.constantFrom(...hostile), fc.string({ unit: alphabet, maxLength: 12 })), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 });

  it.each([',', ';'] as const)('leaves no formula in a file written with %j, whichever separator reads it', (delimiter) => {
    const check = (table: string[][]) => {
      const csv = toCsv(table, { delimiter, bom: false });
      for (const separator of [',', ';', '\t']) {
        const dangerous = readLikeASpreadsheet(csv, separator).filter((field) => formula.test(field));
        expect(dangerous, `read with ${JSON.stringify(separator)}: ${JSON.stringify(csv)}`).toEqual([]);
      }
    };
    check([hostile]);
    fc.assert(fc.property(tables, check), { numRuns: 1000 });
  });
});
