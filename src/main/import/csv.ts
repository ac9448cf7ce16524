import { columnLetter, fail, limits } from './errors';

const candidates = [',', ';', '\t', '|'] as const;
const QUOTE = 34;
const LF = 10;
const CR = 13;

export interface CsvOptions {
  /** Stop after this many records (delimiter sniffing reads only the first few). */
  maxRecords?: number;
  /** Counts quotes found where a well-formed file has none (a hint of the wrong delimiter). */
  stats?: { strayQuotes: number };
}

/**
 * Reads delimited text into records of raw strings (nothing is typed or trimmed; "0812" stays "0812").
 * RFC 4180 quoting with the leniency real exports need: CRLF, LF or lone CR line endings, quoted
 * newlines, doubled quotes, stray quotes inside unquoted values kept as they are.
 */
export function parseDelimited(text: string, delimiter: string, file: string, options: CsvOptions = {}): string[][] {
  const maxRecords = options.maxRecords ?? Infinity;
  const delim = delimiter.charCodeAt(0);
  const records: string[][] = [];
  const n = text.length;
  let record: string[] = [];
  let i = 0;
  if (n === 0) return records;
  for (;;) {
    let value: string;
    const column = record.length;
    if (text.charCodeAt(i) === QUOTE) {
      // Quoted: jump from quote to quote; a doubled quote is a literal one.
      let start = i + 1;
      let parts = '';
      for (;;) {
        const close = text.indexOf('"', start);
        if (close === -1) {
          fail(file, records.length + 1, columnLetter(column), 'file.unclosedQuote');
        }
        if (text.charCodeAt(close + 1) === QUOTE) {
          parts += text.slice(start, close + 1);
          start = close + 2;
          continue;
        }
        value = parts + text.slice(start, close);
        i = close + 1;
        break;
      }
      // Anything between the closing quote and the delimiter is kept (lenient, like spreadsheet apps).
      const tail = i;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c === delim || c === LF || c === CR) break;
        i++;
      }
      if (i > tail) {
        value += text.slice(tail, i);
        if (options.stats) options.stats.strayQuotes++;
      }
    } else {
      const start = i;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c === delim || c === LF || c === CR) break;
        i++;
      }
      value = text.slice(start, i);
      if (options.stats && value.includes('"')) options.stats.strayQuotes++;
    }
    if (value.length > limits.maxCellChars) {
      fail(file, records.length + 1, columnLetter(column), 'file.cellTooLong', { limit: limits.maxCellChars });
    }
    record.push(value);
    if (i >= n) {
      records.push(record);
      break;
    }
    const c = text.charCodeAt(i);
    if (c === delim) {
      i++;
      if (i >= n) {
        record.push('');
        records.push(record);
        break;
      }
      continue;
    }
    // End of record: CRLF, LF or a lone CR.
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    records.push(record);
    if (records.length > limits.maxRows) {
      fail(file, records.length, null, 'file.tooManyRows', { limit: limits.maxRows });
    }
    if (records.length >= maxRecords || i >= n) break;
    record = [];
  }
  return records;
}

/**
 * The delimiter that splits the first records most consistently into more than one column, counting
 * only delimiters outside quotes (a semicolon file's header may contain commas, and vice versa).
 * Quotes that end up inside unquoted values count against a delimiter: with the right one, quoting
 * lines up with the fields.
 */
export function sniffDelimiter(text: string, file: string): string {
  let best: string = ',';
  let bestScore = 0;
  for (const delimiter of candidates) {
    let records: string[][];
    const stats = { strayQuotes: 0 };
    try {
      records = parseDelimited(text, delimiter, file, { maxRecords: 20, stats });
    } catch {
      continue;
    }
    const width = records[0]?.length ?? 0;
    if (width < 2) continue;
    const consistent = records.filter((r) => r.length === width).length;
    const score = (consistent / records.length) * 1000 - stats.strayQuotes * 100 + Math.min(width, 99);
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

/** Excel honours (and sometimes writes) a first line "sep=;" naming the delimiter. */
export function readExcelSepLine(text: string): { delimiter: string; rest: string } | null {
  const match = /^sep=(.)\r?\n?/.exec(text.slice(0, 8));
  return match ? { delimiter: match[1], rest: text.slice(match[0].length) } : null;
}

export function parseCsvText(text: string, file: string): string[][] {
  const sep = readExcelSepLine(text);
  if (sep) return parseDelimited(sep.rest, sep.delimiter, file);
  return parseDelimited(text, sniffDelimiter(text, file), file);
}
