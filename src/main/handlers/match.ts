import type { HandlersFor, matchContract } from '../../shared/contract';
import { applySuggestions, rejectSuggestion, suggestPairs } from '../matching';
import type { Session } from '../session';
import { createBackup } from '../store/backups';

export function matchHandlers(session: Session): HandlersFor<typeof matchContract> {
  return {
    matchSuggest: ({ mode }) => suggestPairs(session.db, mode),
    matchApply: async ({ pairs }) => {
      await createBackup(session.db, session.path, 'apply');
      return applySuggestions(session.db, pairs);
    },
    matchReject: ({ mentorId, menteeId }) => ({ changed: rejectSuggestion(session.db, mentorId, menteeId).changed }),
  };
}
