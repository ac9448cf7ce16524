// One bench:match instance in its own process (so its peak RSS is its own): Kupu's optimal and stable
// modes timed on it, then the networks written for the peers. Prints one JSON line. Run by match.ts:
//   npx tsx tests/bench/match-run.ts SHAPE SIZE RUNS DIR
import { join } from 'node:path';
import { buildCandidates } from '../../src/main/core/matching/candidates';
import { buildClassNetwork } from '../../src/main/core/matching/classNetwork';
import { matchOptimal, matchStable } from '../../src/main/core/matching/index';
import { chooseNetwork, pairArcBound } from '../../src/main/core/matching/networkChoice';
import { prepare } from '../../src/main/core/matching/prepare';
import type { MatchInput } from '../../src/main/core/matching/types';
import { benchInput } from '../support/matching/registrationCsv';
import { writeClassNetwork, writePairNetwork, writePeerInstance, type WrittenNetwork } from './match-networks';

/** Pair networks up to this many arcs are written for LEMON and the Python peers (a 5,000 form cohort). */
export const PAIR_NETWORK_LIMIT = 6_000_000;

/** Wall and CPU time of one call: the CPU time is this process's own, so other work on the machine adds little. */
function timed(run: () => number): { ms: number; cpuMs: number; total: number } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const total = run();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, total };
}

async function main(): Promise<void> {
  const [shape, sizeText, runsText, dir] = process.argv.slice(2);
  const size = Number(sizeText);
  const runs = Number(runsText);
  const input: MatchInput = benchInput(shape, size);
  // Warm the JIT on a small cohort of the same shape, untimed.
  const warm = benchInput(shape, 2000);
  matchOptimal(warm);
  matchStable(warm);
  const optimal = Array.from({ length: runs }, () => timed(() => matchOptimal(input).total));
  const stable = Array.from({ length: runs }, () => timed(() => matchStable(input).total));
  const rssMb = (process.resourceUsage().maxRSS * 1024) / 1e6;
  const p = prepare(input);
  const network = chooseNetwork(input, p);
  const pairBound = pairArcBound(p);
  const arcs = matchOptimal(input).stats.candidates;
  const files: Record<string, string> = {};
  const written: Record<string, WrittenNetwork> = {};
  const base = join(dir, `${shape}-${size}`);
  if (network === 'classes') {
    written.same = await writeClassNetwork(buildClassNetwork(p), (files.same = `${base}-classes.min`));
  }
  if (pairBound <= PAIR_NETWORK_LIMIT) {
    const c = buildCandidates(p);
    written.pairs = await writePairNetwork(c, (files.pairs = `${base}-pairs.min`));
    if (network === 'pairs') {
      written.same = written.pairs;
      files.same = files.pairs;
    }
    writePeerInstance(c, (files.peers = `${base}-peers.json`));
  }
  process.stdout.write(`${JSON.stringify({
    shape, size, network, arcs, pairBound, rssMb,
    optimalMs: optimal.map((r) => r.ms), optimalCpuMs: optimal.map((r) => r.cpuMs), optimalTotal: optimal[0].total, optimalTotals: optimal.map((r) => r.total),
    stableMs: stable.map((r) => r.ms), stableCpuMs: stable.map((r) => r.cpuMs), stableTotal: stable[0].total,
    files, written,
  })}\n`);
}

void main();
