import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { xlsxCell } from './cells';
import { stripInvalidXmlChars } from './escape';
import { cellXmlText, columnName, sanitizeSheetNames, toXlsx } from './xlsx';

const unzip = (bytes: Uint8Array): Record<string, string> =>
  Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));

/** Every <c> element of a sheet's XML. */
const cellsOf = (xml: string): string[] => xml.match(/<c\b[^>]*>.*?<\/c>/g) ?? [];

const dangerous = ['=', '+', '-', '@', '\t', '\r'];

describe('toXlsx', () => {
  it.each(dangerous)('writes a cell starting with %j as neutralized text, never a formula', (first) => {
    const payload = `${first}cmd|' /C calc'!A0`;
    const files = unzip(toXlsx([{ name: 'Data', rows: [['Header'], [payload], [`${first}1+1`]] }]));
    const sheet = files['xl/worksheets/sheet1.xml'];
    expect(sheet).not.toMatch(/<f[\s>]/);
    const cells = cellsOf(sheet);
    expect(cells).toHaveLength(3);
    for (const cell of cells) expect(cell).toMatch(/ t="inlineStr"/);
    const written = first === '\r' ? '&#13;' : first;
    expect(sheet).toContain(`<t xml:space="preserve">'${written}cmd|' /C calc'!A0</t>`);
    expect(sheet).toContain(`<t xml:space="preserve">'${written}1+1</t>`);
  });

  it('never writes a formula or a number, whatever the text', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.oneof(fc.string(), fc.constantFrom('=1+1', '42', '+62812', '1e5', 'TRUE', '<f>x</f>')), { maxLength: 5 }), { maxLength: 6 }), (rows) => {
        const files = unzip(toXlsx([{ name: 'S', rows }]));
        const sheet = files['xl/worksheets/sheet1.xml'];
        expect(sheet).not.toMatch(/<f[\s>]|<v>/);
        for (const cell of cellsOf(sheet)) expect(cell).toMatch(/ t="(inlineStr|s)"/);
      }),
      { numRuns: 200 },
    );
  });

  it('escapes XML, strips characters XML forbids and keeps _xHHHH_ literal', () => {
    expect(cellXmlText('a<b>&"c"')).toBe('a&lt;b&gt;&amp;&quot;c&quot;');
    expect(cellXmlText('x\u0000y\u0008z\uFFFE\uD800!')).toBe('xyz!');
    expect(cellXmlText('😀 ok')).toBe('😀 ok');
    expect(cellXmlText('a\r\nb')).toBe('a&#13;\nb');
    expect(cellXmlText('a_x0041_b')).toBe('a_x005F_x0041_b');
  });

  it('has a bold, frozen header row, text-formatted columns with widths, and valid parts', () => {
    const files = unzip(toXlsx([{ name: 'People', rows: [['Full name', 'Phone'], ['Siti Aminah binti Abdullah', '+6281234567890']] }]));
    expect(Object.keys(files).sort()).toEqual(
      ['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml'].sort(),
    );
    const sheet = files['xl/worksheets/sheet1.xml'];
    expect(sheet).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(sheet).toContain('<c r="A1" s="2" t="inlineStr">');
    expect(sheet).toContain('<c r="B2" s="1" t="inlineStr"><is><t xml:space="preserve">+6281234567890</t></is></c>');
    expect(sheet).toContain('<col min="1" max="1" width="28" style="1" customWidth="1"/>');
    expect(files['xl/styles.xml']).toContain('<font><b/>');
    expect(files['xl/workbook.xml']).toContain('<sheet name="People" sheetId="1" r:id="rId1"/>');
  });

  it('writes one sheet per table, and one empty sheet for none', () => {
    const files = unzip(toXlsx([{ name: 'A', rows: [] }, { name: 'B', rows: [['x']] }, { name: 'C', rows: [['y']] }]));
    expect(Object.keys(files).filter((f) => f.startsWith('xl/worksheets/'))).toHaveLength(3);
    expect(unzip(toXlsx([]))['xl/workbook.xml']).toContain('<sheet name="Sheet1"');
  });
});

