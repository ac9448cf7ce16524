import type { ImportIssue } from '../../shared/domain';

/** Hard limits: a registration export is a few thousand rows; these stop hostile or broken files early. */
export const limits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxRows: 200_000,
  maxColumns: 500,
  /** Characters in one cell; the longest real answer (notes) is capped at 10,000 by the contract. */
  maxCellChars: 100_000,
  /** Sum of the declared uncompressed sizes of every entry in an XLSX zip. */
  maxUnzippedBytes: 200 * 1024 * 1024,
  /** Per zip entry, uncompressed:compressed; real XLSX parts stay well under 30:1. */
  maxCompressionRatio: 100,
  /** Issues collected before giving up on a file. */
  maxIssues: 100,
} as const;

/** Thrown when a file cannot be read as a table at all; every issue names file, row and column. */
export class ImportFailure extends Error {
  readonly issues: ImportIssue[];
  constructor(issues: ImportIssue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'ImportFailure';
    this.issues = issues;
  }
}

export function issue(file: string, row: number | null, column: string | null, message: string): ImportIssue {
  return { file, row, column, message };
}

export function fail(file: string, row: number | null, column: string | null, message: string): never {
  throw new ImportFailure([issue(file, row, column, message)]);
}

export function formatIssue(i: ImportIssue): string {
  const where = [i.file, i.row === null ? null : `row ${i.row}`, i.column === null ? null : `column ${i.column}`]
    .filter((part) => part !== null)
    .join(', ');
  return `${where}: ${i.message}`;
}

/** 0 -> "A", 25 -> "Z", 26 -> "AA". */
export function columnLetter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** How an issue names a column: its header when it has one, else its letter. */
export function columnLabel(headers: readonly string[] | null, index: number): string {
  const header = headers?.[index]?.trim();
  return header ? `${header} (${columnLetter(index)})` : columnLetter(index);
}
