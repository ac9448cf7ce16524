import { describe, expect, it } from 'vitest';
import type { Pairing, Participant, Proposal, Settings } from '../../../shared/domain';
import { emptyFilter, type BoardFilter } from './filters';
import { groupsOf } from '../../../shared/groups';
import { cardDragId, dropOutcome, filterBoard, layoutBoard, offersWanted, parseCardId, parseDropId, type Board, type BoardMode } from './model';

const settings = { groupSizeLimit: 5, mentorsPerMentee: 1, peerSameLevel: true, allowMutual: true } as Settings;
const person = (id: string, patch: Partial<Participant> = {}): Participant => ({
  id, name: id.toUpperCase(), nickname: '', email: '', phone: '+6281200000000', region: 'Bandung', level: 'B7', kind: 'group',
  capacity: 2, closed: false, offers: [], seeks: ['Canva'], preferences: [], notes: '', extra: {}, submittedAt: '', ...patch,
});
const pairing = (id: number, mentorId: string, menteeId: string, sortOrder: number, skill: string | null = 'Canva'): Pairing => ({
  id, mentorId, menteeId, skill, kind: 'group', sortOrder, pinned: false, overrides: [], source: 'manual', createdAt: '',
});
const proposal = (id: number, mentorId: string, menteeId: string, status: Proposal['status'] = 'pending', skill: string | null = null): Proposal => ({
  id, mentorId, menteeId, skill, status, declineReason: null, declineNote: '', automatic: false, pairedWith: null, createdAt: '', decidedAt: null,
});
const filter = (patch: Partial<BoardFilter>): BoardFilter => ({ ...emptyFilter, ...patch });
/** The board as it stands, filtered: `layoutBoard` then `filterBoard`, in one call. */
const buildBoard = (
  cast: readonly Participant[],
  pairs: readonly Pairing[],
  rules: Settings,
  by: BoardFilter,
  options: { proposals?: readonly Proposal[]; mode?: BoardMode } = {},
): Board => filterBoard(layoutBoard(cast, pairs, rules, options), by);

