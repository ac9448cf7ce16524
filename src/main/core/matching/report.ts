import { withPooledArrays, type ArraySource } from './arrays';
import type { Prepared } from './prepare';
import { suggestPairs, totalScore, type ChosenPairs } from './result';
import type { MatchInput, MatchResult } from './types';
import { explainChosen, type BestMentor } from './unmatched';

/** What both modes' solvers hand to reporting. */
export interface Solved {
  prepared: Prepared;
  chosen: ChosenPairs;
  exact: boolean;
  /** Arcs (or candidate pairs) the solver worked on: what stats.candidates reports. */
  arcs: number;
  /** The best candidate mentor per mentee and skill, for the 'outscored' explanation. */
  best: BestMentor;
}

/**
 * A mode's whole run: solve with pooled arrays, then pairs with reasons, the total and the unmatched
 * mentees. The result is plain data, so the solve's arrays go back to the pool when this returns.
 */
export function runMatch(mode: MatchResult['mode'], input: MatchInput, solve: (input: MatchInput, arrays: ArraySource) => Solved): MatchResult {
  const started = Date.now();
  return withPooledArrays((arrays) => {
    const solved = solve(input, arrays);
    const pairs = suggestPairs(solved.prepared, solved.chosen);
    return {
      mode,
      pairs,
      total: totalScore(pairs),
      unmatched: explainChosen(solved.prepared, solved.chosen, pairs, solved.best),
      stats: { candidates: solved.arcs, ms: Date.now() - started, exact: solved.exact },
    };
  });
}
