import type { ClassIndex } from './classIndex';
import { positionIn } from './classIndex';
import type { Prepared } from './prepare';
import { rankPoints } from './score';

/**
 * How a mentee reaches the mentors of one sought skill through class nodes, each arc standing for a
 * score. A mentor's score for a mentee who does not name them (and whom they do not name) is the skill
 * plus a same-region and a same-level bonus, so four *tiers* cover them: the mentee's own cell (both
 * bonuses), region node (region bonus), level node (level bonus) and the skill's root (neither). A tier
 * may also contain mentors worth more than its score (the root holds everyone): that is harmless, since
 * the higher tier reaches them too and a best path takes it (classNetwork.ts).
 *
 * A mentee must never reach a mentor she may not have (herself, a declined, rejected or fixed one):
 * a tier that contains one is replaced by the largest class nodes under it that do not (the siblings
 * along the paths down to the excluded mentors), leaving out what a higher tier already reaches.
 */
export type Emit = (node: number, score: number, skill: number) => void;

export interface Tier {
  node: number;
  score: number;
}

/** Mentors e may never be suggested: her exclusions (Prepared.excludedMentor) and herself. */
function excludedPositions(ci: ClassIndex, structure: number, e: number): number[] {
  const p = ci.prepared;
  const positions: number[] = [];
  const self = positionIn(ci, structure, e);
  if (self >= 0) positions.push(self);
  for (let k = p.excludedStart[e]; k < p.excludedStart[e + 1]; k++) {
    const position = positionIn(ci, structure, p.excludedMentor[k]);
    if (position >= 0) positions.push(position);
  }
  return positions;
}

/**
 * Mentee e's tiers in a structure, best first. They depend only on her region and level, so they are
 * worked out once per (structure, region, level) and shared: callers must not change the list.
 */
export function tiersOf(ci: ClassIndex, structure: number, e: number): readonly Tier[] {
  const p = ci.prepared;
  const cellKey = (p.scoreRegion[e] + 1) * p.levelCount + p.levelKey[e];
  const key = structure * ci.cellSpan + cellKey;
  let tiers = ci.tierCache.get(key);
  if (tiers === undefined) ci.tierCache.set(key, (tiers = workOutTiers(ci, structure, e, cellKey)));
  return tiers;
}

function workOutTiers(ci: ClassIndex, structure: number, e: number, cellKey: number): Tier[] {
  const p = ci.prepared;
  const w = p.weights;
  const st = ci.structures[structure];
  const region = p.scoreRegion[e];
  const level = p.scoreLevel[e];
  const regionKey = region + 1;
  const byRegion = w.region > 0 && region >= 0;
  const byLevel = w.level > 0 && level >= 0;
  const tiers: Tier[] = [];
  const add = (node: number | undefined, score: number): void => {
    if (node !== undefined && node >= 0) tiers.push({ node, score });
  };
  if (st.level >= 0) {
    // Peers of the mentee's own level: the level bonus is in every arc.
    const levelPoints = byLevel ? w.level : 0;
    if (byRegion) add(st.cellNode.get(cellKey), w.skill + w.region + levelPoints);
    add(st.root, w.skill + levelPoints);
  } else {
    if (byRegion && byLevel) add(st.cellNode.get(cellKey), w.skill + w.region + w.level);
    if (byRegion) add(st.regionNode.get(regionKey), w.skill + w.region);
    if (byLevel) add(st.levelNode.get(p.levelKey[e]), w.skill + w.level);
    add(st.root, w.skill);
  }
  return tiers.sort((a, b) => b.score - a.score);
}

/** Calls emit for every arc mentee e needs toward the mentors of skill s (named mentors aside). */
export function reachSkill(ci: ClassIndex, e: number, s: number, emit: Emit): void {
  const p = ci.prepared;
  const any = ci.anyLevel[s];
  const peers = p.input.settings.peerSameLevel ? ci.peerAt[s * p.levelCount + p.levelKey[e]] : -1;
  if (any >= 0) reachStructure(ci, any, e, s, emit);
  if (peers >= 0) reachStructure(ci, peers, e, s, emit);
}