describe('board model', () => {
  const people = [person('m', { offers: ['Canva'] }), person('n', { offers: ['Cooking'], capacity: 0 }), person('a'), person('b')];
  it('makes a column per mentor with capacity, cards in sort order, and a pool of the unassigned', () => {
    const board = buildBoard(people, [pairing(1, 'm', 'b', 2), pairing(2, 'm', 'a', 1)], settings, emptyFilter);
    expect(board.columns.map((c) => c.mentor.id)).toEqual(['m']);
    expect(board.columns[0].cards.map((c) => c.mentee.id)).toEqual(['a', 'b']);
    expect(board.columns[0]).toMatchObject({ key: 'm', used: 2, total: 2, full: true, over: false });
    expect(board.pool.map((c) => c.mentee.id)).toEqual(['m', 'n']);
  });

  it.each([
    { name: 'name', f: filter({ query: 'A' }), pool: ['a'] },
    { name: 'phone typed as 08…', f: filter({ query: '0812000' }), pool: ['m', 'n', 'a'] },
    { name: 'phone of one person', f: filter({ query: '0813 99' }), pool: ['b'] },
    { name: 'skill sought', f: filter({ skill: 'Cooking' }), pool: ['b'] },
    { name: 'level', f: filter({ level: 'B8' }), pool: ['a'] },
    { name: 'region', f: filter({ region: 'Medan' }), pool: ['n'] },
    { name: 'pending proposals', f: filter({ pendingOnly: true }), pool: ['b'] },
    { name: 'unassigned only leaves the pool alone', f: filter({ unassignedOnly: true }), pool: ['m', 'n', 'a', 'b'] },
    { name: 'over capacity leaves the pool alone', f: filter({ overCapacity: true }), pool: ['m', 'n', 'a', 'b'] },
  ])('filters the pool by $name', ({ f, pool }) => {
    const mixed = [
      person('m', { offers: ['Canva'] }), person('n', { offers: ['Cooking'], capacity: 0, region: 'Medan' }),
      person('a', { level: 'B8' }), person('b', { phone: '+6281399000000', seeks: ['Cooking'] }),
    ];
    const board = buildBoard(mixed, [], settings, f, { proposals: [proposal(1, 'm', 'b'), proposal(2, 'm', 'a', 'declined')] });
    expect(board.pool.map((c) => c.mentee.id)).toEqual(pool);
  });

  describe('column filters', () => {
    const mentors = [
      person('m', { offers: ['Canva'], level: 'B7', region: 'Bandung' }),
      person('o', { offers: ['Cooking'], capacity: 1, level: 'B8', region: 'Medan' }),
      person('e', { offers: ['Canva', 'Cooking'] }),
      person('a'), person('b'), person('c'), person('d', { name: 'Dewi', seeks: ['Cooking'] }),
    ];
    const pairings = [pairing(1, 'm', 'a', 1), pairing(2, 'o', 'b', 1, 'Cooking'), pairing(3, 'o', 'c', 2, 'Cooking')];
    it.each([
      { name: 'nothing', f: emptyFilter, columns: ['m', 'o', 'e'] },
      { name: 'a mentee’s name finds their mentor', f: filter({ query: 'b' }), columns: ['o'] },
      { name: 'skill offered', f: filter({ skill: 'Cooking' }), columns: ['o', 'e'] },
      { name: 'level', f: filter({ level: 'B8' }), columns: ['o'] },
      { name: 'region', f: filter({ region: 'Bandung' }), columns: ['m', 'e'] },
      { name: 'unassigned only', f: filter({ unassignedOnly: true }), columns: ['e'] },
      { name: 'over capacity', f: filter({ overCapacity: true }), columns: ['o'] },
      { name: 'pending proposals (to the mentor or of a mentee in it)', f: filter({ pendingOnly: true }), columns: ['m', 'e'] },
      { name: 'filters combine', f: filter({ skill: 'Cooking', unassignedOnly: true }), columns: ['e'] },
    ])('$name', ({ f, columns }) => {
      const board = buildBoard(mentors, pairings, settings, f, { proposals: [proposal(1, 'e', 'd'), proposal(2, 'e', 'a')] });
      expect(board.columns.map((c) => c.mentor.id)).toEqual(columns);
      expect(board.byKey.size).toBe(3);
    });
  });

  it('flags cards and columns with pending proposals, naming the mentors', () => {
    const cast = [person('m', { offers: ['Canva'] }), person('o', { offers: ['Canva'] }), person('a'), person('b')];
    const board = buildBoard(cast, [pairing(1, 'm', 'a', 1)], settings, emptyFilter, {
      proposals: [proposal(1, 'o', 'a'), proposal(2, 'm', 'b'), proposal(3, 'o', 'b', 'accepted')],
    });
    expect(board.columns[0].cards[0].pendingTo).toBe('O');
    expect(board.columns.map((c) => c.pending)).toEqual([1, 1]);
    expect(board.pool.map((c) => [c.mentee.id, c.pendingTo])).toEqual([['m', ''], ['o', ''], ['b', 'M']]);
  });

  describe('group board', () => {
    const cast = [
      person('g', { offers: ['Canva', 'Cooking'], capacity: 3 }),
      person('p', { offers: ['Canva'], kind: 'peer', capacity: 1 }),
      person('h', { offers: ['Sewing'], kind: 'both', capacity: 9 }),
      person('a'), person('b'), person('c'), person('d'),
    ];
    const pairings = [
      pairing(1, 'g', 'a', 1, 'Canva'), pairing(2, 'g', 'b', 2, 'Cooking'), pairing(3, 'g', 'c', 3, 'Knitting'),
      { ...pairing(4, 'p', 'd', 1, 'Canva'), kind: 'peer' as const },
    ];
    const board = buildBoard(cast, pairings, settings, emptyFilter, { mode: 'groups', proposals: [proposal(1, 'g', 'd', 'pending', 'Cooking')] });

    it('makes one column per group mentor with all her group mentees, whatever skill each came for; peer mentors have none', () => {
      expect(board.columns.map((c) => [c.mentor.id, c.cards.map((card) => [card.mentee.id, card.pairing?.skill])])).toEqual([
        ['g', [['a', 'Canva'], ['b', 'Cooking'], ['c', 'Knitting']]], ['h', []],
      ]);
      expect(board.columns[0].key).toBe('g');
    });

    it('counts a mentor’s seats once, capped at the group size limit', () => {
      expect(board.columns.map((c) => [c.used, c.total, c.full])).toEqual([[3, 3, true], [0, 5, false]]);
    });

    it('holds as many groups with mentees as the rosters and exports count', () => {
      expect(board.columns.filter((c) => c.cards.length > 0)).toHaveLength(groupsOf(pairings, (id) => id).filter((g) => g.kind === 'group').length);
    });

    it('counts every pending proposal to the mentor', () => {
      expect(board.columns.map((c) => c.pending)).toEqual([1, 0]);
    });

    it.each([
      { name: 'skill offered', f: filter({ skill: 'Sewing' }), mentors: ['h'] },
      { name: 'unassigned only', f: filter({ unassignedOnly: true }), mentors: ['h'] },
      { name: 'pending', f: filter({ pendingOnly: true }), mentors: ['g'] },
      { name: 'a mentee’s name', f: filter({ query: 'C' }), mentors: ['g'] },
    ])('filters groups by $name', ({ f, mentors }) => {
      const filtered = buildBoard(cast, pairings, settings, f, { mode: 'groups', proposals: [proposal(1, 'g', 'd', 'pending', 'Cooking')] });
      expect(filtered.columns.map((c) => c.mentor.id)).toEqual(mentors);
    });

    it('keeps a group mentor whose kind changed to peer while she still holds group mentees', () => {
      const changed = cast.map((p) => (p.id === 'g' ? { ...p, kind: 'peer' as const } : p));
      expect(buildBoard(changed, pairings, settings, emptyFilter, { mode: 'groups' }).columns.map((c) => c.mentor.id)).toEqual(['g', 'h']);
    });
  });

  it.each([
    { name: 'a mentor offering a sought skill', mentor: person('m', { offers: ['Canva'] }), wanted: true },
    { name: 'a mentor offering something else', mentor: person('m', { offers: ['Cooking'] }), wanted: false },
    { name: 'the mentee themself', mentor: person('a', { offers: ['Canva'] }), wanted: false },
  ])('highlights $name: $wanted', ({ mentor, wanted }) => {
    expect(offersWanted({ mentor }, person('a'))).toBe(wanted);
  });

  it.each([
    { dragged: { menteeId: 'a', mentorId: null }, target: { kind: 'column', mentorId: 'm' } as const, expected: { type: 'assign', index: 3 } },
    { dragged: { menteeId: 'a', mentorId: 'm' }, target: { kind: 'column', mentorId: 'm', index: 0 } as const, expected: { type: 'reorder', index: 0 } },
    { dragged: { menteeId: 'a', mentorId: 'm' }, target: { kind: 'column', mentorId: 'x' } as const, expected: { type: 'move', fromMentorId: 'm' } },
    { dragged: { menteeId: 'a', mentorId: 'm' }, target: { kind: 'pool' } as const, expected: { type: 'unassign' } },
    { dragged: { menteeId: 'a', mentorId: null }, target: { kind: 'pool' } as const, expected: { type: 'none' } },
  ])('drop outcome $expected.type', ({ dragged, target, expected }) => {
    expect(dropOutcome(dragged, target, 3)).toMatchObject(expected);
  });

  it('round-trips drag and drop ids', () => {
    expect(parseCardId(cardDragId('m', 'p_1:x'))).toEqual({ key: 'm', menteeId: 'p_1:x' });
    expect(parseCardId(cardDragId(null, 'a'))).toEqual({ key: null, menteeId: 'a' });
    expect(parseDropId('column:m')).toEqual({ kind: 'column', key: 'm' });
    expect(parseDropId('pool')).toEqual({ kind: 'pool' });
  });
});
