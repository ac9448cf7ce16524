import { describe, expect, it } from 'vitest';
import { normalizeWeights, rankPoints, scorePair, seatCost } from './score';
import { person } from '../../../../tests/support/matching/build';
import { defaultWeights, type MatchWeights, type Reason } from './types';

const mentor = person('m', { offers: ['Canva', 'Excel'], region: 'Bandung', level: 'B1' });
const mentee = person('e', { seeks: ['Canva'], region: 'Bandung', level: 'B1' });

describe('rankPoints', () => {
  it.each([
    [30, 1, 3, 30],
    [30, 2, 3, 20],
    [30, 3, 3, 10],
    [30, 0, 3, 0],
    [30, 1, 1, 30],
    [30, 2, 4, 23],
    [10, 1, 0, 0],
  ])('weight %i, rank %i of %i → %i', (weight, rank, length, points) => {
    expect(rankPoints(weight, rank, length)).toBe(points);
  });
});

describe('seatCost and normalizeWeights', () => {
  it.each([
    [1, 5, 0],
    [2, 5, 5],
    [4, 5, 15],
    [3, 0, 0],
  ])('seat %i with spread %i costs %i', (seat, spread, cost) => {
    expect(seatCost(seat, spread)).toBe(cost);
  });

  it('rounds, clamps negatives and non-numbers to 0, and caps huge weights', () => {
    const raw: MatchWeights = { skill: 39.6, preference: -3, region: Number.NaN, level: 1e9, mentorPreference: 2.4, spread: -1 };
    expect(normalizeWeights(raw)).toEqual({ skill: 40, preference: 0, region: 0, level: 100_000, mentorPreference: 2, spread: 0 });
  });
});

describe('scorePair', () => {
  const cases: Array<{ name: string; mentor: typeof mentor; mentee: typeof mentee; seat?: number; reasons: Reason[] }> = [
    {
      name: 'skill, region and level',
      mentor,
      mentee,
      reasons: [
        { code: 'skill', points: 40, detail: 'Canva' },
        { code: 'region', points: 10, detail: 'Bandung' },
        { code: 'level', points: 10, detail: 'B1' },
      ],
    },
    {
      name: "the mentee's second choice of two",
      mentor: { ...mentor, region: 'Jakarta', level: 'B2' },
      mentee: { ...mentee, preferences: ['x', 'm'] },
      reasons: [
        { code: 'skill', points: 40, detail: 'Canva' },
        { code: 'preference', points: 15, detail: '2' },
      ],
    },
    {
      name: "the mentor's first choice, third seat",
      mentor: { ...mentor, region: '', level: '', mentorPreferences: ['e'] },
      mentee: { ...mentee, region: '', level: '' },
      seat: 3,
      reasons: [
        { code: 'skill', points: 40, detail: 'Canva' },
        { code: 'mentorPreference', points: 10, detail: '1' },
        { code: 'spread', points: -10, detail: '3' },
      ],
    },
    {
      name: 'a skill the mentor does not offer earns nothing for it',
      mentor: { ...mentor, offers: ['Excel'], region: 'X', level: 'Y' },
      mentee,
      reasons: [{ code: 'skill', points: 0, detail: 'Canva' }],
    },
  ];
  it.each(cases)('$name', ({ mentor: m, mentee: e, seat, reasons }) => {
    const scored = scorePair(m, e, 'Canva', defaultWeights, seat);
    expect(scored.reasons).toEqual(reasons);
    expect(scored.score).toBe(reasons.reduce((sum, r) => sum + r.points, 0));
  });
});
