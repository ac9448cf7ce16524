import type { ClassIndex } from './classIndex';
import { tiersOf } from './classReach';
import type { Streams } from './classStreams';

/**
 * Each mentee's list for the stable mode, past her stated mentors, as *groups*: one per score, best
 * first, each holding the tier streams (classStreams.ts) and the mentors who rank her (named) whose pair
 * score it is. Kept flat in typed arrays, filled on a mentee's first proposal of a run: fifty thousand
 * mentees' little maps and arrays were most of a run's garbage.
 */
export interface MenteeGroups {
  /** Per mentee, her first group and how many she has; first is -1 until she first proposes. */
  first: Int32Array;
  count: Int32Array;
  /** Per group: its score and its ranges in `stream` / `cursor` and in `named`. */
  score: Int32Array;
  streamStart: Int32Array;
  streamEnd: Int32Array;
  namedStart: Int32Array;
  namedEnd: Int32Array;
  groupLength: number;
  stream: Int32Array;
  /**
   * Per stream entry, where her search resumes: every mentor before it refused her (and refuses for
   * good: thresholds only rise), is excluded, or is already behind her in this group.
   */
  cursor: Int32Array;
  streamLength: number;
  named: Int32Array;
  namedLength: number;
  /** One mentee's (score, stream or named mentor) items while her groups are built. */
  itemScore: Int32Array;
  itemValue: Int32Array;
  itemNamed: Uint8Array;
}

export function createGroups(n: number): MenteeGroups {
  const groups = n * 2 + 16;
  return {
    first: new Int32Array(n).fill(-1),
    count: new Int32Array(n),
    score: new Int32Array(groups),
    streamStart: new Int32Array(groups),
    streamEnd: new Int32Array(groups),
    namedStart: new Int32Array(groups),
    namedEnd: new Int32Array(groups),
    groupLength: 0,
    stream: new Int32Array(n * 4 + 16),
    cursor: new Int32Array(n * 4 + 16),
    streamLength: 0,
    named: new Int32Array(64),
    namedLength: 0,
    itemScore: new Int32Array(64),
    itemValue: new Int32Array(64),
    itemNamed: new Uint8Array(64),
  };
}

/** Forgets every mentee's groups (a new run: the no-mutual rule may have dropped named mentors). */
export function clearGroups(g: MenteeGroups): void {
  g.first.fill(-1);
  g.groupLength = 0;
  g.streamLength = 0;
  g.namedLength = 0;
}

function grown<T extends Int32Array | Uint8Array>(a: T, need: number): T {
  if (need <= a.length) return a;
  const b = new (a.constructor as new (length: number) => T)(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

function addItem(g: MenteeGroups, items: number, score: number, value: number, named: boolean): number {
  if (items === g.itemScore.length) {
    g.itemScore = grown(g.itemScore, items + 1);
    g.itemValue = grown(g.itemValue, items + 1);
    g.itemNamed = grown(g.itemNamed, items + 1);
  }
  g.itemScore[items] = score;
  g.itemValue[items] = value;
  g.itemNamed[items] = named ? 1 : 0;
  return items + 1;
}

function addStructureTiers(ci: ClassIndex, streams: Streams, g: MenteeGroups, structure: number, e: number, items: number): number {
  if (structure < 0) return items;
  const tiers = tiersOf(ci, structure, e);
  for (let k = 0; k < tiers.length; k++) {
    const stream = streams.ofNode.get(tiers[k].node);
    if (stream !== undefined) items = addItem(g, items, tiers[k].score, stream, false);
  }
  return items;
}

/**
 * Builds mentee e's groups from her tiers and `namedScores` (the mentors who rank her, with their pair
 * scores, stated mentors and invalid ones left out by the caller).
 */
export function buildGroups(ci: ClassIndex, streams: Streams, g: MenteeGroups, e: number, named: ArrayLike<number>, namedScores: ArrayLike<number>, namedCount: number): void {
  const p = ci.prepared;
  let items = 0;
  for (let k = p.seekStart[e]; k < p.seekStart[e + 1]; k++) {
    const skill = p.seekSkill[k];
    items = addStructureTiers(ci, streams, g, ci.anyLevel[skill], e, items);
    if (p.input.settings.peerSameLevel) items = addStructureTiers(ci, streams, g, ci.peerAt[skill * p.levelCount + p.levelKey[e]], e, items);
  }
  for (let k = 0; k < namedCount; k++) items = addItem(g, items, namedScores[k], named[k], true);
  sortItems(g, items);
  g.first[e] = g.groupLength;
  g.count[e] = 0;
  for (let from = 0; from < items;) {
    let to = from + 1;
    while (to < items && g.itemScore[to] === g.itemScore[from]) to++;
    addGroup(g, from, to);
    g.count[e]++;
    from = to;
  }
}

/** Items by score, best first, in insertion order within a score (insertion sort: a dozen items). */
function sortItems(g: MenteeGroups, items: number): void {
  const { itemScore, itemValue, itemNamed } = g;
  for (let i = 1; i < items; i++) {
    const score = itemScore[i];
    const value = itemValue[i];
    const named = itemNamed[i];
    let j = i - 1;
    while (j >= 0 && itemScore[j] < score) {
      itemScore[j + 1] = itemScore[j];
      itemValue[j + 1] = itemValue[j];
      itemNamed[j + 1] = itemNamed[j];
      j--;
    }
    itemScore[j + 1] = score;
    itemValue[j + 1] = value;
    itemNamed[j + 1] = named;
  }
}

function addGroup(g: MenteeGroups, from: number, to: number): void {
  const at = g.groupLength++;
  if (at === g.score.length) {
    g.score = grown(g.score, at + 1);
    g.streamStart = grown(g.streamStart, at + 1);
    g.streamEnd = grown(g.streamEnd, at + 1);
    g.namedStart = grown(g.namedStart, at + 1);
    g.namedEnd = grown(g.namedEnd, at + 1);
  }
  g.score[at] = g.itemScore[from];
  g.stream = grown(g.stream, g.streamLength + to - from);
  g.cursor = grown(g.cursor, g.streamLength + to - from);
  g.named = grown(g.named, g.namedLength + to - from);
  g.streamStart[at] = g.streamLength;
  g.namedStart[at] = g.namedLength;
  for (let k = from; k < to; k++) {
    const value = g.itemValue[k];
    if (g.itemNamed[k] === 1) {
      g.named[g.namedLength++] = value;
      continue;
    }
    let seen = false;
    for (let j = g.streamStart[at]; j < g.streamLength; j++) if (g.stream[j] === value) seen = true;
    if (seen) continue;
    g.cursor[g.streamLength] = 0;
    g.stream[g.streamLength++] = value;
  }
  g.streamEnd[at] = g.streamLength;
  g.namedEnd[at] = g.namedLength;
}
