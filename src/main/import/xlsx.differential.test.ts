// Kupu's XLSX reader against a maintained one (exceljs) on random workbooks: shared and inline strings,
// numbers, dates, booleans, blanks, rich text, phonetic guides, formulas with cached values, errors,
// unicode and XML specials, long and sparse cells; written by the test writer in each application's
// markup and by exceljs itself. Every cell must read the same, as text the way Kupu shows it.
//
// exceljs's own gaps, worked around here rather than hidden: it leaves Excel's _xHHHH_ escapes undecoded
// in plain inline strings (Excel decodes them everywhere; exceljs does in rich runs), loses an inline
// string that carries a phonetic guide (and the rest of its row), and reads neither namespace prefixes
// nor cells without references. Those cases are checked metamorphically instead: the same cells written
// in every way read the same in Kupu.
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildXlsx, type RichText, type TestCell, type TestWorkbookOptions } from '../../../tests/support/xlsxWriter';
import { openXlsx, readSheet } from './xlsx';

const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ minLength: 1, maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }) },
  { weight: 2, arbitrary: fc.constantFrom('Siti Nurhaliza', 'Desain Grafis, Public Speaking', 'a & b <c> "d"', ' spasi ', '_x0041_ literal', 'baris\nbaru', 'tab\there', 'cr\rhere',
    'ctl\u0001x', 'Ñoño Ślązak', '山田 花子', 'مريم', '😀👩‍👩‍👧', 'e\u0301', '\u00a0nbsp', '=1+1', '0812-3456-7890') },
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 30_000 }).map((n) => 'Panjang '.repeat(n / 8).slice(0, n)) },
).filter((s) => s.trim() !== '' || s.length > 0);
// XML 1.0 cannot carry lone surrogates; a spreadsheet cannot hold them either.
const xmlText = text.map((s) => s.replace(/[\ud800-\udfff]/g, (c, i: number, all: string) => (isPaired(all, i) ? c : '?')));

function isPaired(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c <= 0xdbff) return i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff;
  return i > 0 && s.charCodeAt(i - 1) >= 0xd800 && s.charCodeAt(i - 1) <= 0xdbff;
}

const rich = (phonetic: boolean) => fc.record({
  runs: fc.array(fc.record({ text: xmlText, bold: fc.boolean(), italic: fc.boolean() }), { minLength: 1, maxLength: 3 }),
  phonetic: phonetic ? fc.option(fc.constantFrom('ヨミ', 'デザイン', 'やまだ'), { nil: undefined }) : fc.constant(undefined),
}).map((r): RichText => (r.phonetic === undefined ? { runs: r.runs } : r));

const number = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
  fc.integer({ min: 81_000_000_000, max: 89_999_999_999 }), // a phone number typed into a number cell
);
// Whole seconds between 1900-03-01 and 2099: the serials both readers agree on.
const date = fc.record({
  seconds: fc.integer({ min: 61 * 86_400, max: 73_000 * 86_400 }),
  format: fc.constantFrom('yyyy-mm-dd', 'dd/mm/yyyy hh:mm:ss', 'd/m/yyyy', 'yyyy-mm-dd hh:mm'),
}).map(({ seconds, format }) => ({ serial: seconds / 86_400, format }));

const cell = (phonetic: boolean): fc.Arbitrary<TestCell> => fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 6, arbitrary: xmlText },
  { weight: 2, arbitrary: rich(phonetic) },
  { weight: 3, arbitrary: number },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: date },
);

/** Rows of cells, some far to the right (sparse), some rows missing altogether. */
const sheetRows = (phonetic: boolean): fc.Arbitrary<TestCell[][]> => fc.array(
  fc.oneof(
    { weight: 6, arbitrary: fc.array(cell(phonetic), { maxLength: 12 }) },
    { weight: 1, arbitrary: fc.constant<TestCell[]>([]) },
    { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 20, max: 300 }), cell(phonetic)).map(([at, c]) => [...Array<TestCell>(at).fill(null), c]) },
  ),
  { minLength: 1, maxLength: 25 },
);

/** Kupu's rows of one workbook's first sheet. */
function kupuRows(bytes: Uint8Array): string[][] {
  const book = openXlsx(bytes, 'random.xlsx');
  return readSheet(book, book.sheets[0]);
}

type ExcelValue = ExcelJS.CellValue | undefined;

/** Excel's _xHHHH_ escapes, which exceljs leaves as they are in inline strings. */
const unescapeExcel = (s: string) => s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));

/** What Kupu should show for a value exceljs read (`inline`: undo exceljs's undecoded _xHHHH_). */
function expectedText(value: ExcelValue, inline: boolean): string | { number: number } | { instant: number } {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return inline ? unescapeExcel(value) : value;
  if (typeof value === 'number') return { number: value };
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return { instant: Math.round(value.getTime() / 1000) * 1000 };
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('error' in value) return String(value.error);
  if ('result' in value) return expectedText(value.result as ExcelValue, inline);
  throw new Error(`unexpected exceljs value ${JSON.stringify(value)}`);
}

