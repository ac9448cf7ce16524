import { describe, expect, it } from 'vitest';
import { buildCandidates, edgeSkills } from './candidates';
import { prepare } from './prepare';
import { preparedPairScore } from './result';
import { scorePair } from './score';
import { cohort, person } from '../../../../tests/support/matching/build';
import { smallCohort } from '../../../../tests/support/matching/randomCohort';
import type { MatchInput } from './types';

/** Every candidate edge and each skill it shares, scored both ways. */
function expectSameScores(input: MatchInput): number {
  const c = buildCandidates(prepare(input));
  const p = c.prepared;
  let checked = 0;
  for (let edge = 0; edge < c.count; edge++) {
    for (const skill of edgeSkills(c, edge)) {
      const mentor = c.mentor[edge];
      const mentee = c.mentee[edge];
      const fast = preparedPairScore(p, mentor, mentee, skill);
      expect(fast).toEqual(scorePair(p.people[mentor], p.people[mentee], p.skillNames[skill], input.settings.weights));
      expect(fast.score).toBe(c.score[edge]);
      checked++;
    }
  }
  return checked;
}

describe('preparedPairScore equals scorePair', () => {
  it.each([
    { name: 'every part', input: cohort([
      person('m', { offers: ['Canva'], region: 'Jakarta', level: 'B1', mentorPreferences: ['x', 'e'] }),
      person('e', { seeks: ['Canva'], region: 'Jakarta', level: 'B1', preferences: ['zz', 'm', 'm'] }),
    ]) },
    { name: 'blank region and level never match', input: cohort([
      person('m', { offers: ['Canva'], region: '', level: '' }),
      person('e', { seeks: ['Canva'], region: '', level: '' }),
    ]) },
    { name: 'zero weights leave their parts out', input: cohort([
      person('m', { offers: ['Canva'], region: 'R', level: 'L' }),
      person('e', { seeks: ['Canva'], region: 'R', level: 'L', preferences: ['m'] }),
    ], { settings: { weights: { skill: 40, preference: 0, region: 0, level: 0, mentorPreference: 0, spread: 5 } } }) },
  ])('$name', ({ input }) => {
    expect(expectSameScores(input)).toBeGreaterThan(0);
  });

  it('on random cohorts with every option switched on', () => {
    let checked = 0;
    for (let seed = 1; seed <= 60; seed++) {
      checked += expectSameScores(smallCohort(seed, { size: 14, skills: 4, levels: 2, regions: 2, maxCapacity: 3, spice: 0.6, maxMentorsPerMentee: 3 }));
    }
    expect(checked).toBeGreaterThan(500);
  });
});

describe('reasons in a result', () => {
  it('are shared between pairs that have the same one, and frozen so sharing is safe', async () => {
    const { matchOptimal } = await import('./optimal');
    const result = matchOptimal(cohort([
      person('m1', { offers: ['Canva'], region: 'R', capacity: 1, kind: 'peer' }),
      person('m2', { offers: ['Canva'], region: 'R', capacity: 1, kind: 'peer' }),
      person('e1', { seeks: ['Canva'], region: 'R' }),
      person('e2', { seeks: ['Canva'], region: 'R' }),
    ]));
    expect(result.pairs).toHaveLength(2);
    const [first, second] = result.pairs;
    expect(first.reasons[0]).toBe(second.reasons[0]);
    expect(Object.isFrozen(first.reasons[0])).toBe(true);
    expect(() => {
      first.reasons[0].points = 0;
    }).toThrow();
  });
});
