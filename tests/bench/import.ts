// `npm run bench:import [rows]`: Kupu's full import (read the file, parse, normalize, store into a fresh
// cohort file through commitImport, as `kupu import` does) of a 50,000-row registration export as CSV
// and as XLSX, side by side with two peers on the same files:
//   - openpyxl (read_only) merely reading the XLSX's rows;
//   - "the floor": Python's csv module + sqlite3 inserting the CSV rows raw into one table, one transaction;
//   - the same floor in Node (better-sqlite3 and Kupu's own CSV reader, no normalizing, no indexes): what
//     this runtime needs for the floor's work alone, so the CSV target can be read against it.
// Every Kupu run is a fresh process (a cold start, like the command line) so its peak RSS is its own.
// Medians of 3; CPU time is shown beside wall time because this machine is often shared.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openpyxlScript } from './openpyxl';
import { generateRegistrations, registrationCsv, registrationXlsx } from './registrations-gen';
import { median } from './stats';

interface Run {
  wallMs: number;
  cpuMs: number;
  peakRssMb: number;
}

const targets = { xlsxVsOpenpyxl: 0.5, csvVsFloor: 3, peakRssMb: 500 } as const;
const python = '/usr/bin/python3';

/** One import in this (fresh) process: prints its timing as JSON on stdout. */
async function child(file: string): Promise<void> {
  const { commitImport } = await import('../../src/main/services/import/registrations');
  const { openSession } = await import('../../src/main/session');
  const dir = mkdtempSync(join(tmpdir(), 'kupu-bench-cohort-'));
  const session = openSession(join(dir, 'cohort.kupu.sqlite'));
  try {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const data = readFileSync(file).toString('base64');
    // As `kupu import` runs it: parsed in this thread (the command line has no window to keep responsive).
    const report = await commitImport(session.db, { fileName: basename(file), data }, { parseInThread: true });
    const used = process.cpuUsage(cpu);
    const wallMs = performance.now() - started;
    if (!report.committed || report.errors.length > 0) throw new Error(`import failed: ${JSON.stringify(report.errors.slice(0, 3))}`);
    const run: Run & { added: number } = {
      wallMs, cpuMs: (used.user + used.system) / 1000, peakRssMb: process.resourceUsage().maxRSS / 1024, added: report.added,
    };
    process.stdout.write(`${JSON.stringify(run)}\n`);
  } finally {
    session.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The floor's work in Node, in this (fresh) process: read, split into records, insert raw, one transaction. */
async function nodeFloor(file: string): Promise<void> {
  const { default: Database } = await import('better-sqlite3');
  const { parseDelimited } = await import('../../src/main/import/csv');
  const dir = mkdtempSync(join(tmpdir(), 'kupu-bench-floor-'));
  try {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const [header, ...rows] = parseDelimited(readFileSync(file, 'utf8'), ',', basename(file));
    const db = new Database(join(dir, 'floor.sqlite'));
    db.exec(`CREATE TABLE registration (${header.map((_, i) => `c${i} TEXT`).join(', ')})`);
    const insert = db.prepare(`INSERT INTO registration VALUES (${header.map(() => '?').join(', ')})`);
    db.transaction(() => {
      for (const row of rows) insert.run(row);
    })();
    db.close();
    const used = process.cpuUsage(cpu);
    const run: Run & { added: number } = {
      wallMs: performance.now() - started, cpuMs: (used.user + used.system) / 1000, peakRssMb: process.resourceUsage().maxRSS / 1024, added: rows.length,
    };
    process.stdout.write(`${JSON.stringify(run)}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function kupuImport(file: string, rows: number, mode: '--child' | '--node-floor' = '--child'): Run {
  const runs: Run[] = [];
  for (let i = 0; i < 3; i++) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), mode, file], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const run: Run & { added: number } = JSON.parse(out.trim().split('\n').pop() ?? '{}');
    if (run.added !== rows) throw new Error(`${basename(file)}: ${run.added} added, expected ${rows}`);
    runs.push(run);
  }
  return { wallMs: median(runs.map((r) => r.wallMs)), cpuMs: median(runs.map((r) => r.cpuMs)), peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)) };
}


const floorScript = `
import csv, os, resource, shutil, sqlite3, sys, tempfile, time
wall, cpu = [], []
for _ in range(3):
    folder = tempfile.mkdtemp()
    started, cpu_started = time.perf_counter(), time.process_time()
    with open(sys.argv[1], newline="", encoding="utf-8") as f:
        rows = csv.reader(f)
        header = next(rows)
        db = sqlite3.connect(os.path.join(folder, "floor.sqlite"))
        db.execute("CREATE TABLE registration (%s)" % ", ".join("c%d TEXT" % i for i in range(len(header))))
        with db:
            db.executemany("INSERT INTO registration VALUES (%s)" % ", ".join("?" * len(header)), rows)
        n = db.execute("SELECT count(*) FROM registration").fetchone()[0]
        db.close()
    wall.append(time.perf_counter() - started)
    cpu.append(time.process_time() - cpu_started)
    shutil.rmtree(folder)
print(sorted(wall)[1] * 1000, sorted(cpu)[1] * 1000, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, n)
`;

function peer(script: string, file: string, rows: number): Run | string {
  try {
    const [wallMs, cpuMs, peakRssMb, count] = execFileSync(python, ['-c', script, file], { encoding: 'utf8' }).trim().split(' ').map(Number);
    // openpyxl counts the header row too.
    if (count !== rows && count !== rows + 1) return `read ${count} rows, expected ${rows}`;
    return { wallMs, cpuMs, peakRssMb };
  } catch (error) {
    return error instanceof Error ? error.message.split('\n')[0] : String(error);
  }
}

async function main(): Promise<void> {
  const rows = Number(process.argv[2] ?? 50_000);
  const dir = join(tmpdir(), 'kupu-bench-import');
  mkdirSync(dir, { recursive: true });
  const people = generateRegistrations(rows);
  const csvPath = join(dir, 'registrations.csv');
  const xlsxPath = join(dir, 'registrations.xlsx');
  const csv = registrationCsv(people);
  const xlsx = registrationXlsx(people);
  writeFileSync(csvPath, csv);
  writeFileSync(xlsxPath, xlsx);
  console.log(`${rows.toLocaleString('en')} registrations: CSV ${(csv.length / 1e6).toFixed(1)} MB, XLSX ${(xlsx.length / 1e6).toFixed(1)} MB (${dir})`);

  const results: Array<[string, Run | string]> = [
    ['Kupu full import, CSV (read+parse+normalize+store)', kupuImport(csvPath, rows)],
    ['Kupu full import, XLSX (read+parse+normalize+store)', kupuImport(xlsxPath, rows)],
    ['peer 1: openpyxl read_only, reading the XLSX', peer(openpyxlScript, xlsxPath, rows)],
    ['peer 2: the floor, python csv + sqlite3 raw insert', peer(floorScript, csvPath, rows)],
    ['the floor in Node: Kupu CSV reader + better-sqlite3 raw', kupuImport(csvPath, rows, '--node-floor')],
  ];
  const width = 54;
  console.log(`\n${''.padEnd(width)} ${'wall ms'.padStart(8)} ${'cpu ms'.padStart(8)} ${'peak RSS'.padStart(9)}`);
  for (const [label, run] of results) {
    console.log(typeof run === 'string'
      ? `${label.padEnd(width)} not run: ${run}`
      : `${label.padEnd(width)} ${run.wallMs.toFixed(0).padStart(8)} ${run.cpuMs.toFixed(0).padStart(8)} ${`${run.peakRssMb.toFixed(0)} MB`.padStart(9)}`);
  }

  const [csvRun, xlsxRun, openpyxl, floor, nodeFloorRun] = results.map(([, run]) => run);
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const ratio = (a: Run | string, b: Run | string, key: 'wallMs' | 'cpuMs') =>
    typeof a === 'string' || typeof b === 'string' ? null : a[key] / b[key];
  console.log(`\n${'target'.padEnd(width)} ${'wall'.padStart(8)} ${'cpu'.padStart(8)}  verdict (wall)`);
  const lines: Array<[string, number | null, number | null, number]> = [
    [`XLSX import / openpyxl read      <= ${targets.xlsxVsOpenpyxl}`, ratio(xlsxRun, openpyxl, 'wallMs'), ratio(xlsxRun, openpyxl, 'cpuMs'), targets.xlsxVsOpenpyxl],
    [`CSV import / floor               <= ${targets.csvVsFloor}`, ratio(csvRun, floor, 'wallMs'), ratio(csvRun, floor, 'cpuMs'), targets.csvVsFloor],
  ];
  for (const [label, wall, cpu, target] of lines) {
    console.log(`${label.padEnd(width)} ${wall === null ? '—'.padStart(8) : wall.toFixed(2).padStart(8)} ${cpu === null ? '—'.padStart(8) : cpu.toFixed(2).padStart(8)}  ${wall === null ? 'not measured' : verdict(wall <= target)}`);
  }
  const floorRatio = ratio(nodeFloorRun, floor, 'wallMs');
  if (floorRatio !== null && typeof floor !== 'string') {
    // Not a target: how much of the CSV budget (3 x the floor) this runtime spends on the floor's work alone.
    console.log(`${'(context) Node floor / python floor'.padEnd(width)} ${floorRatio.toFixed(2).padStart(8)} ${(ratio(nodeFloorRun, floor, 'cpuMs') ?? 0).toFixed(2).padStart(8)}  leaves ${(targets.csvVsFloor * floor.wallMs - (typeof nodeFloorRun === 'string' ? 0 : nodeFloorRun.wallMs)).toFixed(0)} ms of the CSV budget for normalizing, indexes, journal`);
  }
  const peak = Math.max(...[csvRun, xlsxRun].map((r) => (typeof r === 'string' ? 0 : r.peakRssMb)));
  console.log(`${`Kupu peak RSS                    < ${targets.peakRssMb} MB`.padEnd(width)} ${`${peak.toFixed(0)} MB`.padStart(8)} ${''.padStart(8)}  ${verdict(peak < targets.peakRssMb)}`);
}

if (process.argv[2] === '--child') await child(process.argv[3]);
else if (process.argv[2] === '--node-floor') await nodeFloor(process.argv[3]);
else await main();
