import { buildClassIndex, positionIn, type ClassIndex } from './classIndex';
import { baseScore, mentorsNaming, tiersOf, validFor, type NamedBy } from './classReach';
import { buildStreams, firstTaker, setThreshold, type Streams } from './classStreams';
import type { Progress } from './networkChoice';
import type { Prepared } from './prepare';
import { addChosen, chosenPairs, type ChosenPairs } from './result';

/**
 * Mentee-proposing deferred acceptance (stable.ts states the rules) for mentees who take one mentor,
 * over the class index instead of one list entry per candidate pair. A mentee's list is her stated
 * mentors, then everyone else by score, then id: the scores are a few *groups* (her tiers, and the
 * mentors who rank her), and within a group the mentors come in id order from the tier streams
 * (classStreams.ts), whose thresholds skip every mentor who would refuse her.
 */

interface Group {
  score: number;
  streams: number[];
  /**
   * Per stream, where her search resumes: every mentor before it refused her (and refuses for good:
   * thresholds only rise), is excluded, or is already behind her in this group. While the mentor at
   * the cursor would still take her, finding the stream's next taker is one look at a leaf.
   */
  cursor: Int32Array;
  /** Mentors who rank her and whose pair score is this group's (a preference bonus of their own). */
  named: number[];
}

interface State {
  p: Prepared;
  ci: ClassIndex;
  namedBy: NamedBy;
  streams: Streams;
  /** Pairs made unacceptable by the no-mutual rule (mentor * n + mentee). */
  dropped: Set<number>;
  held: Int32Array;
  heldKey: Float64Array;
  heldStart: Int32Array;
  heldCount: Int32Array;
  holds: Int32Array;
  statedAt: Int32Array;
  groupAt: Int32Array;
  lastRank: Int32Array;
  /** Each mentee's groups, worked out on her first proposal of a run. */
  groups: Array<Group[] | undefined>;
}

const keyOf = (p: Prepared, score: number, e: number): number => score * (p.count + 1) + (p.count - p.idRank[e]);

function excluded(s: State, m: number, e: number): boolean {
  const p = s.p;
  if (m === e || s.dropped.has(m * p.count + e)) return true;
  for (let k = p.excludedStart[e]; k < p.excludedStart[e + 1]; k++) if (p.excludedMentor[k] === m) return true;
  return false;
}

function validForAny(s: State, m: number, e: number): boolean {
  const p = s.p;
  if (s.dropped.has(m * p.count + e)) return false;
  for (let k = p.seekStart[e]; k < p.seekStart[e + 1]; k++) if (validFor(s.ci, m, e, p.seekSkill[k])) return true;
  return false;
}

function groupsOf(s: State, e: number): Group[] {
  const { p, ci } = s;
  const byScore = new Map<number, Group>();
  const group = (score: number): Group => {
    let g = byScore.get(score);
    if (!g) byScore.set(score, (g = { score, streams: [], cursor: new Int32Array(0), named: [] }));
    return g;
  };
  for (let k = p.seekStart[e]; k < p.seekStart[e + 1]; k++) {
    const skill = p.seekSkill[k];
    const any = ci.anyLevel[skill];
    const peers = p.input.settings.peerSameLevel ? ci.peerAt[skill * p.levelCount + p.levelKey[e]] : -1;
    for (const structure of [any, peers]) {
      if (structure < 0) continue;
      for (const tier of tiersOf(ci, structure, e)) {
        const stream = s.streams.ofNode.get(tier.node);
        if (stream !== undefined && !group(tier.score).streams.includes(stream)) group(tier.score).streams.push(stream);
      }
    }
  }
  for (let k = s.namedBy.start[e]; k < s.namedBy.start[e + 1]; k++) {
    const m = s.namedBy.mentor[k];
    if (!validForAny(s, m, e)) continue;
    let stated = false;
    for (let j = p.prefStart[e]; j < p.prefStart[e + 1]; j++) if (p.prefMentor[j] === m) stated = true;
    if (!stated) group(baseScore(p, m, e)).named.push(m);
  }
  const groups = [...byScore.values()].sort((a, b) => b.score - a.score);
  for (const g of groups) g.cursor = new Int32Array(g.streams.length);
  return groups;
}

