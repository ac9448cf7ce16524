import { blockArc, flowValue, probeBlock, type FlowWork } from './flow';
import type { FlowNetwork } from './network';

/**
 * The optional no-mutual rule (never both A→B and B→A) is a side constraint that breaks the network
 * structure, so it is handled on top of the exact flow: branch and bound over the mutual pairs the optimum
 * contains. Each branch forbids one direction (blockArc re-optimizes with one shortest path, warm), the
 * flow value of a branch is an upper bound for everything below it, and the better child is tried first.
 * Mutual pairs are usually few. With many of them (large random cohorts), or when the search exceeds its
 * node budget, the rest is done greedily (for each mutual pair drop the direction whose loss is smaller,
 * each loss measured exactly by a probe) and the result is marked not proven optimal (stats.exact false).
 */

interface Snapshot {
  arcFlow: Uint8Array;
  arcBlocked: Uint8Array;
  pot: Int32Array;
  load: Int32Array;
  unmatchedFlow: Int32Array;
  heldCount: Int32Array;
  heldArc: Int32Array;
  heldTail: Int32Array;
  heldCost: Int32Array;
  menteeArc: Int32Array | null;
  totalCost: number;
  blockedCount: number;
}

function snapshot(net: FlowNetwork): Snapshot {
  return {
    arcFlow: net.arcFlow.slice(),
    arcBlocked: net.arcBlocked.slice(),
    pot: net.pot.slice(),
    load: net.load.slice(),
    unmatchedFlow: net.unmatchedFlow.slice(),
    heldCount: net.heldCount.slice(),
    heldArc: net.heldArc.slice(),
    heldTail: net.heldTail.slice(),
    heldCost: net.heldCost.slice(),
    menteeArc: net.menteeArc?.slice() ?? null,
    totalCost: net.totalCost,
    blockedCount: net.blockedCount,
  };
}

function restore(net: FlowNetwork, s: Snapshot): void {
  net.arcFlow.set(s.arcFlow);
  net.arcBlocked.set(s.arcBlocked);
  net.pot.set(s.pot);
  net.load.set(s.load);
  net.unmatchedFlow.set(s.unmatchedFlow);
  net.heldCount.set(s.heldCount);
  net.heldArc.set(s.heldArc);
  net.heldTail.set(s.heldTail);
  net.heldCost.set(s.heldCost);
  if (s.menteeArc) net.menteeArc?.set(s.menteeArc);
  net.totalCost = s.totalCost;
  net.blockedCount = s.blockedCount;
}

function menteeOfArc(net: FlowNetwork, a: number): number {
  const tail = net.arcTail[a];
  return tail < net.participants ? tail : net.extraMentee[tail - net.firstExtra];
}

/** Pairs of held arcs [A mentors B, B mentors A]. */
function mutualArcs(net: FlowNetwork): Array<[number, number]> {
  const n = net.participants;
  const byPair = new Map<number, number>();
  for (let m = 0; m < n; m++) {
    for (let k = net.heldStart[m]; k < net.heldStart[m] + net.heldCount[m]; k++) {
      byPair.set(m * n + menteeOfArc(net, net.heldArc[k]), net.heldArc[k]);
    }
  }
  const found: Array<[number, number]> = [];
  for (const [key, arc] of byPair) {
    const mentor = Math.floor(key / n);
    const mentee = key - mentor * n;
    const back = byPair.get(mentee * n + mentor);
    if (back !== undefined && mentor < mentee) found.push([arc, back]);
  }
  return found;
}

function greedyUntilClean(net: FlowNetwork, work: FlowWork): void {
  for (let mutual = mutualArcs(net); mutual.length > 0; mutual = mutualArcs(net)) {
    for (const [a, b] of mutual) {
      if (!net.arcFlow[a] || !net.arcFlow[b]) continue;
      blockArc(net, work, probeBlock(net, work, a) <= probeBlock(net, work, b) ? a : b);
    }
  }
}

/** Above this many mutual pairs in the free optimum, branch and bound is not attempted. */
const MAX_BRANCHED_PAIRS = 12;

/** Enforces no-mutual on an optimal flow. Returns true when the result is proven optimal. */
export function forbidMutual(net: FlowNetwork, work: FlowWork, nodeBudget = 48): boolean {
  const initial = mutualArcs(net).length;
  if (initial === 0) return true;
  if (initial > MAX_BRANCHED_PAIRS) {
    greedyUntilClean(net, work);
    return false;
  }
  const search: { best: { value: number; state: Snapshot } | null } = { best: null };
  let nodes = 0;
  let exhausted = false;
  const visit = (): void => {
    if (exhausted) return;
    const value = flowValue(net);
    if (search.best && value <= search.best.value) return;
    const mutual = mutualArcs(net);
    if (mutual.length === 0) {
      search.best = { value, state: snapshot(net) };
      return;
    }
    if (nodes >= nodeBudget) {
      // Out of budget: finish this branch greedily, once, and stop searching.
      exhausted = true;
      greedyUntilClean(net, work);
      const finished = flowValue(net);
      if (!search.best || finished > search.best.value) search.best = { value: finished, state: snapshot(net) };
      return;
    }
    nodes++;
    const [a, b] = mutual[0];
    const order = probeBlock(net, work, a) <= probeBlock(net, work, b) ? [a, b] : [b, a];
    const here = snapshot(net);
    for (const arc of order) {
      // Once a branch ran out of budget the rest of the search is skipped, so do not build its branches.
      if (exhausted) break;
      blockArc(net, work, arc);
      visit();
      restore(net, here);
    }
  };
  visit();
  if (search.best) restore(net, search.best.state);
  return !exhausted;
}
