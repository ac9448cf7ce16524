import { freshArrays, type ArraySource } from './arrays';
import { buildCandidates, type Candidates } from './candidates';
import { createWork, solveFlow, type FlowWork } from './flow';
import { forbidMutual } from './mutual';
import { buildNetwork, heldPair, type FlowNetwork } from './network';
import { prepare } from './prepare';
import { runMatch } from './report';
import { addChosen, chosenPairs, type ChosenPairs } from './result';
import type { MatchInput, MatchResult } from './types';

export interface OptimalSolve {
  candidates: Candidates;
  net: FlowNetwork;
  work: FlowWork;
  chosen: ChosenPairs;
  exact: boolean;
}

/**
 * The exact solve without the reporting (tests use its counters to guard against slow cases). Its
 * arrays come from `arrays`: pooled ones only when the caller drops the solve before giving them back.
 */
export function solveOptimal(input: MatchInput, arrays: ArraySource = freshArrays): OptimalSolve {
  const candidates = buildCandidates(prepare(input), arrays);
  const net = buildNetwork(candidates, arrays);
  const work = solveFlow(net, createWork(net, arrays));
  const exact = input.settings.allowMutual ? true : forbidMutual(net, work);
  let held = 0;
  for (let m = 0; m < net.participants; m++) held += net.heldCount[m];
  const chosen = chosenPairs(held);
  for (let m = 0; m < net.participants; m++) {
    for (let k = net.heldStart[m]; k < net.heldStart[m] + net.heldCount[m]; k++) {
      const { mentee, skill } = heldPair(net, net.heldArc[k]);
      addChosen(chosen, m, mentee, skill);
    }
  }
  return { candidates, net, work, chosen, exact };
}

/**
 * Maximum total score under the hard rules: a maximum-weight capacitated b-matching, solved exactly as a
 * min-cost flow (network.ts, flow.ts). Pairs with fixed ones are kept out of `pairs` and `total`.
 */
export function matchOptimal(input: MatchInput): MatchResult {
  return runMatch('optimal', input, solveOptimal);
}
