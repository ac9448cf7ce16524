import { withPooledArrays, type ArraySource } from './arrays';
import type { Candidates } from './candidates';
import { suggestPairs, totalScore, type ChosenPairs } from './result';
import type { MatchInput, MatchResult } from './types';
import { explainChosen } from './unmatched';

/** What both modes' solvers hand to reporting. */
export interface Solved {
  candidates: Candidates;
  chosen: ChosenPairs;
  exact: boolean;
}

/**
 * A mode's whole run: solve with pooled arrays, then pairs with reasons, the total and the unmatched
 * mentees. The result is plain data, so the solve's arrays go back to the pool when this returns.
 */
export function runMatch(mode: MatchResult['mode'], input: MatchInput, solve: (input: MatchInput, arrays: ArraySource) => Solved): MatchResult {
  const started = Date.now();
  return withPooledArrays((arrays) => {
    const solved = solve(input, arrays);
    const pairs = suggestPairs(solved.candidates.prepared, solved.chosen);
    return {
      mode,
      pairs,
      total: totalScore(pairs),
      unmatched: explainChosen(solved.candidates, solved.chosen, pairs),
      stats: { candidates: solved.candidates.count, ms: Date.now() - started, exact: solved.exact },
    };
  });
}