/** A Kupu date cell ("2026-11-29", "2026-11-29 06:00:00") as an instant, reading it as UTC. */
function instantOf(shown: string): number {
  return Date.parse(`${shown.length === 10 ? `${shown}T00:00:00` : shown.replace(' ', 'T')}Z`);
}

async function expectSameAsExceljs(bytes: Uint8Array, inline: boolean): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const ours = kupuRows(bytes);
  const seen = new Set<string>();
  workbook.worksheets[0].eachRow((row, r) => {
    row.eachCell((c, column) => {
      const expected = expectedText(c.value, inline);
      const actual = ours[r - 1]?.[column - 1] ?? '';
      const where = `row ${r}, column ${column}: exceljs ${JSON.stringify(c.value)}`;
      if (typeof expected === 'string') expect(actual, where).toBe(expected);
      else if ('number' in expected) expect(Number(actual), where).toBeCloseTo(expected.number, Math.max(0, 14 - Math.ceil(Math.log10(Math.abs(expected.number) + 1))));
      else expect(instantOf(actual), where).toBe(expected.instant);
      if (actual !== '') seen.add(`${r - 1}:${column - 1}`);
    });
  });
  // Nothing Kupu read that exceljs did not.
  ours.forEach((row, r) => row.forEach((value, c) => {
    if (value !== '') expect(seen.has(`${r}:${c}`), `Kupu read ${JSON.stringify(value)} at row ${r + 1}, column ${c + 1}`).toBe(true);
  }));
}

const flavor = fc.constantFrom<NonNullable<TestWorkbookOptions['flavor']>>('plain', 'excel', 'libreoffice', 'googleSheets');
const runs = { numRuns: 25, seed: 1515 };

describe('the XLSX reader agrees with exceljs', () => {
  it('on random shared-string workbooks (Excel, LibreOffice, Google Sheets markup), phonetic guides included', async () => {
    await fc.assert(fc.asyncProperty(sheetRows(true), flavor, async (rows, f) => {
      await expectSameAsExceljs(buildXlsx([{ name: 'Data', rows }], { strings: 'shared', flavor: f }), false);
    }), runs);
  });

  it('on random inline-string workbooks (openpyxl, pandas)', async () => {
    await fc.assert(fc.asyncProperty(sheetRows(false), flavor, async (rows, f) => {
      await expectSameAsExceljs(buildXlsx([{ name: 'Data', rows }], { strings: 'inline', flavor: f }), true);
    }), runs);
  });

  it('on random workbooks written by exceljs (formulas with cached results, errors, dates, rich text)', async () => {
    const exceljsCell = fc.oneof(
      cell(false),
      fc.record({ formula: fc.constantFrom('A1&"x"', 'LEN(B2)', 'NOW()'), result: fc.oneof(xmlText, number) }),
      fc.constantFrom('#N/A', '#DIV/0!', '#VALUE!').map((error) => ({ error })),
    );
    await fc.assert(fc.asyncProperty(fc.array(fc.array(exceljsCell, { maxLength: 10 }), { minLength: 1, maxLength: 20 }), async (rows) => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Data');
      rows.forEach((row, r) => row.forEach((value, c) => {
        if (value === null) return;
        const target = sheet.getCell(r + 1, c + 1);
        if (typeof value === 'object' && 'serial' in value) {
          target.value = new Date(Math.round((value.serial - 25_569) * 86_400) * 1000);
          target.numFmt = value.format;
        } else if (typeof value === 'object' && 'runs' in value) {
          target.value = { richText: value.runs.map((run) => ({ text: run.text, font: { bold: run.bold, italic: run.italic } })) };
        } else {
          target.value = value as ExcelJS.CellValue;
        }
      }));
      await expectSameAsExceljs(new Uint8Array(await workbook.xlsx.writeBuffer()), false);
    }), { ...runs, numRuns: 15 });
  });
});

describe('the same cells read the same however they are written', () => {
  it('shared or inline, any markup, a namespace prefix, with or without cell references', () => {
    fc.assert(fc.property(sheetRows(true), (rows) => {
      const reference = kupuRows(buildXlsx([{ name: 'Data', rows }], { strings: 'shared' }));
      for (const options of [
        { strings: 'inline' }, { strings: 'inline', flavor: 'libreoffice' }, { strings: 'shared', flavor: 'excel' },
        { strings: 'inline', prefix: 'x' }, { strings: 'shared', omitReferences: true }, { strings: 'inline', omitReferences: true },
      ] satisfies TestWorkbookOptions[]) {
        expect(kupuRows(buildXlsx([{ name: 'Data', rows }], options)), JSON.stringify(options)).toEqual(reference);
      }
    }), runs);
  });
});
