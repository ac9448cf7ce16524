import { freshArrays, type ArraySource } from './arrays';
import { buildClassIndex, type ClassIndex } from './classIndex';
import { baseScore, mentorsNaming, namedMentors, reachSkill, validFor, type NamedBy } from './classReach';
import type { Prepared } from './prepare';

/**
 * The optimal mode's min-cost flow network over class nodes (classIndex.ts): its size grows with
 * people × skills per person, not with the compatible pairs.
 *
 * Nodes: mentee e, mentor n + m, the sink 2n, class nodes above. Each mentee (supply 1) has arcs, best
 * first: to the class nodes of every sought skill's tiers (classReach.ts), and a direct arc to every
 * mentor she names or who names her (the only per-pair arcs), each costing C - score; and her private
 * "stay unmatched" arc to the sink costing C. Class nodes pass flow down to their two children at cost
 * 0 and without limit; a mentor's k-th seat costs (k-1) * spread, implicit as in the pair network.
 *
 * Why it is exact: every path from e to mentor m stands for a score no higher than the pair's own (a
 * tier holds only mentors worth at least its score), and some path stands for exactly the pair's
 * score. Given a min-cost flow, split it into paths (any way): if a path from e to m stood for less
 * than the pair's score, moving e's unit to the pair's best path (the arcs below e have no limit) would
 * cost less, so the flow was not minimal. So every split pairs each mentee with a mentor she may have,
 * at the pair's score, and the total is the optimum of the pair network.
 */
export interface ClassNetwork {
  index: ClassIndex;
  namedBy: NamedBy;
  participants: number;
  sink: number;
  firstClass: number;
  nodeCount: number;
  menteeStart: Int32Array;
  arcTail: Int32Array;
  arcHead: Int32Array;
  arcCost: Int32Array;
  arcSkill: Int32Array;
  arcCount: number;
  /** The arc carrying each mentee's unit, -1 if none. */
  menteeArc: Int32Array;
  supply: Uint8Array;
  unmatchedFlow: Uint8Array;
  unmatchedCost: number;
  /** Tree arc k = 2c + side goes from class node firstClass + c to its left (0) or right (1) child. */
  treeFlow: Int32Array;
  /** Tree arcs into node v (v >= n): parentArc[parentStart[v - n] .. parentStart[v - n + 1]). */
  parentStart: Int32Array;
  parentArc: Int32Array;
  /** Mentee arcs carrying flow into node v (v >= n), as a doubly linked list through the arcs. */
  inHead: Int32Array;
  inNext: Int32Array;
  inPrev: Int32Array;
  seats: Int32Array;
  load: Int32Array;
  fixedLoad: Int32Array;
  spread: number;
  pot: Int32Array;
  totalCost: number;
}

/** Growable int columns for the mentee arcs. */
interface ArcColumns {
  head: Int32Array;
  score: Int32Array;
  skill: Int32Array;
  length: number;
}

