import type { Tier } from './classReach';
import type { Prepared } from './prepare';

/**
 * Mentors grouped into class nodes, so that a mentee reaches every mentor who offers a skill through a
 * handful of arcs instead of one arc per mentor (see classNetwork.ts for why that stays exact).
 *
 * Per skill there is one structure for the mentors who take any level (group mentors, and peers when
 * peers need not share the level) and one per level for the peers who must share it. A structure's
 * mentors are sorted by (region, level, id); a *cell* is a run of one region and level, a *region node*
 * the run of one region, the *root* all of them: each is a balanced binary tree over the runs below it,
 * so every tree node covers a contiguous range of positions. A *level node* (any-level structures) is a
 * binary tree over the cells of one level, across regions. Every class node has exactly two children.
 *
 * Node ids: mentee e is e, mentor m is n + m, the sink 2n, class nodes from 2n + 1 (children before
 * parents, so a class node's id is above its children's).
 */
export interface ClassIndex {
  prepared: Prepared;
  firstClass: number;
  classCount: number;
  left: Int32Array;
  right: Int32Array;
  /** Position range [lo, hi) of a tree node in its structure; lo = -1 for level nodes. */
  lo: Int32Array;
  hi: Int32Array;
  /** Level nodes: range of cells in their structure's level-major cell order. */
  cellLo: Int32Array;
  cellHi: Int32Array;
  classSkill: Int32Array;
  /** The mentor with the smallest id rank under each class node (the 'outscored' tie-break). */
  firstMentor: Int32Array;
  structures: Structure[];
  /** Per offer entry (Prepared.offerSkill index): its structure and position, -1 without free seats. */
  offerStructure: Int32Array;
  offerPosition: Int32Array;
  /** Structure of skill s for any level, and of skill s for peers of level key l (s * levelCount + l); -1 none. */
  anyLevel: Int32Array;
  peerAt: Int32Array;
  /** Cell keys per structure ((region + 1) * levelCount + level key, region -1 for blank): tiersOf's cache key. */
  cellSpan: number;
  tierCache: Map<number, readonly Tier[]>;
}

export interface Structure {
  skill: number;
  /** -1 for any level, else the level key every member (and every mentee it serves) has. */
  level: number;
  mentors: Int32Array;
  root: number;
  cellStart: Int32Array;
  /** Level-major index of each cell (level nodes cover runs of these). */
  cellLevelMajor: Int32Array;
  cellNode: Map<number, number>;
  regionNode: Map<number, number>;
  levelNode: Map<number, number>;
}

/** Growable node table: left/right children and ranges, filled as the trees are built. */
interface Builder {
  n: number;
  count: number;
  left: Int32Array;
  right: Int32Array;
  lo: Int32Array;
  hi: Int32Array;
  cellLo: Int32Array;
  cellHi: Int32Array;
  skill: Int32Array;
}

const columns = ['left', 'right', 'lo', 'hi', 'cellLo', 'cellHi', 'skill'] as const;

function addNode(b: Builder, l: number, r: number, skill: number, lo: number, hi: number, cellLo: number, cellHi: number): number {
  const at = b.count++;
  if (at === b.left.length) {
    for (const column of columns) {
      const grown = new Int32Array(2 * at);
      grown.set(b[column]);
      b[column] = grown;
    }
  }
  b.left[at] = l;
  b.right[at] = r;
  b.lo[at] = lo;
  b.hi[at] = hi;
  b.cellLo[at] = cellLo;
  b.cellHi[at] = cellHi;
  b.skill[at] = skill;
  return 2 * b.n + 1 + at;
}

/**
 * Balanced binary tree over items[from..to) (node ids), whose item k covers [los[k], his[k]) (positions,
 * or cells for level trees: `cells` set). Returns the root: the item itself when there is one.
 */
function tree(b: Builder, items: number[], los: number[], his: number[], from: number, to: number, skill: number, cells: boolean): number {
  if (to - from === 1) return items[from];
  const mid = (from + to) >> 1;
  const l = tree(b, items, los, his, from, mid, skill, cells);
  const r = tree(b, items, los, his, mid, to, skill, cells);
  return cells ? addNode(b, l, r, skill, -1, -1, los[from], his[to - 1]) : addNode(b, l, r, skill, los[from], his[to - 1], -1, -1);
}

