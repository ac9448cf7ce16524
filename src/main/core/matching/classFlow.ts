import { freshArrays, type ArraySource } from './arrays';
import type { ClassNetwork } from './classNetwork';
import type { Progress } from './networkChoice';
import { clearQueue, createDialQueue, enqueue, popMin, type DialQueue } from './dialQueue';
import { MENTEE_BACK, MENTEE_FORWARD, seatCostAt, TREE_BACK, TREE_FORWARD } from './classArcs';
import { sendScratch, sendUnit } from './classSend';
import * as searchRecords from './searchRecords';

// Local copies: where a module runner turns imports into property reads (vitest; tsx loading a script
// outside this package as CommonJS), an imported binding costs a read per use in these hot loops.
const { CODE, DIST, NO_TARGET, PARENT, ROOT, SEAT, SEEN, STRIDE, UNMATCHED } = searchRecords;

/**
 * Successive shortest paths on a ClassNetwork, as flow.ts does on the pair network: one Dijkstra per
 * mentee over reduced costs (Johnson potentials, updated only for the nodes a search popped), a bucket
 * queue, and the sink relaxed as soon as a node that can reach it gets a distance.
 *
 * Residual arcs: a mentee's unused arcs; a class node's two children; the reverse of every tree arc
 * with flow (child to parent) and of every mentee arc with flow (node back to the mentee, so a search
 * can move her elsewhere); a mentor's free seat to the sink.
 */

/** Arc codes: arc << 2 | kind. */
export interface ClassFlowWork {
  round: number;
  records: Int32Array;
  popped: Int32Array;
  poppedCount: number;
  queue: DialQueue;
  targetDist: number;
  searches: number;
  pops: number;
}

export function createClassWork(net: ClassNetwork, arrays: ArraySource = freshArrays): ClassFlowWork {
  return {
    round: 0,
    records: arrays.int32(net.nodeCount * STRIDE),
    popped: arrays.int32(net.nodeCount),
    poppedCount: 0,
    queue: createDialQueue(net.unmatchedCost * 2 + 2),
    targetDist: NO_TARGET,
    searches: 0,
    pops: 0,
  };
}

function improve(work: ClassFlowWork, v: number, nd: number, from: number, code: number, sink: number): void {
  const r = work.records;
  const at = v * STRIDE;
  r[at + SEEN] = work.round;
  r[at + DIST] = nd;
  r[at + PARENT] = from;
  r[at + CODE] = code;
  if (v === sink) work.targetDist = nd;
  enqueue(work.queue, v, nd);
}

function relax(net: ClassNetwork, work: ClassFlowWork, v: number, nd: number, from: number, code: number): void {
  if (nd >= work.targetDist) return;
  const at = v * STRIDE;
  const seen = work.records[at + SEEN];
  if (seen === -work.round || (seen === work.round && nd >= work.records[at + DIST])) return;
  const sink = net.sink;
  improve(work, v, nd, from, code, sink);
  // Look ahead: a mentee's own unmatched arc, a mentor's free seat.
  const n = net.participants;
  let through = -1;
  let kind = 0;
  if (v < n) {
    if (net.unmatchedFlow[v] < net.supply[v]) {
      through = nd + net.unmatchedCost + net.pot[v] - net.pot[sink];
      kind = UNMATCHED;
    }
  } else if (v < sink) {
    const m = v - n;
    if (net.load[m] < net.seats[m]) {
      through = nd + seatCostAt(net, m) + net.pot[v] - net.pot[sink];
      kind = SEAT;
    }
  }
  if (through >= 0 && through < work.targetDist) improve(work, sink, through, v, kind, sink);
}

/** The reverse arcs into u's parents (tree arcs with flow) and back to the mentees whose unit enters u. */
function expandBack(net: ClassNetwork, work: ClassFlowWork, u: number, du: number, pu: number): void {
  const n = net.participants;
  const pot = net.pot;
  const slot = u - n;
  for (let k = net.parentStart[slot]; k < net.parentStart[slot + 1]; k++) {
    const arc = net.parentArc[k];
    if (net.treeFlow[arc] === 0) continue;
    const parent = net.firstClass + (arc >> 1);
    relax(net, work, parent, du + pu - pot[parent], u, (arc << 2) | TREE_BACK);
  }
  for (let a = net.inHead[slot]; a >= 0; a = net.inNext[a]) {
    const e = net.arcTail[a];
    relax(net, work, e, du - net.arcCost[a] + pu - pot[e], u, (a << 2) | MENTEE_BACK);
  }
}

