import type { HandlersFor, reviewContract } from '../../shared/contract';
import type { Session } from '../session';
import { checkValue, confirmPreference, menteePreferences, reviewCount, reviewList } from '../services/review';

export function reviewHandlers(session: Session, home: string): HandlersFor<typeof reviewContract> {
  return {
    reviewList: () => reviewList(session.db, home),
    reviewCount: () => reviewCount(session.db, home),
    preferenceConfirm: (params) => confirmPreference(session.db, params),
    reviewValueDone: ({ key }) => checkValue(session.db, key),
    menteePreferences: ({ menteeId }) => menteePreferences(session.db, menteeId),
  };
}
