import { describe, expect, it } from 'vitest';
import { buildCandidates } from './candidates';
import { createWork, flowValue, solveFlow } from './flow';
import { buildNetwork } from './network';
import { prepare } from './prepare';
import { benchCohort } from '../../../../tests/support/matching/randomCohort';

describe('the packed mentee scan', () => {
  it.each(['loose', 'tight', 'balanced'] as const)('finds a flow of the same value as the general scan on a %s cohort of 3,000', (shape) => {
    const candidates = buildCandidates(prepare(benchCohort(7, 3000, shape)));
    const packed = buildNetwork(candidates);
    const general = buildNetwork(candidates);
    expect(packed.arcPacked).not.toBeNull();
    // Without the packed arcs a network takes the general path (as with very large weights).
    general.arcPacked = null;
    solveFlow(packed, createWork(packed));
    solveFlow(general, createWork(general));
    expect(flowValue(packed)).toBe(flowValue(general));
    // The packed scan goes by price-aware keys (scanOrder.ts), so among equally good flows it may pick
    // another one: as many units are placed, and each mentee's arc record matches its flow.
    const units = (net: typeof packed): number => net.unmatchedFlow.reduce((sum, f) => sum + f, 0);
    expect(units(packed)).toBe(units(general));
    for (let e = 0; e < packed.participants; e++) {
      const arc = packed.menteeArc?.[e] ?? -1;
      const flowing = Array.from(packed.arcFlow.subarray(packed.adjStart[e], packed.adjStart[e + 1])).filter((f) => f === 1).length;
      expect(flowing).toBe(arc >= 0 ? 1 : 0);
      if (arc >= 0) expect(packed.arcFlow[arc]).toBe(1);
    }
  });

  it('re-keys busy mentees: after a solve some runs are no longer in cost order, and every key is still a lower bound', () => {
    const net = buildNetwork(buildCandidates(prepare(benchCohort(7, 3000, 'balanced'))));
    solveFlow(net, createWork(net));
    const order = net.scanOrder;
    if (order === null) throw new Error('expected a scan order');
    let rekeyed = 0;
    for (let e = 0; e < net.participants; e++) {
      const first = net.adjStart[e];
      for (let k = first; k < net.adjStart[e + 1]; k++) {
        const entry = order.entries[k];
        const arc = first + (entry & ((1 << order.localBits) - 1));
        const key = entry >> order.localBits;
        expect(key).toBeLessThanOrEqual(net.arcCost[arc] - net.pot[net.arcHead[arc]]);
        if (key > net.arcCost[arc]) rekeyed++;
        if (k > first) expect(entry).toBeGreaterThan(order.entries[k - 1]);
      }
    }
    expect(rekeyed).toBeGreaterThan(0);
  });

  it('is left out when costs and node ids cannot share an int', () => {
    const input = benchCohort(7, 3000, 'loose');
    const huge = { ...input, settings: { ...input.settings, weights: { skill: 100_000, preference: 100_000, region: 100_000, level: 100_000, mentorPreference: 100_000, spread: 5 } } };
    expect(buildNetwork(buildCandidates(prepare(huge))).arcPacked).toBeNull();
  });
});
