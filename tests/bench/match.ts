// Matching benchmark: Kupu's exact optimal and stable modes against LEMON's network simplex (C++, built
// here with g++ from Debian's liblemon-dev) on the same network Kupu solves, LEMON on the full pair
// network where it fits, and the Python reference solvers (scipy, networkx) on the pair instance.
// Run: npm run bench:match. Each instance runs in its own process (match-run.ts), so its peak RSS is
// its own. Then `kupu match --json` is timed end to end on cohorts imported from a registration CSV.
//   BENCH_SIZES=5000,20000,50000,100000  BENCH_SHAPES=form-loose,...  BENCH_RUNS=5  BENCH_PEER_RUNS=3
//   BENCH_CLI_SIZE=12500,50000 (the CLI part's sizes; 0 skips it)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { timeCliSizes } from './match-cli';
import { shapeNames } from '../support/matching/registrationCsv';
import { median } from './stats';

const here = dirname(fileURLToPath(import.meta.url));
const SIZES = (process.env.BENCH_SIZES ?? '5000,20000,50000,100000').split(',').map(Number);
const SHAPES = (process.env.BENCH_SHAPES ?? shapeNames.join(',')).split(',');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PEER_RUNS = Number(process.env.BENCH_PEER_RUNS ?? 3);
const CLI_SIZES = (process.env.BENCH_CLI_SIZE ?? '12500,50000').split(',').map(Number).filter((size) => size > 0);
/** The earlier class-of-250 shapes are run at these sizes only (their pair network is the point). */
const PAIR_SHAPE_SIZES = new Set([5000, 12500, 50000]);

interface Run {
  shape: string; size: number; network: string; arcs: number; pairBound: number; rssMb: number;
  optimalMs: number[]; optimalCpuMs: number[]; optimalTotal: number; optimalTotals: number[]; stableMs: number[]; stableCpuMs: number[]; stableTotal: number;
  files: { same?: string; pairs?: string; peers?: string };
  written: Record<string, { units: number; unmatchedCost: number; arcs: number }>;
}

interface Lemon { solveMs: number; total: number; note?: string }
interface Peer { name: string; ms?: number; total?: number; note?: string; runs?: number[] }

function buildLemon(dir: string): string | null {
  if (!existsSync('/usr/include/lemon/network_simplex.h')) return null;
  const binary = join(dir, 'lemon_mcf');
  execFileSync('g++', ['-O2', '-o', binary, join(here, 'lemon_mcf.cpp')]);
  return binary;
}

function runLemon(binary: string | null, file: string | undefined, written: { units: number; unmatchedCost: number } | undefined): Lemon | null {
  if (!binary || !file || !written) return null;
  const runs = Array.from({ length: PEER_RUNS }, () => JSON.parse(execFileSync(binary, [file], { encoding: 'utf8', timeout: 30 * 60_000 })) as { cost: number; solveMs: number });
  return { solveMs: median(runs.map((r) => r.solveMs)), total: written.units * written.unmatchedCost - runs[0].cost, ...(runs.some((r) => r.cost !== runs[0].cost) ? { note: 'runs disagree' } : {}) };
}

function runPython(file: string | undefined): Peer[] {
  if (!file) return [];
  const output = execFileSync('/usr/bin/python3', [join(here, 'match_peers.py'), file, '', String(PEER_RUNS)], { encoding: 'utf8', maxBuffer: 1 << 24, timeout: 30 * 60_000 });
  return (JSON.parse(output) as { peers: Peer[] }).peers;
}

