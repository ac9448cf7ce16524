import type { HandlersFor, proposalsContract } from '../../shared/contract';
import type { Session } from '../session';
import { acceptProposal, createProposal, declineProposal, listProposals, proposalsFromPreferences } from '../services/proposals';

export function proposalsHandlers(session: Session): HandlersFor<typeof proposalsContract> {
  return {
    proposalsList: () => listProposals(session.db),
    proposalCreate: ({ menteeId, mentorId, skill }) => createProposal(session.db, menteeId, mentorId, skill),
    proposalsFromPreferences: () => proposalsFromPreferences(session.db),
    proposalAccept: ({ id, override }) => acceptProposal(session.db, id, override),
    proposalDecline: ({ id, reason, note }) => ({ changed: declineProposal(session.db, id, reason, note).changed }),
  };
}
