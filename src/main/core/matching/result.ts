import { bucketize } from './candidates';
import type { Prepared } from './prepare';
import { rankPoints, seatCost, type PairScore } from './score';
import type { Reason, SuggestedPair } from './types';

/** The engine's pairs as columns of indices: pair i is mentor[i] → mentee[i] for skill id skill[i]. */
export interface ChosenPairs {
  count: number;
  mentor: Int32Array;
  mentee: Int32Array;
  skill: Int32Array;
}

export function chosenPairs(capacity: number): ChosenPairs {
  return { count: 0, mentor: new Int32Array(capacity), mentee: new Int32Array(capacity), skill: new Int32Array(capacity) };
}

export function addChosen(chosen: ChosenPairs, mentor: number, mentee: number, skill: number): void {
  const i = chosen.count++;
  chosen.mentor[i] = mentor;
  chosen.mentee[i] = mentee;
  chosen.skill[i] = skill;
}

/**
 * Chosen pairs → SuggestedPairs with reasons, mentors in id order. A mentor's new mentees take seats
 * after the fixed ones, best base score first (ties by mentee id); seat k costs (k-1)*spread, reported
 * as a negative 'spread' reason. The sum over a mentor is the same whatever the seat order.
 */
export function suggestPairs(p: Prepared, chosen: ChosenPairs): SuggestedPair[] {
  const weights = p.weights;
  const reasons = reasonCache(p);
  // Pairs bucketed by mentor, then mentors walked in id order: linear, no comparison sort over every
  // pair. Each mentor's handful is scored and sorted on its own.
  const pairIndex = new Int32Array(chosen.count);
  for (let i = 0; i < chosen.count; i++) pairIndex[i] = i;
  const { start, items } = bucketize(p.count, chosen.mentor, pairIndex, chosen.count);
  const mentorsById = new Int32Array(p.count);
  for (let m = 0; m < p.count; m++) mentorsById[p.idRank[m]] = m;

  // Sized up front (every chosen pair gets one slot): nothing is re-copied as it grows.
  const result = new Array<SuggestedPair>(chosen.count);
  let filled = 0;
  const add = (mentor: number, i: number, base: PairScore, seat: number): void => {
    const spread = seatCost(seat, weights.spread);
    // base.reasons is this pair's own list, so the spread part is appended in place.
    if (spread > 0) base.reasons.push(reasons.spread(seat, spread));
    result[filled++] = {
      mentorId: p.ids[mentor],
      menteeId: p.ids[chosen.mentee[i]],
      skill: p.skillNames[chosen.skill[i]],
      kind: p.isPeer[mentor] ? 'peer' : 'group',
      score: base.score - spread,
      reasons: base.reasons,
    };
  };
  for (let rank = 0; rank < p.count; rank++) {
    const mentor = mentorsById[rank];
    const from = start[mentor];
    const to = start[mentor + 1];
    if (from === to) continue;
    const seat = p.fixedAsMentor[mentor];
    if (to - from === 1) {
      // Most mentors (every peer) take one mentee: nothing to order.
      const i = items[from];
      add(mentor, i, preparedPairScore(p, mentor, chosen.mentee[i], chosen.skill[i], reasons), seat + 1);
      continue;
    }
    const held = Array.from(items.subarray(from, to), (i) => ({ i, base: preparedPairScore(p, mentor, chosen.mentee[i], chosen.skill[i], reasons) }));
    held.sort((x, y) => y.base.score - x.base.score || p.idRank[chosen.mentee[x.i]] - p.idRank[chosen.mentee[y.i]]);
    held.forEach(({ i, base }, k) => add(mentor, i, base, seat + k + 1));
  }
  if (filled !== chosen.count) throw new Error('matching: a chosen pair has no mentor bucket');
  return result;
}

/**
 * Reason objects shared by every pair that has the same one (frozen, so sharing is safe): a 50,000-person
 * result would otherwise allocate ~150,000 identical objects, and collecting them costs more than the
 * scoring.
 */
export interface ReasonCache {
  skill(skill: number): Reason;
  region(person: number): Reason;
  level(person: number): Reason;
  ranked(code: 'preference' | 'mentorPreference', points: number, rank: number): Reason;
  spread(seat: number, cost: number): Reason;
}

