import { builtinDateKind, dateKindOfFormat, formatNumber, normalizeIsoCell, serialToIso, type DateKind } from './cellformat';
import { columnLetter, fail, limits } from './errors';
import { attributesAt, before, decodeXmlText, finder, findTag, rootPrefix, textCollector } from './xml';
import { readZipDirectory, readZipEntry, type InflateRaw, type ZipEntry } from './zip';

export interface XlsxSheet {
  name: string;
  path: string;
  hidden: boolean;
}

export interface XlsxBook {
  file: string;
  sheets: XlsxSheet[];
  /** Only what reading needs, loaded once: shared strings and which cell styles are dates. */
  sharedStrings: string[];
  dateStyles: Array<DateKind | null>;
  date1904: boolean;
  bytes: Uint8Array;
  entries: Map<string, ZipEntry>;
  inflateRaw?: InflateRaw;
}

const utf8 = new TextDecoder('utf-8');

export function openXlsx(bytes: Uint8Array, file: string, inflateRaw?: InflateRaw): XlsxBook {
  const entries = readZipDirectory(bytes, file);
  const part = (path: string): string | null => {
    const entry = entries.get(path);
    if (!entry) return null;
    return decodeUtf8(readZipEntry(bytes, entry, file, inflateRaw), file, path);
  };

  const rootRels = relationships(part('_rels/.rels') ?? '', '');
  const workbookPath = [...rootRels.values()].find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  const workbook = part(workbookPath);
  if (workbook === null) fail(file, null, null, 'file.noWorkbookPart');
  const base = workbookPath.includes('/') ? workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1) : '';
  const relsPath = `${base}_rels/${workbookPath.slice(base.length)}.rels`;
  const rels = relationships(part(relsPath) ?? '', base);

  const prefix = rootPrefix(workbook);
  const sheets: XlsxSheet[] = [];
  const sheetTag = `<${prefix}sheet`;
  for (let i = findTag(workbook, sheetTag, 0); i >= 0; i = findTag(workbook, sheetTag, i + 1)) {
    const { attributes } = attributesAt(workbook, i);
    const name = attributes.get('name') ?? '';
    let relId: string | undefined;
    for (const [key, value] of attributes) if (key.endsWith(':id')) relId = value;
    const rel = relId === undefined ? undefined : rels.get(relId);
    if (!rel || !rel.type.endsWith('/worksheet')) continue; // chartsheets and dialog sheets hold no cells
    sheets.push({ name, path: rel.target, hidden: (attributes.get('state') ?? 'visible') !== 'visible' });
  }
  const prTag = findTag(workbook, `<${prefix}workbookPr`, 0);
  const date1904Attr = prTag >= 0 ? attributesAt(workbook, prTag).attributes.get('date1904') : undefined;
  const date1904 = date1904Attr === '1' || date1904Attr === 'true';

  const relOfType = (suffix: string, fallback: string) => [...rels.values()].find((r) => r.type.endsWith(suffix))?.target ?? fallback;
  const sharedXml = part(relOfType('/sharedStrings', `${base}sharedStrings.xml`));
  const stylesXml = part(relOfType('/styles', `${base}styles.xml`));
  return {
    file,
    sheets,
    sharedStrings: sharedXml === null ? [] : readSharedStrings(sharedXml),
    dateStyles: stylesXml === null ? [] : readDateStyles(stylesXml),
    date1904,
    bytes,
    entries,
    inflateRaw,
  };
}

function decodeUtf8(data: Uint8Array, file: string, path: string): string {
  if (data.length > 1 && ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff))) {
    return new TextDecoder(data[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(data);
  }
  try {
    return utf8.decode(data);
  } catch {
    return fail(file, null, null, 'file.partNotText', { part: path });
  }
}

interface Relationship {
  type: string;
  target: string;
}

/** Relationship id -> type and target, targets resolved against the part's folder. */
function relationships(xml: string, base: string): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  const tag = `<${rootPrefix(xml)}Relationship`;
  for (let i = findTag(xml, tag, 0); i >= 0; i = findTag(xml, tag, i + 1)) {
    const { attributes } = attributesAt(xml, i);
    const id = attributes.get('Id');
    const target = attributes.get('Target');
    if (id === undefined || target === undefined || attributes.get('TargetMode') === 'External') continue;
    rels.set(id, { type: attributes.get('Type') ?? '', target: resolvePath(base, target) });
  }
  return rels;
}

