import { describe, expect, it } from 'vitest';
import { buildCandidates, listCandidates } from './candidates';
import { cohort, person } from '../../../../tests/support/matching/build';
import { smallCohort } from '../../../../tests/support/matching/randomCohort';
import { referenceModel } from '../../../../tests/support/matching/reference';
import type { MatchInput } from './types';

const pairsOf = (input: MatchInput): string[] =>
  listCandidates(buildCandidates(input))
    .map((c) => `${c.mentorId}>${c.menteeId}:${c.skills.join('+')}`)
    .sort();

const mentee = person('e', { seeks: ['Canva'] });

describe('buildCandidates: who may mentor whom', () => {
  it.each<{ name: string; input: MatchInput; expected: string[] }>([
    { name: 'a mentor offering the sought skill', input: cohort([person('m', { offers: ['Canva'] }), mentee]), expected: ['m>e:Canva'] },
    { name: 'nobody offers it', input: cohort([person('m', { offers: ['Excel'] }), mentee]), expected: [] },
    { name: 'no self pairs', input: cohort([person('e', { offers: ['Canva'], seeks: ['Canva'] })]), expected: [] },
    { name: 'closed mentor', input: cohort([person('m', { offers: ['Canva'], closed: true }), mentee]), expected: [] },
    { name: 'capacity 0', input: cohort([person('m', { offers: ['Canva'], capacity: 0 }), mentee]), expected: [] },
    {
      name: 'declined and rejected pairs are never suggested',
      input: cohort([person('a', { offers: ['Canva'] }), person('b', { offers: ['Canva'] }), person('c', { offers: ['Canva'] }), mentee], {
        declined: [{ mentorId: 'a', menteeId: 'e' }],
        rejected: [{ mentorId: 'b', menteeId: 'e' }],
      }),
      expected: ['c>e:Canva'],
    },
    {
      name: 'a fixed pair is not suggested again and fills the mentee',
      input: cohort([person('a', { offers: ['Canva'] }), person('b', { offers: ['Canva'] }), mentee], { fixed: [{ mentorId: 'a', menteeId: 'e', skill: 'Canva' }] }),
      expected: [],
    },
    {
      name: 'a mentor full with fixed mentees',
      input: cohort([person('m', { offers: ['Canva'], capacity: 1 }), person('x'), mentee], { fixed: [{ mentorId: 'm', menteeId: 'x', skill: null }] }),
      expected: [],
    },
    {
      name: 'a peer mentor with a fixed mentee is full whatever their capacity',
      input: cohort([person('m', { offers: ['Canva'], kind: 'peer', capacity: 4 }), person('x'), mentee], { fixed: [{ mentorId: 'm', menteeId: 'x', skill: null }] }),
      expected: [],
    },
    {
      name: 'peer mentors only at the same level',
      input: cohort([person('p1', { offers: ['Canva'], kind: 'peer', level: 'B1' }), person('p2', { offers: ['Canva'], kind: 'peer', level: 'B2' }), mentee]),
      expected: ['p1>e:Canva'],
    },
    {
      name: 'any level when peers need not share it',
      input: cohort([person('p1', { offers: ['Canva'], kind: 'peer', level: 'B1' }), person('p2', { offers: ['Canva'], kind: 'peer', level: 'B2' }), mentee], { settings: { peerSameLevel: false } }),
      expected: ['p1>e:Canva', 'p2>e:Canva'],
    },
    {
      name: 'group and both mentors at any level',
      input: cohort([person('g', { offers: ['Canva'], kind: 'group', level: 'B9' }), person('b', { offers: ['Canva'], kind: 'both', level: 'B8' }), mentee]),
      expected: ['b>e:Canva', 'g>e:Canva'],
    },
    {
      name: 'one edge per pair, listing every shared skill',
      input: cohort([person('m', { offers: ['Excel', 'Canva'] }), person('e', { seeks: ['Canva', 'Excel', 'Canva'] })]),
      expected: ['m>e:Canva+Excel'],
    },
    {
      name: 'a skill covered by a fixed pair is not sought again',
      input: cohort([person('a', { offers: ['Canva'] }), person('b', { offers: ['Canva', 'Excel'] }), person('e', { seeks: ['Canva', 'Excel'] })], {
        fixed: [{ mentorId: 'a', menteeId: 'e', skill: 'Canva' }],
        settings: { mentorsPerMentee: 2 },
      }),
      expected: ['b>e:Excel'],
    },
    {
      name: 'no-mutual: a fixed A→B rules out B→A',
      input: cohort([person('a', { offers: ['Canva'], seeks: ['Canva'] }), person('b', { offers: ['Canva'], seeks: ['Canva'] })], {
        fixed: [{ mentorId: 'a', menteeId: 'b', skill: 'Canva' }],
        settings: { allowMutual: false },
      }),
      expected: [],
    },
    {
      name: 'mentorsPerMentee 0: nobody gets a mentor',
      input: cohort([person('m', { offers: ['Canva'] }), mentee], { settings: { mentorsPerMentee: 0 } }),
      expected: [],
    },
  ])('$name', ({ input, expected }) => {
    expect(pairsOf(input)).toEqual(expected);
  });

  it('lists a mentee’s candidates best score first', () => {
    const input = cohort([person('far', { offers: ['Canva'], region: 'X', level: 'Y' }), person('near', { offers: ['Canva'] }), person('e', { seeks: ['Canva'], preferences: ['far'] })]);
    expect(listCandidates(buildCandidates(input)).map((c) => [c.mentorId, c.score])).toEqual([
      ['far', 70],
      ['near', 60],
    ]);
  });

  it('matches the naive reference rules on 200 random cohorts', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const input = smallCohort(seed, { size: 4 + (seed % 20), skills: 4, levels: 3, regions: 3, maxCapacity: 4, spice: 0.7, maxMentorsPerMentee: 3 });
      const expected = new Map<string, { skills: string[]; score: number }>();
      for (const t of referenceModel(input).triples) {
        const key = `${t.mentor}>${t.mentee}`;
        expected.set(key, { skills: [...(expected.get(key)?.skills ?? []), t.skill].sort(), score: t.score });
      }
      const actual = new Map(listCandidates(buildCandidates(input)).map((c) => [`${c.mentorId}>${c.menteeId}`, { skills: [...c.skills].sort(), score: c.score }]));
      expect(actual, `seed ${seed}`).toEqual(expected);
    }
  });
});
