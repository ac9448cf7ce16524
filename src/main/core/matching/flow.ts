import { clearQueue, createDialQueue, enqueue, popMin, type DialQueue } from './dialQueue';
import * as searchRecords from './searchRecords';
import { freshArrays, type ArraySource } from './arrays';
import type { FlowNetwork } from './network';
import type { Progress } from './networkChoice';

// Local copies: where a module runner turns imports into property reads (vitest; tsx loading a script
// outside this package as CommonJS), an imported binding costs a read per use in these hot loops.
const { CODE, DIST, NO_TARGET, PARENT, ROOT, SEAT, SEEN, STRIDE, UNMATCHED } = searchRecords;

/**
 * Successive shortest paths on a FlowNetwork: each unit of a mentee's supply is sent along a shortest
 * path in the residual graph (Dijkstra over reduced costs), which keeps the flow min-cost after every
 * augmentation. Potentials (Johnson) persist between augmentations and are only updated for the nodes a
 * search popped, so a search costs what it explores, not the graph size. Costs are small integers and
 * the source's own unmatched arc bounds the distance to the sink by about C (potentials stay within a few
 * C), so the queue is a bucket (Dial) queue (dialQueue.ts). Mentees are processed grouped by level
 * (Prepared order), which keeps most of a search's memory accesses within one class's block of the arrays.
 */

const SEAT_BACK = -3;
const UNMATCHED_BACK = -4;

export interface FlowCounters {
  searches: number;
  pops: number;
  /**
   * Mentee arcs looked at (relaxed or skipped): what the best-first order and its cut save. Counted per
   * expansion, not per relaxation: a counter bumped 36 million times was 5 % of a 50k solve.
   */
  scans: number;
}

export interface FlowWork {
  round: number;
  records: Int32Array;
  popped: Int32Array;
  poppedCount: number;
  queue: DialQueue;
  /** Tentative distance of the target: nothing at or beyond it is worth queueing. */
  targetDist: number;
  counters: FlowCounters;
}

export function createWork(net: FlowNetwork, arrays: ArraySource = freshArrays): FlowWork {
  const nodes = net.nodeCount;
  const records = arrays.int32(nodes * STRIDE);
  return {
    round: 0,
    records,
    popped: arrays.int32(nodes),
    poppedCount: 0,
    queue: createDialQueue(net.unmatchedCost * 2 + 2),
    targetDist: NO_TARGET,
    counters: { searches: 0, pops: 0, scans: 0 },
  };
}

/**
 * Records a shorter tentative distance; the caller guarantees nd < targetDist. The SEEN field is the
 * search's round while v waits in the queue and -round once popped, so it doubles as the "queued" flag;
 * with DIST it tells search() which queue entries are stale.
 */
function improve(work: FlowWork, v: number, nd: number, from: number, code: number, target: number): void {
  const r = work.records;
  const at = v * STRIDE;
  r[at + SEEN] = work.round;
  r[at + DIST] = nd;
  r[at + PARENT] = from;
  r[at + CODE] = code;
  if (v === target) work.targetDist = nd;
  enqueue(work.queue, v, nd);
}

function seatCostAt(net: FlowNetwork, m: number): number {
  return (net.fixedLoad[m] + net.load[m]) * net.spread;
}

/**
 * Relax v's own arc to the sink as soon as v gets a distance (not when it is popped): the sink's
 * tentative distance drops early, which prunes the rest of the search. Parents stay consistent because a
 * later improvement of v repeats this step with a smaller value.
 */
function lookAhead(net: FlowNetwork, work: FlowWork, v: number, dv: number): void {
  const n = net.participants;
  const sink = net.sink;
  let nd: number;
  let code: number;
  if (v < n) {
    if (net.unmatchedFlow[v] >= net.supply[v]) return;
    nd = dv + net.unmatchedCost + net.pot[v] - net.pot[sink];
    code = UNMATCHED;
  } else if (v < sink) {
    const m = v - n;
    if (net.load[m] >= net.seats[m]) return;
    nd = dv + seatCostAt(net, m) + net.pot[v] - net.pot[sink];
    code = SEAT;
  } else return;
  if (nd < work.targetDist) improve(work, sink, nd, v, code, sink);
}

