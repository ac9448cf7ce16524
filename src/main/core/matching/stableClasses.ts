import { buildClassIndex, positionIn, type ClassIndex } from './classIndex';
import { baseScore, mentorsNaming, validFor, type NamedBy } from './classReach';
import { buildStreams, firstTaker, setThreshold, type Streams } from './classStreams';
import type { Progress } from './networkChoice';
import { buildGroups, clearGroups, createGroups, type MenteeGroups } from './stableGroups';
import type { Prepared } from './prepare';
import { addChosen, chosenPairs, type ChosenPairs } from './result';

/**
 * Mentee-proposing deferred acceptance (stable.ts states the rules) for mentees who take one mentor,
 * over the class index instead of one list entry per candidate pair. A mentee's list is her stated
 * mentors, then everyone else by score, then id: the scores are a few *groups* (her tiers, and the
 * mentors who rank her), and within a group the mentors come in id order from the tier streams
 * (classStreams.ts), whose thresholds skip every mentor who would refuse her.
 */

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
  groups: MenteeGroups;
  /** The mentors who rank the mentee whose groups are being built, and their pair scores (room for the most). */
  named: Int32Array;
  namedScore: Int32Array;
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

/** Mentee e's groups (stableGroups.ts), built on her first proposal of a run. */
function groupsOf(s: State, e: number): void {
  const p = s.p;
  let count = 0;
  for (let k = s.namedBy.start[e]; k < s.namedBy.start[e + 1]; k++) {
    const m = s.namedBy.mentor[k];
    if (!validForAny(s, m, e)) continue;
    let stated = false;
    for (let j = p.prefStart[e]; j < p.prefStart[e + 1]; j++) if (p.prefMentor[j] === m) stated = true;
    if (stated) continue;
    s.named[count] = m;
    s.namedScore[count++] = baseScore(p, m, e);
  }
  buildGroups(s.ci, s.streams, s.groups, e, s.named, s.namedScore, count);
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
  const g = s.groups;
  if (g.first[e] < 0) groupsOf(s, e);
  const last = g.first[e] + g.count[e];
  for (; g.first[e] + s.groupAt[e] < last; s.groupAt[e]++, s.lastRank[e] = -1) {
    const at = g.first[e] + s.groupAt[e];
    const key = keyOf(p, g.score[at], e);
    let best = -1;
    for (let j = g.streamStart[at]; j < g.streamEnd[at]; j++) {
      const t = g.stream[j];
      const first = s.streams.start[t];
      for (let from = g.cursor[j]; ; from++) {
        const found = firstTaker(s.streams, t, from, key);
        if (found < 0) {
          g.cursor[j] = s.streams.start[t + 1] - first;
          break;
        }
        from = found;
        g.cursor[j] = found;
        const m = s.streams.mentor[first + found];
        if (p.idRank[m] <= s.lastRank[e] || excluded(s, m, e)) continue;
        if (best < 0 || p.idRank[m] < p.idRank[best]) best = m;
        break;
      }
    }
    for (let j = g.namedStart[at]; j < g.namedEnd[at]; j++) {
      const m = g.named[j];
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
  clearGroups(s.groups);
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
  const namedBy = mentorsNaming(p);
  let mostNaming = 0;
  for (let e = 0; e < n; e++) mostNaming = Math.max(mostNaming, namedBy.start[e + 1] - namedBy.start[e]);
  const s: State = {
    p, ci, namedBy, streams: buildStreams(ci), dropped: new Set(),
    held: new Int32Array(heldStart[n]), heldKey: new Float64Array(heldStart[n]), heldStart, heldCount: new Int32Array(n),
    holds: new Int32Array(n), statedAt: new Int32Array(n), groupAt: new Int32Array(n), lastRank: new Int32Array(n),
    groups: createGroups(n), named: new Int32Array(mostNaming), namedScore: new Int32Array(mostNaming),
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

