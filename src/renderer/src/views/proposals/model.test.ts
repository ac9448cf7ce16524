import { describe, expect, it } from 'vitest';
import type { Pairing, Participant, Proposal } from '../../../../shared/domain';
import { emptyListKey, emptyProposalFilter, filterProposals, filterShowing, mentorPiles, statusCounts, type ProposalFilter } from './model';

const person = (id: string, name: string, patch: Partial<Participant> = {}): Participant => ({
  id, name, nickname: '', email: '', phone: '', region: '', level: '', kind: 'group', capacity: 2, closed: false,
  offers: [], seeks: [], preferences: [], notes: '', extra: {}, submittedAt: '', ...patch,
});
const people = [
  person('siti', 'Siti Rahmawati', { offers: ['Canva'], phone: '+6281211110001' }),
  person('ayu', 'Ayu Kartika', { offers: ['Canva'], capacity: 3 }),
  person('dewi', 'Dewi Lestari', { offers: ['Canva'], kind: 'peer', capacity: 1 }),
  person('nur', 'Nur Aísyah'),
  person('lina', 'Lina Marlina'),
];
const byId = new Map(people.map((p) => [p.id, p]));
const personOf = (id: string) => byId.get(id);
const proposal = (id: number, menteeId: string, mentorId: string, status: Proposal['status'], createdAt: string, decidedAt: string | null = null): Proposal => ({
  id, menteeId, mentorId, skill: 'Canva', status, declineReason: null, declineNote: '', automatic: status === 'withdrawn', pairedWith: null, createdAt, decidedAt,
});
const proposals = [
  proposal(1, 'nur', 'siti', 'withdrawn', '2026-01-01', '2026-01-05'),
  proposal(2, 'nur', 'ayu', 'accepted', '2026-01-02', '2026-01-05'),
  proposal(3, 'lina', 'siti', 'pending', '2026-01-04'),
  proposal(4, 'lina', 'dewi', 'declined', '2026-01-03', '2026-01-09'),
  proposal(5, 'nur', 'dewi', 'pending', '2026-01-03'),
  proposal(6, 'lina', 'ayu', 'declined', '2026-01-01', '2026-01-02'),
];
const ids = (filter: Partial<ProposalFilter>) => filterProposals(proposals, { ...emptyProposalFilter, ...filter }, personOf).map((p) => p.id);

describe('proposals screen model', () => {
  it('counts every status', () => {
    expect(statusCounts(proposals)).toEqual({ pending: 2, accepted: 1, declined: 2, withdrawn: 1, all: 6 });
  });

  it.each<[string, Partial<ProposalFilter>, number[]]>([
    ['pending, oldest first', {}, [5, 3]],
    ['declined, latest decision first', { status: 'declined' }, [4, 6]],
    ['withdrawn', { status: 'withdrawn' }, [1]],
    ['all, in the order recorded', { status: 'all' }, [1, 6, 2, 4, 5, 3]],
    ['by the mentee’s name, accents folded', { status: 'all', query: 'aisyah' }, [1, 2, 5]],
    ['by the mentor’s name', { status: 'all', query: 'dewi' }, [4, 5]],
    ['by the mentor’s phone as typed', { status: 'all', query: '0812 1111 0001' }, [1, 3]],
    ['words of both names', { status: 'all', query: 'lina siti' }, []],
    ['one mentor’s', { status: 'all', mentorId: 'ayu' }, [6, 2]],
    ['one mentor’s, pending only', { mentorId: 'siti' }, [3]],
  ])('%s', (_name, filter, expected) => expect(ids(filter)).toEqual(expected));

  it('piles each mentor’s requests by status beside her seats, most requested first', () => {
    const pairings = [{ mentorId: 'ayu', menteeId: 'nur' }] as Pairing[];
    const piles = mentorPiles(people, proposals, pairings, { groupSizeLimit: 5 });
    expect(piles.map((p) => [p.mentor.id, p.requests, p.used, p.total])).toEqual([['ayu', 2, 1, 3], ['dewi', 2, 0, 1], ['siti', 2, 0, 2]]);
    expect(piles[0].counts).toEqual({ pending: 0, accepted: 1, declined: 1, withdrawn: 0 });
  });

  it('shows a proposal just recorded where it landed, keeping the search when it finds it', () => {
    const landed = proposals[0];
    expect(filterShowing({ status: 'pending', query: 'nur', mentorId: null }, landed, personOf)).toEqual({ status: 'withdrawn', query: 'nur', mentorId: null });
    expect(filterShowing({ status: 'pending', query: 'lina', mentorId: 'ayu' }, landed, personOf)).toEqual({ status: 'withdrawn', query: '', mentorId: null });
    expect(filterShowing({ status: 'all', query: '', mentorId: null }, landed, personOf)).toEqual({ status: 'all', query: '', mentorId: null });
  });
});

describe('emptyListKey', () => {
  it.each<[number, Partial<ProposalFilter>, string]>([
    [0, {}, 'noneYet'],
    [0, { query: 'siti' }, 'noneYet'],
    [5, {}, 'noneIn.pending'],
    [5, { status: 'withdrawn' }, 'noneIn.withdrawn'],
    [5, { query: '  ' }, 'noneIn.pending'],
    [5, { query: 'zzz' }, 'noneMatch'],
    [5, { status: 'accepted', mentorId: 'siti' }, 'noneMatch'],
    [5, { status: 'all', query: 'zzz' }, 'noneMatch'],
  ])('%i proposals, filter %j → %s', (total, filter, key) => {
    expect(emptyListKey(total, { ...emptyProposalFilter, ...filter })).toBe(key);
  });
});
