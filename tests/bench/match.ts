// Matching benchmark: Kupu's exact optimal and stable modes against Python reference solvers on the
// same instances. Run: npx tsx tests/bench/match.ts   (npm run bench:match). Deterministic instances
// (seeded), medians of several runs for Kupu and for the scipy peers (networkx once), via /usr/bin/python3.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCandidates } from '../../src/main/core/matching/candidates';
import { matchOptimal, matchStable } from '../../src/main/core/matching/index';
import { prepare } from '../../src/main/core/matching/prepare';
import { benchCohort, type Tightness } from '../support/matching/randomCohort';
import type { MatchInput } from '../../src/main/core/matching/types';
import { median } from './stats';

const SIZES = (process.env.BENCH_SIZES ?? '500,5000,50000').split(',').map(Number);
const SHAPES: Tightness[] = (process.env.BENCH_SHAPES ?? 'loose,tight,balanced').split(',').filter((s): s is Tightness => ['loose', 'tight', 'balanced'].includes(s));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** The scipy peers run this many times per instance (median reported); networkx runs once. */
const PEER_RUNS = Number(process.env.BENCH_PEER_RUNS ?? 3);
const PYTHON = '/usr/bin/python3';
const PEERS_SCRIPT = join(dirname(fileURLToPath(import.meta.url)), 'match_peers.py');

interface Peer {
  name: string;
  ms?: number;
  total?: number;
  note?: string;
  runs?: number[];
}

function timed<T>(run: () => T): { ms: number; value: T } {
  const started = performance.now();
  const value = run();
  return { ms: performance.now() - started, value };
}

/** The instance as the peers see it: Kupu's candidate edges (one per mentor-mentee pair), seats, spread. */
function writeInstance(input: MatchInput, path: string): number {
  const c = buildCandidates(prepare(input));
  const p = c.prepared;
  if (input.settings.mentorsPerMentee !== 1) throw new Error('the peers model one mentor per mentee');
  // Written straight from the typed arrays (no JS array of millions of numbers per field), so the
  // instance's garbage does not inflate this process's peak RSS, which the table reports for Kupu.
  const list = (values: Int32Array): string => `[${values.join(',')}]`;
  const firstSeat = p.fixedAsMentor.map((fixed) => fixed + 1);
  writeFileSync(path, `{"participants":${p.count},"spread":${p.weights.spread},"mentee":${list(c.mentee)},"mentor":${list(c.mentor)},`
    + `"score":${list(c.score)},"seats":${list(p.seats)},"firstSeat":${list(firstSeat)}}`);
  return c.count;
}

function runPeers(path: string): Peer[] {
  const output = execFileSync(PYTHON, [PEERS_SCRIPT, path, '', String(PEER_RUNS)], { encoding: 'utf8', maxBuffer: 1 << 24, timeout: 15 * 60_000 });
  return (JSON.parse(output) as { peers: Peer[] }).peers;
}

const fmt = (ms: number | undefined): string => (ms === undefined ? '—' : ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), 'kupu-bench-match-'));
  const rows: string[][] = [];
  const notes: string[] = [];
  const runLines: string[] = [];
  let allOk = true;
  try {
    for (const size of SIZES) {
      for (const shape of SHAPES) {
        const input = benchCohort(20_260_101 + size, size, shape);
        const path = join(dir, `${shape}-${size}.json`);
        const candidates = writeInstance(input, path);
        if (rows.length === 0) {
          matchOptimal(input); // warm the JIT once, untimed
          matchStable(input);
        }
        // Only each run's total is kept: holding five results of 50,000 pairs would swell the peak RSS
        // reported below with the benchmark's own bookkeeping.
        const optimal = Array.from({ length: RUNS }, () => timed(() => matchOptimal(input).total));
        const stable = Array.from({ length: RUNS }, () => timed(() => matchStable(input).total));
        const kupuMs = median(optimal.map((r) => r.ms));
        const total = optimal[0].value;
        const peers = runPeers(path);
        const exact = [total, ...optimal.map((r) => r.value), ...peers.flatMap((peer) => (peer.total === undefined ? [] : [peer.total]))];
        const ok = exact.every((value) => value === total);
        allOk &&= ok;
        const byName = new Map(peers.map((peer) => [peer.name, peer]));
        for (const peer of peers) {
          if (peer.note) notes.push(`${shape} ${size}: ${peer.name} ${peer.note}`);
          if ((peer.runs?.length ?? 0) > 1) runLines.push(`${shape} ${size}: ${peer.name} ${peer.runs?.join(', ')} ms`);
        }
        runLines.push(`${shape} ${size}: kupu optimal ${optimal.map((r) => fmt(r.ms)).join(', ')} ms`);
        const fastest = Math.min(...peers.flatMap((peer) => (peer.ms === undefined ? [] : [peer.ms])));
        const cell = (name: string): string => {
          const peer = byName.get(name);
          return peer?.ms === undefined ? 'skip' : `${fmt(peer.ms)}`;
        };
        rows.push([
          String(size),
          shape,
          String(candidates),
          fmt(kupuMs),
          String(total),
          fmt(median(stable.map((r) => r.ms))),
          String(stable[0].value),
          cell('scipy-sparse'),
          cell('scipy-dense'),
          cell('networkx'),
          Number.isFinite(fastest) ? `${(fastest / kupuMs).toFixed(1)}x` : '—',
          ok ? 'OK' : 'MISMATCH',
        ]);
        process.stderr.write(`done ${shape} ${size}\n`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const header = ['size', 'cohort', 'edges', 'kupu opt ms', 'opt total', 'kupu stable ms', 'stable total', 'scipy-sparse ms', 'scipy-dense ms', 'networkx ms', 'fastest py / kupu', 'exact totals'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padStart(widths[i])).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
  console.log(`\nKupu: median of ${RUNS} runs, whole call (candidates, solve, reasons, unmatched). Python: building its input + solving; scipy the median of ${PEER_RUNS} runs, networkx one run.`);
  // maxRSS is the kernel's high-water mark (KB), so a peak inside a run is not missed.
  console.log(`Peak RSS of this process: ${((process.resourceUsage().maxRSS * 1024) / 1e6).toFixed(0)} MB.`);
  console.log('\nEvery timed run:');
  for (const line of runLines) console.log(`  ${line}`);
  for (const note of notes) console.log(`note: ${note}`);
  console.log(allOk ? 'All exact methods agree.' : 'MISMATCH between exact methods.');
  if (!allOk) process.exitCode = 1;
}

main();
