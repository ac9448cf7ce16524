import { freshArrays, type ArraySource } from './arrays';
import type { Candidates } from './candidates';

/**
 * The b-matching as a min-cost flow network (see flow.ts for the solver).
 *
 * Nodes: mentee e is node e, mentor m is node n+m, the sink is node 2n, then extra nodes for mentees who
 * may take several mentors. Each unit of a mentee's supply ends either in a mentor's seat or in the mentee's
 * private "stay unmatched" arc to the sink (cost C). A candidate arc costs C - score, so every unit crosses
 * exactly one C-priced arc and minimising cost maximises the score; all costs are >= 0, so zero potentials
 * are valid at the start. A mentee's supply is min(mentors still allowed, distinct sought skills that have
 * a candidate).
 *
 * - Supply 1 (the usual case): arc e → mentor per candidate, for the candidate's first shared skill.
 * - Supply >= 2: e → skill node (e,s) per sought skill (capacity 1: each of a mentee's mentors teaches a
 *   different skill), (e,s) → mentor when the mentor shares only s, or (e,s) → pair node → mentor when the
 *   mentor shares several (capacity 1: one pair per mentor). Still a network, so the LP stays integral.
 * - Mentor seats are implicit: seat k (counting fixed pairs) costs (k-1)*spread; costs grow with k, so the
 *   cheapest free seat and the dearest used seat are the only seat arcs a shortest path can use.
 * Arcs into mentors are reversed through the mentor's short "held" list, never by scanning every candidate.
 * All arcs have capacity 1 except the unmatched arcs (capacity = supply) and the implicit seats.
 */
export interface FlowNetwork {
  candidates: Candidates;
  participants: number;
  nodeCount: number;
  sink: number;
  firstExtra: number;
  arcCount: number;
  arcTail: Int32Array;
  arcHead: Int32Array;
  arcCost: Int32Array;
  /** Candidate edge carried by the arc, -1 for mentee → skill-node arcs; null when arc k is edge k (oneArcPerEdge). */
  arcEdge: Int32Array | null;
  arcFlow: Uint8Array;
  /**
   * One arc per edge only (else null): each arc's cost and head in one int, cost << arcPackShift | head,
   * and the arc carrying each mentee's unit (-1 if none), so scanning a mentee's arcs reads one small
   * stream and no per-arc flow. A search pops a mentee at random and scans its arcs; with cost, head and
   * flow in three arrays, that was three cache misses per mentee, not one. Null also when the costs are
   * too large to share an int with the node ids (weights far above the defaults).
   */
  arcPacked: Int32Array | null;
  arcPackShift: number;
  menteeArc: Int32Array | null;
  arcBlocked: Uint8Array;
  /** Number of blocked arcs (no-mutual only): lets the hot loop skip the blocked check when 0. */
  blockedCount: number;
  /** Adjacency of non-mentor nodes: node v's entries are adjEntry[adjStart[v]..adjStart[v+1]). */
  adjStart: Int32Array;
  /**
   * entry = arc * 2 + (0 forward from this node | 1 backward from the head); null when every entry k is
   * arc k forward (oneArcPerEdge), so a mentee's arcs are adjStart[e]..adjStart[e+1] themselves.
   */
  adjEntry: Int32Array | null;
  supply: Int32Array;
  unmatchedFlow: Int32Array;
  unmatchedCost: number;
  seats: Int32Array;
  load: Int32Array;
  fixedLoad: Int32Array;
  spread: number;
  heldStart: Int32Array;
  heldCount: Int32Array;
  /** Each mentor's held arcs (at most its seats, a handful), unordered. */
  heldArc: Int32Array;
  /**
   * Tail and cost of each held arc, beside it: a search walks back through a mentor's held arcs far more
   * often than they change, and arcTail / arcCost are indexed by arc, a random access into 10 MB each.
   */
  heldTail: Int32Array;
  heldCost: Int32Array;
  /** Owner mentee and skill id of extra nodes (skill -1 for pair nodes), indexed by node - firstExtra. */
  extraMentee: Int32Array;
  extraSkill: Int32Array;
  pot: Int32Array;
  totalCost: number;
}

function popcount(x: number): number {
  let count = 0;
  for (let v = x; v !== 0; v &= v - 1) count++;
  return count;
}

