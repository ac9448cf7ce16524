import type { HandlersFor, matchContract } from '../../shared/contract';
import type { Session } from '../session';
import { applySuggestionsBackedUp, rejectSuggestion, suggestPairs } from '../services/matching';

export function matchHandlers(session: Session): HandlersFor<typeof matchContract> {
  return {
    matchSuggest: ({ mode }) => suggestPairs(session.db, mode),
    matchApply: ({ pairs }) => applySuggestionsBackedUp(session, pairs),
    matchReject: ({ mentorId, menteeId }) => ({ changed: rejectSuggestion(session.db, mentorId, menteeId).changed }),
  };
}
