import highsLoader from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { matchOptimal } from './optimal';
import { bruteForceOptimum } from '../../../../tests/support/matching/bruteForce';
import { lpModel } from '../../../../tests/support/matching/highsModel';
import { mutualProneCohort, smallCohort, type SmallCohortOptions } from '../../../../tests/support/matching/randomCohort';
import { referenceModel, referenceValue, ruleViolations } from '../../../../tests/support/matching/reference';
import type { MatchInput, MatchResult } from './types';

type Highs = Awaited<ReturnType<typeof highsLoader>>;

/** Checks shared by every instance: hard rules hold and the total is what the pairs are worth. */
function expectConsistent(input: MatchInput, result: MatchResult): void {
  expect(ruleViolations(input, result.pairs)).toEqual([]);
  expect(result.total).toBe(result.pairs.reduce((sum, p) => sum + p.score, 0));
  const model = referenceModel(input);
  const chosen = result.pairs.map((p) => ({ mentor: p.mentorId, mentee: p.menteeId, skill: p.skill, score: p.score - Math.min(0, p.reasons.find((r) => r.code === 'spread')?.points ?? 0) }));
  expect(referenceValue(model, chosen)).toBe(result.total);
}

function highsOptimum(highs: Highs, input: MatchInput): number {
  const integral = !input.settings.allowMutual;
  const { lp, variables } = lpModel(input, integral);
  if (variables === 0) return 0;
  const solution = highs.solve(lp, { output_flag: false });
  expect(solution.Status).toBe('Optimal');
  if (!integral) {
    // Totally unimodular: the LP optimum HiGHS returns is already integral.
    for (const column of Object.values(solution.Columns)) {
      expect(Math.abs(column.Primal - Math.round(column.Primal))).toBeLessThan(1e-6);
    }
  }
  return Math.round(solution.ObjectiveValue);
}

const tiny: SmallCohortOptions = { size: 6, skills: 3, levels: 2, regions: 2, maxCapacity: 3, spice: 0.5, maxMentorsPerMentee: 1 };

describe('matchOptimal is exact', () => {
  let highs: Highs;
  beforeAll(async () => {
    highs = await highsLoader();
  });

  it('equals brute force on 200 tiny cohorts with one mentor per mentee', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const input = smallCohort(seed, { ...tiny, size: 3 + (seed % 4) });
      const result = matchOptimal(input);
      expectConsistent(input, result);
      expect(result.total, `seed ${seed}`).toBe(bruteForceOptimum(input));
    }
  });

  it('equals brute force on 100 tiny cohorts with up to 3 mentors per mentee', () => {
    for (let seed = 1; seed <= 100; seed++) {
      const input = smallCohort(seed, { ...tiny, size: 4, skills: 3, maxMentorsPerMentee: 3, spice: 0.9 });
      const result = matchOptimal(input);
      expectConsistent(input, result);
      expect(result.total, `seed ${seed}`).toBe(bruteForceOptimum(input));
    }
  });

  it('equals the HiGHS optimum on 200 small cohorts (LP, or MIP under no-mutual)', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const input = smallCohort(1000 + seed, { size: 6 + (seed % 10), skills: 4, levels: 3, regions: 3, maxCapacity: 4, spice: 0.6, maxMentorsPerMentee: 3 });
      const result = matchOptimal(input);
      expectConsistent(input, result);
      expect(result.stats.exact).toBe(true);
      expect(result.total, `seed ${1000 + seed}`).toBe(highsOptimum(highs, input));
    }
  });

  it('equals the HiGHS optimum on 30 medium cohorts', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const input = smallCohort(5000 + seed, { size: 30 + 3 * seed, skills: 6, levels: 3, regions: 4, maxCapacity: 5, spice: 0.5, maxMentorsPerMentee: 2 });
      const result = matchOptimal(input);
      expectConsistent(input, result);
      if (result.stats.exact) expect(result.total, `seed ${5000 + seed}`).toBe(highsOptimum(highs, input));
      else expect(result.total).toBeLessThanOrEqual(highsOptimum(highs, input));
    }
  });

  it('under no-mutual equals the HiGHS MIP on 100 cohorts whose free optimum is full of mutual pairs', () => {
    let withMutual = 0;
    for (let seed = 1; seed <= 100; seed++) {
      const input = mutualProneCohort(seed, 6 + (seed % 7));
      const free = matchOptimal({ ...input, settings: { ...input.settings, allowMutual: true } });
      const ids = new Set(free.pairs.map((p) => `${p.mentorId}>${p.menteeId}`));
      if (free.pairs.some((p) => ids.has(`${p.menteeId}>${p.mentorId}`))) withMutual++;
      const result = matchOptimal(input);
      expectConsistent(input, result);
      expect(result.stats.exact).toBe(true);
      expect(result.total, `seed ${seed}`).toBe(highsOptimum(highs, input));
    }
    expect(withMutual).toBeGreaterThan(50);
  });
});
