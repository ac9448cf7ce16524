import { freshArrays, type ArraySource } from './arrays';
import { buildCandidates, type Candidates } from './candidates';
import { createWork, solveFlow, type FlowWork } from './flow';
import { forbidMutual } from './mutual';
import { buildNetwork, heldPair, type FlowNetwork } from './network';
import { prepare, type Prepared } from './prepare';
import { runMatch } from './report';
import { addChosen, chosenPairs, type ChosenPairs } from './result';
import type { MatchInput, MatchResult } from './types';
import { candidateBest } from './unmatched';
import { buildClassNetwork, classPairs, type ClassNetwork } from './classNetwork';
import { createClassWork, solveClassFlow, type ClassFlowWork } from './classFlow';
import { bestCandidate } from './classReach';
import type { Solved } from './report';
import { chooseNetwork, classNetworkFits, type MatchOptions, type Progress } from './networkChoice';

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
export function solveOptimal(input: MatchInput | Prepared, arrays: ArraySource = freshArrays, progress?: Progress): OptimalSolve {
  const candidates = buildCandidates('indexOf' in input ? input : prepare(input), arrays);
  const settings = candidates.prepared.input.settings;
  const net = buildNetwork(candidates, arrays);
  const work = solveFlow(net, createWork(net, arrays), progress);
  const exact = settings.allowMutual ? true : forbidMutual(net, work);
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

export interface ClassSolve {
  net: ClassNetwork;
  work: ClassFlowWork;
  chosen: ChosenPairs;
}

/** The exact solve over class nodes (classNetwork.ts): every mentee takes at most one mentor. */
export function solveByClasses(input: MatchInput | Prepared, arrays: ArraySource = freshArrays, progress?: Progress): ClassSolve {
  const net = buildClassNetwork('indexOf' in input ? input : prepare(input), arrays);
  const work = solveClassFlow(net, createClassWork(net, arrays), progress);
  let units = 0;
  for (let e = 0; e < net.participants; e++) if (net.menteeArc[e] >= 0) units++;
  const chosen = chosenPairs(units);
  classPairs(net, (mentor, mentee, skill) => addChosen(chosen, mentor, mentee, skill));
  return { net, work, chosen };
}

function solveForReport(input: MatchInput, arrays: ArraySource, options: MatchOptions): Solved {
  const prepared = prepare(input);
  const network = options.network === 'classes' && classNetworkFits(input) ? 'classes' : options.network ?? chooseNetwork(input, prepared);
  if (network === 'classes') {
    const { net, chosen } = solveByClasses(prepared, arrays, options.onProgress);
    const p = net.index.prepared;
    return { prepared: p, chosen, exact: true, arcs: net.arcCount + 2 * net.index.classCount, best: (e, skill) => bestCandidate(net.index, net.namedBy, e, skill) };
  }
  const solved = solveOptimal(prepared, arrays, options.onProgress);
  return { prepared: solved.candidates.prepared, chosen: solved.chosen, exact: solved.exact, arcs: solved.candidates.count, best: candidateBest(solved.candidates) };
}

/**
 * Maximum total score under the hard rules: a maximum-weight capacitated b-matching, solved exactly as a
 * min-cost flow over class nodes (classNetwork.ts), or over one arc per pair (network.ts, flow.ts) when
 * mentees take several mentors or mutual pairs are forbidden. Pairs with fixed ones are kept out of
 * `pairs` and `total`.
 */
export function matchOptimal(input: MatchInput, options: MatchOptions = {}): MatchResult {
  const result = runMatch('optimal', input, (raw, arrays) => solveForReport(raw, arrays, options));
  options.onProgress?.(input.participants.length, input.participants.length);
  return result;
}
