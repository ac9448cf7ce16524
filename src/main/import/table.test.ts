import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeWindows1252 } from './decode';
import { ImportFailure } from './errors';
import { readTable } from './table';
import { buildXlsx } from '../../../tests/support/xlsxWriter';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../tests/fixtures/registrations/${name}`, import.meta.url)));

function failure(run: () => unknown): ImportFailure {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportFailure) return error;
    throw error;
  }
  throw new Error('expected an ImportFailure');
}

describe('readTable on real-world CSV variants', () => {
  const reference = readTable(fixture('google-forms-id.csv'), 'google-forms-id.csv').rows;

  it('reads Google Forms CSV as strings, leading zeros and quoted commas intact', () => {
    expect(reference[0][0]).toBe('Stempel waktu');
    expect(reference[1]).toEqual([
      '10/11/2026 08:15:00', 'siti.nurhaliza@gmail.com', 'Siti Nurhaliza Putri', 'Siti', '0812-3456-7890', 'Bandung', 'Batch 5',
      'Desain Grafis (Canva), Public Speaking', 'Mind Mapping, Menulis Kreatif', 'Peer 1:1', '2', 'Dewi Lestari', 'Rina', '', '',
    ]);
  });

  it.each([
    ['utf8-bom.csv', 10],
    ['utf16le-bom.txt', 10],
    ['cr-only.csv', 10],
  ])('%s holds the same rows as the Google Forms export', (name, count) => {
    const table = readTable(fixture(name), name);
    expect(table.rows).toEqual(reference.slice(0, count));
    expect(table.sheet).toBeNull();
    expect(table.sheets).toEqual([]);
  });

  it('reads the Indonesian Excel CSV (semicolons, windows-1252) with curly quotes intact', () => {
    const rows = readTable(fixture('excel-id-semicolon-1252.csv'), 'excel.csv').rows;
    expect(rows).toHaveLength(12);
    expect(rows[5][2]).toBe('Nur’aini Hasanah');
    expect(rows[5][14]).toBe('Nama saya pakai apostrof ’ dan “tanda kutip”; juga titik koma');
    expect(rows[3][7]).toBe('Memasak; Baking');
  });

  it('reads the tab-separated export', () => {
    const rows = readTable(fixture('tabs.tsv'), 'tabs.tsv').rows;
    expect(rows[0].slice(0, 3)).toEqual(['Timestamp', 'Email address', 'Full name']);
    expect(rows[1][7]).toBe('Desain Grafis (Canva), Public Speaking');
  });
});

describe('readTable refuses what is not a table', () => {
  it.each([
    ['empty.csv', /empty/],
    ['garbage.csv', /not a text spreadsheet/],
    ['truncated.xlsx', /damaged/],
    ['zipbomb.xlsx', /zip bomb/],
  ])('%s', (name, pattern) => {
    const error = failure(() => readTable(fixture(name), name));
    expect(error.issues[0]).toMatchObject({ file: name, message: expect.stringMatching(pattern) });
  });

  it('names each ragged row and the column with the stray value', () => {
    const error = failure(() => readTable(fixture('ragged.csv'), 'ragged.csv'));
    expect(error.issues).toEqual([{ file: 'ragged.csv', row: 5, column: 'P', key: 'file.ragged', params: { values: 17, columns: 15 }, message: expect.stringContaining('15 columns') }]);
  });

  it('pads short rows and ignores empty trailing cells (Excel writes ";;;")', () => {
    const table = readTable(new TextEncoder().encode('Nama;Kota;Catatan;;\r\nSiti;Bandung;;;\r\nDewi\r\n;;;;\r\n'), 'x.csv');
    expect(table.rows).toEqual([['Nama', 'Kota', 'Catatan'], ['Siti', 'Bandung', ''], ['Dewi', '', '']]);
  });

  it('finds a header row below a title row, without checking the title row for width', () => {
    const csv = 'Pendaftaran Mentor Batch 5\n\nNama Lengkap,Alamat email,Kota\nSiti,s@x.id,Bandung\n';
    const table = readTable(new TextEncoder().encode(csv), 'x.csv');
    expect(table.headerRow).toBe(2);
    expect(table.rows[3]).toEqual(['Siti', 's@x.id', 'Bandung']);
  });

  it('refuses oversized files and too many columns', () => {
    expect(failure(() => readTable(new Uint8Array(50 * 1024 * 1024 + 1), 'big.csv')).message).toMatch(/larger than 50 MB/);
    const wide = `${Array.from({ length: 501 }, (_, i) => `h${i}`).join(',')}\n`;
    expect(failure(() => readTable(new TextEncoder().encode(wide), 'wide.csv')).message).toMatch(/more than 500 columns/);
  });

  it('refuses more than 200,000 rows', () => {
    const text = `Nama\n${'x\n'.repeat(200_001)}`;
    expect(failure(() => readTable(new TextEncoder().encode(text), 'long.csv')).message).toMatch(/more than 200,000 rows/);
  });

  it('keeps __proto__ and constructor headers as plain data', () => {
    const table = readTable(fixture('proto-header.csv'), 'proto-header.csv');
    expect(table.rows[0]).toEqual(['__proto__', 'constructor', 'Nama Lengkap', 'Alamat email', 'toString', 'hasOwnProperty']);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });
});

// ---- properties ----

const safeUnits = ['x', 'Q', '0', '7', ' ', ',', ';', '\t', '|', '"', '\n', '\r', '’', '“', '€', '–'];
const unicodeUnits = [...safeUnits, 'é', 'ß', '中', '😀', 'Ā'];

function tableOf(units: string[]) {
  const cell = fc.string({ unit: fc.constantFrom(...units), maxLength: 6 });
  const header = fc.string({ unit: fc.constantFrom(...units.filter((u) => !/\s/.test(u))), minLength: 1, maxLength: 6 });
  return fc.integer({ min: 1, max: 5 }).chain((width) =>
    fc.tuple(fc.array(header, { minLength: width, maxLength: width }), fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 12 })),
  ).map(([headers, rows]) => [headers, ...rows]);
}

/** What a reader must return: the same rows, without trailing blank rows. */
function expectedRows(rows: string[][]): string[][] {
  const copy = rows.map((row) => [...row]);
  while (copy.length > 1 && copy[copy.length - 1].every((cell) => cell === '')) copy.pop();
  return copy;
}

function writeDelimited(rows: string[][], delimiter: string, newline: string): string {
  const quote = (v: string) => (/[,;\t|"\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  return rows.map((row) => row.map(quote).join(delimiter)).join(newline) + newline;
}

const cp1252 = new Map([...decodeWindows1252(new Uint8Array(256).map((_, i) => i))].map((c, i) => [c, i]));
const encoders: Record<string, (text: string) => Uint8Array> = {
  'utf-8': (text) => new TextEncoder().encode(text),
  'utf-8 BOM': (text) => new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]),
  'utf-16le BOM': (text) => new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]),
  'windows-1252': (text) => new Uint8Array([...text].map((c) => cp1252.get(c) ?? 0x3f)),
};

describe('properties', () => {
  it.each(Object.keys(encoders))('delimited text in %s reads back identically (every delimiter and line ending)', (encoding) => {
    fc.assert(
      fc.property(tableOf(encoding === 'windows-1252' ? safeUnits : unicodeUnits), fc.constantFrom(',', ';', '\t'), fc.constantFrom('\r\n', '\n', '\r'), (rows, delimiter, newline) => {
        const bytes = encoders[encoding](writeDelimited(rows, delimiter, newline));
        expect(readTable(bytes, 'p.csv').rows).toEqual(expectedRows(rows));
      }),
      { numRuns: 150 },
    );
  });

  it('an XLSX (shared or inline strings) reads back identically', () => {
    fc.assert(
      fc.property(tableOf(unicodeUnits), fc.constantFrom('shared', 'inline') as fc.Arbitrary<'shared' | 'inline'>, (rows, strings) => {
        const bytes = buildXlsx([{ name: 'Data', rows }], { strings });
        expect(readTable(bytes, 'p.xlsx').rows).toEqual(expectedRows(rows));
      }),
      { numRuns: 100 },
    );
  });

  const parsesOrRefuses = (bytes: Uint8Array, name: string) => {
    try {
      readTable(bytes, name);
    } catch (error) {
      if (!(error instanceof ImportFailure)) throw error;
      for (const issue of error.issues) expect(issue.file).toBe(name);
    }
  };

  it('random bytes either parse or fail with an ImportFailure', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.constantFrom('r.csv', 'r.xlsx', 'r.tsv'), (bytes, name) => parsesOrRefuses(bytes, name)),
      { numRuns: 400 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => parsesOrRefuses(new Uint8Array([0x50, 0x4b, 3, 4, ...bytes]), 'z.xlsx')),
      { numRuns: 200 },
    );
  });

  it('damaged or truncated workbooks either parse or fail with an ImportFailure', () => {
    const good = buildXlsx([{ name: 'S', rows: [['Nama', 'HP'], ['Siti', 81234567890], ['Dewi', { serial: 46355, format: 'dd/mm/yyyy' }]] }]);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 6 }), fc.nat(good.length), (flips, cut) => {
        const bytes = good.slice(0, Math.max(cut, 4));
        for (const [at, mask] of flips) if (at < bytes.length) bytes[at] ^= mask;
        parsesOrRefuses(bytes, 'd.xlsx');
      }),
      { numRuns: 400 },
    );
  });
});