function reasonCache(p: Prepared): ReasonCache {
  const w = p.weights;
  const bySkill: Reason[] = [];
  const byRegion: Reason[] = [];
  const byLevel: Reason[] = [];
  const bySeat: Reason[] = [];
  const byRank = new Map<string, Reason>();
  const make = (reason: Reason): Reason => Object.freeze(reason);
  return {
    skill: (skill) => (bySkill[skill] ??= make({ code: 'skill', points: w.skill, detail: p.skillNames[skill] })),
    region: (person) => (byRegion[p.scoreRegion[person]] ??= make({ code: 'region', points: w.region, detail: p.people[person].region })),
    level: (person) => (byLevel[p.scoreLevel[person]] ??= make({ code: 'level', points: w.level, detail: p.people[person].level })),
    ranked: (code, points, rank) => {
      const key = `${code}:${points}:${rank}`;
      let reason = byRank.get(key);
      if (!reason) byRank.set(key, (reason = make({ code, points, detail: String(rank) })));
      return reason;
    },
    spread: (seat, cost) => (bySeat[seat] ??= make({ code: 'spread', points: -cost, detail: String(seat) })),
  };
}

/**
 * scorePair (score.ts) for a candidate pair, read from the prepared arrays instead of the participants'
 * strings: the same parts, points and details (result.test.ts holds them equal), at a fraction of the
 * cost for tens of thousands of pairs. The skill is shared by construction, and the seat is the first.
 */
export function preparedPairScore(p: Prepared, mentor: number, mentee: number, skill: number, shared: ReasonCache = reasonCache(p)): PairScore {
  const w = p.weights;
  let score = w.skill;
  let preference: Reason | null = null;
  let region: Reason | null = null;
  let level: Reason | null = null;
  let mentorPreference: Reason | null = null;
  for (let k = p.prefStart[mentee]; k < p.prefStart[mentee + 1]; k++) {
    if (p.prefMentor[k] !== mentor) continue;
    const points = rankPoints(w.preference, p.prefRank[k], p.prefLength[mentee]);
    if (points > 0) {
      preference = shared.ranked('preference', points, p.prefRank[k]);
      score += points;
    }
    break;
  }
  if (w.region > 0 && p.scoreRegion[mentor] >= 0 && p.scoreRegion[mentor] === p.scoreRegion[mentee]) {
    region = shared.region(mentor);
    score += w.region;
  }
  if (w.level > 0 && p.scoreLevel[mentor] >= 0 && p.scoreLevel[mentor] === p.scoreLevel[mentee]) {
    level = shared.level(mentor);
    score += w.level;
  }
  if (p.mentorPrefLength[mentor] > 0) {
    const rank = p.mentorPrefRank.get(mentor * p.count + mentee) ?? 0;
    const points = rankPoints(w.mentorPreference, rank, p.mentorPrefLength[mentor]);
    if (points > 0) {
      mentorPreference = shared.ranked('mentorPreference', points, rank);
      score += points;
    }
  }
  return { score, reasons: reasonList(shared.skill(skill), preference, region, level, mentorPreference) };
}

/**
 * The non-null reasons in order, in an array of exactly that length: a push onto a one-element literal
 * grows it to 17 slots, which at 50,000 pairs was about 5 MB of garbage per match.
 */
function reasonList(
  skill: Reason, preference: Reason | null, region: Reason | null, level: Reason | null, mentorPreference: Reason | null,
): Reason[] {
  const reasons = new Array<Reason>(1 + (preference ? 1 : 0) + (region ? 1 : 0) + (level ? 1 : 0) + (mentorPreference ? 1 : 0));
  let at = 0;
  reasons[at++] = skill;
  if (preference) reasons[at++] = preference;
  if (region) reasons[at++] = region;
  if (level) reasons[at++] = level;
  if (mentorPreference) reasons[at++] = mentorPreference;
  return reasons;
}

export function totalScore(pairs: SuggestedPair[]): number {
  let total = 0;
  for (let i = 0; i < pairs.length; i++) total += pairs[i].score;
  return total;
}
