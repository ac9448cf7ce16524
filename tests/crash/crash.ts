// `npm run test:crash`: kills a real Kupu process with SIGKILL 20 times in each scenario (an import
// of 50,000 registrations, a bulk apply of suggestions, a first open's migration, a backup) and checks
// the cohort after every kill. Prints a summary; exits non-zero on any failure.
//   node --import tsx tests/crash/crash.ts [--kills N] [--rows N] [--seed N] [--only import,apply,...]
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatSummary, runCrashTests, scenarioNames, type ScenarioName } from './scenarios';

const { values } = parseArgs({
  options: { kills: { type: 'string' }, rows: { type: 'string' }, seed: { type: 'string' }, only: { type: 'string' }, pairs: { type: 'string' } },
});
const seed = Number(values.seed ?? Date.now() % 1_000_000);
const scenarios = (values.only?.split(',') ?? scenarioNames).filter((s): s is ScenarioName => (scenarioNames as string[]).includes(s));
const started = Date.now();
process.stdout.write(`crash test: seed ${seed}\n`);
const summaries = await runCrashTests({
  dir: join(tmpdir(), `kupu-crash-${process.pid}`),
  rows: Number(values.rows ?? 50_000),
  kills: Number(values.kills ?? 20),
  pairs: Number(values.pairs ?? 5_000),
  scenarios,
  seed,
  log: (line) => process.stdout.write(`${line}\n`),
});
process.stdout.write(`\n${formatSummary(summaries)}\n`);
const failures = summaries.reduce((n, s) => n + s.failures.length, 0);
const runs = summaries.reduce((n, s) => n + s.runs, 0);
process.stdout.write(`${runs} kills in ${Math.round((Date.now() - started) / 1000)} s: ${failures === 0 ? 'all recovered' : `${failures} failure(s)`}\n`);
process.exit(failures === 0 ? 0 : 1);
