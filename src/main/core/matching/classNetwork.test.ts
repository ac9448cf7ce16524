import highsLoader from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { matchOptimal } from './optimal';
import { scorePair } from './score';
import { explainUnmatched } from './unmatched';
import { bruteForceOptimum } from '../../../../tests/support/matching/bruteForce';
import { formCohort, type FormCohortOptions } from '../../../../tests/support/matching/formCohort';
import { lpModel } from '../../../../tests/support/matching/highsModel';
import { intBetween, seededRandom } from '../../../../tests/support/matching/randomCohort';
import { ruleViolations } from '../../../../tests/support/matching/reference';
import type { MatchInput, MatchResult } from './types';

// The class network (classNetwork.ts) against independent exact answers, on cohorts shaped like a
// registration form: few skills, many people per skill, named mentors, pins, closed mentors, declines.

type Highs = Awaited<ReturnType<typeof highsLoader>>;

/** A form-shaped cohort with, now and then, weights that switch tiers off (no region or level points). */
function cohortFor(seed: number, options: Omit<FormCohortOptions, 'tightness'>): MatchInput {
  const random = seededRandom(seed * 7919);
  const input = formCohort(seed, { ...options, tightness: (['loose', 'tight', 'balanced'] as const)[seed % 3] });
  if (random() < 0.4) {
    input.settings = {
      ...input.settings,
      peerSameLevel: random() < 0.7,
      weights: { skill: intBetween(random, 1, 50), preference: intBetween(random, 0, 40), region: intBetween(random, 0, 2) * 10, level: intBetween(random, 0, 2) * 7, mentorPreference: intBetween(random, 0, 20), spread: intBetween(random, 0, 12) },
    };
  }
  return input;
}

/** The result keeps every rule, its reasons are scorePair's, and its explanations the pair engine's. */
function expectSound(input: MatchInput, result: MatchResult): void {
  expect(ruleViolations(input, result.pairs)).toEqual([]);
  const byId = new Map(input.participants.map((p) => [p.id, p]));
  const seatOf = new Map<string, number>();
  const fixedOf = new Map<string, number>();
  for (const pair of input.fixed) fixedOf.set(pair.mentorId, (fixedOf.get(pair.mentorId) ?? 0) + 1);
  for (const pair of result.pairs) {
    const seat = (seatOf.get(pair.mentorId) ?? fixedOf.get(pair.mentorId) ?? 0) + 1;
    seatOf.set(pair.mentorId, seat);
    const mentor = byId.get(pair.mentorId);
    const mentee = byId.get(pair.menteeId);
    if (!mentor || !mentee) throw new Error('unknown person in a pair');
    expect(pair.reasons).toEqual(scorePair(mentor, mentee, pair.skill, input.settings.weights, seat).reasons);
  }
  expect(result.unmatched).toEqual(explainUnmatched(input, result.pairs));
}

function highsOptimum(highs: Highs, input: MatchInput): number {
  const { lp, variables } = lpModel(input, false);
  if (variables === 0) return 0;
  const solution = highs.solve(lp, { output_flag: false });
  expect(solution.Status).toBe('Optimal');
  return Math.round(solution.ObjectiveValue);
}

describe('the class network is exact on form-shaped cohorts', () => {
  let highs: Highs;
  beforeAll(async () => {
    highs = await highsLoader();
  });

  it('equals brute force on 150 tiny cohorts', () => {
    for (let seed = 1; seed <= 150; seed++) {
      const input = cohortFor(seed, { size: 3 + (seed % 4), skills: 2, regions: 2, levels: 2, spice: seed % 2 === 0 ? 0.6 : 0 });
      const result = matchOptimal(input, { network: 'classes' });
      expectSound(input, result);
      expect(result.total, `seed ${seed}`).toBe(bruteForceOptimum(input));
    }
  });

  it('equals the HiGHS optimum and the pair network on 60 cohorts of 12-40 people', () => {
    let pins = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const input = cohortFor(1000 + seed, { size: 12 + (seed % 8) * 4, skills: 3 + (seed % 4), regions: 2 + (seed % 3), levels: 2 + (seed % 2), spice: seed % 3 === 0 ? 0 : 0.5 });
      pins += input.fixed.length;
      const result = matchOptimal(input, { network: 'classes' });
      expectSound(input, result);
      expect(result.total, `seed ${1000 + seed}`).toBe(highsOptimum(highs, input));
      expect(result.total).toBe(matchOptimal(input, { network: 'pairs' }).total);
    }
    expect(pins).toBeGreaterThan(15);
  });

  it('equals the pair network on 1,500-person cohorts of each shape', () => {
    for (const tightness of ['loose', 'tight', 'balanced'] as const) {
      const input = formCohort(7, { size: 1500, skills: 12, regions: 8, levels: 3, tightness, spice: 0.2 });
      const classes = matchOptimal(input, { network: 'classes' });
      expect(classes.unmatched).toEqual(explainUnmatched(input, classes.pairs));
      expect(classes.total).toBe(matchOptimal(input, { network: 'pairs' }).total);
    }
  });
});
