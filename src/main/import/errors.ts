import { maxImportFileBytes } from '../../shared/limits';
import type { ImportIssue } from '../../shared/domain';
import { renderMessage, translate, type Language, type MessageKey, type MessageParams } from '../../shared/i18n';

/** Hard limits: a registration export is a few thousand rows; these stop hostile or broken files early. */
export const limits = {
  maxFileBytes: maxImportFileBytes,
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
    super(issues.map((i) => formatIssue(i)).join('\n'));
    this.name = 'ImportFailure';
    this.issues = issues;
  }
}

/** An issue with the file, at a row and column when it has one, said by its catalog key. */
export function issue(file: string, row: number | null, column: string | null, key: MessageKey, params: MessageParams = {}): ImportIssue {
  return { file, row, column, key, params, message: renderMessage('en', { key, params }) };
}

export function fail(file: string, row: number | null, column: string | null, key: MessageKey, params?: MessageParams): never {
  throw new ImportFailure([issue(file, row, column, key, params)]);
}

/** "file.csv, row 3, column B: …" in the given language. */
export function formatIssue(i: ImportIssue, language: Language = 'en'): string {
  const where = [
    i.file,
    i.row === null ? null : translate(language, 'messages.where.row', { row: i.row }),
    i.column === null ? null : translate(language, 'messages.where.column', { column: i.column }),
  ]
    .filter((part) => part !== null)
    .join(', ');
  const text = language === 'en' ? i.message : translate(language, `messages.${i.key}`, i.params);
  return `${where}: ${text}`;
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
