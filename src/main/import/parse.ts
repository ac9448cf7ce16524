import { fieldKey, type FieldKey } from '../../shared/contract';
import type { ImportIssue } from '../../shared/domain';
import { dedupeRows, type Duplicate } from './dedupe';
import { columnLetter, fail } from './errors';
import { detectColumns, formSignature, type ColumnMapping } from './headers';
import { normalizeRows, type RegistrationRow } from './normalize';
import { readTable } from './table';
import type { InflateRaw } from './zip';

export interface ParseOptions {
  sheet?: string;
  /**
   * The coordinator's choices, header -> field (null = extra); headers not listed, and values that
   * are not a field (say, a remembered mapping from an older version), fall back to detection.
   */
  mapping?: Readonly<Record<string, string | null>>;
  /** A native inflater for XLSX parts (the worker supplies node:zlib's); fflate otherwise. */
  inflateRaw?: InflateRaw;
}

export interface ParsedRegistration {
  file: string;
  sheet: string | null;
  sheets: string[];
  /** Column headers as used in `mapping` and `extra` (blank ones named "Column C", repeats numbered). */
  headers: string[];
  /** 1-based spreadsheet row of the header row. */
  headerRow: number;
  mapping: ColumnMapping;
  /** Stable id of the form's header list, to remember a mapping per form. */
  signature: string;
  /** One row per person (duplicates removed). */
  rows: RegistrationRow[];
  duplicates: Duplicate[];
  errors: ImportIssue[];
  warnings: ImportIssue[];
  /** Fields the program needs that no column gives. */
  missingFields: FieldKey[];
  /** Columns whose values mostly do not read as their field (likely the wrong column). */
  columnProblems: ColumnProblem[];
}

export interface ColumnProblem {
  column: string;
  field: FieldKey;
  /** Non-empty values that did not read, of all non-empty values. */
  failed: number;
  total: number;
}

/** What matching needs from every person: without a column for one, everyone gets the default. */
export const neededFields: readonly FieldKey[] = ['name', 'kind', 'capacity', 'offers', 'seeks'];

/** The issues that say a value did not read as its field. */
const unreadable: Partial<Record<FieldKey, readonly string[]>> = {
  kind: ['registration.notKind'],
  capacity: ['registration.notCapacity'],
  phone: ['registration.notPhone', 'registration.phoneAbroad', 'registration.phoneTooShort', 'registration.phoneTooLong', 'registration.phoneNotIndonesian'],
  email: ['registration.notEmail'],
  submittedAt: ['registration.notDate'],
};

/** Columns where more than half the values did not read as their field. */
function columnProblems(headers: readonly string[], mapping: ColumnMapping, rows: readonly string[][], issues: readonly ImportIssue[]): ColumnProblem[] {
  const problems: ColumnProblem[] = [];
  headers.forEach((header, index) => {
    const field = mapping[header];
    const keys = field ? unreadable[field] : undefined;
    if (!field || !keys) return;
    const label = header || columnLetter(index);
    const failed = issues.filter((i) => i.column === label && keys.includes(i.key)).length;
    if (failed === 0) return;
    const total = rows.filter((row) => (row[index] ?? '').trim() !== '').length;
    if (failed * 2 > total) problems.push({ column: header, field, failed, total });
  });
  return problems;
}

function isFieldKey(value: string | null | undefined): value is FieldKey {
  return fieldKey.safeParse(value).success;
}

/** Longest header kept; the contract caps mapping keys at 500 characters. */
const maxHeader = 500;

/** Headers usable as keys: blank ones named by their letter, over-long ones cut, repeats numbered. */
export function uniqueHeaders(raw: readonly string[]): string[] {
  const seen = new Set<string>();
  return raw.map((cell, i) => {
    let base = cell.replace(/\s+/g, ' ').trim();
    if (base === '') base = `Column ${columnLetter(i)}`;
    if (base.length > maxHeader) base = `${base.slice(0, maxHeader - 10)}…`;
    let header = base;
    for (let n = 2; seen.has(header); n++) header = `${base} (${n})`;
    seen.add(header);
    return header;
  });
}

/**
 * A registration export, start to finish: read the table, find the header row, map columns
 * (the given mapping wins per header), normalize every row, and merge people who answered twice.
 * Throws ImportFailure when the file is not a readable table or holds no registrations.
 */
export function parseRegistration(bytes: Uint8Array, fileName: string, options: ParseOptions = {}): ParsedRegistration {
  const table = readTable(bytes, fileName, { sheet: options.sheet, inflateRaw: options.inflateRaw });
  const headers = uniqueHeaders(table.rows[table.headerRow]);
  const dataRows = table.rows.slice(table.headerRow + 1);
  if (!dataRows.some((row) => row.some((cell) => cell.trim() !== ''))) {
    fail(fileName, table.headerRow + 1, null, 'file.headerOnly');
  }
  const detected = detectColumns(headers);
  const mapping: ColumnMapping = Object.create(null);
  for (const header of headers) {
    const chosen = options.mapping && Object.hasOwn(options.mapping, header) ? options.mapping[header] : undefined;
    mapping[header] = chosen === null ? null : isFieldKey(chosen) ? chosen : detected[header];
  }
  const normalized = normalizeRows({ headers, rows: dataRows, firstRow: table.headerRow + 2 }, mapping, fileName);
  const { rows, duplicates } = dedupeRows(normalized.rows);
  // A replaced answer is not imported, so its problems no longer matter.
  const dropped = new Set(duplicates.map((d) => d.dropped.row));
  const relevant = (i: ImportIssue) => i.row === null || !dropped.has(i.row);
  const issues = [...normalized.errors, ...normalized.warnings];
  return {
    file: fileName,
    sheet: table.sheet,
    sheets: table.sheets,
    headers,
    headerRow: table.headerRow + 1,
    mapping,
    signature: formSignature(headers),
    rows,
    duplicates,
    errors: normalized.errors.filter(relevant),
    warnings: normalized.warnings.filter(relevant),
    missingFields: neededFields.filter((field) => !headers.some((h) => mapping[h] === field)),
    columnProblems: columnProblems(headers, mapping, dataRows, issues),
  };
}