function takes(s: State, m: number, key: number): boolean {
  const start = s.heldStart[m];
  if (s.heldCount[m] < s.p.seats[m]) return true;
  for (let k = start; k < start + s.heldCount[m]; k++) if (s.heldKey[k] < key) return true;
  return false;
}

/** The next mentor in e's list who would take her now, or -1. */
function nextTaker(s: State, e: number): number {
  const p = s.p;
  for (let k = p.prefStart[e] + s.statedAt[e]; k < p.prefStart[e + 1]; k++) {
    s.statedAt[e]++;
    const m = p.prefMentor[k];
    if (validForAny(s, m, e) && takes(s, m, keyOf(p, baseScore(p, m, e), e))) return m;
  }
  const groups = (s.groups[e] ??= groupsOf(s, e));
  for (; s.groupAt[e] < groups.length; s.groupAt[e]++, s.lastRank[e] = -1) {
    const g = groups[s.groupAt[e]];
    const key = keyOf(p, g.score, e);
    let best = -1;
    for (let j = 0; j < g.streams.length; j++) {
      const t = g.streams[j];
      const first = s.streams.start[t];
      for (let at = g.cursor[j]; ; at++) {
        at = firstTaker(s.streams, t, at, key);
        if (at < 0) {
          g.cursor[j] = s.streams.start[t + 1] - first;
          break;
        }
        g.cursor[j] = at;
        const m = s.streams.mentor[first + at];
        if (p.idRank[m] <= s.lastRank[e] || excluded(s, m, e)) continue;
        if (best < 0 || p.idRank[m] < p.idRank[best]) best = m;
        break;
      }
    }
    for (const m of g.named) {
      if (p.idRank[m] > s.lastRank[e] && (best < 0 || p.idRank[m] < p.idRank[best]) && takes(s, m, key)) best = m;
    }
    if (best >= 0) {
      s.lastRank[e] = p.idRank[best];
      return best;
    }
  }
  return -1;
}

/** m takes e (she would: nextTaker said so); returns the mentee m lets go, or -1. */
function accept(s: State, m: number, e: number): number {
  const p = s.p;
  const start = s.heldStart[m];
  const key = keyOf(p, baseScore(p, m, e), e);
  let bumped = -1;
  if (s.heldCount[m] < p.seats[m]) {
    s.held[start + s.heldCount[m]] = e;
    s.heldKey[start + s.heldCount[m]++] = key;
  } else {
    let worst = start;
    for (let k = start + 1; k < start + s.heldCount[m]; k++) if (s.heldKey[k] < s.heldKey[worst]) worst = k;
    bumped = s.held[worst];
    s.held[worst] = e;
    s.heldKey[worst] = key;
  }
  s.holds[e] = m;
  if (s.heldCount[m] === p.seats[m]) {
    let lowest = Infinity;
    for (let k = start; k < start + s.heldCount[m]; k++) lowest = Math.min(lowest, s.heldKey[k]);
    setThreshold(s.streams, m, lowest);
  }
  return bumped;
}

function deferredAcceptance(s: State, progress?: Progress): void {
  const p = s.p;
  s.heldCount.fill(0);
  s.holds.fill(-1);
  s.statedAt.fill(0);
  s.groupAt.fill(0);
  s.lastRank.fill(-1);
  s.groups.fill(undefined);
  for (let m = 0; m < p.count; m++) if (p.seats[m] > 0) setThreshold(s.streams, m, -Infinity);
  const stack: number[] = [];
  // Mentees propose in id order, ties' winners first (the stack pops the last pushed): a mentor then
  // rarely takes someone she will let go for an equal-score mentee with a smaller id.
  const byRank = new Int32Array(p.count);
  for (let e = 0; e < p.count; e++) byRank[p.idRank[e]] = e;
  for (let r = p.count - 1; r >= 0; r--) {
    const e = byRank[r];
    if (p.menteeLimit[e] > 0 && p.seekStart[e + 1] > p.seekStart[e]) stack.push(e);
  }
  const total = stack.length;
  let started = 0;
  while (stack.length > 0) {
    const e = stack.pop() ?? 0;
    // A mentee's first proposal: she is counted once, when the stack first reaches her.
    if (s.statedAt[e] === 0 && s.groupAt[e] === 0 && s.lastRank[e] === -1 && (++started & 1023) === 0) progress?.(started, total);

    const m = nextTaker(s, e);
    if (m < 0) continue;
    const bumped = accept(s, m, e);
    if (bumped >= 0) {
      s.holds[bumped] = -1;
      stack.push(bumped);
    }
  }
}

