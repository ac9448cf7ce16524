import type { SuggestionSet } from '../../../shared/contract';
import type { Session } from '../../session';
import { backupBeforeBulkWrite } from '../cohort/backups';
import { matchOffThread, type MatchRun } from './offThread';
import { applySuggestions, matchInput } from './suggest';

// The matcher's suggestions around what the coordinator already paired, and applying them.
export { rejectSuggestion, suggestPairs } from './suggest';

/** Applies accepted suggestions as pairings, after backing the cohort up (a bulk write). */
export async function applySuggestionsBackedUp(session: Session, pairs: Parameters<typeof applySuggestions>[1]) {
  await backupBeforeBulkWrite(session, 'apply');
  return applySuggestions(session.db, pairs);
}

/** The run in progress per open cohort (one at a time: a new Suggest cancels the one before). */
const running = new WeakMap<Session, MatchRun>();

/** Suggestions worked out in a worker thread; matchProgress and cancelMatch see this run. */
export async function suggestPairsOffThread(session: Session, mode: 'optimal' | 'stable' = 'optimal'): Promise<SuggestionSet> {
  running.get(session)?.cancel();
  const input = matchInput(session.db);
  const run: MatchRun = { mode, started: Date.now(), done: 0, total: input.participants.length, cancel: () => undefined };
  running.set(session, run);
  try {
    return await matchOffThread(input, run);
  } finally {
    if (running.get(session) === run) running.delete(session);
  }
}

/** How far the current run is (running false when there is none). */
export function matchProgress(session: Session) {
  const run = running.get(session);
  return run ? { running: true, mode: run.mode, done: run.done, total: run.total, ms: Date.now() - run.started } : { running: false, mode: null, done: 0, total: 0, ms: 0 };
}

/** Stops the current run; its Suggest request fails with the 'cancelled' error. */
export function cancelMatch(session: Session) {
  const run = running.get(session);
  run?.cancel();
  return { cancelled: run !== undefined };
}
