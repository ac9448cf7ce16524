import i18next from 'i18next';
import type { ImportIssue } from '../../shared/domain';
import { KupuError } from './api';

// The backend says its errors and import issues by catalog key (`messages.<key>`) and parameters; these
// put them in the interface's language. (Kept apart from api.ts, which the first screen loads before i18next.)

/** An import issue's message in the interface's language. */
export function issueMessage(issue: ImportIssue): string {
  return i18next.t(`messages.${issue.key}`, issue.params);
}

/** "file.csv, row 3, column B: …" in the interface's language. */
export function issueText(issue: ImportIssue): string {
  const where = [
    issue.file,
    issue.row === null ? null : i18next.t('messages.where.row', { row: issue.row }),
    issue.column === null ? null : i18next.t('messages.where.column', { column: issue.column }),
  ].filter((part) => part !== null);
  return `${where.join(', ')}: ${issueMessage(issue)}`;
}

/**
 * The text to show for a failed call, in one place so every view words failures alike: a refused file's
 * issues with where they are, the backend's message in the interface's language, an Error's bare
 * message, or whatever else was thrown as it stringifies.
 */
export function errorMessage(e: unknown): string {
  if (e instanceof KupuError) {
    const details = e.shape.details ?? [];
    if (details.length > 0) return details.map(issueText).join('\n');
    if (e.shape.key) return i18next.t(`messages.${e.shape.key}`, e.shape.params ?? {});
  }
  return e instanceof Error ? e.message : String(e);
}
