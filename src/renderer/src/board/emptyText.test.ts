import { describe, expect, it } from 'vitest';
import { columnsEmptyKey, poolEmptyKey } from './emptyText';

describe('poolEmptyKey', () => {
  it.each([
    [{ participants: 0, unassigned: 0, shown: 0 }, 'board.poolNoParticipants'],
    [{ participants: 300, unassigned: 40, shown: 0 }, 'board.noPoolMatches'],
    [{ participants: 300, unassigned: 0, shown: 0 }, 'board.emptyPool'],
    [{ participants: 300, unassigned: 40, shown: 3 }, null],
  ])('%j -> %s', (counts, key) => {
    expect(poolEmptyKey(counts)).toBe(key);
  });
});

describe('columnsEmptyKey', () => {
  it.each([
    [{ participants: 0, mentors: 0 }, 'board.noParticipants'],
    [{ participants: 12, mentors: 0 }, 'board.noMentors'],
    [{ participants: 12, mentors: 5 }, 'board.noMatches'],
  ])('%j -> %s', (counts, key) => {
    expect(columnsEmptyKey(counts)).toBe(key);
  });
});