/** Members sorted by (region, level, id) as packed numeric keys with the native sort (no comparator). */
function sortMembers(p: Prepared, byRank: Int32Array, members: number[]): void {
  const n = p.count;
  const keys = new Float64Array(members.length);
  for (let k = 0; k < members.length; k++) {
    const m = members[k];
    keys[k] = ((p.scoreRegion[m] + 1) * p.levelCount + p.levelKey[m]) * n + p.idRank[m];
  }
  keys.sort();
  for (let k = 0; k < members.length; k++) members[k] = byRank[keys[k] % n];
}

function buildStructure(b: Builder, p: Prepared, byRank: Int32Array, skill: number, level: number, members: number[]): Structure {
  const n = p.count;
  const regionOf = (m: number): number => p.scoreRegion[m] + 1; // blank region is key 0
  sortMembers(p, byRank, members);
  const mentors = Int32Array.from(members);
  const cellStarts: number[] = [];
  const cellNodes: number[] = [];
  const cellNode = new Map<number, number>();
  const cellKeys: Array<{ region: number; level: number }> = [];
  const positionLo = Array.from(members, (_, k) => k);
  const positionHi = Array.from(members, (_, k) => k + 1);
  const leafNodes = Array.from(members, (m) => n + m);
  for (let from = 0; from < members.length;) {
    let to = from + 1;
    const region = regionOf(members[from]);
    const lk = p.levelKey[members[from]];
    while (to < members.length && regionOf(members[to]) === region && p.levelKey[members[to]] === lk) to++;
    const node = tree(b, leafNodes, positionLo, positionHi, from, to, skill, false);
    cellStarts.push(from);
    cellNodes.push(node);
    cellKeys.push({ region, level: lk });
    cellNode.set(region * p.levelCount + lk, node);
    from = to;
  }
  cellStarts.push(members.length);
  const cellLo = cellStarts.slice(0, -1);
  const cellHi = cellStarts.slice(1);
  // Regions: runs of cells; the root: a tree over the region nodes.
  const regionNode = new Map<number, number>();
  const regionNodes: number[] = [];
  const regionLo: number[] = [];
  const regionHi: number[] = [];
  for (let from = 0; from < cellNodes.length;) {
    let to = from + 1;
    while (to < cellNodes.length && cellKeys[to].region === cellKeys[from].region) to++;
    const node = tree(b, cellNodes, cellLo, cellHi, from, to, skill, false);
    regionNode.set(cellKeys[from].region, node);
    regionNodes.push(node);
    regionLo.push(cellLo[from]);
    regionHi.push(cellHi[to - 1]);
    from = to;
  }
  const root = regionNodes.length === 0 ? -1 : tree(b, regionNodes, regionLo, regionHi, 0, regionNodes.length, skill, false);
  // Level nodes: the cells of one level, across regions (level-major order).
  const byLevel = cellKeys.map((key, c) => ({ key, c })).sort((x, y) => x.key.level - y.key.level || x.key.region - y.key.region);
  const cellLevelMajor = new Int32Array(cellKeys.length);
  byLevel.forEach(({ c }, k) => {
    cellLevelMajor[c] = k;
  });
  const levelNode = new Map<number, number>();
  if (level < 0) {
    const items = byLevel.map(({ c }) => cellNodes[c]);
    const los = byLevel.map((_, k) => k);
    const his = byLevel.map((_, k) => k + 1);
    for (let from = 0; from < byLevel.length;) {
      let to = from + 1;
      while (to < byLevel.length && byLevel[to].key.level === byLevel[from].key.level) to++;
      levelNode.set(byLevel[from].key.level, tree(b, items, los, his, from, to, skill, true));
      from = to;
    }
  }
  return { skill, level, mentors, root, cellStart: Int32Array.from(cellStarts), cellLevelMajor, cellNode, regionNode, levelNode };
}

