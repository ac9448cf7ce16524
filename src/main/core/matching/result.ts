import { bucketize } from './candidates';
import type { Prepared } from './prepare';
import { scoreWithNormalized, seatCost, type PairScore } from './score';
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
  const people = p.people;
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
      base: scoreWithNormalized(people[mentor], people[chosen[i].mentee], p.skillNames[chosen[i].skill], weights),
    }));
    held.sort((x, y) => y.base.score - x.base.score || p.idRank[x.pair.mentee] - p.idRank[y.pair.mentee]);
    let seat = p.fixedAsMentor[mentor];
    for (const { pair, base } of held) {
      seat++;
      const spread = seatCost(seat, weights.spread);
      const spreadReason: Reason = { code: 'spread', points: -spread, detail: String(seat) };
      result.push({
        mentorId: p.ids[mentor],
        menteeId: p.ids[pair.mentee],
        skill: p.skillNames[pair.skill],
        kind: p.isPeer[mentor] ? 'peer' : 'group',
        score: base.score - spread,
        reasons: spread > 0 ? [...base.reasons, spreadReason] : base.reasons,
      });
    }
  }
  return result;
}

export function totalScore(pairs: SuggestedPair[]): number {
  let total = 0;
  for (const pair of pairs) total += pair.score;
  return total;
}
