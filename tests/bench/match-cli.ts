// `kupu match --json` end to end, as a coordinator runs it: a cohort imported from a registration CSV
// (untimed), then the command timed from process start to exit (open the cohort file, load, match,
// write the JSON), both modes, median of BENCH_CLI_RUNS.
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchInput, writeRegistrationCsv } from '../support/matching/registrationCsv';
import { median } from './stats';

const kupu = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'kupu.mjs');
const CLI_RUNS = Number(process.env.BENCH_CLI_RUNS ?? 3);

function wall(args: string[]): { ms: number; bytes: number } {
  const started = performance.now();
  const out = execFileSync(process.execPath, [kupu, ...args], { maxBuffer: 1 << 30, timeout: 10 * 60_000 });
  return { ms: performance.now() - started, bytes: out.length };
}

export function timeCli(size: number, shapes: string[], dir: string): void {
  console.log(`\n\`kupu match --json\` on ${size}-person cohorts imported from a registration CSV (wall, median of ${CLI_RUNS}):`);
  console.log('| cohort | CSV MB | optimal ms | stable ms | JSON MB | every run (optimal; stable) |');
  console.log('|---|---|---|---|---|---|');
  for (const shape of shapes) {
    const csv = join(dir, `${shape}-${size}.csv`);
    const db = join(dir, `${shape}-${size}.sqlite`);
    writeRegistrationCsv(benchInput(shape, size), csv);
    execFileSync(process.execPath, [kupu, 'import', csv, '--db', db, '--json'], { maxBuffer: 1 << 26, timeout: 10 * 60_000 });
    const optimal = Array.from({ length: CLI_RUNS }, () => wall(['match', '--db', db, '--json']));
    const stable = Array.from({ length: CLI_RUNS }, () => wall(['match', '--db', db, '--mode', 'stable', '--json']));
    const ms = (runs: Array<{ ms: number }>): string => median(runs.map((r) => r.ms)).toFixed(0);
    console.log(`| ${shape} | ${(statSync(csv).size / 1e6).toFixed(1)} | ${ms(optimal)} | ${ms(stable)} | ${(optimal[0].bytes / 1e6).toFixed(1)} | ${optimal.map((r) => r.ms.toFixed(0)).join(', ')}; ${stable.map((r) => r.ms.toFixed(0)).join(', ')} |`);
  }
}