function relax(net: FlowNetwork, work: FlowWork, v: number, nd: number, from: number, code: number, target: number): void {
  if (nd >= work.targetDist) return;
  const seen = work.records[v * STRIDE + SEEN];
  // Popped nodes are final (seen = -round): with valid potentials nd could not beat them anyway, and this
  // keeps every search finite even if an invariant were ever broken.
  if (seen === -work.round || (seen === work.round && nd >= work.records[v * STRIDE + DIST])) return;
  improve(work, v, nd, from, code, target);
  if (target === net.sink) lookAhead(net, work, v, nd);
}

function expand(net: FlowNetwork, work: FlowWork, u: number, target: number): void {
  const n = net.participants;
  const sink = net.sink;
  const pot = net.pot;
  const du = work.records[u * STRIDE + DIST];
  const pu = pot[u];
  if (u >= n && u < sink) {
    const m = u - n;
    if (net.load[m] < net.seats[m]) relax(net, work, sink, du + seatCostAt(net, m) + pu - pot[sink], u, SEAT, target);
    const start = net.heldStart[m];
    for (let k = start; k < start + net.heldCount[m]; k++) {
      const v = net.heldTail[k];
      relax(net, work, v, du - net.heldCost[k] + pu - pot[v], u, net.heldArc[k] * 2 + 1, target);
    }
    return;
  }
  if (u === sink) {
    // Only a repair search (target is a mentor) walks backwards out of the sink.
    for (let e = 0; e < n; e++) {
      if (net.unmatchedFlow[e] > 0) relax(net, work, e, du - net.unmatchedCost + pu - pot[e], u, UNMATCHED_BACK, target);
    }
    for (let m = 0; m < n; m++) {
      if (net.load[m] > 0) {
        const cost = (net.fixedLoad[m] + net.load[m] - 1) * net.spread;
        relax(net, work, n + m, du - cost + pu - pot[n + m], u, SEAT_BACK, target);
      }
    }
    return;
  }
  if (u < n && net.unmatchedFlow[u] < net.supply[u]) {
    relax(net, work, sink, du + net.unmatchedCost + pu - pot[sink], u, UNMATCHED, target);
  }
  const packed = net.arcPacked;
  if (packed !== null && net.menteeArc !== null && net.blockedCount === 0) {
    // One arc per edge: u's arcs are adjStart[u]..adjStart[u+1], all forward, cheapest first (see below).
    const taken = net.menteeArc[u];
    const shift = net.arcPackShift;
    const headMask = (1 << shift) - 1;
    const first = net.adjStart[u];
    let k = first;
    for (const end = net.adjStart[u + 1]; k < end; k++) {
      const arc = packed[k];
      const base = du + (arc >> shift) + pu;
      if (base >= work.targetDist) break;
      if (k === taken) continue;
      const v = arc & headMask;
      relax(net, work, v, base - pot[v], u, k << 1, target);
    }
    work.counters.scans += k - first;
    return;
  }
  const flow = net.arcFlow;
  const blocked = net.arcBlocked;
  const anyBlocked = net.blockedCount > 0;
  const entries = net.adjEntry;
  const costs = net.arcCost;
  const heads = net.arcHead;
  const first = net.adjStart[u];
  let k = first;
  for (const end = net.adjStart[u + 1]; k < end; k++) {
    // Without an adjacency map (one arc per edge), entry k is arc k forward.
    const entry = entries === null ? k << 1 : entries[k];
    const a = entry >> 1;
    if (anyBlocked && blocked[a]) continue;
    if ((entry & 1) === 0) {
      // Forward arcs are cheapest first and every potential is <= 0, so du + cost + pu is a lower bound
      // for this arc and all later ones: stop once it cannot beat the best path to the target.
      const base = du + costs[a] + pu;
      if (base >= work.targetDist) break;
      if (flow[a]) continue;
      const v = heads[a];
      relax(net, work, v, base - pot[v], u, entry, target);
    } else {
      if (!flow[a]) continue;
      const v = net.arcTail[a];
      relax(net, work, v, du - costs[a] + pu - pot[v], u, entry, target);
    }
  }
  work.counters.scans += k - first;
}