function reachStructure(ci: ClassIndex, structure: number, e: number, s: number, emit: Emit): void {
  const tiers = tiersOf(ci, structure, e);
  const p = ci.prepared;
  // Most mentees exclude nobody and are not in the structure themselves: every tier as it is.
  if (p.excludedStart[e] === p.excludedStart[e + 1] && positionIn(ci, structure, e) < 0) {
    for (let k = 0; k < tiers.length; k++) emit(tiers[k].node, tiers[k].score, s);
    return;
  }
  const excluded = excludedPositions(ci, structure, e);
  if (excluded.length === 0) {
    for (const tier of tiers) emit(tier.node, tier.score, s);
    return;
  }
  const st = ci.structures[structure];
  const { firstClass, lo, hi, cellLo, cellHi } = ci;
  const n = ci.prepared.count;
  const cellOf = (position: number): number => {
    let a = 0;
    let b = st.cellStart.length - 2;
    while (a < b) {
      const mid = (a + b + 1) >> 1;
      if (st.cellStart[mid] <= position) a = mid;
      else b = mid - 1;
    }
    return st.cellLevelMajor[a];
  };
  const excludedCells = excluded.map(cellOf);
  const covered: Array<[number, number]> = [];
  const inCovered = (from: number, to: number): boolean => covered.some(([a, b]) => a <= from && to <= b);
  const hasExcluded = (from: number, to: number): boolean => excluded.some((x) => x >= from && x < to);
  const cover = (node: number, score: number): void => {
    if (node < firstClass) {
      const position = positionIn(ci, structure, node - n);
      if (!inCovered(position, position + 1) && !excluded.includes(position)) emit(node, score, s);
      return;
    }
    const c = node - firstClass;
    if (lo[c] >= 0) {
      if (inCovered(lo[c], hi[c])) return;
      if (!hasExcluded(lo[c], hi[c])) {
        emit(node, score, s);
        return;
      }
    } else if (!excludedCells.some((cell) => cell >= cellLo[c] && cell < cellHi[c])) {
      emit(node, score, s);
      return;
    }
    cover(ci.left[c], score);
    cover(ci.right[c], score);
  };
  for (const tier of tiers) {
    cover(tier.node, tier.score);
    const c = tier.node - firstClass;
    if (tier.node >= firstClass && lo[c] >= 0) covered.push([lo[c], hi[c]]);
    else if (tier.node < firstClass) {
      const position = positionIn(ci, structure, tier.node - n);
      covered.push([position, position + 1]);
    }
  }
}

/** Whether mentor m may be suggested to mentee e for skill s (seats, level rule, exclusions, offer). */
export function validFor(ci: ClassIndex, m: number, e: number, s: number): boolean {
  const p = ci.prepared;
  if (m === e || p.seats[m] <= 0) return false;
  let offers = false;
  for (let k = p.offerStart[m]; k < p.offerStart[m + 1]; k++) if (p.offerSkill[k] === s) offers = true;
  if (!offers) return false;
  if (p.isPeer[m] && p.input.settings.peerSameLevel && p.levelKey[m] !== p.levelKey[e]) return false;
  for (let k = p.excludedStart[e]; k < p.excludedStart[e + 1]; k++) if (p.excludedMentor[k] === m) return false;
  return true;
}

/** The pair's base score (no spread): the same parts as scorePair, from the prepared arrays. */
export function baseScore(p: Prepared, m: number, e: number): number {
  const w = p.weights;
  let points = w.skill;
  for (let k = p.prefStart[e]; k < p.prefStart[e + 1]; k++) {
    if (p.prefMentor[k] === m) {
      points += rankPoints(w.preference, p.prefRank[k], p.prefLength[e]);
      break;
    }
  }
  if (p.scoreRegion[e] >= 0 && p.scoreRegion[e] === p.scoreRegion[m]) points += w.region;
  if (p.scoreLevel[e] >= 0 && p.scoreLevel[e] === p.scoreLevel[m]) points += w.level;
  if (p.mentorPrefLength[m] > 0) points += rankPoints(w.mentorPreference, p.mentorPrefRank.get(m * p.count + e) ?? 0, p.mentorPrefLength[m]);
  return points;
}

/**
 * Mentors who name e or whom e names, each once: the pairs whose score is their own (a preference
 * bonus), reached by a direct arc. `namedBy` lists, per mentee, the mentors who rank them.
 */
export function namedMentors(p: Prepared, namedBy: NamedBy, e: number): number[] {
  const named: number[] = [];
  for (let k = p.prefStart[e]; k < p.prefStart[e + 1]; k++) named.push(p.prefMentor[k]);
  for (let k = namedBy.start[e]; k < namedBy.start[e + 1]; k++) if (!named.includes(namedBy.mentor[k])) named.push(namedBy.mentor[k]);
  return named;
}

export interface NamedBy {
  start: Int32Array;
  mentor: Int32Array;
}

/** Per mentee, the mentors whose ranked list names them (Prepared.mentorPrefRank inverted). */
export function mentorsNaming(p: Prepared): NamedBy {
  const n = p.count;
  const start = new Int32Array(n + 1);
  for (const key of p.mentorPrefRank.keys()) start[(key % n) + 1]++;
  for (let e = 0; e < n; e++) start[e + 1] += start[e];
  const fill = start.slice(0, n);
  const mentor = new Int32Array(start[n]);
  for (const key of p.mentorPrefRank.keys()) mentor[fill[key % n]++] = Math.floor(key / n);
  return { start, mentor };
}

/**
 * The mentor the 'outscored' explanation names for mentee e's sought skill s: the best candidate by
 * score, then by id (as the pair engine's candidate scan found it), or -1 when there is none.
 */
export function bestCandidate(ci: ClassIndex, namedBy: NamedBy, e: number, s: number): number {
  const p = ci.prepared;
  let best = -1;
  let bestScore = -1;
  const consider = (m: number, score: number): void => {
    if (best < 0 || score > bestScore || (score === bestScore && p.idRank[m] < p.idRank[best])) {
      best = m;
      bestScore = score;
    }
  };
  for (const m of namedMentors(p, namedBy, e)) if (validFor(ci, m, e, s)) consider(m, baseScore(p, m, e));
  reachSkill(ci, e, s, (node) => {
    const m = node < ci.firstClass ? node - p.count : ci.firstMentor[node - ci.firstClass];
    consider(m, baseScore(p, m, e));
  });
  return best;
}
