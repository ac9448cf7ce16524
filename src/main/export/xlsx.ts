import { strToU8, zipSync, type Zippable } from 'fflate';
import { xlsxCell } from './cells';
import { escapeXml, stripInvalidXmlChars } from './escape';
import type { Table } from './types';

// A minimal, valid XLSX (Office Open XML) workbook. Every cell is an inline string with the text
// number format, never a formula or a number, so phone numbers, leading zeros and dates stay exactly
// as written. Header row bold and frozen; column widths from the content.

const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const relNs = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const xmlHead = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Excel's limit on the characters in one cell. */
const maxCellChars = 32_767;

/** Cell text as OOXML wants it: neutralized (phone numbers kept as they are), only XML-legal characters, within Excel's limit, escaped. */
export function cellXmlText(value: string): string {
  let text = stripInvalidXmlChars(xlsxCell(value));
  if (text.length > maxCellChars) text = text.slice(0, maxCellChars).replace(/[\uD800-\uDBFF]$/, '');
  // OOXML decodes "_xHHHH_" as a character; escaping its underscore keeps such text literal.
  const literal = text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1');
  // XML readers turn a literal CR into LF; a character reference survives.
  return escapeXml(literal).replace(/\r/g, '&#13;');
}

/** "A", "B", …, "Z", "AA", … for a zero-based column index. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/**
 * Excel's sheet-name rules: 1–31 characters, none of []:*?/\, no leading or trailing apostrophe,
 * unique ignoring case, and "History" is reserved.
 */
export function sanitizeSheetNames(names: string[]): string[] {
  const used = new Set<string>();
  return names.map((raw, i) => {
    let base = stripInvalidXmlChars(raw)
      .replace(/[[\]:*?/\\]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^'+|'+$/g, '')
      .trim();
    if (!base || base.toLowerCase() === 'history') base = base ? `${base} 1` : `Sheet${i + 1}`;
    base = Array.from(base).slice(0, 31).join('').trim();
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = Array.from(base).slice(0, 31 - suffix.length).join('').trimEnd() + suffix;
    }
    used.add(name.toLowerCase());
    return name;
  });
}

/** Width in Excel character units: the longest line in the column (first 2,000 rows), 8–60. */
function columnWidths(rows: string[][]): number[] {
  const widths: number[] = [];
  for (const row of rows.slice(0, 2000)) {
    row.forEach((cell, c) => {
      const longest = Math.max(0, ...cell.split('\n').map((line) => line.length));
      widths[c] = Math.max(widths[c] ?? 0, longest);
    });
  }
  return Array.from(widths, (w) => Math.min(60, Math.max(8, (w ?? 0) + 2)));
}

// Style indexes into cellXfs below.
const textStyle = 1;
const headerStyle = 2;

function sheetXml(rows: string[][]): string {
  const columns = rows.reduce((most, row) => Math.max(most, row.length), 1);
  const lastCell = `${columnName(columns - 1)}${Math.max(1, rows.length)}`;
  const cols = columnWidths(rows)
    .map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${w}" style="${textStyle}" customWidth="1"/>`)
    .join('');
  const body = rows
    .map((row, r) => {
      const style = r === 0 ? headerStyle : textStyle;
      const cells = row
        .map((value, c) =>
          value === '' ? '' : `<c r="${columnName(c)}${r + 1}" s="${style}" t="inlineStr"><is><t xml:space="preserve">${cellXmlText(value)}</t></is></c>`,
        )
        .join('');
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join('');
  const frozen =
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
    '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>';
  return (
    `${xmlHead}<worksheet xmlns="${ns}" xmlns:r="${relNs}"><dimension ref="A1:${lastCell}"/>${frozen}` +
    `<sheetFormatPr defaultRowHeight="15"/>${cols ? `<cols>${cols}</cols>` : ''}<sheetData>${body}</sheetData>` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
  );
}

// numFmtId 49 is the built-in text format "@": cells typed into later stay text too.
const stylesXml =
  `${xmlHead}<styleSheet xmlns="${ns}">` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
  '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

/** A workbook with one sheet per table (an empty workbook gets one empty sheet: Excel needs one). */
export function toXlsx(sheets: Table[]): Uint8Array {
  const tables = sheets.length ? sheets : [{ name: 'Sheet1', rows: [] }];
  const names = sanitizeSheetNames(tables.map((t) => t.name));
  const n = tables.length;
  const sheetEntries = names.map((name, i) => `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  const sheetRels = names
    .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${relNs}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
    .join('');
  const sheetTypes = names
    .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
    .join('');

  const files: Zippable = {
    '[Content_Types].xml': strToU8(
      `${xmlHead}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        `${sheetTypes}</Types>`,
    ),
    '_rels/.rels': strToU8(
      `${xmlHead}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${relNs}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `${xmlHead}<workbook xmlns="${ns}" xmlns:r="${relNs}"><bookViews><workbookView/></bookViews><sheets>${sheetEntries}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `${xmlHead}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheetRels}` +
        `<Relationship Id="rId${n + 1}" Type="${relNs}/styles" Target="styles.xml"/></Relationships>`,
    ),
    'xl/styles.xml': strToU8(stylesXml),
  };
  tables.forEach((table, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(table.rows));
  });
  return zipSync(files, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
}
