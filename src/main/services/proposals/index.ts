// Proposals: a mentee asks a mentor; the mentor accepts (a pairing) or declines with a reason.
export { listProposals } from '../../store/proposalsRepo';
export { acceptProposal, createProposal, declineProposal, proposalsFromPreferences } from './proposals';
