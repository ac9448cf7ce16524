import type { Pairing, Participant, Proposal, Settings } from '../../../../shared/domain';
import { effectiveCapacity } from '../../../../shared/rules';
import { queryMatcher } from '../../search';

// The Proposals screen as pure data: which proposals the filters let through and in what order, how many
// each status holds, and each mentor's requests beside her seats. Linear in the proposals, however many.

export const statusFilters = ['pending', 'accepted', 'declined', 'withdrawn', 'all'] as const;
export type StatusFilter = (typeof statusFilters)[number];

export interface ProposalFilter {
  status: StatusFilter;
  query: string;
  /** Only the proposals addressed to this mentor; null for all. */
  mentorId: string | null;
}

export const emptyProposalFilter: ProposalFilter = { status: 'pending', query: '', mentorId: null };

export type StatusCounts = Record<StatusFilter, number>;

export function statusCounts(proposals: readonly Proposal[]): StatusCounts {
  const counts: StatusCounts = { pending: 0, accepted: 0, declined: 0, withdrawn: 0, all: proposals.length };
  for (const p of proposals) counts[p.status]++;
  return counts;
}

/**
 * What an empty list says (a key under `proposals.`): nothing recorded yet; nothing of the status shown
 * (the coordinator filtered nothing, so "no match" would be the wrong words); or no match for her search.
 */
export function emptyListKey(total: number, filter: ProposalFilter): string {
  if (total === 0) return 'noneYet';
  if (filter.status !== 'all' && filter.query.trim() === '' && filter.mentorId === null) return `noneIn.${filter.status}`;
  return 'noneMatch';
}

/**
 * The proposals the filter lets through: waiting ones oldest first (the order a mentor answers in),
 * decided ones latest decision first, everything together in the order it was recorded. The search
 * finds a proposal by its mentee's or its mentor's name (or phone).
 */
export function filterProposals(proposals: readonly Proposal[], filter: ProposalFilter, personOf: (id: string) => Participant | undefined): Proposal[] {
  const matches = queryMatcher(filter.query);
  const named = (id: string) => {
    const person = personOf(id);
    return person ? matches(person) : false;
  };
  const found = proposals.filter((p) =>
    (filter.status === 'all' || p.status === filter.status)
    && (filter.mentorId === null || p.mentorId === filter.mentorId)
    && (filter.query.trim() === '' || named(p.menteeId) || named(p.mentorId)));
  const byCreated = (a: Proposal, b: Proposal) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id;
  const byDecided = (a: Proposal, b: Proposal) => (b.decidedAt ?? '').localeCompare(a.decidedAt ?? '') || b.id - a.id;
  return found.sort(filter.status === 'pending' || filter.status === 'all' ? byCreated : byDecided);
}

export interface MentorPile {
  mentor: Participant;
  counts: Omit<StatusCounts, 'all'>;
  requests: number;
  used: number;
  total: number;
}

/** Every mentor with her requests by status and her seats; most requested first, then by name. */
export function mentorPiles(participants: readonly Participant[], proposals: readonly Proposal[], pairings: readonly Pairing[], settings: Pick<Settings, 'groupSizeLimit'>): MentorPile[] {
  const counts = new Map<string, MentorPile['counts']>();
  for (const p of proposals) {
    let mine = counts.get(p.mentorId);
    if (!mine) counts.set(p.mentorId, (mine = { pending: 0, accepted: 0, declined: 0, withdrawn: 0 }));
    mine[p.status]++;
  }
  const used = new Map<string, number>();
  for (const p of pairings) used.set(p.mentorId, (used.get(p.mentorId) ?? 0) + 1);
  return participants
    .filter((p) => (p.offers.length > 0 && p.capacity > 0) || counts.has(p.id))
    .map((mentor) => {
      const mine = counts.get(mentor.id) ?? { pending: 0, accepted: 0, declined: 0, withdrawn: 0 };
      return {
        mentor,
        counts: mine,
        requests: mine.pending + mine.accepted + mine.declined + mine.withdrawn,
        used: used.get(mentor.id) ?? 0,
        total: effectiveCapacity(mentor, settings),
      };
    })
    .sort((a, b) => b.requests - a.requests || a.mentor.name.localeCompare(b.mentor.name));
}

/**
 * The filter to show a proposal just recorded, wherever it landed: its status's tab (or still all), the
 * search and mentor kept if they find it, else cleared.
 */
export function filterShowing(filter: ProposalFilter, proposal: Proposal, personOf: (id: string) => Participant | undefined): ProposalFilter {
  const status: StatusFilter = filter.status === 'all' ? 'all' : proposal.status;
  const moved: ProposalFilter = { ...filter, status };
  return filterProposals([proposal], moved, personOf).length > 0 ? moved : { ...emptyProposalFilter, status };
}