function resolvePath(base: string, target: string): string {
  const joined = target.startsWith('/') ? target.slice(1) : base + target;
  const parts: string[] = [];
  for (const segment of joined.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

/** Shared strings: plain `<si><t>…</t></si>` takes the fast path; rich text runs are concatenated. */
export function readSharedStrings(xml: string): string[] {
  const prefix = rootPrefix(xml);
  const siOpen = `<${prefix}si`;
  const siClose = `</${prefix}si>`;
  const plainOpen = `<${prefix}si><${prefix}t>`;
  const plainClose = `</${prefix}t></${prefix}si>`;
  const collectText = textCollector(xml, prefix);
  const strings: string[] = [];
  let i = findTag(xml, siOpen, 0);
  while (i >= 0) {
    if (xml.startsWith(plainOpen, i)) {
      const start = i + plainOpen.length;
      const end = xml.indexOf('<', start);
      if (end >= 0 && xml.startsWith(plainClose, end)) {
        const raw = xml.slice(start, end);
        strings.push(raw.includes('&') || raw.includes('_x') || raw.includes('\r') ? decodeXmlText(raw) : raw);
        i = findTag(xml, siOpen, end + plainClose.length);
        continue;
      }
    }
    const tagEnd = xml.indexOf('>', i);
    if (tagEnd < 0) break;
    if (xml.charCodeAt(tagEnd - 1) === 47) {
      strings.push('');
      i = findTag(xml, siOpen, tagEnd + 1);
      continue;
    }
    const close = xml.indexOf(siClose, tagEnd);
    if (close < 0) break;
    strings.push(collectText(tagEnd + 1, close));
    i = findTag(xml, siOpen, close + siClose.length);
  }
  return strings;
}

/** For each cell style (index = the cell's `s`), whether its number format shows a date or time. */
export function readDateStyles(xml: string): Array<DateKind | null> {
  const prefix = rootPrefix(xml);
  const custom = new Map<number, DateKind | null>();
  const fmtTag = `<${prefix}numFmt`;
  for (let i = findTag(xml, fmtTag, 0); i >= 0; i = findTag(xml, fmtTag, i + 1)) {
    const { attributes } = attributesAt(xml, i);
    const id = Number(attributes.get('numFmtId'));
    if (Number.isInteger(id)) custom.set(id, dateKindOfFormat(attributes.get('formatCode') ?? ''));
  }
  const kinds: Array<DateKind | null> = [];
  const xfsStart = findTag(xml, `<${prefix}cellXfs`, 0);
  if (xfsStart < 0) return kinds;
  const xfsEnd = xml.indexOf(`</${prefix}cellXfs>`, xfsStart);
  const xfTag = `<${prefix}xf`;
  const limit = xfsEnd < 0 ? xml.length : xfsEnd;
  for (let i = findTag(xml, xfTag, xfsStart); i >= 0 && i < limit; i = findTag(xml, xfTag, i + 1)) {
    const id = Number(attributesAt(xml, i).attributes.get('numFmtId') ?? '0');
    kinds.push(custom.has(id) ? (custom.get(id) ?? null) : builtinDateKind(id));
  }
  return kinds;
}

export interface SheetReadOptions {
  /** Stop once this many non-empty rows were read (sheet detection looks at the top only). */
  maxNonEmptyRows?: number;
}

/** The sheet's XML text (inflated on demand; callers may keep it to scan twice). */
export function loadSheetXml(book: XlsxBook, sheet: XlsxSheet): string {
  const entry = book.entries.get(sheet.path);
  if (!entry) fail(book.file, null, null, 'file.sheetMissing', { sheet: sheet.name });
  return decodeUtf8(readZipEntry(book.bytes, entry, book.file, book.inflateRaw), book.file, sheet.path);
}

/**
 * The sheet's cells as dense rows of strings (row index = spreadsheet row - 1). Gaps become empty
 * strings; trailing empty cells and rows are dropped.
 */
export function readSheet(book: XlsxBook, sheet: XlsxSheet, options: SheetReadOptions = {}): string[][] {
  return scanSheetXml(loadSheetXml(book, sheet), book, options);
}

/**
 * Scans a worksheet's XML for its cells (see readSheet); `book` supplies shared strings and date styles.
 * Every search goes through a finder (see xml.ts), so the scan stays linear however the sheet was
 * written: inline strings, cells without a value, rows left open.
 */
export function scanSheetXml(xml: string, book: Pick<XlsxBook, 'file' | 'sharedStrings' | 'dateStyles' | 'date1904'>, options: SheetReadOptions = {}): string[][] {
  const { file, sharedStrings, dateStyles, date1904 } = book;
  const maxNonEmpty = options.maxNonEmptyRows ?? Infinity;
  const p = rootPrefix(xml);
  const rowTag = `<${p}row`;
  const cellTag = `<${p}c`;
  const cellClose = `</${p}c>`;
  const dataStart = findTag(xml, `<${p}sheetData`, 0);
  const rows: string[][] = [];
  if (dataStart < 0) return rows;
  let dataEnd = xml.indexOf(`</${p}sheetData>`, dataStart);
  if (dataEnd < 0) dataEnd = xml.length;
  const nextRow = finder(xml, rowTag, true);
  const nextRowClose = finder(xml, `</${p}row>`);
  const nextCell = finder(xml, cellTag, true);
  const nextCellClose = finder(xml, cellClose);
  const nextValue = finder(xml, `<${p}v`, true);
  const nextValueClose = finder(xml, `</${p}v>`);
  const nextTagEnd = finder(xml, '>');
  const collectText = textCollector(xml, p);

  let nonEmptyRows = 0;
  let rowNumber = 0;
  let pos = dataStart;
  for (;;) {
    const r = before(nextRow, pos, dataEnd);
    if (r < 0) break;
    const rowTagEnd = nextTagEnd(r);
    if (rowTagEnd < 0) break;
    readAttributes(xml, r + rowTag.length, rowTagEnd, scratch);
    const explicit = scratch.row;
    rowNumber = Number.isInteger(explicit) && explicit > rowNumber ? explicit : rowNumber + 1;
    if (xml.charCodeAt(rowTagEnd - 1) === 47) {
      pos = rowTagEnd + 1;
      continue;
    }
    let rowEnd = before(nextRowClose, rowTagEnd, dataEnd);
    if (rowEnd < 0) rowEnd = dataEnd;

    const cells: string[] = [];
    let column = -1;
    let c = rowTagEnd + 1;
    for (;;) {
      c = before(nextCell, c, rowEnd);
      if (c < 0) break;
      const cellTagEnd = before(nextTagEnd, c, rowEnd);
      if (cellTagEnd < 0) break;
      const selfClosing = xml.charCodeAt(cellTagEnd - 1) === 47;
      readAttributes(xml, c + cellTag.length, selfClosing ? cellTagEnd - 1 : cellTagEnd, scratch);
      const { type, style } = scratch;
      column = scratch.column >= 0 ? scratch.column : column + 1;
      if (selfClosing) {
        c = cellTagEnd + 1;
        continue;
      }
      let cellEnd = before(nextCellClose, cellTagEnd, rowEnd);
      if (cellEnd < 0) cellEnd = rowEnd;
      let value: string;
      if (type === 'inlineStr') {
        value = collectText(cellTagEnd + 1, cellEnd);
      } else {
        const v = before(nextValue, cellTagEnd + 1, cellEnd);
        let raw = '';
        if (v >= 0) {
          const vOpenEnd = before(nextTagEnd, v, cellEnd);
          if (vOpenEnd >= 0 && xml.charCodeAt(vOpenEnd - 1) !== 47) {
            const vEnd = before(nextValueClose, vOpenEnd, cellEnd);
            raw = xml.slice(vOpenEnd + 1, vEnd < 0 ? cellEnd : vEnd);
          }
        }
        value = cellText(raw, type, style, sharedStrings, dateStyles, date1904);
      }
      c = cellEnd + cellClose.length;
      if (value === '') continue;
      if (column >= limits.maxColumns) fail(file, rowNumber, columnLetter(column), 'file.tooManyColumns', { limit: limits.maxColumns });
      if (value.length > limits.maxCellChars) {
        fail(file, rowNumber, columnLetter(column), 'file.cellTooLong', { limit: limits.maxCellChars });
      }
      while (cells.length < column) cells.push('');
      cells[column] = value;
    }
    pos = rowEnd;
    if (cells.length === 0) continue;
    if (rowNumber > limits.maxRows) fail(file, rowNumber, null, 'file.tooManyRows', { limit: limits.maxRows });
    while (rows.length < rowNumber - 1) rows.push([]);
    rows[rowNumber - 1] = cells;
    if (++nonEmptyRows >= maxNonEmpty) break;
  }
  return rows;
}

function cellText(raw: string, type: string, style: number, shared: string[], dateStyles: Array<DateKind | null>, date1904: boolean): string {
  switch (type) {
    case 's':
      return shared[Number(raw)] ?? '';
    case 'str':
    case 'e':
      return decodeXmlText(raw);
    case 'b':
      return raw === '1' || raw === 'true' ? 'TRUE' : raw === '' ? '' : 'FALSE';
    case 'd':
      return normalizeIsoCell(decodeXmlText(raw));
    default: {
      if (raw === '') return '';
      const kind = dateStyles[style];
      if (kind) {
        const iso = serialToIso(Number(raw), kind, date1904);
        if (iso !== null) return iso;
      }
      return formatNumber(raw);
    }
  }
}

/** What a cell or row start tag says about it; one object reused for every tag (no allocation). */
interface TagAttributes {
  /** 0-based column from r="BC12", or -1. */
  column: number;
  /** 1-based row from a row's r="12" (or a cell's), or 0. */
  row: number;
  type: string;
  style: number;
}

const scratch: TagAttributes = { column: -1, row: 0, type: 'n', style: 0 };

/**
 * Reads the r, s and t attributes between `start` and `end` straight from the character codes:
 * this runs for every cell of the sheet, so no substrings or callbacks.
 */
function readAttributes(xml: string, start: number, end: number, out: TagAttributes): void {
  out.column = -1;
  out.row = 0;
  out.type = 'n';
  out.style = 0;
  let i = start;
  while (i < end) {
    if (xml.charCodeAt(i) <= 32) {
      i++;
      continue;
    }
    const nameStart = i;
    while (i < end && xml.charCodeAt(i) !== 61) i++; // '='
    let nameEnd = i;
    while (nameEnd > nameStart && xml.charCodeAt(nameEnd - 1) <= 32) nameEnd--;
    i++;
    while (i < end && xml.charCodeAt(i) <= 32) i++;
    const quote = xml.charCodeAt(i);
    if (quote !== 34 && quote !== 39) return;
    const valueStart = i + 1;
    const valueEnd = xml.indexOf(quote === 34 ? '"' : "'", valueStart);
    if (valueEnd < 0 || valueEnd >= end) return;
    if (nameEnd - nameStart === 1) {
      const name = xml.charCodeAt(nameStart);
      if (name === 114) readReference(xml, valueStart, valueEnd, out); // r
      else if (name === 115) out.style = digitsAt(xml, valueStart, valueEnd); // s
      else if (name === 116) out.type = cellType(xml, valueStart, valueEnd); // t
    }
    i = valueEnd + 1;
  }
}

/** "BC12" -> column 54 (0-based), row 12; "12" (a row's r) -> row 12. */
function readReference(xml: string, start: number, end: number, out: TagAttributes): void {
  let column = 0;
  let i = start;
  for (; i < end; i++) {
    const c = xml.charCodeAt(i) | 32; // lower-case
    if (c < 97 || c > 122) break;
    if (column <= 20_000) column = column * 26 + (c - 96); // beyond Excel's XFD: "too many columns" if it holds a value
  }
  out.column = i === start ? -1 : column - 1;
  out.row = digitsAt(xml, i, end);
}

function digitsAt(xml: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = xml.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return n;
    if (n < 1e9) n = n * 10 + d;
  }
  return n;
}

const cellTypes = ['s', 'n', 'b', 'e', 'd', 'str', 'inlineStr'];

/** The t attribute as one of the known constants (no substring per cell). */
function cellType(xml: string, start: number, end: number): string {
  for (const type of cellTypes) if (type.length === end - start && xml.startsWith(type, start)) return type;
  return xml.slice(start, end);
}
