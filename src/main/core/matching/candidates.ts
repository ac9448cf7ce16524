import { freshArrays, type ArraySource } from './arrays';
import { prepare, type Prepared } from './prepare';
import { rankPoints } from './score';
import type { MatchInput } from './types';

/**
 * Candidate (mentor, mentee) edges, one per pair, grouped by mentee (CSR). A pair may share several of the
 * mentee's sought skills: bit i of skillMask says the mentor offers the mentee's i-th remaining sought skill
 * (Prepared.seekSkill order). The score is the same for every shared skill (skills are canonical, so each
 * shared skill is an exact match); it excludes the spread part, which depends on the seat taken.
 */
export interface Candidates {
  prepared: Prepared;
  count: number;
  menteeStart: Int32Array;
  mentor: Int32Array;
  mentee: Int32Array;
  skillMask: Int32Array;
  score: Int32Array;
  maxScore: number;
}

export interface CandidateView {
  mentorId: string;
  menteeId: string;
  skills: string[];
  score: number;
}

/** Mentors with free seats, indexed by skill: group mentors for any level, peers by (skill, level) when
 *  peers must share the mentee's level. Never scan all mentors per mentee. */
interface MentorIndex {
  anyLevelStart: Int32Array;
  anyLevel: Int32Array;
  sameLevelStart: Int32Array;
  sameLevel: Int32Array;
}

/**
 * CSR by key, counting sort: the items with key k are items[start[k]..start[k+1]), in their original
 * order. keyOf[i] (in 0..keys-1) and valueOf[i] describe item i of the first `count`.
 */
export function bucketize(keys: number, keyOf: Int32Array, valueOf: Int32Array, count: number): { start: Int32Array; items: Int32Array } {
  const start = new Int32Array(keys + 1);
  for (let k = 0; k < count; k++) start[keyOf[k] + 1]++;
  for (let k = 0; k < keys; k++) start[k + 1] += start[k];
  const fill = start.slice(0, keys);
  const items = new Int32Array(count);
  for (let k = 0; k < count; k++) items[fill[keyOf[k]]++] = valueOf[k];
  return { start, items };
}

function indexMentors(p: Prepared): MentorIndex {
  const skills = p.skillNames.length;
  const sameLevelRule = p.input.settings.peerSameLevel;
  const total = p.offerSkill.length;
  const anyKey = new Int32Array(total);
  const anyMentor = new Int32Array(total);
  const sameKey = new Int32Array(total);
  const sameMentor = new Int32Array(total);
  let anyCount = 0;
  let sameCount = 0;
  for (let m = 0; m < p.count; m++) {
    if (p.seats[m] <= 0) continue;
    const sameLevelOnly = p.isPeer[m] && sameLevelRule;
    for (let k = p.offerStart[m]; k < p.offerStart[m + 1]; k++) {
      const skill = p.offerSkill[k];
      if (sameLevelOnly) {
        sameKey[sameCount] = skill * p.levelCount + p.levelKey[m];
        sameMentor[sameCount++] = m;
      } else {
        anyKey[anyCount] = skill;
        anyMentor[anyCount++] = m;
      }
    }
  }
  const any = bucketize(skills, anyKey, anyMentor, anyCount);
  const same = bucketize(skills * p.levelCount, sameKey, sameMentor, sameCount);
  return { anyLevelStart: any.start, anyLevel: any.items, sameLevelStart: same.start, sameLevel: same.items };
}

