import type { ImportIssue } from '../../shared/domain';
import { parseCsvText } from './csv';
import { decodeText } from './decode';
import { columnLabel, columnLetter, fail, ImportFailure, issue, limits } from './errors';
import { findHeaderRow } from './headers';
import { loadSheetXml, openXlsx, scanSheetXml, type XlsxBook, type XlsxSheet } from './xlsx';
import type { InflateRaw } from './zip';

export interface ReadTableOptions {
  /** Sheet to read from a workbook; by default the one that looks most like a registration list. */
  sheet?: string;
  /** A native inflater for XLSX parts (see worker.ts); fflate otherwise. */
  inflateRaw?: InflateRaw;
}

export interface Table {
  /** Worksheet names of a workbook ([] for CSV). */
  sheets: string[];
  /** The sheet read (null for CSV). */
  sheet: string | null;
  /** Every row as strings, index = spreadsheet row - 1; rows are padded to the header's width. */
  rows: string[][];
  /** Index in `rows` of the header row (usually 0; lower when a title sits above it). */
  headerRow: number;
}

/**
 * Reads a CSV/TSV or XLSX file into rows of strings. Throws ImportFailure (naming file, row and
 * column) for anything that is not a readable table: empty, binary, damaged, oversized, ragged.
 */
export function readTable(bytes: Uint8Array, fileName: string, options: ReadTableOptions = {}): Table {
  const file = fileName;
  if (bytes.length === 0) fail(file, null, null, 'file.empty');
  if (bytes.length > limits.maxFileBytes) {
    fail(file, null, null, 'file.tooBig', { limitMb: limits.maxFileBytes / 1024 / 1024 });
  }
  const lower = fileName.toLowerCase();
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7);
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  if (ole) fail(file, null, null, 'file.oldExcel');
  if (zip) return shape(readWorkbook(bytes, file, options), file);
  if (/\.(xlsx|xlsm|xltx|ods)$/.test(lower)) {
    fail(file, null, null, 'file.notXlsx');
  }
  const { text } = decodeText(bytes, file);
  if (/^\s*<(!doctype html|html|table)\b/i.test(text.slice(0, 200))) {
    fail(file, null, null, 'file.webPage');
  }
  return shape({ sheets: [], sheet: null, rows: parseCsvText(text, file) }, file);
}

interface RawTable {
  sheets: string[];
  sheet: string | null;
  rows: string[][];
}

function readWorkbook(bytes: Uint8Array, file: string, options: ReadTableOptions): RawTable {
  const book = openXlsx(bytes, file, options.inflateRaw);
  const names = book.sheets.map((s) => s.name);
  if (book.sheets.length === 0) fail(file, null, null, 'file.noWorksheets');
  const cache = new Map<XlsxSheet, string>();
  const xmlOf = (sheet: XlsxSheet) => {
    let xml = cache.get(sheet);
    if (xml === undefined) {
      xml = loadSheetXml(book, sheet);
      cache.set(sheet, xml);
    }
    return xml;
  };
  const sheet = options.sheet === undefined ? pickSheet(book, xmlOf) : findSheet(book, options.sheet, file);
  const rows = scanSheetXml(xmlOf(sheet), book);
  return { sheets: names, sheet: sheet.name, rows };
}

function findSheet(book: XlsxBook, wanted: string, file: string): XlsxSheet {
  const fold = (s: string) => s.trim().toLowerCase();
  const sheet = book.sheets.find((s) => s.name === wanted) ?? book.sheets.find((s) => fold(s.name) === fold(wanted));
  if (!sheet) fail(file, null, null, 'file.noSuchSheet', { sheet: wanted, sheets: book.sheets.map((s) => `"${s.name}"`).join(', ') });
  return sheet;
}

/** The sheet whose top rows hold the best registration header (hidden sheets only as a last resort). */
function pickSheet(book: XlsxBook, xmlOf: (sheet: XlsxSheet) => string): XlsxSheet {
  const visible = book.sheets.filter((s) => !s.hidden);
  const candidates = visible.length > 0 ? visible : book.sheets;
  if (candidates.length === 1) return candidates[0];
  let best: XlsxSheet | null = null;
  let bestScore = -1;
  for (const sheet of candidates) {
    const top = scanSheetXml(xmlOf(sheet), book, { maxNonEmptyRows: 10 });
    if (!top.some((row) => row.length > 0)) continue;
    const { score } = findHeaderRow(top);
    if (score > bestScore) {
      best = sheet;
      bestScore = score;
    }
  }
  return best ?? candidates[0];
}

/**
 * Drops trailing empty cells and rows, finds the header row, pads shorter rows to its width and
 * refuses rows with values beyond it (a sign of broken quoting or a misread delimiter).
 */
function shape(raw: RawTable, file: string): Table {
  const rows = raw.rows;
  for (const row of rows) while (row.length > 0 && row[row.length - 1] === '') row.pop();
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  if (rows.length === 0) fail(file, null, null, 'file.emptyRows');
  if (rows.length > limits.maxRows) fail(file, rows.length, null, 'file.tooManyRows', { limit: limits.maxRows });

  const headerRow = findHeaderRow(rows).index;
  const headers = rows[headerRow];
  const width = headers.length;
  if (width > limits.maxColumns) fail(file, headerRow + 1, columnLetter(limits.maxColumns), 'file.tooManyColumns', { limit: limits.maxColumns });
  const issues: ImportIssue[] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (r > headerRow && row.length > width) {
      const extra = row.findIndex((cell, c) => c >= width && cell !== '');
      issues.push(
        issue(file, r + 1, columnLabel(null, extra), 'file.ragged', { values: row.length, columns: width }),
      );
      if (issues.length >= limits.maxIssues) break;
      continue;
    }
    while (row.length < width) row.push('');
  }
  if (issues.length > 0) throw new ImportFailure(issues);
  return { sheets: raw.sheets, sheet: raw.sheet, rows, headerRow };
}
