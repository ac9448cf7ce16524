import type { ClassNetwork } from './classNetwork';
import * as searchRecords from './searchRecords';

// Local copies: where a module runner turns imports into property reads (vitest; tsx loading a script
// outside this package as CommonJS), an imported binding costs a read per use in these hot loops.
const { SEAT, UNMATCHED } = searchRecords;

/**
 * The class network's residual arcs as the searches name them (classFlow.ts), and one unit pushed over
 * one of them. A code is arc << 2 | kind, or SEAT / UNMATCHED (searchRecords.ts) for the arc into the sink.
 */
export const MENTEE_FORWARD = 0;
export const MENTEE_BACK = 1;
export const TREE_FORWARD = 2;
export const TREE_BACK = 3;

/** What mentor m's next seat costs (spread per mentee she already has, fixed ones included). */
export const seatCostAt = (net: ClassNetwork, m: number): number => (net.fixedLoad[m] + net.load[m]) * net.spread;

export function linkIn(net: ClassNetwork, a: number): void {
  const slot = net.arcHead[a] - net.participants;
  const first = net.inHead[slot];
  net.inNext[a] = first;
  net.inPrev[a] = -1;
  if (first >= 0) net.inPrev[first] = a;
  net.inHead[slot] = a;
}

export function unlinkIn(net: ClassNetwork, a: number): void {
  const slot = net.arcHead[a] - net.participants;
  const prev = net.inPrev[a];
  const next = net.inNext[a];
  if (prev >= 0) net.inNext[prev] = next;
  else net.inHead[slot] = next;
  if (next >= 0) net.inPrev[next] = prev;
}

/** Pushes one unit over the arc `code` leaving u (deepest arc of a path first). */
export function applyArc(net: ClassNetwork, u: number, code: number): void {
  const n = net.participants;
  if (code === SEAT) {
    net.totalCost += seatCostAt(net, u - n);
    net.load[u - n]++;
    return;
  }
  if (code === UNMATCHED) {
    net.unmatchedFlow[u]++;
    net.totalCost += net.unmatchedCost;
    return;
  }
  const arc = code >> 2;
  switch (code & 3) {
    case MENTEE_FORWARD:
      net.menteeArc[u] = arc;
      net.totalCost += net.arcCost[arc];
      linkIn(net, arc);
      break;
    case MENTEE_BACK: {
      const e = net.arcTail[arc];
      if (net.menteeArc[e] === arc) net.menteeArc[e] = -1;
      net.totalCost -= net.arcCost[arc];
      unlinkIn(net, arc);
      break;
    }
    case TREE_FORWARD:
      net.treeFlow[arc]++;
      break;
    default:
      net.treeFlow[arc]--;
  }
}
