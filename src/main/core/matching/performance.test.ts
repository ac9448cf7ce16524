import { describe, expect, it } from 'vitest';
import { solveOptimal } from './optimal';
import { person } from '../../../../tests/support/matching/build';
import { benchCohort } from '../../../../tests/support/matching/randomCohort';
import { defaultSettings, defaultWeights, type MatchInput } from './types';

// Wall-clock-free guards on the solver's work (nodes popped and arcs scanned by its searches): the counts
// are deterministic, so a change that brings back whole-graph searches fails here, not in a slow bench.
// Limits are about twice what the solver does today.

/** Everyone seeks and offers the same skill with identical scores: the tie-heavy case. */
function allTied(size: number, mentorEvery: number): MatchInput {
  const participants = Array.from({ length: size }, (_, i) =>
    person(`t${String(i).padStart(5, '0')}`, { offers: ['X'], seeks: ['X'], capacity: i % mentorEvery === 0 ? 5 : 0 }),
  );
  return { participants, fixed: [], declined: [], rejected: [], settings: { ...defaultSettings, weights: { ...defaultWeights, region: 0, level: 0 } } };
}

describe('solver work stays bounded', () => {
  it.each([
    ['loose', 300_000, 1_500_000],
    ['balanced', 220_000, 2_500_000],
    ['tight', 180_000, 3_000_000],
  ] as const)('a %s cohort of 5,000 (pops ≤ %i, arcs scanned ≤ %i)', (shape, maxPops, maxScans) => {
    const { work, candidates } = solveOptimal(benchCohort(1, 5000, shape));
    expect(candidates.count).toBeGreaterThan(100_000);
    expect(work.counters.searches).toBeLessThanOrEqual(5000);
    expect(work.counters.pops).toBeLessThanOrEqual(maxPops);
    expect(work.counters.scans).toBeLessThanOrEqual(maxScans);
  });

  it.each([3, 10, 30])('all-tied cohorts of 2,000 with a mentor every %i: a few pops per mentee', (mentorEvery) => {
    const { work } = solveOptimal(allTied(2000, mentorEvery));
    expect(work.counters.pops).toBeLessThanOrEqual(10 * 2000);
  });

  it('no-mutual on a 2,000 cohort costs a few extra searches, not a re-solve per pair', () => {
    const input = benchCohort(1, 2000, 'balanced');
    const free = solveOptimal(input);
    const strict = solveOptimal({ ...input, settings: { ...input.settings, allowMutual: false } });
    expect(strict.work.counters.searches - free.work.counters.searches).toBeLessThanOrEqual(200);
    expect(strict.work.counters.pops).toBeLessThanOrEqual(3 * free.work.counters.pops);
  });
});
