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
export function solveOptimal(input: MatchInput | Prepared, arrays: ArraySource = freshArrays): OptimalSolve {
  const candidates = buildCandidates('indexOf' in input ? input : prepare(input), arrays);
  const settings = candidates.prepared.input.settings;
  const net = buildNetwork(candidates, arrays);
  const work = solveFlow(net, createWork(net, arrays));
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
export function solveByClasses(input: MatchInput | Prepared, arrays: ArraySource = freshArrays): ClassSolve {
  const net = buildClassNetwork('indexOf' in input ? input : prepare(input), arrays);
  const work = solveClassFlow(net, createClassWork(net, arrays));
  let units = 0;
  for (let e = 0; e < net.participants; e++) if (net.menteeArc[e] >= 0) units++;
  const chosen = chosenPairs(units);
  classPairs(net, (mentor, mentee, skill) => addChosen(chosen, mentor, mentee, skill));
  return { net, work, chosen };
}

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

export interface OptimalOptions {
  /** Which network to solve on; by default the cheaper one that fits (chooseNetwork). */
  network?: 'classes' | 'pairs';
}

function solveForReport(input: MatchInput, arrays: ArraySource, options: OptimalOptions): Solved {
  const prepared = prepare(input);
  const network = options.network === 'classes' && classNetworkFits(input) ? 'classes' : options.network ?? chooseNetwork(input, prepared);
  if (network === 'classes') {
    const { net, chosen } = solveByClasses(prepared, arrays);
    const p = net.index.prepared;
    return { prepared: p, chosen, exact: true, arcs: net.arcCount + 2 * net.index.classCount, best: (e, skill) => bestCandidate(net.index, net.namedBy, e, skill) };
  }
  const solved = solveOptimal(prepared, arrays);
  return { prepared: solved.candidates.prepared, chosen: solved.chosen, exact: solved.exact, arcs: solved.candidates.count, best: candidateBest(solved.candidates) };
}

/**
 * Maximum total score under the hard rules: a maximum-weight capacitated b-matching, solved exactly as a
 * min-cost flow over class nodes (classNetwork.ts), or over one arc per pair (network.ts, flow.ts) when
 * mentees take several mentors or mutual pairs are forbidden. Pairs with fixed ones are kept out of
 * `pairs` and `total`.
 */
export function matchOptimal(input: MatchInput, options: OptimalOptions = {}): MatchResult {
  return runMatch('optimal', input, (raw, arrays) => solveForReport(raw, arrays, options));
}
