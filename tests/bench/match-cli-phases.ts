// One `kupu match --json` run's work, phase by phase, in a fresh process as the command does it: open the
// cohort file, load the cohort, match, write the JSON (to /dev/null). Prints {phase: [wall ms, cpu ms]}.
// Usage: tsx tests/bench/match-cli-phases.ts COHORT.sqlite optimal|stable
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { writeMatchJson } from '../../src/main/cli/matchJson';
import { matchOptimal, matchStable } from '../../src/main/core/matching';
import { matchInput } from '../../src/main/services/matching/suggest';
import { getSettings } from '../../src/main/store/cohortRepo';
import { openSession } from '../../src/main/session';

const [db, mode] = process.argv.slice(2);
const phases: Record<string, [number, number]> = {};
async function phase<T>(name: string, work: () => T | Promise<T>): Promise<T> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = await work();
  const used = process.cpuUsage(cpu);
  phases[name] = [performance.now() - started, (used.user + used.system) / 1000];
  return result;
}

const session = await phase('open', () => openSession(db, { readIfHeld: true }));
const input = await phase('load', () => matchInput(session.db));
const set = await phase('match', () => (mode === 'stable' ? matchStable(input) : matchOptimal(input)));
const out = createWriteStream('/dev/null');
await phase('json', async () => {
  await writeMatchJson(out, set, getSettings(session.db).language, null);
  out.end();
  await once(out, 'finish');
});
session.close();
console.log(JSON.stringify(phases));
