import type { HandlersFor, matchContract } from '../../shared/contract';
import type { Session } from '../session';
import { applySuggestionsBackedUp, cancelMatch, matchProgress, rejectSuggestion, suggestPairs, suggestPairsOffThread } from '../services/matching';

/** Progress of a run in this thread (the CLI's): mentees placed out of all. */
export type MatchProgressSink = (done: number, total: number) => void;

/**
 * `inThread` (the CLI, which has no window to keep responsive) matches in this thread and reports
 * progress to `onProgress`; otherwise matching runs in a worker that matchProgress and matchCancel see.
 */
export function matchHandlers(session: Session, options: { inThread?: boolean; onProgress?: MatchProgressSink } = {}): HandlersFor<typeof matchContract> {
  return {
    matchSuggest: ({ mode }) => (options.inThread ? suggestPairs(session.db, mode, options.onProgress) : suggestPairsOffThread(session, mode)),
    matchProgress: () => matchProgress(session),
    matchCancel: () => cancelMatch(session),
    matchApply: ({ pairs }) => applySuggestionsBackedUp(session, pairs),
    matchReject: ({ mentorId, menteeId }) => ({ changed: rejectSuggestion(session.db, mentorId, menteeId).changed }),
  };
}