/** Dijkstra from the seeded root until target is popped; returns its reduced distance, or -1. */
function search(net: FlowNetwork, work: FlowWork, target: number): number {
  let reached = false;
  for (;;) {
    const u = popMin(work.queue);
    if (u < 0) break;
    // An entry left behind when u's key dropped (lazy decrease-key), or u was popped already.
    if (work.records[u * STRIDE + SEEN] !== work.round || work.records[u * STRIDE + DIST] !== work.queue.poppedKey) continue;
    work.counters.pops++;
    if (u === target) {
      reached = true;
      break;
    }
    work.popped[work.poppedCount++] = u;
    work.records[u * STRIDE + SEEN] = -work.round;
    expand(net, work, u, target);
  }
  clearQueue(work.queue);
  return reached ? work.records[target * STRIDE + DIST] : -1;
}

function startSearch(work: FlowWork): void {
  work.round++;
  work.counters.searches++;
  work.poppedCount = 0;
  work.targetDist = NO_TARGET;
}

/** Dijkstra from one source until target is popped; returns its reduced distance, or -1 if unreachable. */
export function shortestPath(net: FlowNetwork, work: FlowWork, source: number, target: number): number {
  startSearch(work);
  improve(work, source, 0, -1, ROOT, target);
  return search(net, work, target);
}

/** Sets an arc's flow, keeping the mentee's own record of its flow arc (one-arc-per-edge networks). */
function setFlow(net: FlowNetwork, a: number, flow: 0 | 1): void {
  net.arcFlow[a] = flow;
  const mentees = net.menteeArc;
  if (mentees === null) return;
  const tail = net.arcTail[a];
  if (flow === 1) mentees[tail] = a;
  else if (mentees[tail] === a) mentees[tail] = -1;
}

function heldAdd(net: FlowNetwork, m: number, a: number): void {
  const at = net.heldStart[m] + net.heldCount[m]++;
  net.heldArc[at] = a;
  net.heldTail[at] = net.arcTail[a];
  net.heldCost[at] = net.arcCost[a];
}

/** A mentor holds at most its seats (a handful), so a scan is cheaper than a position map per arc. */
function heldRemove(net: FlowNetwork, a: number): void {
  const m = net.arcHead[a] - net.participants;
  const start = net.heldStart[m];
  const last = start + --net.heldCount[m];
  let pos = last;
  while (net.heldArc[pos] !== a) {
    if (pos === start) throw new Error('matching: removing an arc its mentor does not hold');
    pos--;
  }
  net.heldArc[pos] = net.heldArc[last];
  net.heldTail[pos] = net.heldTail[last];
  net.heldCost[pos] = net.heldCost[last];
}

/** Push one unit along the parent chain ending at target; returns its root. */
function applyPath(net: FlowNetwork, work: FlowWork, target: number): number {
  const n = net.participants;
  const sink = net.sink;
  let v = target;
  while (work.records[v * STRIDE + CODE] !== ROOT) {
    const code = work.records[v * STRIDE + CODE];
    const u = work.records[v * STRIDE + PARENT];
    if (code >= 0) {
      const a = code >> 1;
      const head = net.arcHead[a];
      const toMentor = head >= n && head < sink;
      if ((code & 1) === 0) {
        setFlow(net, a, 1);
        net.totalCost += net.arcCost[a];
        if (toMentor) heldAdd(net, head - n, a);
      } else {
        setFlow(net, a, 0);
        net.totalCost -= net.arcCost[a];
        if (toMentor) heldRemove(net, a);
      }
    } else if (code === SEAT) {
      net.totalCost += seatCostAt(net, u - n);
      net.load[u - n]++;
    } else if (code === UNMATCHED) {
      net.unmatchedFlow[u]++;
      net.totalCost += net.unmatchedCost;
    } else if (code === SEAT_BACK) {
      net.load[v - n]--;
      net.totalCost -= seatCostAt(net, v - n);
    } else if (code === UNMATCHED_BACK) {
      net.unmatchedFlow[v]--;
      net.totalCost -= net.unmatchedCost;
    }
    v = u;
  }
  return v;
}