describe('read back with exceljs', () => {
  it('gives phone numbers as text without an apostrophe, and formulas neutralized', async () => {
    const book = new ExcelJS.Workbook();
    const bytes = toXlsx([{ name: 'Peserta', rows: [['Nama', 'WhatsApp', 'Catatan'], ['Siti', '+6281234567890', '=1+1'], ['Dewi', '081234567890', '+62 812']] }]);
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = book.getWorksheet('Peserta');
    expect(sheet?.getCell('B2').value).toBe('+6281234567890');
    expect(sheet?.getCell('B2').type).toBe(ExcelJS.ValueType.String);
    expect(sheet?.getCell('B3').value).toBe('081234567890');
    expect(sheet?.getCell('C2').value).toBe("'=1+1");
    expect(sheet?.getCell('C3').value).toBe("'+62 812");
  });
});

describe('sanitizeSheetNames', () => {
  it.each([
    [['Pairings'], ['Pairings']],
    [['a[b]c:d*e?f/g\\h'], ['a b c d e f g h']],
    [["'quoted'"], ['quoted']],
    [['', '   '], ['Sheet1', 'Sheet2']],
    [['History'], ['History 1']],
    [['Groups', 'groups', 'GROUPS'], ['Groups', 'groups (2)', 'GROUPS (3)']],
    [['x'.repeat(40)], ['x'.repeat(31)]],
    [['y'.repeat(31), 'y'.repeat(31)], ['y'.repeat(31), `${'y'.repeat(27)} (2)`]],
  ])('%j -> %j', (names, expected) => {
    expect(sanitizeSheetNames(names)).toEqual(expected);
  });
});

describe('columnName', () => {
  it.each([[0, 'A'], [25, 'Z'], [26, 'AA'], [51, 'AZ'], [52, 'BA'], [701, 'ZZ'], [702, 'AAA']])('%i -> %s', (i, name) => {
    expect(columnName(i)).toBe(name);
  });
});

// Read the workbook back with a real spreadsheet library when the machine has one.
const python = '/usr/bin/python3';
const hasOpenpyxl = spawnSync(python, ['-c', 'import openpyxl'], { stdio: 'ignore' }).status === 0;

describe.skipIf(!hasOpenpyxl)('read back with openpyxl', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kupu-xlsx-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('opens, with every value as written (neutralized) and text-typed', () => {
    const rows = [
      ['Full name', 'Phone', 'Notes'],
      ['Siti <Aminah> & "Ani"', '+6281234567890', '=HYPERLINK("http://evil")'],
      // (No "_xHHHH_" text here: Excel decodes our escape of it, openpyxl decodes none.)
      ['Dewi\tLestari', '0812-3456', '-1'],
      ['\r=cr', '\t=tab', '+'],
      ['Ayu\u0000 Kartika', '', '@SUM(1)'],
      ['Ñoño 😀 Ślązak', '081234567890', 'line one\nline two'],
    ];
    const file = path.join(dir, 'book.xlsx');
    writeFileSync(file, toXlsx([{ name: 'Participants', rows }, { name: 'Bad:Name?', rows: [['x']] }]));
    const script = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {'sheets': wb.sheetnames}
ws = wb['Participants']
out['rows'] = [[c.value if c.value is not None else '' for c in row] for row in ws.iter_rows()]
out['types'] = sorted({c.data_type for row in ws.iter_rows() for c in row if c.value is not None})
out['bold'] = [c.font.b for c in ws[1]]
out['freeze'] = ws.freeze_panes
print(json.dumps(out))
`;
    const run = spawnSync(python, ['-c', script, file], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout);
    expect(out.sheets).toEqual(['Participants', 'Bad Name']);
    expect(out.rows).toEqual(rows.map((row) => row.map((cell) => stripInvalidXmlChars(xlsxCell(cell)))));
    expect(out.types).toEqual(['s']);
    expect(out.bold).toEqual([true, true, true]);
    expect(out.freeze).toBe('A2');
    // The phone number is text, as written: no apostrophe the coordinator would see.
    expect(out.rows[1][1]).toBe('+6281234567890');
  });
});
