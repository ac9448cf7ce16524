import type { HandlersFor, boardContract } from '../../shared/contract';
import type { Session } from '../session';
import { assignPairing, checkPairing, listPairings, pinPairing, unassignPairing } from '../services/board';

export function boardHandlers(session: Session): HandlersFor<typeof boardContract> {
  return {
    pairingsList: () => listPairings(session.db),
    pairingCheck: (intent) => checkPairing(session.db, intent),
    pairingAssign: (request) => assignPairing(session.db, request),
    pairingUnassign: ({ mentorId, menteeId }) => ({ changed: unassignPairing(session.db, mentorId, menteeId).changed }),
    pairingPin: ({ mentorId, menteeId, pinned }) => ({ changed: pinPairing(session.db, mentorId, menteeId, pinned).changed }),
  };
}
