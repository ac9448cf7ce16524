import { readFileSync } from 'node:fs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import type { DateKind } from './cellformat';
import { ImportFailure } from './errors';
import { readTable } from './table';
import { buildXlsx, type TestCell } from '../../../tests/support/xlsxWriter';
import { readDateStyles, readSharedStrings, scanSheetXml } from './xlsx';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../tests/fixtures/registrations/${name}`, import.meta.url)));
const dateStyles: Array<DateKind | null> = [null, 'date', 'datetime'];
const book = { file: 'book.xlsx', sharedStrings: ['Nama', 'Siti'], dateStyles, date1904: false };
const sheet = (rows: string) => `<worksheet xmlns="main"><dimension ref="A1"/><sheetData>${rows}</sheetData><mergeCells/></worksheet>`;

describe('the multi-sheet fixture (openpyxl)', () => {
  it('picks the registration sheet over a title sheet and a summary', () => {
    const table = readTable(fixture('multi-sheet.xlsx'), 'multi-sheet.xlsx');
    expect(table.sheets).toEqual(['Judul', 'Pendaftaran', 'Rekap']);
    expect(table.sheet).toBe('Pendaftaran');
    expect(table.headerRow).toBe(2); // a title row and a blank row sit above the header
    expect(table.rows[0][0]).toBe('Rekap pendaftaran mentor-mentee Batch 5');
    expect(table.rows[1].every((cell) => cell === '')).toBe(true);
    expect(table.rows[2]).toHaveLength(14); // formatted empty cells to the right are trimmed
    expect(table.rows).toHaveLength(3 + 17); // and formatted empty rows below
    const [timestamp, name, , phone, email, , , , , , capacity, , , birthday] = table.rows[3];
    expect({ timestamp, name, phone, email, capacity, birthday }).toEqual({
      timestamp: '2026-11-10 08:15:00',
      name: 'Siti Nurhaliza Putri',
      phone: '81234567890', // a number cell that lost its 0, without ".0" or an exponent
      email: 'siti.nurhaliza@gmail.com',
      capacity: '2',
      birthday: '1985-01-01',
    });
  });

  it('reads the sheet asked for, and names the sheets when it does not exist', () => {
    const table = readTable(fixture('multi-sheet.xlsx'), 'multi-sheet.xlsx', { sheet: 'rekap' });
    expect(table.rows).toEqual([['Kelas', 'Jumlah'], ['Batch 4', '6'], ['Batch 5', '11'], ['Rasio', '0.3']]);
    expect(() => readTable(fixture('multi-sheet.xlsx'), 'multi-sheet.xlsx', { sheet: 'Data' })).toThrow(/no sheet named "Data".*"Judul", "Pendaftaran", "Rekap"/);
  });
});

describe('scanSheetXml', () => {
  it('reads every cell type, gaps, self-closing cells and rows', () => {
    const xml = sheet(
      '<row r="1" spans="1:6"><c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>Kota &amp; Kab</t></is></c><c r="D1" s="0"/></row>' +
        '<row r="2"/>' +
        '<row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3"><v>81234567890</v></c><c r="C3" t="b"><v>1</v></c>' +
        '<c r="D3" t="str"><f>A3&amp;"!"</f><v>Siti!</v></c><c r="E3" t="e"><v>#N/A</v></c><c r="F3" s="1"><v>46355</v></c>' +
        '<c r="G3" s="2"><v>46355.5</v></c><c r="H3" t="d"><v>2026-11-29T08:00:00</v></c><c r="I3"><v></v></c></row>' +
        '<row r="5"><c r="B5" t="inlineStr"><is><r><t>Desain </t></r><r><rPr><i/></rPr><t>Grafis</t></r></is></c></row>',
    );
    expect(scanSheetXml(xml, book)).toEqual([
      ['Nama', '', 'Kota & Kab'],
      [],
      ['Siti', '81234567890', 'TRUE', 'Siti!', '#N/A', '2026-11-29', '2026-11-29 12:00:00', '2026-11-29 08:00:00'],
      [],
      ['', 'Desain Grafis'],
    ]);
  });

  it('handles missing references and a namespace prefix', () => {
    const xml = '<x:worksheet xmlns:x="main"><x:sheetData><x:row><x:c t="s"><x:v>0</x:v></x:c><x:c/><x:c t="s"><x:v>1</x:v></x:c></x:row><x:row><x:c><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    expect(scanSheetXml(xml, book)).toEqual([['Nama', '', 'Siti'], ['7']]);
  });

  it('does not allocate for a styled empty cell far away, but refuses a value there', () => {
    expect(scanSheetXml(sheet('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="XFD1" s="1"/></row><row r="1048576"><c r="A1048576" s="1"/></row>'), book)).toEqual([['Nama']]);
    expect(() => scanSheetXml(sheet('<row r="1"><c r="ZZ1"><v>1</v></c></row>'), book)).toThrow(/row 1, column ZZ: .*more than 500 columns/);
    expect(() => scanSheetXml(sheet('<row r="300000"><c r="A300000"><v>1</v></c></row>'), book)).toThrow(/row 300000: .*more than 200,000 rows/);
  });

  it('refuses a giant cell, naming row and column', () => {
    const xml = sheet(`<row r="4"><c r="C4" t="inlineStr"><is><t>${'x'.repeat(100_001)}</t></is></c></row>`);
    expect(() => scanSheetXml(xml, book)).toThrow(/book\.xlsx, row 4, column C: .*longer than 100,000/);
  });
});

describe('shared strings and styles', () => {
  it('reads plain, rich, escaped and empty items', () => {
    const xml = '<sst count="5"><si><t>Nama</t></si><si><t xml:space="preserve"> Siti </t></si><si><r><t>Ba</t></r><r><t>king</t></r></si>' +
      '<si><t>a_x000D_b &amp; c</t></si><si/><si><t/></si></sst>';
    expect(readSharedStrings(xml)).toEqual(['Nama', ' Siti ', 'Baking', 'a\rb & c', '', '']);
  });

  it('knows which cell styles are dates (cellXfs only, custom and built-in formats)', () => {
    const xml = '<styleSheet><numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy hh:mm"/><numFmt numFmtId="165" formatCode="&quot;Rp&quot;#,##0"/></numFmts>' +
      '<cellStyleXfs><xf numFmtId="14"/></cellStyleXfs><cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="14"/><xf numFmtId="49"/></cellXfs></styleSheet>';
    expect(readDateStyles(xml)).toEqual([null, 'datetime', null, 'date', null]);
  });
});

describe('workbooks from other writers', () => {
  const rows: TestCell[][] = [
    ['Nama', 'No HP', 'Aktif', 'Tanggal'],
    ['Siti', 81234567890, true, { serial: 46355.25, format: 'yyyy-mm-dd hh:mm' }],
    ['  spasi  ', 3.0000000000000004, false, { serial: 46355, format: 'd/m/yyyy' }],
  ];
  const expected = [
    ['Nama', 'No HP', 'Aktif', 'Tanggal'],
    ['Siti', '81234567890', 'TRUE', '2026-11-29 06:00:00'],
    ['  spasi  ', '3', 'FALSE', '2026-11-29'],
  ];
  it.each([
    ['shared strings (Excel, Google Sheets)', { strings: 'shared' }],
    ['inline strings', { strings: 'inline' }],
    ['an x: namespace prefix (Open XML SDK)', { prefix: 'x' }],
    ['no cell references', { omitReferences: true }],
  ] as const)('%s', (_, options) => {
    expect(readTable(buildXlsx([{ name: 'Sheet1', rows }], options), 'w.xlsx').rows).toEqual(expected);
  });

  it('uses the 1904 date system when the workbook says so', () => {
    const bytes = buildXlsx([{ name: 'S', rows: [['Tanggal'], [{ serial: 44893, format: 'yyyy-mm-dd' }]] }], { date1904: true });
    expect(readTable(bytes, 'mac.xlsx').rows[1]).toEqual(['2026-11-29']);
  });

  it('skips hidden sheets when choosing, and keeps hostile sheet names as plain strings', () => {
    const bytes = buildXlsx([
      { name: '__proto__', rows: [['Nama', 'Email', 'Kota'], ['x', 'y', 'z']], hidden: true },
      { name: 'constructor', rows: [['Catatan'], ['-']] },
      { name: 'Pendaftaran', rows: [['Nama Lengkap', 'Alamat email', 'Nomor WhatsApp'], ['Siti', 's@x.id', '0812']] },
    ]);
    const table = readTable(bytes, 'b.xlsx');
    expect(table.sheets).toEqual(['__proto__', 'constructor', 'Pendaftaran']);
    expect(table.sheet).toBe('Pendaftaran');
    expect(readTable(bytes, 'b.xlsx', { sheet: '__proto__' }).rows[1]).toEqual(['x', 'y', 'z']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('hostile and broken workbooks', () => {
  const failsWith = (bytes: Uint8Array, name: string, pattern: RegExp, options: Parameters<typeof readTable>[2] = {}) => {
    try {
      readTable(bytes, name, options);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ImportFailure);
      expect((error as ImportFailure).issues[0].file).toBe(name);
      expect((error as Error).message).toMatch(pattern);
    }
  };

  it('refuses a zip bomb from its directory, before inflating', () => {
    const inflateRaw = vi.fn(() => new Uint8Array());
    failsWith(fixture('zipbomb.xlsx'), 'zipbomb.xlsx', /more than 200 MB.*zip bomb/, { inflateRaw });
    expect(inflateRaw).not.toHaveBeenCalled();
  });

  it('refuses an entry compressed beyond 100:1', () => {
    const zeros = new Uint8Array(4 * 1024 * 1024);
    const bytes = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>'), 'xl/worksheets/sheet1.xml': zeros }, { level: 9 });
    failsWith(bytes, 'ratio.xlsx', /compressed more than 100:1/);
  });

  it('stops an entry that inflates past the size its directory declares', () => {
    const base = buildXlsx([{ name: 'S', rows: [['Nama'], ['Siti']] }]);
    const parts = unzipSync(base);
    parts['xl/worksheets/sheet1.xml'] = strToU8(`<worksheet><sheetData>${'<row><c t="inlineStr"><is><t>aaaa</t></is></c></row>'.repeat(20_000)}</sheetData></worksheet>`);
    const lying = zipSync(parts, { level: 9 });
    // Lie in the central directory: declare that the sheet unpacks to 1,000 bytes.
    const lv = new DataView(lying.buffer);
    let e = lying.length - 22;
    while (lv.getUint32(e, true) !== 0x06054b50) e--;
    let c = lv.getUint32(e + 16, true);
    for (let k = 0; k < lv.getUint16(e + 10, true); k++) {
      const nameLength = lv.getUint16(c + 28, true);
      const name = new TextDecoder().decode(lying.subarray(c + 46, c + 46 + nameLength));
      if (name === 'xl/worksheets/sheet1.xml') lv.setUint32(c + 24, 1000, true);
      c += 46 + nameLength + lv.getUint16(c + 30, true) + lv.getUint16(c + 32, true);
    }
    failsWith(lying, 'lying.xlsx', /unpacks to more than its declared size/);
  });

  it.each([
    ['truncated.xlsx', () => fixture('truncated.xlsx'), /damaged|truncated/],
    ['not-a-zip.xlsx', () => strToU8('Nama,Kota\nSiti,Bandung\n'), /not an XLSX/],
    ['old.xls', () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), /97-2003/],
    ['page.xls', () => strToU8('<html><body><table><tr><td>Nama</td></tr></table></body></html>'), /web page/],
    ['no-workbook.xlsx', () => zipSync({ 'word/document.xml': strToU8('<document/>') }), /no workbook part/],
    ['empty-book.xlsx', () => zipSync({ 'xl/workbook.xml': strToU8('<workbook><sheets/></workbook>') }), /no worksheets/],
  ])('%s', (name, bytes, pattern) => failsWith(bytes(), name, pattern));

  it('reports a damaged deflate stream as a damaged file', () => {
    const bytes = buildXlsx([{ name: 'S', rows: Array.from({ length: 200 }, (_, i) => [`Nama ${i}`, i]) }]);
    // Find the sheet's compressed data (first local header) and scramble its middle.
    const damaged = bytes.slice();
    for (let i = 60; i < 400; i += 7) damaged[i] ^= 0x5a;
    expect(() => readTable(damaged, 'damaged.xlsx')).toThrow(ImportFailure);
  });
});