function growColumn(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

function pushArc(c: ArcColumns, head: number, score: number, skill: number): void {
  if (c.length === c.head.length) {
    c.head = growColumn(c.head);
    c.score = growColumn(c.score);
    c.skill = growColumn(c.skill);
  }
  c.head[c.length] = head;
  c.score[c.length] = score;
  c.skill[c.length++] = skill;
}

export function buildClassNetwork(p: Prepared, arrays: ArraySource = freshArrays): ClassNetwork {
  const n = p.count;
  const index = buildClassIndex(p);
  const namedBy = mentorsNaming(p);
  const firstClass = index.firstClass;
  const nodeCount = firstClass + index.classCount;
  const sink = 2 * n;
  const guess = Math.max(1024, 16 * n);
  const columns: ArcColumns = { head: new Int32Array(guess), score: new Int32Array(guess), skill: new Int32Array(guess), length: 0 };
  const menteeStart = new Int32Array(n + 1);
  // Per node: the slot of the arc e already has to it (stamped with e + 1), so a node reached twice
  // (a mentor who offers two of her skills) keeps its best score.
  const stamp = new Int32Array(nodeCount);
  const slot = new Int32Array(nodeCount);
  let maxScore = 0;
  let current = 0;
  // One function for every mentee (`current`), not a closure per mentee and skill.
  const add = (node: number, score: number, skill: number): void => {
    if (stamp[node] === current + 1) {
      const at = slot[node];
      if (score > columns.score[at]) {
        columns.score[at] = score;
        columns.skill[at] = skill;
      }
      return;
    }
    stamp[node] = current + 1;
    slot[node] = columns.length;
    pushArc(columns, node, score, skill);
  };
  for (let e = 0; e < n; e++) {
    menteeStart[e] = columns.length;
    if (p.menteeLimit[e] <= 0) continue;
    current = e;
    const from = columns.length;
    if (p.prefStart[e] < p.prefStart[e + 1] || namedBy.start[e] < namedBy.start[e + 1]) {
      for (const m of namedMentors(p, namedBy, e)) {
        for (let k = p.seekStart[e]; k < p.seekStart[e + 1]; k++) {
          if (!validFor(index, m, e, p.seekSkill[k])) continue;
          add(n + m, baseScore(p, m, e), p.seekSkill[k]);
          break;
        }
      }
    }
    for (let k = p.seekStart[e]; k < p.seekStart[e + 1]; k++) reachSkill(index, e, p.seekSkill[k], add);
    sortBestFirst(columns, from, columns.length);
    for (let k = from; k < columns.length; k++) if (columns.score[k] > maxScore) maxScore = columns.score[k];
  }
  menteeStart[n] = columns.length;
  const arcCount = columns.length;
  const arcTail = arrays.int32(arcCount);
  const arcCost = arrays.int32(arcCount);
  for (let e = 0; e < n; e++) arcTail.fill(e, menteeStart[e], menteeStart[e + 1]);
  for (let k = 0; k < arcCount; k++) arcCost[k] = maxScore - columns.score[k];
  const supply = new Uint8Array(n);
  for (let e = 0; e < n; e++) supply[e] = menteeStart[e + 1] > menteeStart[e] ? 1 : 0;

  const above = nodeCount - n;
  const parentStart = new Int32Array(above + 1);
  for (let c = 0; c < index.classCount; c++) {
    parentStart[index.left[c] - n + 1]++;
    parentStart[index.right[c] - n + 1]++;
  }
  for (let v = 0; v < above; v++) parentStart[v + 1] += parentStart[v];
  const fill = parentStart.slice(0, above);
  const parentArc = new Int32Array(parentStart[above]);
  for (let c = 0; c < index.classCount; c++) {
    parentArc[fill[index.left[c] - n]++] = 2 * c;
    parentArc[fill[index.right[c] - n]++] = 2 * c + 1;
  }
  return {
    index,
    namedBy,
    participants: n,
    sink,
    firstClass,
    nodeCount,
    menteeStart,
    arcTail,
    arcHead: columns.head.slice(0, arcCount),
    arcCost,
    arcSkill: columns.skill.slice(0, arcCount),
    arcCount,
    menteeArc: new Int32Array(n).fill(-1),
    supply,
    unmatchedFlow: new Uint8Array(n),
    unmatchedCost: maxScore,
    treeFlow: arrays.int32(2 * index.classCount),
    parentStart,
    parentArc,
    inHead: new Int32Array(above).fill(-1),
    inNext: arrays.int32(arcCount),
    inPrev: arrays.int32(arcCount),
    seats: p.seats,
    load: new Int32Array(n),
    fixedLoad: p.fixedAsMentor,
    spread: p.weights.spread,
    pot: arrays.int32(nodeCount),
    totalCost: 0,
  };
}

/** A mentee's few arcs, best score first (insertion sort: stable, and lists are short). */
function sortBestFirst(c: ArcColumns, from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const head = c.head[i];
    const score = c.score[i];
    const skill = c.skill[i];
    let j = i - 1;
    while (j >= from && c.score[j] < score) {
      c.head[j + 1] = c.head[j];
      c.score[j + 1] = c.score[j];
      c.skill[j + 1] = c.skill[j];
      j--;
    }
    c.head[j + 1] = head;
    c.score[j + 1] = score;
    c.skill[j + 1] = skill;
  }
}

/**
 * The flow split into pairs: each mentee's unit is a token that enters the node its arc points to;
 * class nodes, parents before children (ids descending), pass as many tokens to each child as the
 * tree arc carries. Any split is an optimal matching (see the interface comment).
 */
export function classPairs(net: ClassNetwork, add: (mentor: number, mentee: number, skill: number) => void): void {
  const n = net.participants;
  const head = new Int32Array(net.nodeCount - n).fill(-1);
  const next = new Int32Array(n).fill(-1);
  const push = (node: number, e: number): void => {
    next[e] = head[node - n];
    head[node - n] = e;
  };
  for (let e = 0; e < n; e++) if (net.menteeArc[e] >= 0) push(net.arcHead[net.menteeArc[e]], e);
  const { left, right } = net.index;
  for (let c = net.index.classCount - 1; c >= 0; c--) {
    const node = net.firstClass + c;
    for (let side = 0; side < 2; side++) {
      const child = side === 0 ? left[c] : right[c];
      for (let f = net.treeFlow[2 * c + side]; f > 0; f--) {
        const e = head[node - n];
        if (e < 0) throw new Error('matching: class flow does not split into paths');
        head[node - n] = next[e];
        push(child, e);
      }
    }
  }
  for (let m = 0; m < n; m++) {
    for (let e = head[m]; e >= 0; e = next[e]) add(m, e, net.arcSkill[net.menteeArc[e]]);
  }
}
