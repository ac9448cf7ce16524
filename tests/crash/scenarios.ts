import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suggestPairs } from '../../src/main/services/matching/suggest';
import { openSession } from '../../src/main/session';
import { backupDirOf, createBackup, listBackups, prune } from '../../src/main/store/backups';
import { openCohortDb } from '../../src/main/store/connection';
import { checkIntegrity } from '../../src/main/store/inspect';
import { latestSchemaVersion } from '../../src/main/store/migrations';
import { seededRandom } from '../support/matching/randomCohort';
import { killAfter, measure, type ChildRun } from './harness';
import { registrationCsv } from './registrations';

// Kill a real Kupu process in the middle of a write, again and again, and check every time that the
// cohort opens, SQLite finds it intact, and the write is entirely there or entirely absent.

export type ScenarioName = 'import' | 'apply' | 'migrate' | 'backup';
export const scenarioNames: ScenarioName[] = ['import', 'apply', 'migrate', 'backup'];

export interface CrashOptions {
  dir: string;
  rows: number;
  kills: number;
  scenarios: ScenarioName[];
  /** How many suggested pairs the apply scenario applies in one go. */
  pairs: number;
  seed: number;
  log: (line: string) => void;
}

export interface ScenarioSummary {
  scenario: ScenarioName;
  runs: number;
  /** The write was entirely there after the kill (or, for backups, no backup was left half-made). */
  present: number;
  /** The write was entirely absent (or a half-made backup was discarded). */
  absent: number;
  measuredMs: number;
  failures: string[];
}

interface Fixture {
  csv: string;
  /** A cohort holding the whole import, closed and checkpointed: one file. */
  full: string;
  pairsFile: string;
  pairCount: number;
}

/** Opens the cohort as the app does after a crash (taking over the dead child's lock) and checks it. */
function inspect(path: string): ReturnType<typeof checkIntegrity> {
  const session = openSession(path);
  try {
    return checkIntegrity(session.db);
  } finally {
    session.close();
  }
}

function expectHealthy(report: ReturnType<typeof checkIntegrity>, failures: string[], where: string): void {
  if (report.integrity !== 'ok') failures.push(`${where}: integrity_check says ${report.integrity}`);
  if (report.foreignKeyViolations > 0) failures.push(`${where}: ${report.foreignKeyViolations} foreign key violations`);
}

function copyCohort(from: string, to: string): void {
  mkdirSync(join(to, '..'), { recursive: true });
  copyFileSync(from, to); // test set-up only: the source is a closed, checkpointed fixture
}

async function buildFixture(options: CrashOptions, importRun: { path: string }): Promise<Fixture> {
  const full = join(options.dir, 'fixture-full.kupu.sqlite');
  const db = openCohortDb(importRun.path);
  const counts = checkIntegrity(db);
  if (counts.participants !== options.rows) throw new Error(`the measured import left ${counts.participants} participants`);
  const pairs = suggestPairs(db).pairs.slice(0, options.pairs).map((p) => ({ mentorId: p.mentorId, menteeId: p.menteeId, skill: p.skill }));
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  copyCohort(importRun.path, full);
  const pairsFile = join(options.dir, 'pairs.json');
  writeFileSync(pairsFile, JSON.stringify(pairs));
  return { csv: join(options.dir, 'registrations.csv'), full, pairsFile, pairCount: pairs.length };
}

interface Scenario {
  /** Prepares run `i` and returns the child's arguments. */
  prepare(runDir: string): Promise<string[]> | string[];
  /** Checks the files after the kill; true when the write is there, false when it is absent. */
  check(runDir: string, run: ChildRun, failures: string[]): boolean;
}