export function buildCandidates(inputOrPrepared: MatchInput | Prepared, arrays: ArraySource = freshArrays): Candidates {
  const p = 'indexOf' in inputOrPrepared ? inputOrPrepared : prepare(inputOrPrepared);
  const n = p.count;
  const { anyLevel, anyLevelStart, sameLevel, sameLevelStart } = indexMentors(p);
  const { seekStart, seekSkill, levelKey, levelCount, scoreRegion, scoreLevel, prefLength, mentorPrefLength, mentorPrefRank } = p;
  const w = p.weights;

  // Upper bound on edges (before merging pairs that share several skills) sizes the arrays once.
  let bound = 0;
  let widest = 0;
  for (let e = 0; e < n; e++) {
    if (p.menteeLimit[e] <= 0) continue;
    let own = 0;
    for (let k = seekStart[e]; k < seekStart[e + 1]; k++) {
      const skill = seekSkill[k];
      const key = skill * levelCount + levelKey[e];
      own += anyLevelStart[skill + 1] - anyLevelStart[skill] + sameLevelStart[key + 1] - sameLevelStart[key];
    }
    bound += own;
    widest = Math.max(widest, own);
  }
  const mentor = arrays.int32(bound);
  const mentee = arrays.int32(bound);
  const skillMask = arrays.int32(bound);
  const score = arrays.int32(bound);
  const menteeStart = new Int32Array(n + 1);
  // One mentee's edges are gathered here, then placed best first (see placeBestFirst).
  const gathered: Gathered = { mentor: new Int32Array(widest), mask: new Int32Array(widest), score: new Int32Array(widest), count: new Int32Array(1) };

  // Per-mentor scratch, stamped with mentee+1 so nothing is cleared between mentees.
  const seenStamp = new Int32Array(n);
  const seenSlot = new Int32Array(n);
  const excludedStamp = new Int32Array(n);
  const prefStamp = new Int32Array(n);
  const prefRankOf = new Int32Array(n);
  let edges = 0;
  let maxScore = 0;

  for (let e = 0; e < n; e++) {
    menteeStart[e] = edges;
    if (p.menteeLimit[e] <= 0) continue;
    const stamp = e + 1;
    for (let k = p.excludedStart[e]; k < p.excludedStart[e + 1]; k++) excludedStamp[p.excludedMentor[k]] = stamp;
    for (let k = p.prefStart[e]; k < p.prefStart[e + 1]; k++) {
      prefStamp[p.prefMentor[k]] = stamp;
      prefRankOf[p.prefMentor[k]] = p.prefRank[k];
    }
    const region = scoreRegion[e];
    const level = scoreLevel[e];
    const seekFirst = seekStart[e];
    const ownPrefLength = prefLength[e];
    let count = 0;
    // Points are non-negative integers (normalizeWeights), so these bounds stay small integers.
    let low = 0x3fffffff;
    let high = -1;
    for (let k = seekFirst; k < seekStart[e + 1]; k++) {
      const skill = seekSkill[k];
      const bit = 1 << (k - seekFirst);
      const sameKey = skill * levelCount + levelKey[e];
      for (let list = 0; list < 2; list++) {
        const items = list === 0 ? anyLevel : sameLevel;
        const from = list === 0 ? anyLevelStart[skill] : sameLevelStart[sameKey];
        const to = list === 0 ? anyLevelStart[skill + 1] : sameLevelStart[sameKey + 1];
        for (let j = from; j < to; j++) {
          const m = items[j];
          if (m === e || excludedStamp[m] === stamp) continue;
          if (seenStamp[m] === stamp) {
            gathered.mask[seenSlot[m]] |= bit;
            continue;
          }
          seenStamp[m] = stamp;
          seenSlot[m] = count;
          let points = w.skill;
          if (prefStamp[m] === stamp) points += rankPoints(w.preference, prefRankOf[m], ownPrefLength);
          if (region >= 0 && region === scoreRegion[m]) points += w.region;
          if (level >= 0 && level === scoreLevel[m]) points += w.level;
          if (mentorPrefLength[m] > 0) {
            points += rankPoints(w.mentorPreference, mentorPrefRank.get(m * n + e) ?? 0, mentorPrefLength[m]);
          }
          gathered.mentor[count] = m;
          gathered.mask[count] = bit;
          gathered.score[count] = points;
          if (points < low) low = points;
          if (points > high) high = points;
          count++;
        }
      }
    }
    if (high > maxScore) maxScore = high;
    placeBestFirst(gathered, count, low, high, edges, mentor, skillMask, score);
    mentee.fill(e, edges, edges + count);
    edges += count;
  }
  menteeStart[n] = edges;
  return {
    prepared: p,
    count: edges,
    menteeStart,
    mentor: mentor.subarray(0, edges),
    mentee: mentee.subarray(0, edges),
    skillMask: skillMask.subarray(0, edges),
    score: score.subarray(0, edges),
    maxScore,
  };
}

interface Gathered {
  mentor: Int32Array;
  mask: Int32Array;
  score: Int32Array;
  /** Scratch counts per score value, grown on demand and left zeroed. */
  count: Int32Array;
}

/**
 * Writes one mentee's gathered edges (scores in low..high) at `at`, best score first, stable (ties keep
 * skill-then-index order). The flow search relies on it: once an arc is too expensive to beat the best path found so far,
 * so are all after it. A mentee's scores span a small range, so this is a counting sort.
 */
function placeBestFirst(
  g: Gathered, length: number, low: number, high: number, at: number, mentor: Int32Array, skillMask: Int32Array, score: Int32Array,
): void {
  if (length === 0) return;
  const range = high - low + 1;
  if (range > 4 * length + 256) {
    // Huge weights spread the scores: a comparison sort is cheaper than walking the range.
    const order = Array.from({ length }, (_, i) => i).sort((x, y) => g.score[y] - g.score[x] || x - y);
    order.forEach((i, k) => {
      mentor[at + k] = g.mentor[i];
      skillMask[at + k] = g.mask[i];
      score[at + k] = g.score[i];
    });
    return;
  }
  if (g.count.length < range + 1) g.count = new Int32Array(Math.max(range + 1, g.count.length * 2));
  const count = g.count;
  // After the prefix sum, count[r] is where the edges of rank r (= high - score) start.
  for (let i = 0; i < length; i++) count[high - g.score[i] + 1]++;
  for (let r = 1; r < range; r++) count[r] += count[r - 1];
  for (let i = 0; i < length; i++) {
    const slot = at + count[high - g.score[i]]++;
    mentor[slot] = g.mentor[i];
    skillMask[slot] = g.mask[i];
    score[slot] = g.score[i];
  }
  count.fill(0, 0, range + 1);
}

/** Skill ids of a candidate edge, in the mentee's order (the first is the one reported when only one is used). */
export function edgeSkills(c: Candidates, edge: number): number[] {
  const p = c.prepared;
  const first = p.seekStart[c.mentee[edge]];
  const skills: number[] = [];
  for (let mask = c.skillMask[edge], bit = 0; mask !== 0; mask >>>= 1, bit++) {
    if (mask & 1) skills.push(p.seekSkill[first + bit]);
  }
  return skills;
}

/** Friendly copy of the candidates, for tests and debugging (allocates; not for the hot path). */
export function listCandidates(c: Candidates): CandidateView[] {
  const p = c.prepared;
  const views: CandidateView[] = [];
  for (let edge = 0; edge < c.count; edge++) {
    views.push({
      mentorId: p.ids[c.mentor[edge]],
      menteeId: p.ids[c.mentee[edge]],
      skills: edgeSkills(c, edge).map((s) => p.skillNames[s]),
      score: c.score[edge],
    });
  }
  return views;
}