const fmt = (ms: number | undefined): string => (ms === undefined ? '—' : ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
const ratio = (peer: number | undefined, kupu: number): string => (peer === undefined ? '—' : `${(peer / kupu).toFixed(1)}x`);

function table(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padStart(widths[i])).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), 'kupu-bench-match-'));
  const rows: string[][] = [];
  const runLines: string[] = [];
  let allOk = true;
  try {
    const lemon = buildLemon(dir);
    if (!lemon) console.log('LEMON skipped: install Debian\'s liblemon-dev (apt-get install liblemon-dev) and g++.');
    for (const size of SIZES) {
      for (const shape of SHAPES) {
        if (!shape.startsWith('form-') && !PAIR_SHAPE_SIZES.has(size)) continue;
        const output = execFileSync(process.execPath, ['--import', 'tsx', join(here, 'match-run.ts'), shape, String(size), String(RUNS), dir], { encoding: 'utf8', maxBuffer: 1 << 24, timeout: 60 * 60_000 });
        const run = JSON.parse(output) as Run;
        const same = runLemon(lemon, run.files.same, run.written.same);
        const pairs = run.files.pairs === run.files.same ? same : runLemon(lemon, run.files.pairs, run.written.pairs);
        const peers = runPython(run.files.peers);
        for (const file of Object.values(run.files)) rmSync(file, { force: true });
        const kupuMs = median(run.optimalMs);
        const exact = [...run.optimalTotals, same?.total, pairs?.total, ...peers.map((p) => p.total)].filter((t): t is number => t !== undefined);
        const ok = exact.every((t) => t === run.optimalTotal);
        allOk &&= ok;
        const python = peers.filter((p) => p.ms !== undefined);
        const fastest = python.length > 0 ? Math.min(...python.map((p) => p.ms ?? Infinity)) : undefined;
        const peerMs = (name: string): string => fmt(peers.find((p) => p.name === name)?.ms);
        rows.push([
          String(size), shape, String(run.pairBound), run.network, String(run.arcs),
          fmt(kupuMs), fmt(median(run.optimalCpuMs)), fmt(median(run.stableMs)), fmt(median(run.stableCpuMs)), run.rssMb.toFixed(0),
          fmt(same?.solveMs), fmt(pairs?.solveMs), peerMs('scipy-sparse'), peerMs('networkx'),
          ratio(same?.solveMs, kupuMs), ratio(pairs?.solveMs, kupuMs), ratio(fastest, kupuMs), ok ? 'OK' : 'MISMATCH',
        ]);
        runLines.push(`${shape} ${size}: kupu optimal ${run.optimalMs.map(fmt).join(', ')} ms (CPU ${run.optimalCpuMs.map(fmt).join(', ')}); stable ${run.stableMs.map(fmt).join(', ')} ms (CPU ${run.stableCpuMs.map(fmt).join(', ')}); totals optimal ${run.optimalTotal}, stable ${run.stableTotal}`);
        for (const peer of peers) {
          if (peer.note) runLines.push(`${shape} ${size}: ${peer.name} ${peer.note}`);
          if ((peer.runs?.length ?? 0) > 0) runLines.push(`${shape} ${size}: ${peer.name} ${peer.runs?.join(', ')} ms`);
        }
        if (!run.files.peers) runLines.push(`${shape} ${size}: pair network (${run.pairBound} arcs) not written for LEMON and the Python peers: too large`);
        process.stderr.write(`done ${shape} ${size}\n`);
      }
    }
    table(['size', 'cohort', 'pair arcs', 'network', 'kupu arcs', 'optimal ms', 'optimal CPU ms', 'stable ms', 'stable CPU ms', 'peak RSS MB', 'LEMON same ms', 'LEMON pairs ms',
      'scipy-sparse ms', 'networkx ms', 'LEMON same / kupu', 'LEMON pairs / kupu', 'fastest py / kupu', 'exact totals'], rows);
    console.log(`\nKupu: median of ${RUNS} runs of the whole call (prepare, network, solve, pairs with reasons, unmatched), each instance in a fresh process after a warm-up;`
      + ' "ms" is wall time, "CPU ms" the process\'s CPU time for the call (the figure to compare on a shared machine).'
      + ` LEMON: NetworkSimplex run() alone, median of ${PEER_RUNS}. scipy: building its input and solving, median of ${PEER_RUNS}; networkx one run.`
      + ' "pair arcs" bounds the pair network (a pair sharing two skills counts twice); "kupu arcs" is what Kupu solved on.');
    console.log('\nEvery timed run:');
    for (const line of runLines) console.log(`  ${line}`);
    console.log(allOk ? 'All exact methods agree.' : 'MISMATCH between exact methods.');
    if (CLI_SIZES.length > 0) timeCliSizes(CLI_SIZES, SHAPES, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (!allOk) process.exitCode = 1;
}

main();
