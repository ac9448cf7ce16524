import { freshArrays, type ArraySource } from './arrays';
import { buildCandidates, type Candidates } from './candidates';
import { prepare, type Prepared } from './prepare';
import { chooseNetwork, type MatchOptions } from './networkChoice';
import { solveStableByClasses } from './stableClasses';
import { bestCandidate } from './classReach';
import { runMatch } from './report';
import { addChosen, chosenPairs, type ChosenPairs } from './result';
import type { MatchInput, MatchResult } from './types';
import { candidateBest } from './unmatched';

/**
 * Mentee-proposing deferred acceptance with capacities, the way proposals work in the program.
 *
 * - A contract is a candidate (mentor, mentee) edge for one skill. When the mentor shares several of the
 *   mentee's skills, the contract is for the one the mentee has fewest candidate mentors for (ties: the
 *   first listed). Simplification: that choice is made once, before proposing, so the mentee's choice stays
 *   substitutable; the optimal mode instead lets the flow pick the skill.
 * - A mentee's list: their stated preferences that are valid candidates, in their order, then every other
 *   candidate by descending pair score (ties by mentor id).
 * - A mentee holds at most mentorsPerMentee (minus fixed) contracts, each for a different skill: the
 *   mentee's choice is "walk the list, take a contract if its skill is still free". That choice is a
 *   matroid greedy, hence substitutable, so deferred acceptance ends in the mentee-optimal stable matching.
 * - Mentors rank mentees by base pair score (ties by mentee id) and hold at most their free seats.
 * - No-mutual (optional): after a run, the lower-scoring direction of every mutual pair is made
 *   unacceptable and the run repeated; the result is stable for the reduced lists, no longer guaranteed
 *   mentee-optimal for the original ones.
 */

export interface StableSolve {
  candidates: Candidates;
  chosen: ChosenPairs;
  proposals: number;
  /** Always true: deferred acceptance never runs out of budget. */
  exact: true;
}

/**
 * Each mentee's list as edge indices: stated preferences first, then by descending score, ties by mentor
 * id. Sorted as packed float keys (rank or score, then the mentor's id rank) with the native sort.
 */
function menteeLists(c: Candidates, arrays: ArraySource): Int32Array {
  const p = c.prepared;
  const order = arrays.int32(c.count);
  const statedRank = new Int32Array(p.count);
  const edgeOfRank = new Int32Array(p.count);
  const keys = arrays.float64(c.count);
  const ID_SPAN = 2 ** 21;
  const UNSTATED = 2 ** 20;
  for (let e = 0; e < p.count; e++) {
    const from = c.menteeStart[e];
    const to = c.menteeStart[e + 1];
    if (from === to) continue;
    for (let k = p.prefStart[e]; k < p.prefStart[e + 1]; k++) statedRank[p.prefMentor[k]] = Math.min(k - p.prefStart[e] + 1, UNSTATED - 1);
    for (let k = from; k < to; k++) {
      const m = c.mentor[k];
      const primary = statedRank[m] > 0 ? statedRank[m] : UNSTATED + (c.maxScore - c.score[k]);
      keys[k] = primary * ID_SPAN + p.idRank[m];
      edgeOfRank[p.idRank[m]] = k;
    }
    const segment = keys.subarray(from, to).sort();
    for (let i = 0; i < segment.length; i++) order[from + i] = edgeOfRank[segment[i] % ID_SPAN];
    for (let k = p.prefStart[e]; k < p.prefStart[e + 1]; k++) statedRank[p.prefMentor[k]] = 0;
  }
  return order;
}

/** The single skill (as a bit of the mentee's sought list) each contract is for. */
function contractSkills(c: Candidates, arrays: ArraySource): Int32Array {
  const bits = arrays.int32(c.count);
  const offered = new Int32Array(31);
  for (let e = 0; e < c.prepared.count; e++) {
    const from = c.menteeStart[e];
    const to = c.menteeStart[e + 1];
    offered.fill(0);
    for (let k = from; k < to; k++) {
      for (let mask = c.skillMask[k]; mask !== 0; mask &= mask - 1) offered[31 - Math.clz32(mask & -mask)]++;
    }
    for (let k = from; k < to; k++) {
      const mask = c.skillMask[k];
      if ((mask & (mask - 1)) === 0) {
        bits[k] = mask; // one shared skill: the usual case
        continue;
      }
      let best = -1;
      for (let rest = mask; rest !== 0; rest &= rest - 1) {
        const bit = 31 - Math.clz32(rest & -rest);
        if (best < 0 || offered[bit] < offered[best]) best = bit;
      }
      bits[k] = 1 << best;
    }
  }
  return bits;
}

/** Per-edge state of one deferred-acceptance run, reused by the reruns no-mutual may need. */
interface RunState {
  rejected: Uint8Array;
  active: Uint8Array;
}

