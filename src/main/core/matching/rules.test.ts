import { describe, expect, it } from 'vitest';
import { matchOptimal } from './optimal';
import { matchStable } from './stable';
import { cohort, person } from '../../../../tests/support/matching/build';
import { ruleViolations } from '../../../../tests/support/matching/reference';
import { defaultWeights, type MatchInput } from './types';

const seeker = (id: string, skills = ['Canva'], fields = {}) => person(id, { seeks: skills, capacity: 0, ...fields });

const cases: Array<{ name: string; input: MatchInput; optimal: string[]; stable?: string[] }> = [
  {
    name: 'a peer mentor takes exactly one mentee, whatever their capacity',
    input: cohort([person('p', { kind: 'peer', capacity: 4, offers: ['Canva'] }), seeker('e1', ['Canva'], { preferences: ['p'] }), seeker('e2')]),
    optimal: ['p>e1:Canva'],
  },
  {
    name: 'the group size limit caps a group mentor',
    input: cohort([person('g', { capacity: 5, offers: ['Canva'] }), seeker('e1', ['Canva'], { preferences: ['g'] }), seeker('e2', ['Canva'], { preferences: ['g'] }), seeker('e3')], {
      settings: { groupSizeLimit: 2 },
    }),
    optimal: ['g>e1:Canva', 'g>e2:Canva'],
  },
  {
    name: 'spreading the load: equal mentors take one each',
    input: cohort([person('a', { offers: ['Canva'] }), person('b', { offers: ['Canva'] }), seeker('e1'), seeker('e2')]),
    optimal: ['a>e1:Canva', 'b>e2:Canva'],
    stable: ['a>e1:Canva', 'a>e2:Canva'],
  },
  {
    name: 'several mentors per mentee, each for a different skill',
    input: cohort([person('a', { offers: ['Canva'] }), person('b', { offers: ['Canva'] }), person('c', { offers: ['Excel'] }), seeker('e', ['Canva', 'Excel'], { preferences: ['a', 'b'] })], {
      settings: { mentorsPerMentee: 3 },
    }),
    optimal: ['a>e:Canva', 'c>e:Excel'],
  },
  {
    name: 'a mentor sharing two skills teaches the one nobody else can',
    input: cohort([person('both', { offers: ['Canva', 'Excel'] }), person('c', { offers: ['Canva'] }), seeker('e', ['Canva', 'Excel'], { preferences: ['both'] })], {
      settings: { mentorsPerMentee: 2 },
    }),
    optimal: ['both>e:Excel', 'c>e:Canva'],
  },
  {
    name: 'one sought skill, one mentor even when more are allowed',
    input: cohort([person('a', { offers: ['Canva'] }), person('b', { offers: ['Canva'] }), seeker('e', ['Canva'], { preferences: ['b'] })], { settings: { mentorsPerMentee: 2 } }),
    optimal: ['b>e:Canva'],
  },
  {
    name: 'a fixed pair uses the mentee’s limit and the mentor’s seat',
    input: cohort([person('a', { capacity: 1, offers: ['Canva'] }), person('b', { offers: ['Canva'] }), seeker('e1'), seeker('e2', ['Canva'], { preferences: ['a'] })], {
      fixed: [{ mentorId: 'a', menteeId: 'e1', skill: 'Canva' }],
    }),
    optimal: ['b>e2:Canva'],
  },
  {
    name: 'stable follows stated preferences, optimal follows scores',
    input: cohort([person('near', { offers: ['Canva'], capacity: 1 }), person('far', { offers: ['Canva'], capacity: 1, region: 'Jakarta', level: 'B7' }), seeker('e', ['Canva'], { preferences: ['far'] })], {
      settings: { weights: { ...defaultWeights, preference: 5 } },
    }),
    optimal: ['near>e:Canva'],
    stable: ['far>e:Canva'],
  },
  {
    name: 'no-mutual keeps only one direction of a pair of friends',
    input: cohort([person('a', { offers: ['Canva'], seeks: ['Excel'], preferences: ['b'] }), person('b', { offers: ['Excel'], seeks: ['Canva'], preferences: ['a'] })], {
      settings: { allowMutual: false },
    }),
    optimal: ['b>a:Excel'],
    // A tie: stable drops the direction whose mentor id sorts last.
    stable: ['a>b:Canva'],
  },
];

const summary = (pairs: Array<{ mentorId: string; menteeId: string; skill: string }>): string[] => pairs.map((p) => `${p.mentorId}>${p.menteeId}:${p.skill}`).sort();

describe('hard rules, table-driven', () => {
  it.each(cases)('optimal: $name', ({ input, optimal }) => {
    const result = matchOptimal(input);
    expect(ruleViolations(input, result.pairs)).toEqual([]);
    expect(summary(result.pairs)).toEqual(optimal);
  });
  it.each(cases)('stable: $name', ({ input, optimal, stable }) => {
    const result = matchStable(input);
    expect(ruleViolations(input, result.pairs)).toEqual([]);
    expect(summary(result.pairs)).toEqual(stable ?? optimal);
  });

  it('reports the spread part with the seat number, counting fixed pairs', () => {
    const input = cohort([person('m', { offers: ['Canva'] }), seeker('x'), seeker('e')], { fixed: [{ mentorId: 'm', menteeId: 'x', skill: 'Canva' }] });
    const [pair] = matchOptimal(input).pairs;
    expect(pair.reasons).toContainEqual({ code: 'spread', points: -5, detail: '2' });
    expect(pair.score).toBe(40 + 10 + 10 - 5);
  });
});

describe('edge cases', () => {
  it.each([
    ['an empty cohort', cohort([])],
    ['nobody seeks anything', cohort([person('a', { offers: ['X'] }), person('b', { offers: ['Y'] })])],
    ['all weights zero', cohort([person('a', { offers: ['X'], seeks: ['Y'] }), person('b', { offers: ['Y'], seeks: ['X'] })], { settings: { weights: { skill: 0, preference: 0, region: 0, level: 0, mentorPreference: 0, spread: 0 } } })],
    ['unknown ids in preferences, fixed pairs and declines', cohort([person('a', { offers: ['X'] }), seeker('b', ['X'], { preferences: ['ghost', 'a'] })], { fixed: [{ mentorId: 'ghost', menteeId: 'b', skill: 'X' }], declined: [{ mentorId: 'a', menteeId: 'nobody' }] })],
  ])('%s', (_name, input) => {
    for (const result of [matchOptimal(input), matchStable(input)]) {
      expect(ruleViolations(input, result.pairs)).toEqual([]);
      expect(result.total).toBe(result.pairs.reduce((sum, p) => sum + p.score, 0));
    }
  });

  it('rejects duplicate participant ids', () => {
    expect(() => matchOptimal(cohort([person('a'), person('a')]))).toThrow(/duplicate participant id a/);
  });
});
