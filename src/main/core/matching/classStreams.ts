import type { ClassIndex } from './classIndex';

/**
 * The stable mode's view of the class index: each tier node's mentors in id order (a *stream*), with a
 * segment tree over their acceptance thresholds, so a mentee finds the next mentor in her list who
 * would take her in O(log n) instead of proposing to every mentor who would refuse.
 *
 * A mentor's threshold is the key of the worst mentee she holds when she is full, -Infinity while she
 * has a free seat; a mentee's key at a mentor is score × (n + 1) + (n - id rank), so the mentor takes
 * her exactly when her key is above the threshold. Thresholds only rise (a full mentor only trades up),
 * so a mentor who refused a mentee once refuses her for good: the search never looks back.
 */
export interface Streams {
  /** Stream of each tier node (cell, region, level or root node; a mentor node for one-mentor runs). */
  ofNode: Map<number, number>;
  start: Int32Array;
  mentor: Int32Array;
  treeStart: Int32Array;
  treeSize: Int32Array;
  tree: Float64Array;
  /** Entries of each mentor, as (stream, position) pairs: entryStart[m] .. entryStart[m + 1]. */
  entryStart: Int32Array;
  entryStream: Int32Array;
  entryPosition: Int32Array;
}

export function buildStreams(ci: ClassIndex): Streams {
  const p = ci.prepared;
  const n = p.count;
  const lists: number[][] = [];
  const ofNode = new Map<number, number>();
  const add = (node: number | undefined, members: number[]): void => {
    if (node === undefined || node < 0 || ofNode.has(node)) return;
    ofNode.set(node, lists.length);
    lists.push(members);
  };
  for (const st of ci.structures) {
    const byId = Array.from(st.mentors).sort((x, y) => p.idRank[x] - p.idRank[y]);
    const regions = new Map<number, number[]>();
    const levels = new Map<number, number[]>();
    const cells = new Map<number, number[]>();
    const into = (map: Map<number, number[]>, key: number, m: number): void => {
      let list = map.get(key);
      if (!list) map.set(key, (list = []));
      list.push(m);
    };
    for (const m of byId) {
      const region = p.scoreRegion[m] + 1;
      into(regions, region, m);
      into(levels, p.levelKey[m], m);
      into(cells, region * p.levelCount + p.levelKey[m], m);
    }
    add(st.root, byId);
    for (const [key, members] of cells) add(st.cellNode.get(key), members);
    for (const [key, members] of regions) add(st.regionNode.get(key), members);
    for (const [key, members] of levels) add(st.levelNode.get(key), members);
  }
  const start = new Int32Array(lists.length + 1);
  const treeStart = new Int32Array(lists.length + 1);
  const treeSize = new Int32Array(lists.length);
  lists.forEach((list, t) => {
    let size = 1;
    while (size < list.length) size *= 2;
    treeSize[t] = size;
    start[t + 1] = start[t] + list.length;
    treeStart[t + 1] = treeStart[t] + 2 * size;
  });
  const mentor = new Int32Array(start[lists.length]);
  // Free seats everywhere to begin with; padding leaves never match.
  const tree = new Float64Array(treeStart[lists.length]).fill(Infinity);
  const entryStart = new Int32Array(n + 1);
  lists.forEach((list, t) => {
    for (let i = 0; i < list.length; i++) {
      mentor[start[t] + i] = list[i];
      entryStart[list[i] + 1]++;
    }
    const base = treeStart[t];
    for (let i = treeSize[t] - 1 + list.length; i >= 1; i--) tree[base + i] = i >= treeSize[t] ? -Infinity : Math.min(tree[base + 2 * i], tree[base + 2 * i + 1]);
  });
  for (let m = 0; m < n; m++) entryStart[m + 1] += entryStart[m];
  const fill = entryStart.slice(0, n);
  const entryStream = new Int32Array(entryStart[n]);
  const entryPosition = new Int32Array(entryStart[n]);
  lists.forEach((list, t) => {
    list.forEach((m, i) => {
      entryStream[fill[m]] = t;
      entryPosition[fill[m]++] = i;
    });
  });
  return { ofNode, start, mentor, treeStart, treeSize, tree, entryStart, entryStream, entryPosition };
}

/** Sets mentor m's threshold in every stream she is in. */
export function setThreshold(s: Streams, m: number, value: number): void {
  for (let k = s.entryStart[m]; k < s.entryStart[m + 1]; k++) {
    const base = s.treeStart[s.entryStream[k]];
    let i = s.treeSize[s.entryStream[k]] + s.entryPosition[k];
    s.tree[base + i] = value;
    for (i >>= 1; i >= 1; i >>= 1) s.tree[base + i] = Math.min(s.tree[base + 2 * i], s.tree[base + 2 * i + 1]);
  }
}

/** First position at or after `from` in stream t whose threshold is below `key`, or -1. */
export function firstTaker(s: Streams, t: number, from: number, key: number): number {
  const size = s.treeSize[t];
  const base = s.treeStart[t];
  const tree = s.tree;
  if (from >= s.start[t + 1] - s.start[t]) return -1;
  let i = size + from;
  if (tree[base + i] < key) return from;
  // Up until a right sibling holds a taker, then down to its leftmost one.
  for (;;) {
    if ((i & 1) === 0 && tree[base + i + 1] < key) {
      i++;
      break;
    }
    i >>= 1;
    if (i <= 1) return -1;
  }
  while (i < size) {
    i *= 2;
    if (!(tree[base + i] < key)) i++;
  }
  return i - size;
}
