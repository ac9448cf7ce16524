// Every scan of the reader is linear: the characters its string searches examine stay within a fixed
// multiple of the input's length, at 1x and at 4x, for each way a sheet can be written. (A search that
// runs past the end of its cell to the end of the sheet, once per cell, is quadratic: issue #15.)
import { describe, expect, it } from 'vitest';
import { countScannedChars } from '../../../tests/support/scanCounter';
import { buildXlsx, type TestCell } from '../../../tests/support/xlsxWriter';
import { parseCsvText } from './csv';
import { readTable } from './table';
import { readSharedStrings, scanSheetXml } from './xlsx';

const book = { file: 'growth.xlsx', sharedStrings: Array.from({ length: 40 }, (_, i) => `Keahlian ${i}`), dateStyles: [null, 'datetime' as const], date1904: false };
const columns = 'ABCDEFGHIJKLMNOP';
const text = (r: number, c: number) => `Siti ${r}-${c} Desain Grafis, Public Speaking & Menjahit`;

/** One row's cells, written as the named kind of writer does. */
const cellWriters: Record<string, (r: number) => string> = {
  // openpyxl, pandas to_excel: every string inline.
  inlineStrings: (r) => [...columns].map((c, i) => `<c r="${c}${r}" t="inlineStr"><is><t>${text(r, i)}</t></is></c>`).join(''),
  // Excel, LibreOffice, Google Sheets: shared string indexes, numbers, a date.
  sharedStrings: (r) => [...columns].map((c, i) => (i === 0 ? `<c r="A${r}" s="1"><v>46355.${r}</v></c>` : i % 4 === 0 ? `<c r="${c}${r}"><v>${r * 7}</v></c>` : `<c r="${c}${r}" t="s"><v>${(r + i) % 40}</v></c>`)).join(''),
  // Inline rich text with phonetic guides (Japanese IME input in Excel).
  phoneticRuns: (r) => [...columns].map((c, i) => `<c r="${c}${r}" t="inlineStr"><is><r><rPr><b/></rPr><t>${text(r, i)}</t></r><r><t xml:space="preserve"> x</t></r><rPh sb="0" eb="1"><t>ヨミ</t></rPh><phoneticPr fontId="1"/></is></c>`).join(''),
  // Formulas without cached values (openpyxl writes no <v>) and styled cells left open, among inline strings.
  formulasWithoutValues: (r) => [...columns].map((c, i) => (i % 2 ? `<c r="${c}${r}"><f>LEN(A${r})</f></c>` : i % 3 ? `<c r="${c}${r}" s="1"></c>` : `<c r="${c}${r}" t="inlineStr"><is><t>${text(r, i)}</t></is></c>`)).join(''),
  // A damaged sheet: text elements never closed.
  unclosedText: (r) => [...columns].map((c, i) => `<c r="${c}${r}" t="inlineStr"><is><t>${text(r, i)}</is></c>`).join(''),
};

function sheetXml(kind: string, rows: number): string {
  const parts = ['<worksheet xmlns="main"><sheetData>'];
  for (let r = 1; r <= rows; r++) parts.push(`<row r="${r}" spans="1:16">${cellWriters[kind](r)}</row>`);
  // A tail of formatted empty rows, not self-closed (LibreOffice writes rows down to the last formatted one).
  for (let r = rows + 1; r <= rows * 2; r++) parts.push(`<row r="${r}" spans="1:16" s="1" customFormat="1"></row>`);
  parts.push('</sheetData><conditionalFormatting sqref="A1"><cfRule type="expression" priority="1"><formula>1</formula></cfRule></conditionalFormatting></worksheet>');
  return parts.join('');
}

function sharedStringsXml(items: number): string {
  const parts = ['<sst xmlns="main">'];
  for (let i = 0; i < items; i++) {
    parts.push(i % 3 === 0
      ? `<si><t>Keahlian ${i}</t></si>`
      : i % 3 === 1 ? `<si><r><t>Baking </t></r><r><rPr><i/></rPr><t>${i}</t></r></si>` : `<si><t>Tahsin ${i}</t><rPh sb="0" eb="2"><t>タ</t></rPh><phoneticPr fontId="1"/></si>`);
  }
  parts.push('</sst>');
  return parts.join('');
}

function csvText(rows: number): string {
  const lines = ['Nama Lengkap,Keahlian yang ditawarkan (boleh lebih dari satu),Catatan'];
  for (let r = 0; r < rows; r++) lines.push(`Siti ${r},"Desain Grafis, Public Speaking, ""Tahsin""",${r % 5 ? '' : '"baris satu\r\nbaris dua"'}`);
  return lines.join('\r\n');
}

/** Characters examined per character of input, at 1x and 4x. */
function growth(make: (size: number) => string, scan: (input: string) => unknown, size: number) {
  return [size, size * 4].map((n) => {
    const input = make(n);
    return countScannedChars(() => scan(input)).scanned / input.length;
  });
}

// A linear reader looks at each character a few times (tag ends, element ends, entity checks of the
// text); a quadratic one, hundreds of times at 250 rows and four times as many at 1,000.
const perChar = 12;

function expectLinear([small, large]: number[]): void {
  expect(small).toBeLessThan(perChar);
  expect(large).toBeLessThan(small * 1.2);
}

describe('reader scans grow linearly', () => {
  it.each(Object.keys(cellWriters))('worksheet cells: %s', (kind) => {
    expectLinear(growth((n) => sheetXml(kind, n), (xml) => scanSheetXml(xml, book), 250));
  });

  it('shared strings: plain, rich and phonetic items', () => {
    expectLinear(growth(sharedStringsXml, readSharedStrings, 1000));
  });

  it.each(['shared', 'inline'] as const)('a whole workbook through readTable (%s strings, the sheet picked among three)', (strings) => {
    const workbook = (rows: number) => {
      const data: TestCell[][] = [['Nama Lengkap', 'Nomor WhatsApp', 'Keahlian yang ditawarkan'], ...Array.from({ length: rows }, (_, r) => [`Siti ${r}`, 81234567890 + r, 'Desain Grafis, Tahsin'])];
      return buildXlsx([{ name: 'Judul', rows: [['Rekap Batch 5']] }, { name: 'Pendaftaran', rows: data }, { name: 'Rekap', rows: [['Kelas', 'Jumlah'], ['Batch 5', rows]] }], { strings });
    };
    const [small, large] = [500, 2000].map((rows) => {
      const bytes = workbook(rows);
      return countScannedChars(() => expect(readTable(bytes, 'w.xlsx').rows).toHaveLength(rows + 1)).scanned;
    });
    expect(large / small).toBeLessThan(4 * 1.2);
  });

  it('CSV: quoted checkbox lists and quoted line breaks', () => {
    expectLinear(growth(csvText, (text) => parseCsvText(text, 'growth.csv'), 1000));
  });
});
