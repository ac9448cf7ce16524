import { describe, expect, it } from 'vitest';
import type { Pairing, Participant, Settings } from '../../../shared/domain';
import { buildBoard, cardDragId, dropOutcome, parseCardId, parseDropId } from './model';

const settings = { groupSizeLimit: 5, mentorsPerMentee: 1, peerSameLevel: true, allowMutual: true } as Settings;
const person = (id: string, patch: Partial<Participant> = {}): Participant => ({
  id, name: id.toUpperCase(), nickname: '', email: '', phone: '+6281200000000', region: 'Bandung', level: 'B7', kind: 'group',
  capacity: 2, closed: false, offers: [], seeks: ['Canva'], preferences: [], notes: '', extra: {}, submittedAt: '', ...patch,
});
const pairing = (id: number, mentorId: string, menteeId: string, sortOrder: number): Pairing => ({
  id, mentorId, menteeId, skill: 'Canva', kind: 'group', sortOrder, pinned: false, overrides: [], source: 'manual', createdAt: '',
});

describe('board model', () => {
  const people = [person('m', { offers: ['Canva'] }), person('n', { offers: ['Cooking'], capacity: 0 }), person('a'), person('b')];
  it('makes a column per mentor with capacity, cards in sort order, and a pool of the unassigned', () => {
    const board = buildBoard(people, [pairing(1, 'm', 'b', 2), pairing(2, 'm', 'a', 1)], settings, { query: '', skill: '' });
    expect(board.columns.map((c) => c.mentor.id)).toEqual(['m']);
    expect(board.columns[0].cards.map((c) => c.mentee.id)).toEqual(['a', 'b']);
    expect(board.columns[0]).toMatchObject({ used: 2, total: 2, full: true });
    expect(board.pool.map((c) => c.mentee.id)).toEqual(['m', 'n']);
  });

  it('filters by name, phone and skill', () => {
    expect(buildBoard(people, [], settings, { query: 'A', skill: '' }).pool.map((c) => c.mentee.id)).toEqual(['a']);
    expect(buildBoard(people, [], settings, { query: '0812000', skill: '' }).pool).toHaveLength(4);
    expect(buildBoard(people, [], settings, { query: '', skill: 'Cooking' }).columns).toHaveLength(0);
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
    expect(parseCardId(cardDragId('m', 'p_1:x'))).toEqual({ mentorId: 'm', menteeId: 'p_1:x' });
    expect(parseCardId(cardDragId(null, 'a'))).toEqual({ mentorId: null, menteeId: 'a' });
    expect(parseDropId('column:m')).toEqual({ kind: 'column', mentorId: 'm' });
    expect(parseDropId('pool')).toEqual({ kind: 'pool' });
  });
});