function expand(net: ClassNetwork, work: ClassFlowWork, u: number): void {
  const n = net.participants;
  const pot = net.pot;
  const du = work.records[u * STRIDE + DIST];
  const pu = pot[u];
  if (u < n) {
    if (net.unmatchedFlow[u] < net.supply[u]) relax(net, work, net.sink, du + net.unmatchedCost + pu - pot[net.sink], u, UNMATCHED);
    const taken = net.menteeArc[u];
    for (let k = net.menteeStart[u], end = net.menteeStart[u + 1]; k < end; k++) {
      // Arcs are best first and potentials only fall, so the rest cannot beat the target either.
      const base = du + net.arcCost[k] + pu;
      if (base >= work.targetDist) break;
      if (k === taken) continue;
      const v = net.arcHead[k];
      relax(net, work, v, base - pot[v], u, (k << 2) | MENTEE_FORWARD);
    }
    return;
  }
  if (u < net.sink) {
    const m = u - n;
    if (net.load[m] < net.seats[m]) relax(net, work, net.sink, du + seatCostAt(net, m) + pu - pot[net.sink], u, SEAT);
    expandBack(net, work, u, du, pu);
    return;
  }
  const c = u - net.firstClass;
  const l = net.index.left[c];
  const r = net.index.right[c];
  relax(net, work, l, du + pu - pot[l], u, ((2 * c) << 2) | TREE_FORWARD);
  relax(net, work, r, du + pu - pot[r], u, ((2 * c + 1) << 2) | TREE_FORWARD);
  expandBack(net, work, u, du, pu);
}

/** Dijkstra from the mentees `sources` (all at distance 0) to the sink; returns its reduced distance, or -1. */
function search(net: ClassNetwork, work: ClassFlowWork, sources: Int32Array, sourceCount: number): number {
  work.round++;
  work.searches++;
  work.poppedCount = 0;
  work.targetDist = NO_TARGET;
  for (let i = 0; i < sourceCount; i++) improve(work, sources[i], 0, -1, ROOT, net.sink);
  const records = work.records;
  let reached = false;
  for (;;) {
    const u = popMin(work.queue);
    if (u < 0) break;
    if (records[u * STRIDE + SEEN] !== work.round || records[u * STRIDE + DIST] !== work.queue.poppedKey) continue;
    work.pops++;
    if (u === net.sink) {
      reached = true;
      break;
    }
    work.popped[work.poppedCount++] = u;
    records[u * STRIDE + SEEN] = -work.round;
    expand(net, work, u);
  }
  clearQueue(work.queue);
  return reached ? records[net.sink * STRIDE + DIST] : -1;
}

/**
 * Every mentee's unit routed, primal-dual: each phase finds the distances from all unrouted mentees at
 * once (one Dijkstra), moves the potentials so the shortest paths cost 0, then sends as many units as
 * it can along zero-cost residual paths (a depth-first search per mentee). A class network is full of
 * ties (mentors a mentee cannot tell apart), so one search per phase replaces thousands of single-mentee
 * searches that each walked the same plateau. The flow stays min-cost for what it carries after every
 * phase, and the last phase routes the rest to their unmatched arcs.
 */
export function solveClassFlow(net: ClassNetwork, work: ClassFlowWork = createClassWork(net), progress?: Progress): ClassFlowWork {
  const n = net.participants;
  let sources = new Int32Array(n);
  let count = 0;
  for (let e = 0; e < n; e++) if (net.supply[e] > 0) sources[count++] = e;
  const units = count;
  const scratch = sendScratch(net);
  let phase = 0;
  while (count > 0) {
    const reach = search(net, work, sources, count);
    if (reach < 0) throw new Error('matching: no path to the sink');
    for (let k = 0; k < work.poppedCount; k++) {
      const v = work.popped[k];
      net.pot[v] += work.records[v * STRIDE + DIST] - reach;
    }
    phase++;
    const left = new Int32Array(count);
    let kept = 0;
    for (let i = 0; i < count; i++) {
      const e = sources[i];
      if (!sendUnit(net, work, scratch, e, phase)) left[kept++] = e;
    }
    sources = left;
    count = kept;
    progress?.(units - count, units);
  }
  return work;
}