/** Mentors valid for e who offer skill s (the stable contract goes to her rarest shared skill). */
function candidateCount(ci: ClassIndex, e: number, skill: number): number {
  const p = ci.prepared;
  let count = 0;
  const structures = [ci.anyLevel[skill], p.input.settings.peerSameLevel ? ci.peerAt[skill * p.levelCount + p.levelKey[e]] : -1];
  for (const structure of structures) {
    if (structure < 0) continue;
    count += ci.structures[structure].mentors.length;
    if (positionIn(ci, structure, e) >= 0) count--;
    for (let k = p.excludedStart[e]; k < p.excludedStart[e + 1]; k++) if (p.excludedMentor[k] !== e && positionIn(ci, structure, p.excludedMentor[k]) >= 0) count--;
  }
  return count;
}

function contractSkill(ci: ClassIndex, m: number, e: number): number {
  const p = ci.prepared;
  let best = -1;
  let bestCount = 0;
  for (let k = p.seekStart[e]; k < p.seekStart[e + 1]; k++) {
    const skill = p.seekSkill[k];
    if (!validFor(ci, m, e, skill)) continue;
    const count = candidateCount(ci, e, skill);
    if (best < 0 || count < bestCount) {
      best = skill;
      bestCount = count;
    }
  }
  return best;
}

export interface ClassStableSolve {
  index: ClassIndex;
  namedBy: NamedBy;
  chosen: ChosenPairs;
  streams: Streams;
}

/** Stable matching for one mentor per mentee over classes; no-mutual reruns as stable.ts does. */
export function solveStableByClasses(p: Prepared, progress?: Progress): ClassStableSolve {
  const n = p.count;
  const ci = buildClassIndex(p);
  const heldStart = new Int32Array(n + 1);
  for (let m = 0; m < n; m++) heldStart[m + 1] = heldStart[m] + p.seats[m];
  const s: State = {
    p, ci, namedBy: mentorsNaming(p), streams: buildStreams(ci), dropped: new Set(),
    held: new Int32Array(heldStart[n]), heldKey: new Float64Array(heldStart[n]), heldStart, heldCount: new Int32Array(n),
    holds: new Int32Array(n), statedAt: new Int32Array(n), groupAt: new Int32Array(n), lastRank: new Int32Array(n),
    groups: new Array<Group[] | undefined>(n),
  };
  deferredAcceptance(s, progress);
  while (!p.input.settings.allowMutual && dropMutual(s) > 0) deferredAcceptance(s);
  let count = 0;
  for (let e = 0; e < n; e++) if (s.holds[e] >= 0) count++;
  const chosen = chosenPairs(count);
  for (let e = 0; e < n; e++) if (s.holds[e] >= 0) addChosen(chosen, s.holds[e], e, contractSkill(ci, s.holds[e], e));
  return { index: ci, namedBy: s.namedBy, chosen, streams: s.streams };
}

/** The weaker direction of every mutual pair made unacceptable (stable.ts, mutualDrops). */
function dropMutual(s: State): number {
  const p = s.p;
  let drops = 0;
  for (let e = 0; e < p.count; e++) {
    const m = s.holds[e];
    if (m < 0 || m > e || s.holds[m] !== e) continue;
    const forward = baseScore(p, m, e);
    const back = baseScore(p, e, m);
    const weakerIsForward = forward < back || (forward === back && p.idRank[m] > p.idRank[e]);
    s.dropped.add(weakerIsForward ? m * p.count + e : e * p.count + m);
    drops++;
  }
  return drops;
}