export function buildClassIndex(p: Prepared): ClassIndex {
  const n = p.count;
  const skills = p.skillNames.length;
  const sameLevelRule = p.input.settings.peerSameLevel;
  // Members per structure key: any-level per skill, peers per (skill, level).
  const anyMembers: number[][] = Array.from({ length: skills }, () => []);
  const peerMembers = new Map<number, number[]>();
  for (let m = 0; m < n; m++) {
    if (p.seats[m] <= 0) continue;
    for (let k = p.offerStart[m]; k < p.offerStart[m + 1]; k++) {
      const s = p.offerSkill[k];
      if (p.isPeer[m] && sameLevelRule) {
        const key = s * p.levelCount + p.levelKey[m];
        let list = peerMembers.get(key);
        if (!list) peerMembers.set(key, (list = []));
        list.push(m);
      } else anyMembers[s].push(m);
    }
  }
  const byRank = new Int32Array(n);
  for (let m = 0; m < n; m++) byRank[p.idRank[m]] = m;
  const room = Math.max(64, 2 * p.offerSkill.length);
  const column = (): Int32Array => new Int32Array(room);
  const b: Builder = { n, count: 0, left: column(), right: column(), lo: column(), hi: column(), cellLo: column(), cellHi: column(), skill: column() };
  const structures: Structure[] = [];
  const anyLevel = new Int32Array(skills).fill(-1);
  const peerAt = new Int32Array(skills * p.levelCount).fill(-1);
  for (let s = 0; s < skills; s++) {
    if (anyMembers[s].length === 0) continue;
    anyLevel[s] = structures.length;
    structures.push(buildStructure(b, p, byRank, s, -1, anyMembers[s]));
  }
  for (const [key, members] of peerMembers) {
    peerAt[key] = structures.length;
    structures.push(buildStructure(b, p, byRank, Math.floor(key / p.levelCount), key % p.levelCount, members));
  }
  const offerStructure = new Int32Array(p.offerSkill.length).fill(-1);
  const offerPosition = new Int32Array(p.offerSkill.length).fill(-1);
  structures.forEach((structure, id) => {
    structure.mentors.forEach((m, position) => {
      for (let k = p.offerStart[m]; k < p.offerStart[m + 1]; k++) {
        if (p.offerSkill[k] !== structure.skill) continue;
        offerStructure[k] = id;
        offerPosition[k] = position;
      }
    });
  });
  let regionCount = 0;
  for (let m = 0; m < n; m++) regionCount = Math.max(regionCount, p.scoreRegion[m] + 1);
  const firstClass = 2 * n + 1;
  const left = b.left.slice(0, b.count);
  const right = b.right.slice(0, b.count);
  // Children come before parents, so one pass in id order finds each node's first mentor.
  const firstMentor = new Int32Array(b.count);
  const mentorOf = (node: number): number => (node < firstClass ? node - n : firstMentor[node - firstClass]);
  for (let c = 0; c < b.count; c++) {
    const x = mentorOf(left[c]);
    const y = mentorOf(right[c]);
    firstMentor[c] = p.idRank[x] <= p.idRank[y] ? x : y;
  }
  return {
    prepared: p,
    firstClass,
    classCount: b.count,
    left,
    right,
    lo: b.lo.slice(0, b.count),
    hi: b.hi.slice(0, b.count),
    cellLo: b.cellLo.slice(0, b.count),
    cellHi: b.cellHi.slice(0, b.count),
    classSkill: b.skill.slice(0, b.count),
    firstMentor,
    structures,
    offerStructure,
    offerPosition,
    anyLevel,
    peerAt,
    cellSpan: (regionCount + 1) * p.levelCount,
    tierCache: new Map(),
  };
}

/** Position of mentor m in structure `id`, or -1 when m is not in it. */
export function positionIn(ci: ClassIndex, id: number, m: number): number {
  const p = ci.prepared;
  for (let k = p.offerStart[m]; k < p.offerStart[m + 1]; k++) if (ci.offerStructure[k] === id) return ci.offerPosition[k];
  return -1;
}
