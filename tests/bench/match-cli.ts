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

/** The command at one size: a table of every shape, then where the time goes. Returns each shape's medians. */
function timeCli(size: number, shapes: string[], dir: string): Map<string, { optimal: number; stable: number }> {
  console.log(`\n\`kupu match --json\` on ${size}-person cohorts imported from a registration CSV (wall, median of ${CLI_RUNS}):`);
  console.log('| cohort | CSV MB | optimal ms | stable ms | JSON MB | every run (optimal; stable) |');
  console.log('|---|---|---|---|---|---|');
  const dbs: Array<{ shape: string; db: string }> = [];
  const medians = new Map<string, { optimal: number; stable: number }>();
  for (const shape of shapes) {
    const csv = join(dir, `${shape}-${size}.csv`);
    const db = join(dir, `${shape}-${size}.sqlite`);
    writeRegistrationCsv(benchInput(shape, size), csv);
    execFileSync(process.execPath, [kupu, 'import', csv, '--db', db, '--json'], { maxBuffer: 1 << 26, timeout: 10 * 60_000 });
    const optimal = Array.from({ length: CLI_RUNS }, () => wall(['match', '--db', db, '--json']));
    const stable = Array.from({ length: CLI_RUNS }, () => wall(['match', '--db', db, '--mode', 'stable', '--json']));
    const ms = (runs: Array<{ ms: number }>): string => median(runs.map((r) => r.ms)).toFixed(0);
    dbs.push({ shape, db });
    medians.set(shape, { optimal: median(optimal.map((r) => r.ms)), stable: median(stable.map((r) => r.ms)) });
    console.log(`| ${shape} | ${(statSync(csv).size / 1e6).toFixed(1)} | ${ms(optimal)} | ${ms(stable)} | ${(optimal[0].bytes / 1e6).toFixed(1)} | ${optimal.map((r) => r.ms.toFixed(0)).join(', ')}; ${stable.map((r) => r.ms.toFixed(0)).join(', ')} |`);
  }
  timePhases(dbs);
  return medians;
}

/** The command at each size (1x, 4x, ...), then how its wall time grew from the first size to the last. */
export function timeCliSizes(sizes: number[], shapes: string[], dir: string): void {
  const bySize = sizes.map((size) => timeCli(size, shapes, dir));
  if (sizes.length < 2) return;
  const first = bySize[0];
  const last = bySize[bySize.length - 1];
  console.log(`
Growth of \`kupu match --json\`, ${sizes[0]} -> ${sizes[sizes.length - 1]} people (${(sizes[sizes.length - 1] / sizes[0]).toFixed(0)}x), wall:`);
  for (const shape of shapes) {
    const a = first.get(shape);
    const b = last.get(shape);
    if (a && b) console.log(`  ${shape}: optimal ${(b.optimal / a.optimal).toFixed(1)}x, stable ${(b.stable / a.stable).toFixed(1)}x`);
  }
}
