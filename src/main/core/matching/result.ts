import { bucketize } from './candidates';
import type { Prepared } from './prepare';
import { rankPoints, seatCost, type PairScore } from './score';
import type { Reason, SuggestedPair } from './types';

export interface ChosenPair {
  mentor: number;
  mentee: number;
  skill: number;
}

/**
 * Chosen (mentor, mentee, skill) triples → SuggestedPairs with reasons, mentors in id order. A mentor's
 * new mentees take seats after the fixed ones, best base score first (ties by mentee id); seat k costs
 * (k-1)*spread, reported as a negative 'spread' reason. The sum over a mentor is the same whatever the
 * seat order.
 */
export function suggestPairs(p: Prepared, chosen: ChosenPair[]): SuggestedPair[] {
  const weights = p.weights;
  // Pairs bucketed by mentor, then mentors walked in id order: linear, no comparison sort over every
  // pair. Each mentor's handful is scored and sorted on its own.
  const { start, items } = bucketize(p.count, Int32Array.from(chosen, (pair) => pair.mentor), Int32Array.from(chosen.keys()), chosen.length);
  const mentorsById = new Int32Array(p.count);
  for (let m = 0; m < p.count; m++) mentorsById[p.idRank[m]] = m;

  const result: SuggestedPair[] = [];
  for (const mentor of mentorsById) {
    if (start[mentor] === start[mentor + 1]) continue;
    const held = Array.from(items.subarray(start[mentor], start[mentor + 1]), (i): { pair: ChosenPair; base: PairScore } => ({
      pair: chosen[i],
      base: preparedPairScore(p, mentor, chosen[i].mentee, chosen[i].skill),
    }));
    if (held.length > 1) held.sort((x, y) => y.base.score - x.base.score || p.idRank[x.pair.mentee] - p.idRank[y.pair.mentee]);
    let seat = p.fixedAsMentor[mentor];
    for (const { pair, base } of held) {
      seat++;
      const spread = seatCost(seat, weights.spread);
      // base.reasons is this pair's own fresh list, so the spread part is appended in place.
      if (spread > 0) base.reasons.push({ code: 'spread', points: -spread, detail: String(seat) });
      result.push({
        mentorId: p.ids[mentor],
        menteeId: p.ids[pair.mentee],
        skill: p.skillNames[pair.skill],
        kind: p.isPeer[mentor] ? 'peer' : 'group',
        score: base.score - spread,
        reasons: base.reasons,
      });
    }
  }
  return result;
}

/**
 * scorePair (score.ts) for a candidate pair, read from the prepared arrays instead of the participants'
 * strings: the same parts, points and details (result.test.ts holds them equal), at a fraction of the
 * cost for tens of thousands of pairs. The skill is shared by construction, and the seat is the first.
 */
export function preparedPairScore(p: Prepared, mentor: number, mentee: number, skill: number): PairScore {
  const w = p.weights;
  const reasons: Reason[] = [{ code: 'skill', points: w.skill, detail: p.skillNames[skill] }];
  let score = w.skill;
  for (let k = p.prefStart[mentee]; k < p.prefStart[mentee + 1]; k++) {
    if (p.prefMentor[k] !== mentor) continue;
    const points = rankPoints(w.preference, p.prefRank[k], p.prefLength[mentee]);
    if (points > 0) {
      reasons.push({ code: 'preference', points, detail: String(p.prefRank[k]) });
      score += points;
    }
    break;
  }
  if (w.region > 0 && p.scoreRegion[mentor] >= 0 && p.scoreRegion[mentor] === p.scoreRegion[mentee]) {
    reasons.push({ code: 'region', points: w.region, detail: p.people[mentor].region });
    score += w.region;
  }
  if (w.level > 0 && p.scoreLevel[mentor] >= 0 && p.scoreLevel[mentor] === p.scoreLevel[mentee]) {
    reasons.push({ code: 'level', points: w.level, detail: p.people[mentor].level });
    score += w.level;
  }
  if (p.mentorPrefLength[mentor] > 0) {
    const rank = p.mentorPrefRank.get(mentor * p.count + mentee) ?? 0;
    const points = rankPoints(w.mentorPreference, rank, p.mentorPrefLength[mentor]);
    if (points > 0) {
      reasons.push({ code: 'mentorPreference', points, detail: String(rank) });
      score += points;
    }
  }
  return { score, reasons };
}

export function totalScore(pairs: SuggestedPair[]): number {
  let total = 0;
  for (const pair of pairs) total += pair.score;
  return total;
}