export function buildNetwork(c: Candidates, arrays: ArraySource = freshArrays): FlowNetwork {
  const p = c.prepared;
  const n = p.count;
  const C = c.maxScore;
  const supply = new Int32Array(n);
  const skillsOf = new Int32Array(n);
  let arcCount = 0;
  let extraCount = 0;
  for (let e = 0; e < n; e++) {
    let union = 0;
    let multi = 0;
    for (let k = c.menteeStart[e]; k < c.menteeStart[e + 1]; k++) {
      const mask = c.skillMask[k];
      union |= mask;
      // Nearly every pair shares one skill: skip the bit count for a single bit.
      if ((mask & (mask - 1)) !== 0) multi += popcount(mask) + 1;
    }
    skillsOf[e] = union;
    supply[e] = Math.min(p.menteeLimit[e], popcount(union));
    const edges = c.menteeStart[e + 1] - c.menteeStart[e];
    if (supply[e] <= 1) arcCount += edges;
    else {
      const skills = popcount(union);
      const multiEdges = countMulti(c, e);
      arcCount += skills + (edges - multiEdges) + multi;
      extraCount += skills + multiEdges;
    }
  }

  const sink = 2 * n;
  const firstExtra = sink + 1;
  const nodeCount = firstExtra + extraCount;
  const { arcTail, arcHead, arcCost, arcEdge, arcPacked, arcPackShift, adjStart, adjEntry, extraMentee, extraSkill } = extraCount === 0
    ? oneArcPerEdge(c, nodeCount, arrays)
    : generalArcs(c, supply, skillsOf, arcCount, extraCount, nodeCount, arrays);

  const heldStart = new Int32Array(n + 1);
  for (let m = 0; m < n; m++) heldStart[m + 1] = heldStart[m] + p.seats[m];

  return {
    candidates: c,
    participants: n,
    nodeCount,
    sink,
    firstExtra,
    arcCount,
    arcTail,
    arcHead,
    arcCost,
    arcEdge,
    arcFlow: arrays.uint8(arcCount),
    arcPacked,
    arcPackShift,
    menteeArc: extraCount === 0 ? new Int32Array(n).fill(-1) : null,
    arcBlocked: arrays.uint8(arcCount),
    blockedCount: 0,
    adjStart,
    adjEntry,
    supply,
    unmatchedFlow: new Int32Array(n),
    unmatchedCost: C,
    seats: p.seats,
    load: new Int32Array(n),
    fixedLoad: p.fixedAsMentor,
    spread: p.weights.spread,
    heldStart,
    heldCount: new Int32Array(n),
    heldArc: new Int32Array(heldStart[n]),
    heldTail: new Int32Array(heldStart[n]),
    heldCost: new Int32Array(heldStart[n]),
    extraMentee,
    extraSkill,
    pot: new Int32Array(nodeCount),
    totalCost: 0,
  };
}

interface ArcStructure {
  arcTail: Int32Array;
  arcHead: Int32Array;
  arcCost: Int32Array;
  arcEdge: Int32Array | null;
  arcPacked: Int32Array | null;
  arcPackShift: number;
  adjStart: Int32Array;
  adjEntry: Int32Array | null;
  extraMentee: Int32Array;
  extraSkill: Int32Array;
}

/**
 * The usual case (every mentee takes one mentor): arc k is candidate edge k, so the tails are the
 * candidates' own array, and a mentee's adjacency is its run of edges, already best first. The edge and
 * adjacency maps would be the identity, so they are left out (null): at 50,000 participants each would be
 * ~10 MB of fresh pages, and first-touching those costs more than the whole network build otherwise.
 */
function oneArcPerEdge(c: Candidates, nodeCount: number, arrays: ArraySource): ArcStructure {
  const n = c.prepared.count;
  const arcs = c.count;
  const arcHead = arrays.int32(arcs);
  const arcCost = arrays.int32(arcs);
  // Costs are in [0, maxScore]; they take the bits above the node ids, keeping the int positive.
  const arcPackShift = 32 - Math.clz32(nodeCount);
  const packs = c.maxScore < 2 ** (31 - arcPackShift);
  const arcPacked = packs ? arrays.int32(arcs) : null;
  for (let k = 0; k < arcs; k++) {
    const head = n + c.mentor[k];
    const cost = c.maxScore - c.score[k];
    arcHead[k] = head;
    arcCost[k] = cost;
    if (arcPacked) arcPacked[k] = (cost << arcPackShift) | head;
  }
  const adjStart = new Int32Array(nodeCount + 1).fill(arcs);
  adjStart.set(c.menteeStart);
  return {
    arcTail: c.mentee, arcHead, arcCost, arcEdge: null, arcPacked, arcPackShift, adjStart, adjEntry: null, extraMentee: new Int32Array(0), extraSkill: new Int32Array(0),
  };
}

