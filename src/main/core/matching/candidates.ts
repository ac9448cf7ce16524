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

/** CSR of mentor ids by key, counting sort (mentors stay in engine order inside a key). */
function bucketize(keys: number, keyOf: Int32Array, mentorOf: Int32Array, count: number): { start: Int32Array; items: Int32Array } {
  const start = new Int32Array(keys + 1);
  for (let k = 0; k < count; k++) start[keyOf[k] + 1]++;
  for (let k = 0; k < keys; k++) start[k + 1] += start[k];
  const fill = start.slice(0, keys);
  const items = new Int32Array(count);
  for (let k = 0; k < count; k++) items[fill[keyOf[k]]++] = mentorOf[k];
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

export function buildCandidates(inputOrPrepared: MatchInput | Prepared): Candidates {
  const p = 'indexOf' in inputOrPrepared ? inputOrPrepared : prepare(inputOrPrepared);
  const n = p.count;
  const index = indexMentors(p);
  const w = p.weights;

  // Upper bound on edges (before merging pairs that share several skills) sizes the arrays once.
  let bound = 0;
  for (let e = 0; e < n; e++) {
    if (p.menteeLimit[e] <= 0) continue;
    for (let k = p.seekStart[e]; k < p.seekStart[e + 1]; k++) {
      const skill = p.seekSkill[k];
      bound += index.anyLevelStart[skill + 1] - index.anyLevelStart[skill];
      const key = skill * p.levelCount + p.levelKey[e];
      bound += index.sameLevelStart[key + 1] - index.sameLevelStart[key];
    }
  }
  const mentor = new Int32Array(bound);
  const mentee = new Int32Array(bound);
  const skillMask = new Int32Array(bound);
  const score = new Int32Array(bound);
  const menteeStart = new Int32Array(n + 1);

  // Per-mentor scratch, stamped with mentee+1 so nothing is cleared between mentees.
  const seenStamp = new Int32Array(n);
  const seenEdge = new Int32Array(n);
  const excludedStamp = new Int32Array(n);
  const prefStamp = new Int32Array(n);
  const prefRankOf = new Int32Array(n);
  let edges = 0;
  let maxScore = 0;
  const scratch = { keys: new Float64Array(64), copy: new Int32Array(64) };
  const edgeArrays = [mentor, mentee, skillMask, score];

  for (let e = 0; e < n; e++) {
    menteeStart[e] = edges;
    if (p.menteeLimit[e] <= 0) continue;
    const stamp = e + 1;
    for (let k = p.excludedStart[e]; k < p.excludedStart[e + 1]; k++) excludedStamp[p.excludedMentor[k]] = stamp;
    for (let k = p.prefStart[e]; k < p.prefStart[e + 1]; k++) {
      prefStamp[p.prefMentor[k]] = stamp;
      prefRankOf[p.prefMentor[k]] = p.prefRank[k];
    }
    const region = p.scoreRegion[e];
    const level = p.scoreLevel[e];
    const seekFirst = p.seekStart[e];
    for (let k = seekFirst; k < p.seekStart[e + 1]; k++) {
      const skill = p.seekSkill[k];
      const bit = 1 << (k - seekFirst);
      const sameKey = skill * p.levelCount + p.levelKey[e];
      for (let list = 0; list < 2; list++) {
        const items = list === 0 ? index.anyLevel : index.sameLevel;
        const from = list === 0 ? index.anyLevelStart[skill] : index.sameLevelStart[sameKey];
        const to = list === 0 ? index.anyLevelStart[skill + 1] : index.sameLevelStart[sameKey + 1];
        for (let j = from; j < to; j++) {
          const m = items[j];
          if (m === e || excludedStamp[m] === stamp) continue;
          if (seenStamp[m] === stamp) {
            skillMask[seenEdge[m]] |= bit;
            continue;
          }
          seenStamp[m] = stamp;
          seenEdge[m] = edges;
          let points = w.skill;
          if (prefStamp[m] === stamp) points += rankPoints(w.preference, prefRankOf[m], p.prefLength[e]);
          if (region >= 0 && region === p.scoreRegion[m]) points += w.region;
          if (level >= 0 && level === p.scoreLevel[m]) points += w.level;
          if (p.mentorPrefLength[m] > 0) {
            points += rankPoints(w.mentorPreference, p.mentorPrefRank.get(m * n + e) ?? 0, p.mentorPrefLength[m]);
          }
          mentor[edges] = m;
          mentee[edges] = e;
          skillMask[edges] = bit;
          score[edges] = points;
          if (points > maxScore) maxScore = points;
          edges++;
        }
      }
    }
    //SORT sortSegment(menteeStart[e], edges, edgeArrays, score, scratch);
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

/**
 * Sorts one mentee's edges best score first, stable (ties keep skill-then-index order). The flow search
 * relies on it: once an arc is too expensive to beat the best path found so far, so are all after it.
 * Keys pack (rank of score, position) into one float so the native numeric sort does the work.
 */
function sortSegment(from: number, to: number, arrays: Int32Array[], score: Int32Array, scratch: { keys: Float64Array; copy: Int32Array }): void {
  const length = to - from;
  if (length < 2) return;
  if (scratch.keys.length < length) {
    scratch.keys = new Float64Array(length * 2);
    scratch.copy = new Int32Array(length * 2);
  }
  const keys = scratch.keys.subarray(0, length);
  let sorted = true;
  for (let i = 0; i < length; i++) {
    keys[i] = (MAX_KEY_SCORE - score[from + i]) * POSITION_SPAN + i;
    if (i > 0 && score[from + i] > score[from + i - 1]) sorted = false;
  }
  if (sorted) return;
  keys.sort();
  for (const values of arrays) {
    const copy = scratch.copy;
    for (let i = 0; i < length; i++) copy[i] = values[from + i];
    for (let i = 0; i < length; i++) values[from + i] = copy[keys[i] % POSITION_SPAN];
  }
}

const POSITION_SPAN = 2 ** 26;
const MAX_KEY_SCORE = 2 ** 26;

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
