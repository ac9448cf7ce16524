import type { DeclineReason, MentoringKind, ProposalStatus } from '../../shared/domain';
import { effectiveCapacity, type RuleSettings } from '../../shared/rules';

// Proposals follow the pairings. In the program a mentee proposes to several mentors; once she has her
// mentor(s), her other proposals are settled, and a mentor who closes or fills her last seat turns the
// rest away. So every proposal but one a coordinator declined by hand has the state the board gives it,
// a pure function of the board, which is why removing a pairing (or undoing one) reopens what it settled.

/** A proposal as it stands, and what the board says about its two people. */
export interface ProposalFacts {
  status: ProposalStatus;
  declineReason: DeclineReason | null;
  automatic: boolean;
  pairedMentorId: string | null;
  /** The mentee is paired with this proposal's mentor. */
  paired: boolean;
  /** How many mentors the mentee has, and the one she was paired with last. */
  menteeMentors: number;
  newestMentorId: string | null;
  mentorKind: MentoringKind;
  mentorCapacity: number;
  mentorClosed: boolean;
  /** How many mentees the mentor has. */
  mentorMentees: number;
}

export interface FollowedState {
  status: ProposalStatus;
  declineReason: DeclineReason | null;
  pairedMentorId: string | null;
}

/**
 * The state the board gives a proposal, or null when the board has no say (a coordinator declined it).
 * In order: paired with this mentor (accepted); the mentee has all the mentors she may have (withdrawn,
 * naming her newest one); the mentor is closed, or full (declined with that reason); else pending.
 */
export function followedState(facts: ProposalFacts, settings: Pick<RuleSettings, 'groupSizeLimit' | 'mentorsPerMentee'>): FollowedState | null {
  if (facts.status === 'declined' && !facts.automatic) return null;
  if (facts.paired) return { status: 'accepted', declineReason: null, pairedMentorId: null };
  if (facts.menteeMentors >= settings.mentorsPerMentee) return { status: 'withdrawn', declineReason: null, pairedMentorId: facts.newestMentorId };
  if (facts.mentorClosed) return { status: 'declined', declineReason: 'mentor_closed', pairedMentorId: null };
  const capacity = effectiveCapacity({ kind: facts.mentorKind, capacity: facts.mentorCapacity }, settings);
  if (facts.mentorMentees >= capacity) return { status: 'declined', declineReason: 'mentor_full', pairedMentorId: null };
  return { status: 'pending', declineReason: null, pairedMentorId: null };
}

/** Whether following the board changes the proposal (a coordinator's acceptance stands while its pairing does). */
export function followChanges(facts: ProposalFacts, next: FollowedState): boolean {
  return facts.status !== next.status || facts.declineReason !== next.declineReason || facts.pairedMentorId !== next.pairedMentorId;
}