/**
 * After a search that reached its target at reduced distance `reach`: pot += min(dist, reach), done as
 * "popped nodes move by dist - reach" (the rest implicitly move by reach with everything else).
 * Reduced costs stay >= 0 and become 0 along every shortest path.
 */
function updatePotentials(net: FlowNetwork, work: FlowWork, reach: number): void {
  for (let k = 0; k < work.poppedCount; k++) {
    const v = work.popped[k];
    net.pot[v] += work.records[v * STRIDE + DIST] - reach;
  }
}

/** Push one unit along the path the last search found, then update potentials. */
export function augment(net: FlowNetwork, work: FlowWork, target: number): void {
  applyPath(net, work, target);
  updatePotentials(net, work, work.records[target * STRIDE + DIST]);
}

/** Route every mentee's supply, one unit at a time, in engine order (mentees grouped by level). */
export function solveFlow(net: FlowNetwork, work: FlowWork = createWork(net), progress?: Progress): FlowWork {
  for (let e = 0; e < net.participants; e++) {
    if (progress && (e & 1023) === 0) progress(e, net.participants);
    for (let unit = 0; unit < net.supply[e]; unit++) {
      if (shortestPath(net, work, e, net.sink) < 0) throw new Error('matching: no path to sink');
      augment(net, work, net.sink);
    }
  }
  return work;
}

/** Score of the current flow: every supply unit is worth C minus what routing it cost. */
export function flowValue(net: FlowNetwork): number {
  let supply = 0;
  for (let e = 0; e < net.participants; e++) supply += net.supply[e];
  return supply * net.unmatchedCost - net.totalCost;
}

/** Takes the unit off arc a (into a mentor); restoreUnit puts it back. */
function cancelUnit(net: FlowNetwork, a: number): void {
  setFlow(net, a, 0);
  heldRemove(net, a);
  net.totalCost -= net.arcCost[a];
}

function restoreUnit(net: FlowNetwork, a: number): void {
  setFlow(net, a, 1);
  heldAdd(net, net.arcHead[a] - net.participants, a);
  net.totalCost += net.arcCost[a];
}

/**
 * Forbid an arc into a mentor and re-optimize. If it carries flow, its unit is cancelled, leaving an
 * excess at its tail and a deficit at the mentor; one shortest path from excess to deficit restores an
 * optimal flow (reduced costs of all other residual arcs were untouched).
 */
export function blockArc(net: FlowNetwork, work: FlowWork, a: number): void {
  if (!net.arcBlocked[a]) net.blockedCount++;
  net.arcBlocked[a] = 1;
  if (!net.arcFlow[a]) return;
  cancelUnit(net, a);
  const tail = net.arcTail[a];
  const head = net.arcHead[a];
  if (shortestPath(net, work, tail, head) < 0) throw new Error('matching: repair found no path');
  augment(net, work, head);
}

/** Loss of score if arc a were blocked, without changing the flow (one search). */
export function probeBlock(net: FlowNetwork, work: FlowWork, a: number): number {
  if (!net.arcFlow[a]) return 0;
  const tail = net.arcTail[a];
  const head = net.arcHead[a];
  net.arcBlocked[a] = 1;
  net.blockedCount++;
  cancelUnit(net, a);
  const reduced = shortestPath(net, work, tail, head);
  restoreUnit(net, a);
  net.arcBlocked[a] = 0;
  net.blockedCount--;
  if (reduced < 0) throw new Error('matching: probe found no path');
  // Path cost in true terms = reduced - pot[tail] + pot[head]; losing arc a also gives back its cost.
  return reduced - net.pot[tail] + net.pot[head] - net.arcCost[a];
}
