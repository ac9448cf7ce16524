// `kupu match --json` end to end, as a coordinator runs it: a cohort imported from a registration CSV
// (untimed), then the command timed from process start to exit (open the cohort file, load, match,
// write the JSON), both modes, median of BENCH_CLI_RUNS.
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchInput, writeRegistrationCsv } from '../support/matching/registrationCsv';
import { median } from './stats';

const here = dirname(fileURLToPath(import.meta.url));
const kupu = join(here, '..', '..', 'bin', 'kupu.mjs');
const phasesScript = join(here, 'match-cli-phases.ts');
const CLI_RUNS = Number(process.env.BENCH_CLI_RUNS ?? 3);

function wall(args: string[]): { ms: number; bytes: number } {
  const started = performance.now();
  const out = execFileSync(process.execPath, [kupu, ...args], { maxBuffer: 1 << 30, timeout: 10 * 60_000 });
  return { ms: performance.now() - started, bytes: out.length };
}

type Phases = Record<'open' | 'load' | 'match' | 'json', [number, number]>;

/** One run of match-cli-phases.ts in a process of its own: each phase's wall and CPU ms. */
function phases(db: string, mode: string): Phases {
  const out = execFileSync(process.execPath, ['--import', 'tsx', phasesScript, db, mode], { encoding: 'utf8', timeout: 10 * 60_000 });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as Phases;
}

/** Where a run's time goes: start-up (`kupu --help`), then open, load, match and JSON, wall / CPU ms. */
function timePhases(dbs: Array<{ shape: string; db: string }>): void {
  const startup = Array.from({ length: CLI_RUNS }, () => wall(['--help']).ms);
  console.log(`\nWhere the time goes (median of ${CLI_RUNS}; wall / CPU ms; the phases in a fresh process each, as the command runs them):`);
  console.log(`start-up (\`kupu --help\`, wall): ${median(startup).toFixed(0)} ms`);
  console.log('| cohort | mode | open | load | match | JSON |');
  console.log('|---|---|---|---|---|---|');
  for (const { shape, db } of dbs) {
    for (const mode of ['optimal', 'stable']) {
      const runs = Array.from({ length: CLI_RUNS }, () => phases(db, mode));
      const cell = (name: keyof Phases): string => `${median(runs.map((r) => r[name][0])).toFixed(0)} / ${median(runs.map((r) => r[name][1])).toFixed(0)}`;
      console.log(`| ${shape} | ${mode} | ${cell('open')} | ${cell('load')} | ${cell('match')} | ${cell('json')} |`);
    }
  }
}

export function timeCli(size: number, shapes: string[], dir: string): void {
  console.log(`\n\`kupu match --json\` on ${size}-person cohorts imported from a registration CSV (wall, median of ${CLI_RUNS}):`);
  console.log('| cohort | CSV MB | optimal ms | stable ms | JSON MB | every run (optimal; stable) |');
  console.log('|---|---|---|---|---|---|');
  const dbs: Array<{ shape: string; db: string }> = [];
  for (const shape of shapes) {
    const csv = join(dir, `${shape}-${size}.csv`);
    const db = join(dir, `${shape}-${size}.sqlite`);
    writeRegistrationCsv(benchInput(shape, size), csv);
    execFileSync(process.execPath, [kupu, 'import', csv, '--db', db, '--json'], { maxBuffer: 1 << 26, timeout: 10 * 60_000 });
    const optimal = Array.from({ length: CLI_RUNS }, () => wall(['match', '--db', db, '--json']));
    const stable = Array.from({ length: CLI_RUNS }, () => wall(['match', '--db', db, '--mode', 'stable', '--json']));
    const ms = (runs: Array<{ ms: number }>): string => median(runs.map((r) => r.ms)).toFixed(0);
    dbs.push({ shape, db });
    console.log(`| ${shape} | ${(statSync(csv).size / 1e6).toFixed(1)} | ${ms(optimal)} | ${ms(stable)} | ${(optimal[0].bytes / 1e6).toFixed(1)} | ${optimal.map((r) => r.ms.toFixed(0)).join(', ')}; ${stable.map((r) => r.ms.toFixed(0)).join(', ')} |`);
  }
  timePhases(dbs);
}
