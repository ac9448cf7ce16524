import type { Session } from '../../session';
import { backupBeforeBulkWrite } from '../cohort/backups';
import { applySuggestions } from './suggest';

// The matcher's suggestions around what the coordinator already paired, and applying them.
export { rejectSuggestion, suggestPairs } from './suggest';

/** Applies accepted suggestions as pairings, after backing the cohort up (a bulk write). */
export async function applySuggestionsBackedUp(session: Session, pairs: Parameters<typeof applySuggestions>[1]) {
  await backupBeforeBulkWrite(session, 'apply');
  return applySuggestions(session.db, pairs);
}
