import { neutralizeCell } from './cells';

// RFC 4180 CSV: CRLF line ends, fields quoted only when needed (see needsQuotes), UTF-8 with a byte-order mark so Excel
// shows Indonesian text (and any name in any script) correctly.

export const utf8Bom = '\uFEFF';

export interface CsvOptions {
  /** ',' by default. Excel with Indonesian regional settings expects ';'. */
  delimiter?: ',' | ';' | '\t';
  /** Prepend the UTF-8 byte-order mark (default true). */
  bom?: boolean;
}

/**
 * Quoted when it holds a quote, a line break, or any character a reader may split on (, ; tab): not only
 * this file's delimiter, since Excel reads a CSV with the list separator of its regional settings.
 */
const needsQuotes = /["\r\n,;\t]/;

function csvField(value: string): string {
  const cell = neutralizeCell(value);
  return needsQuotes.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

function csvRecord(row: string[], delimiter: string): string {
  // A record of one empty field would otherwise be an empty line, which readers skip.
  if (row.length === 1 && row[0] === '') return '""';
  return row.map(csvField).join(delimiter);
}

/** Rows of text cells as a CSV document; every record ends with CRLF. Cells are neutralized. */
export function toCsv(rows: string[][], options: CsvOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  const body = rows.map((row) => `${csvRecord(row, delimiter)}\r\n`).join('');
  return (options.bom ?? true) ? utf8Bom + body : body;
}

/** The CSV as bytes to write to a file (UTF-8). */
export function csvBytes(rows: string[][], options: CsvOptions = {}): Uint8Array {
  return new TextEncoder().encode(toCsv(rows, options));
}