function scenarios(options: CrashOptions, fixture: Fixture): Record<ScenarioName, Scenario> {
  const cohort = (runDir: string) => join(runDir, 'cohort.kupu.sqlite');
  return {
    import: {
      prepare: (runDir) => (mkdirSync(runDir, { recursive: true }), ['import', cohort(runDir), fixture.csv]),
      check(runDir, run, failures) {
        const report = inspect(cohort(runDir));
        expectHealthy(report, failures, runDir);
        if (report.participants !== 0 && report.participants !== options.rows) failures.push(`${runDir}: ${report.participants} participants, neither 0 nor ${options.rows}`);
        if (run.doneAfter !== null && report.participants !== options.rows) failures.push(`${runDir}: the import reported done but is not in the file`);
        return report.participants === options.rows;
      },
    },
    apply: {
      prepare(runDir) {
        copyCohort(fixture.full, cohort(runDir));
        return ['apply', cohort(runDir), fixture.pairsFile];
      },
      check(runDir, run, failures) {
        const report = inspect(cohort(runDir));
        expectHealthy(report, failures, runDir);
        if (report.participants !== options.rows) failures.push(`${runDir}: participants changed to ${report.participants}`);
        if (report.pairings !== 0 && report.pairings !== fixture.pairCount) failures.push(`${runDir}: ${report.pairings} pairings, neither 0 nor ${fixture.pairCount}`);
        if (run.doneAfter !== null && report.pairings !== fixture.pairCount) failures.push(`${runDir}: the apply reported done but is not in the file`);
        return report.pairings === fixture.pairCount;
      },
    },
    migrate: {
      prepare: (runDir) => (mkdirSync(runDir, { recursive: true }), ['migrate', runDir]),
      check(runDir, _run, failures) {
        const files = readdirSync(runDir).filter((name) => name.endsWith('.kupu.sqlite'));
        let complete = true;
        for (const name of files) {
          const raw = new Database(join(runDir, name)); // read-write, so SQLite recovers the WAL as the app would
          const version = Number(raw.pragma('user_version', { simple: true }));
          raw.close();
          if (version !== latestSchemaVersion) complete = false;
          const report = inspect(join(runDir, name));
          expectHealthy(report, failures, `${runDir}/${name}`);
        }
        if (files.length === 0) failures.push(`${runDir}: no cohort file was created`);
        return complete;
      },
    },
    backup: {
      async prepare(runDir) {
        copyCohort(fixture.full, cohort(runDir));
        const db = openCohortDb(cohort(runDir));
        await createBackup(db, cohort(runDir), 'manual'); // "the previous backup"
        db.close();
        return ['backup', cohort(runDir)];
      },
      check(runDir, _run, failures) {
        const path = cohort(runDir);
        const partial = readdirSync(backupDirOf(path)).some((name) => name.includes('.partial'));
        prune(path); // what the next backup does first: a crash's leftovers go
        if (readdirSync(backupDirOf(path)).some((name) => name.includes('.partial'))) failures.push(`${runDir}: a partial backup survived`);
        const backups = listBackups(path);
        if (!backups.some((b) => b.reason === 'manual')) failures.push(`${runDir}: the previous backup is gone`);
        for (const backup of backups) {
          const db = new Database(join(backupDirOf(path), `${backup.id}.sqlite`), { readonly: true, fileMustExist: true });
          const report = checkIntegrity(db);
          db.close();
          expectHealthy(report, failures, `${runDir} backup ${backup.id}`);
          if (report.participants !== options.rows) failures.push(`${runDir} backup ${backup.id}: ${report.participants} participants`);
        }
        expectHealthy(inspect(path), failures, runDir);
        return !partial;
      },
    },
  };
}

async function runScenario(name: ScenarioName, scenario: Scenario, measuredMs: number, options: CrashOptions, random: () => number): Promise<ScenarioSummary> {
  const summary: ScenarioSummary = { scenario: name, runs: 0, present: 0, absent: 0, measuredMs, failures: [] };
  for (let i = 0; i < options.kills; i++) {
    const runDir = join(options.dir, `${name}-${i}`);
    // Kill anywhere from "ready" to twice the measured duration (a busy machine can halve the speed
    // between runs), one random moment in each of `kills` equal slices of that window, so the kills
    // spread over the whole write and both outcomes occur.
    const delay = Math.round(((i + random()) / options.kills) * measuredMs * 2);
    const run = await killAfter(await scenario.prepare(runDir), delay);
    if (run.signal !== 'SIGKILL') summary.failures.push(`${runDir}: the child ended on its own (${run.exitCode}): ${run.stderr.slice(-1000)}`);
    const present = scenario.check(runDir, run, summary.failures);
    summary.runs++;
    if (present) summary.present++;
    else summary.absent++;
    options.log(`${name} #${i + 1}: killed ${Math.round(run.killedAfter ?? 0)} ms after ready (${run.doneAfter === null ? 'mid-write' : 'after done'}) -> ${present ? 'present' : 'absent'}`);
    rmSync(runDir, { recursive: true, force: true });
    rmSync(`${runDir}.backups`, { recursive: true, force: true });
  }
  return summary;
}

/** Runs every requested scenario; the import scenario always runs first, its measured run is the fixture. */
export async function runCrashTests(options: CrashOptions): Promise<ScenarioSummary[]> {
  mkdirSync(options.dir, { recursive: true });
  writeFileSync(join(options.dir, 'registrations.csv'), registrationCsv(options.rows));
  const random = seededRandom(options.seed);
  const importRun = { path: join(options.dir, 'measure-import', 'cohort.kupu.sqlite') };
  mkdirSync(join(importRun.path, '..'), { recursive: true });
  const importMs = Math.round(await measure(['import', importRun.path, join(options.dir, 'registrations.csv')]));
  options.log(`import of ${options.rows} rows: ${importMs} ms from ready to done`);
  const needsFull = options.scenarios.some((name) => name === 'apply' || name === 'backup');
  const fixture = needsFull ? await buildFixture(options, importRun) : { csv: join(options.dir, 'registrations.csv'), full: '', pairsFile: '', pairCount: 0 };
  const all = scenarios(options, fixture);
  const summaries: ScenarioSummary[] = [];
  for (const name of options.scenarios) {
    const scenario = all[name];
    let measuredMs = importMs;
    if (name !== 'import') {
      const measureDir = join(options.dir, `measure-${name}`);
      measuredMs = Math.round(await measure(await scenario.prepare(measureDir)));
      options.log(`${name}: ${measuredMs} ms from ready to done`);
    }
    summaries.push(await runScenario(name, scenario, measuredMs, options, random));
  }
  if (existsSync(options.dir)) rmSync(options.dir, { recursive: true, force: true });
  return summaries;
}

export function formatSummary(summaries: ScenarioSummary[]): string {
  const lines = summaries.map((s) => `${s.scenario.padEnd(8)} runs ${s.runs}, present ${s.present}, absent ${s.absent}, failures ${s.failures.length} (write took ${s.measuredMs} ms)`);
  const failures = summaries.flatMap((s) => s.failures);
  return [...lines, ...failures.map((f) => `FAIL ${f}`)].join('\n');
}
