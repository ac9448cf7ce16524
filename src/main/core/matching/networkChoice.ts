import type { Prepared } from './prepare';
import type { MatchInput } from './types';

// Which structure a run works on: one arc per compatible pair, or class nodes (classIndex.ts).

export interface MatchOptions {
  /** Which network to solve on; by default the cheaper one that fits (chooseNetwork). */
  network?: 'classes' | 'pairs';
  /** Called now and then while solving: mentees placed (matched or known unmatched) out of all. */
  onProgress?: Progress;
}

export type Progress = (done: number, total: number) => void;

/**
 * Whether the class network can solve this input: each mentee takes at most one mentor, and mutual
 * pairs are allowed (the no-mutual search blocks single pair arcs, which only the pair network has).
 */
export function classNetworkFits(input: MatchInput): boolean {
  return input.settings.allowMutual && Math.floor(input.settings.mentorsPerMentee) <= 1;
}

/**
 * Candidate pairs per mentee above which the class network is the cheaper one. Below it (many small
 * skill-and-level classes, as in a cohort of many classes of 250) one arc per pair is a few dozen per
 * person and the pair network's solver is faster; above it (a few skills offered by thousands) the
 * pairs grow with the square of the cohort and the class network stays at a dozen arcs per person.
 */
export const PAIRS_PER_MENTEE_FOR_CLASSES = 64;

/** Upper bound on the pair network's arcs (a pair sharing two skills counts twice), in O(people × skills). */
export function pairArcBound(p: Prepared): number {
  const sameLevelRule = p.input.settings.peerSameLevel;
  const skills = p.skillNames.length;
  const anyLevel = new Float64Array(skills);
  const sameLevel = new Float64Array(skills * p.levelCount);
  for (let m = 0; m < p.count; m++) {
    if (p.seats[m] <= 0) continue;
    for (let k = p.offerStart[m]; k < p.offerStart[m + 1]; k++) {
      if (p.isPeer[m] && sameLevelRule) sameLevel[p.offerSkill[k] * p.levelCount + p.levelKey[m]]++;
      else anyLevel[p.offerSkill[k]]++;
    }
  }
  let bound = 0;
  for (let e = 0; e < p.count; e++) {
    if (p.menteeLimit[e] <= 0) continue;
    for (let k = p.seekStart[e]; k < p.seekStart[e + 1]; k++) bound += anyLevel[p.seekSkill[k]] + sameLevel[p.seekSkill[k] * p.levelCount + p.levelKey[e]];
  }
  return bound;
}

/** The network the optimal mode solves this input on. */
export function chooseNetwork(input: MatchInput, p: Prepared): 'classes' | 'pairs' {
  return classNetworkFits(input) && pairArcBound(p) > PAIRS_PER_MENTEE_FOR_CLASSES * Math.max(1, p.count) ? 'classes' : 'pairs';
}