function deferredAcceptance(
  c: Candidates, order: Int32Array, contractSkill: Int32Array, dropped: Uint8Array, state: RunState,
): { active: Uint8Array; proposals: number } {
  const p = c.prepared;
  const n = p.count;
  const { rejected, active } = state;
  rejected.fill(0);
  active.fill(0);
  const heldStart = new Int32Array(n + 1);
  for (let m = 0; m < n; m++) heldStart[m + 1] = heldStart[m] + p.seats[m];
  const heldCount = new Int32Array(n);
  const held = new Int32Array(heldStart[n]);
  const firstOpen = c.menteeStart.slice(0, n);
  const mentorPrefers = (x: number, y: number): boolean =>
    c.score[x] > c.score[y] || (c.score[x] === c.score[y] && p.idRank[c.mentee[x]] < p.idRank[c.mentee[y]]);

  const stack: number[] = [];
  const inStack = new Uint8Array(n);
  const schedule = (e: number): void => {
    if (!inStack[e]) {
      inStack[e] = 1;
      stack.push(e);
    }
  };
  for (let e = n - 1; e >= 0; e--) if (p.menteeLimit[e] > 0 && c.menteeStart[e + 1] > c.menteeStart[e]) schedule(e);

  let proposals = 0;
  const propose = (edge: number): boolean => {
    proposals++;
    const m = c.mentor[edge];
    const start = heldStart[m];
    if (heldCount[m] < p.seats[m]) {
      held[start + heldCount[m]++] = edge;
      active[edge] = 1;
      return true;
    }
    let worst = -1;
    for (let k = start; k < start + heldCount[m]; k++) if (worst < 0 || mentorPrefers(held[worst], held[k])) worst = k;
    if (worst < 0 || !mentorPrefers(edge, held[worst])) {
      rejected[edge] = 1;
      return false;
    }
    const bumped = held[worst];
    held[worst] = edge;
    active[edge] = 1;
    active[bumped] = 0;
    rejected[bumped] = 1;
    schedule(c.mentee[bumped]);
    return true;
  };

  while (stack.length > 0) {
    const e = stack.pop() ?? 0;
    inStack[e] = 0;
    const end = c.menteeStart[e + 1];
    while (firstOpen[e] < end && (rejected[order[firstOpen[e]]] || dropped[order[firstOpen[e]]])) firstOpen[e]++;
    // The mentee's choice: walk the list, take a contract whose skill is still free, up to the limit.
    let usedSkills = 0;
    let taken = 0;
    let refused = false;
    for (let k = firstOpen[e]; k < end && taken < p.menteeLimit[e]; k++) {
      const edge = order[k];
      if (rejected[edge] || dropped[edge]) continue;
      const skillBit = contractSkill[edge];
      if (usedSkills & skillBit) continue;
      if (!active[edge] && !propose(edge)) {
        refused = true;
        continue;
      }
      usedSkills |= skillBit;
      taken++;
    }
    if (refused && taken < p.menteeLimit[e]) schedule(e);
  }
  return { active, proposals };
}

function mutualDrops(c: Candidates, active: Uint8Array, dropped: Uint8Array): number {
  const p = c.prepared;
  const byPair = new Map<number, number>();
  for (let edge = 0; edge < c.count; edge++) if (active[edge]) byPair.set(c.mentor[edge] * p.count + c.mentee[edge], edge);
  let drops = 0;
  for (const [key, edge] of byPair) {
    const back = byPair.get(c.mentee[edge] * p.count + c.mentor[edge]);
    if (back === undefined || key > c.mentee[edge] * p.count + c.mentor[edge]) continue;
    const weaker = c.score[edge] < c.score[back] || (c.score[edge] === c.score[back] && p.idRank[c.mentor[edge]] > p.idRank[c.mentor[back]]) ? edge : back;
    dropped[weaker] = 1;
    drops++;
  }
  return drops;
}

/** The stable solve without the reporting; arrays as for solveOptimal. */
export function solveStable(input: MatchInput | Prepared, arrays: ArraySource = freshArrays): StableSolve {
  const c = buildCandidates('indexOf' in input ? input : prepare(input), arrays);
  const settings = c.prepared.input.settings;
  const p = c.prepared;
  const order = menteeLists(c, arrays);
  const contractSkill = contractSkills(c, arrays);
  const dropped = arrays.uint8(c.count);
  const state: RunState = { rejected: arrays.uint8(c.count), active: arrays.uint8(c.count) };
  let run = deferredAcceptance(c, order, contractSkill, dropped, state);
  let proposals = run.proposals;
  while (!settings.allowMutual && mutualDrops(c, run.active, dropped) > 0) {
    run = deferredAcceptance(c, order, contractSkill, dropped, state);
    proposals += run.proposals;
  }
  let active = 0;
  for (let edge = 0; edge < c.count; edge++) active += run.active[edge];
  const chosen = chosenPairs(active);
  for (let edge = 0; edge < c.count; edge++) {
    if (!run.active[edge]) continue;
    const e = c.mentee[edge];
    addChosen(chosen, c.mentor[edge], e, p.seekSkill[p.seekStart[e] + (31 - Math.clz32(contractSkill[edge]))]);
  }
  return { candidates: c, chosen, proposals, exact: true };
}

/**
 * The mentee-optimal stable matching. Over the class index (stableClasses.ts) when every mentee takes
 * one mentor and the pair lists would be long (optimal.ts, chooseNetwork), else over candidate pairs.
 */
export function matchStable(input: MatchInput, options: MatchOptions = {}): MatchResult {
  const result = runMatch('stable', input, (raw, arrays) => {
    const prepared = prepare(raw);
    const fits = Math.floor(raw.settings.mentorsPerMentee) <= 1;
    const network = options.network === 'classes' && fits ? 'classes' : options.network ?? chooseNetwork({ ...raw, settings: { ...raw.settings, allowMutual: true } }, prepared);
    if (network === 'classes') {
      const solved = solveStableByClasses(prepared, options.onProgress);
      return { prepared, chosen: solved.chosen, exact: true, arcs: solved.streams.mentor.length, best: (e, skill) => bestCandidate(solved.index, solved.namedBy, e, skill) };
    }
    const solved = solveStable(prepared, arrays);
    return { prepared, chosen: solved.chosen, exact: true, arcs: solved.candidates.count, best: candidateBest(solved.candidates) };
  });
  options.onProgress?.(input.participants.length, input.participants.length);
  return result;
}
