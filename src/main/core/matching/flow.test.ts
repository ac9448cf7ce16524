import { describe, expect, it } from 'vitest';
import { buildCandidates } from './candidates';
import { createWork, flowValue, solveFlow } from './flow';
import { buildNetwork } from './network';
import { prepare } from './prepare';
import { benchCohort } from '../../../../tests/support/matching/randomCohort';

describe('the packed mentee scan', () => {
  it.each(['loose', 'tight', 'balanced'] as const)('finds the same flow as the general scan on a %s cohort of 3,000', (shape) => {
    const candidates = buildCandidates(prepare(benchCohort(7, 3000, shape)));
    const packed = buildNetwork(candidates);
    const general = buildNetwork(candidates);
    expect(packed.arcPacked).not.toBeNull();
    // Without the packed arcs a network takes the general path (as with very large weights).
    general.arcPacked = null;
    solveFlow(packed, createWork(packed));
    solveFlow(general, createWork(general));
    expect(flowValue(packed)).toBe(flowValue(general));
    expect(packed.heldCount).toEqual(general.heldCount);
    expect(Array.from(packed.arcFlow)).toEqual(Array.from(general.arcFlow));
    expect(packed.menteeArc).toEqual(general.menteeArc);
  });

  it('is left out when costs and node ids cannot share an int', () => {
    const input = benchCohort(7, 3000, 'loose');
    const huge = { ...input, settings: { ...input.settings, weights: { skill: 100_000, preference: 100_000, region: 100_000, level: 100_000, mentorPreference: 100_000, spread: 5 } } };
    expect(buildNetwork(buildCandidates(prepare(huge))).arcPacked).toBeNull();
  });
});
