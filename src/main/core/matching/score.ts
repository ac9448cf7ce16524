import type { MatchParticipant, MatchWeights, Reason } from './types';

/** Largest weight the engine takes: keeps every score, cost and potential far inside integer range. */
export const MAX_WEIGHT = 100_000;

/** Weights as the engine uses them: integers in [0, MAX_WEIGHT] (a negative spread would break seat convexity). */
export function normalizeWeights(weights: MatchWeights): MatchWeights {
  const clean = (value: number): number => (Number.isFinite(value) ? Math.min(MAX_WEIGHT, Math.max(0, Math.round(value))) : 0);
  return {
    skill: clean(weights.skill),
    preference: clean(weights.preference),
    region: clean(weights.region),
    level: clean(weights.level),
    mentorPreference: clean(weights.mentorPreference),
    spread: clean(weights.spread),
  };
}

/** Rank 1 of n earns the full weight, rank n earns weight/n, unranked (0) earns nothing. */
export function rankPoints(weight: number, rank: number, listLength: number): number {
  if (rank <= 0 || listLength <= 0) return 0;
  return Math.round((weight * (listLength - rank + 1)) / listLength);
}

/** Cost of a mentor's k-th mentee (k counts fixed pairs too): seat 1 is free, each later seat costs more. */
export function seatCost(seat: number, spread: number): number {
  return Math.max(0, seat - 1) * spread;
}

export interface PairScore {
  score: number;
  reasons: Reason[];
}

/**
 * Score of mentor→mentee for one shared skill, every part returned as a Reason (zero parts are left out,
 * the skill part is always there). `seat` is the mentor's seat this mentee takes, counting fixed pairs;
 * seat 1 costs nothing. Weights are normalized here, so callers may pass the coordinator's raw ones.
 */
export function scorePair(
  mentor: MatchParticipant,
  mentee: MatchParticipant,
  skill: string,
  weights: MatchWeights,
  seat = 1,
): PairScore {
  return scoreWithNormalized(mentor, mentee, skill, normalizeWeights(weights), seat);
}

/** scorePair for weights already normalized (the engine normalizes once per run, not once per pair). */
export function scoreWithNormalized(mentor: MatchParticipant, mentee: MatchParticipant, skill: string, w: MatchWeights, seat = 1): PairScore {
  const reasons: Reason[] = [];
  // Skills arrive canonical (normalized through the vocabulary), so a shared skill is an exact match.
  const skillPoints = mentor.offers.includes(skill) && mentee.seeks.includes(skill) ? w.skill : 0;
  reasons.push({ code: 'skill', points: skillPoints, detail: skill });

  const rank = mentee.preferences.indexOf(mentor.id) + 1;
  const preferencePoints = rankPoints(w.preference, rank, mentee.preferences.length);
  if (preferencePoints > 0) reasons.push({ code: 'preference', points: preferencePoints, detail: String(rank) });

  if (mentor.region !== '' && mentor.region === mentee.region && w.region > 0) {
    reasons.push({ code: 'region', points: w.region, detail: mentor.region });
  }
  if (mentor.level !== '' && mentor.level === mentee.level && w.level > 0) {
    reasons.push({ code: 'level', points: w.level, detail: mentor.level });
  }

  const mentorList = mentor.mentorPreferences ?? [];
  const mentorRank = mentorList.indexOf(mentee.id) + 1;
  const mentorPoints = rankPoints(w.mentorPreference, mentorRank, mentorList.length);
  if (mentorPoints > 0) reasons.push({ code: 'mentorPreference', points: mentorPoints, detail: String(mentorRank) });

  const spreadCost = seatCost(seat, w.spread);
  if (spreadCost > 0) reasons.push({ code: 'spread', points: -spreadCost, detail: String(seat) });

  let score = 0;
  for (const reason of reasons) score += reason.points;
  return { score, reasons };
}
