import type { Prepared } from './prepare';
import { scorePair, seatCost } from './score';
import type { Reason, SuggestedPair } from './types';

export interface ChosenPair {
  mentor: number;
  mentee: number;
  skill: number;
}

/**
 * Chosen (mentor, mentee, skill) triples → SuggestedPairs with reasons. A mentor's new mentees take seats
 * after the fixed ones, best base score first (ties by mentee id); seat k costs (k-1)*spread, reported as a
 * negative 'spread' reason. The sum over a mentor is the same whatever the seat order.
 */
export function suggestPairs(p: Prepared, chosen: ChosenPair[]): SuggestedPair[] {
  const people = p.people;
  const weights = p.weights;
  const scored = chosen.map((pair) => ({
    pair,
    base: scorePair(people[pair.mentor], people[pair.mentee], p.skillNames[pair.skill], weights),
  }));
  scored.sort(
    (x, y) =>
      p.idRank[x.pair.mentor] - p.idRank[y.pair.mentor] ||
      y.base.score - x.base.score ||
      p.idRank[x.pair.mentee] - p.idRank[y.pair.mentee],
  );
  const result: SuggestedPair[] = [];
  let previousMentor = -1;
  let seat = 0;
  for (const { pair, base } of scored) {
    seat = pair.mentor === previousMentor ? seat + 1 : p.fixedAsMentor[pair.mentor] + 1;
    previousMentor = pair.mentor;
    const spread = seatCost(seat, weights.spread);
    const spreadReason: Reason = { code: 'spread', points: -spread, detail: String(seat) };
    const reasons = spread > 0 ? [...base.reasons, spreadReason] : base.reasons;
    result.push({
      mentorId: p.ids[pair.mentor],
      menteeId: p.ids[pair.mentee],
      skill: p.skillNames[pair.skill],
      kind: p.isPeer[pair.mentor] ? 'peer' : 'group',
      score: base.score - spread,
      reasons,
    });
  }
  return result;
}

export function totalScore(pairs: SuggestedPair[]): number {
  let total = 0;
  for (const pair of pairs) total += pair.score;
  return total;
}
