import { applyArc, MENTEE_BACK, MENTEE_FORWARD, seatCostAt, TREE_BACK, TREE_FORWARD } from './classArcs';
import type { ClassFlowWork } from './classFlow';
import type { ClassNetwork } from './classNetwork';
import * as searchRecords from './searchRecords';

// Local copies: where a module runner turns imports into property reads (vitest; tsx loading a script
// outside this package as CommonJS), an imported binding costs a read per use in these hot loops.
const { SEAT, UNMATCHED } = searchRecords;

// The zero-cost pushes of a primal-dual phase on the class network (classFlow.ts): after a phase's
// search, each mentee not yet routed looks depth-first for a residual path of reduced cost 0 to the sink.

/** Scratch of the zero-cost depth-first searches: an explicit stack, each frame's arc iterator. */
export interface SendScratch {
  blocked: Int32Array;
  stage: Int32Array;
  position: Int32Array;
  stack: Int32Array;
  code: Int32Array;
}

export function sendScratch(net: ClassNetwork): SendScratch {
  const nodes = net.nodeCount;
  return { blocked: new Int32Array(nodes), stage: new Int32Array(nodes), position: new Int32Array(nodes), stack: new Int32Array(nodes), code: new Int32Array(nodes) };
}

const DONE = -1;
const NONE = -2;

/**
 * The next residual arc of reduced cost 0 out of u, from u's iterator on: returns its head (its code in
 * scratch.code[depth]), DONE when u reaches the sink itself (a free seat, the unmatched arc), NONE.
 */
function nextZeroArc(net: ClassNetwork, x: SendScratch, u: number, depth: number, phase: number): number {
  const n = net.participants;
  const pot = net.pot;
  const pu = pot[u];
  const sink = net.sink;
  const { blocked, stage, position } = x;
  if (u < n) {
    // Her own unmatched arc first: the shortest way to the sink, and it moves nobody else.
    if (stage[u] === 0) {
      stage[u] = 1;
      if (net.unmatchedFlow[u] < net.supply[u] && net.unmatchedCost + pu - pot[sink] === 0) {
        x.code[depth] = UNMATCHED;
        return DONE;
      }
    }
    if (stage[u] === 1) {
      const taken = net.menteeArc[u];
      for (let k = position[u], end = net.menteeStart[u + 1]; k < end; k++) {
        if (net.arcCost[k] + pu > 0) break;
        const v = net.arcHead[k];
        if (k === taken || blocked[v] === phase || net.arcCost[k] + pu - pot[v] !== 0) continue;
        position[u] = k + 1;
        x.code[depth] = (k << 2) | MENTEE_FORWARD;
        return v;
      }
      stage[u] = 2;
    }
    return NONE;
  }
  const slot = u - n;
  // Stages: 0 the seat (mentor) or left child (class), 1 the right child, 2 parents, 3 mentees back.
  if (stage[u] === 0) {
    stage[u] = 1;
    if (u < sink) {
      const m = u - n;
      stage[u] = 2;
      position[u] = net.parentStart[slot];
      if (net.load[m] < net.seats[m] && seatCostAt(net, m) + pu - pot[sink] === 0) {
        x.code[depth] = SEAT;
        return DONE;
      }
    } else {
      const c = u - net.firstClass;
      const child = net.index.left[c];
      if (blocked[child] !== phase && pu - pot[child] === 0) {
        x.code[depth] = ((2 * c) << 2) | TREE_FORWARD;
        return child;
      }
    }
  }
  if (stage[u] === 1) {
    stage[u] = 2;
    position[u] = net.parentStart[slot];
    const c = u - net.firstClass;
    const child = net.index.right[c];
    if (blocked[child] !== phase && pu - pot[child] === 0) {
      x.code[depth] = ((2 * c + 1) << 2) | TREE_FORWARD;
      return child;
    }
  }
  if (stage[u] === 2) {
    for (let k = position[u]; k < net.parentStart[slot + 1]; k++) {
      const arc = net.parentArc[k];
      const parent = net.firstClass + (arc >> 1);
      if (net.treeFlow[arc] === 0 || blocked[parent] === phase || pu - pot[parent] !== 0) continue;
      position[u] = k + 1;
      x.code[depth] = (arc << 2) | TREE_BACK;
      return parent;
    }
    stage[u] = 3;
    position[u] = net.inHead[slot];
  }
  for (let a = position[u]; a >= 0; a = net.inNext[a]) {
    const e = net.arcTail[a];
    if (blocked[e] === phase || pu - net.arcCost[a] - pot[e] !== 0) continue;
    position[u] = net.inNext[a];
    x.code[depth] = (a << 2) | MENTEE_BACK;
    return e;
  }
  position[u] = -1;
  return NONE;
}

/**
 * Depth-first along residual arcs of reduced cost 0 from mentee `source` to the sink, then one unit
 * pushed along the path found. A node that found no way is blocked for the rest of the phase (a way a
 * later push opens in the same phase is found by the next phase instead).
 */
export function sendUnit(net: ClassNetwork, work: ClassFlowWork, x: SendScratch, source: number, phase: number): boolean {
  let depth = 0;
  x.stack[0] = source;
  enter(net, work, x, source, phase);
  while (depth >= 0) {
    const u = x.stack[depth];
    const v = nextZeroArc(net, x, u, depth, phase);
    if (v === NONE) {
      depth--;
      continue;
    }
    if (v !== DONE) {
      x.stack[++depth] = v;
      enter(net, work, x, v, phase);
      continue;
    }
    for (let k = depth; k >= 0; k--) {
      applyArc(net, x.stack[k], x.code[k]);
      x.blocked[x.stack[k]] = 0;
    }
    return true;
  }
  return false;
}

function enter(net: ClassNetwork, work: ClassFlowWork, x: SendScratch, v: number, phase: number): void {
  x.blocked[v] = phase;
  x.stage[v] = 0;
  x.position[v] = v < net.participants ? net.menteeStart[v] : 0;
  work.pops++;
}