/** Mentees who may take several mentors get skill (and pair) nodes; see the FlowNetwork comment. */
function generalArcs(
  c: Candidates, supply: Int32Array, skillsOf: Int32Array, arcCount: number, extraCount: number, nodeCount: number, arrays: ArraySource,
): ArcStructure {
  const p = c.prepared;
  const n = p.count;
  const C = c.maxScore;
  const sink = 2 * n;
  const firstExtra = sink + 1;
  const arcTail = arrays.int32(arcCount);
  const arcHead = arrays.int32(arcCount);
  const arcCost = arrays.int32(arcCount);
  const arcEdge = arrays.int32(arcCount);
  const extraMentee = new Int32Array(extraCount);
  const extraSkill = new Int32Array(extraCount);
  let arc = 0;
  let nextNode = firstExtra;
  const addArc = (tail: number, head: number, cost: number, edge: number): void => {
    arcTail[arc] = tail;
    arcHead[arc] = head;
    arcCost[arc] = cost;
    arcEdge[arc] = edge;
    arc++;
  };
  const skillNodeOf = new Int32Array(31);
  for (let e = 0; e < n; e++) {
    const from = c.menteeStart[e];
    const to = c.menteeStart[e + 1];
    if (supply[e] <= 1) {
      for (let k = from; k < to; k++) addArc(e, n + c.mentor[k], C - c.score[k], k);
      continue;
    }
    const seekFirst = p.seekStart[e];
    for (let bit = 0; bit < 31; bit++) {
      if (!(skillsOf[e] & (1 << bit))) continue;
      const node = nextNode++;
      extraMentee[node - firstExtra] = e;
      extraSkill[node - firstExtra] = p.seekSkill[seekFirst + bit];
      skillNodeOf[bit] = node;
      addArc(e, node, 0, -1);
    }
    for (let k = from; k < to; k++) {
      const mask = c.skillMask[k];
      const cost = C - c.score[k];
      if (popcount(mask) === 1) {
        addArc(skillNodeOf[31 - Math.clz32(mask)], n + c.mentor[k], cost, k);
        continue;
      }
      const pairNode = nextNode++;
      extraMentee[pairNode - firstExtra] = e;
      extraSkill[pairNode - firstExtra] = -1;
      for (let bit = 0; bit < 31; bit++) if (mask & (1 << bit)) addArc(skillNodeOf[bit], pairNode, cost, k);
      addArc(pairNode, n + c.mentor[k], 0, k);
    }
  }

  // Adjacency of non-mentor nodes: forward at the tail, backward at the head unless the head is a mentor.
  const adjStart = new Int32Array(nodeCount + 1);
  for (let a = 0; a < arcCount; a++) {
    adjStart[arcTail[a] + 1]++;
    const head = arcHead[a];
    if (head < n || head > sink) adjStart[head + 1]++;
  }
  for (let v = 0; v < nodeCount; v++) adjStart[v + 1] += adjStart[v];
  const fill = adjStart.slice(0, nodeCount);
  const adjEntry = arrays.int32(adjStart[nodeCount]);
  for (let a = 0; a < arcCount; a++) {
    adjEntry[fill[arcTail[a]]++] = a * 2;
    const head = arcHead[a];
    if (head < n || head > sink) adjEntry[fill[head]++] = a * 2 + 1;
  }

  return { arcTail, arcHead, arcCost, arcEdge, arcPacked: null, arcPackShift: 0, adjStart, adjEntry, extraMentee, extraSkill };
}

function countMulti(c: Candidates, e: number): number {
  let multi = 0;
  for (let k = c.menteeStart[e]; k < c.menteeStart[e + 1]; k++) if (popcount(c.skillMask[k]) > 1) multi++;
  return multi;
}

/** Where a held arc's unit comes from: the mentee and the skill id it is for. */
export function heldPair(net: FlowNetwork, arc: number): { mentee: number; skill: number } {
  const c = net.candidates;
  const p = c.prepared;
  const edge = net.arcEdge === null ? arc : net.arcEdge[arc];
  const tail = net.arcTail[arc];
  if (tail < net.participants) {
    const mask = c.skillMask[edge];
    return { mentee: tail, skill: p.seekSkill[p.seekStart[tail] + (31 - Math.clz32(mask & -mask))] };
  }
  const extra = tail - net.firstExtra;
  if (net.extraSkill[extra] >= 0) return { mentee: net.extraMentee[extra], skill: net.extraSkill[extra] };
  // Pair node: the skill is the one whose skill → pair arc carries the flow.
  const entries = net.adjEntry;
  if (entries === null) throw new Error('matching: a one-arc-per-edge network has no pair nodes');
  for (let k = net.adjStart[tail]; k < net.adjStart[tail + 1]; k++) {
    const entry = entries[k];
    const inner = entry >> 1;
    if ((entry & 1) === 1 && net.arcFlow[inner] === 1) {
      return { mentee: net.extraMentee[extra], skill: net.extraSkill[net.arcTail[inner] - net.firstExtra] };
    }
  }
  throw new Error('matching: pair node without flow');
}
