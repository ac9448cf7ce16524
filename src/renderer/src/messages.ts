import i18next from 'i18next';
import type { ImportIssue } from '../../shared/domain';
import { KupuError } from './api';

// The backend says its errors and import issues by catalog key (`messages.<key>`) and parameters; these
// put them in the interface's language. (Kept apart from api.ts, which the first screen loads before i18next.)

/**
 * The text to show for a failed call, in one place so every view words failures alike: the backend's
 * message in the interface's language, an Error's bare message, or whatever else was thrown as it stringifies.
 */
export function errorMessage(e: unknown): string {
  if (e instanceof KupuError && e.shape.key) return i18next.t(`messages.${e.shape.key}`, e.shape.params ?? {});
  return e instanceof Error ? e.message : String(e);
}

/** An import issue's message in the interface's language. */
export function issueMessage(issue: ImportIssue): string {
  return i18next.t(`messages.${issue.key}`, issue.params);
}
