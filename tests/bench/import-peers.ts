// bench:import's peers, run by Debian's python3 on the same files as Kupu (each prints
// "wall_ms cpu_ms peak_rss_mb rows", medians of 3):
//   - openpyxl in read-only mode merely iterating an XLSX's rows (openpyxl.ts);
//   - the floor: Python's csv module + sqlite3 inserting the CSV rows raw into one table, one transaction;
//   - the same floor in Node: Kupu's CSV reader + better-sqlite3, no normalizing, no indexes, run in a fresh
//     process like Kupu's own runs (see nodeFloor): what this runtime needs for the floor's work alone;
//   - for context, Kupu's own rows written raw (see schemaFloor): the participants, skills, spellings and
//     preferences Kupu's import stores for the file, inserted into a fresh cohort's schema (its tables and
//     indexes) with nothing else done — what the stored rows cost, whatever the code around them.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export interface Run {
  wallMs: number;
  cpuMs: number;
  peakRssMb: number;
}

export const python = '/usr/bin/python3';

export const floorScript = `
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

/** A python peer on `file`; a string says why it did not run (or read the wrong number of rows). */
export function pythonPeer(script: string, file: string, rows: number): Run | string {
  try {
    const [wallMs, cpuMs, peakRssMb, count] = execFileSync(python, ['-c', script, file], { encoding: 'utf8' }).trim().split(' ').map(Number);
    // openpyxl counts the header row too.
    if (count !== rows && count !== rows + 1) return `read ${count} rows, expected ${rows}`;
    return { wallMs, cpuMs, peakRssMb };
  } catch (error) {
    return error instanceof Error ? error.message.split('\n')[0] : String(error);
  }
}

/** The floor's work in Node, in this (fresh) process: read, split into records, insert raw, one transaction. */
export async function nodeFloor(file: string): Promise<Run & { added: number }> {
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
    return { wallMs: performance.now() - started, cpuMs: (used.user + used.system) / 1000, peakRssMb: process.resourceUsage().maxRSS / 1024, added: rows.length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Kupu's import of `file` (untimed) into one fresh cohort, then only its stored rows inserted raw, in one
 * transaction, into a second fresh cohort: the part of an import's time that is the schema's, not the code's.
 */
export async function schemaFloor(file: string): Promise<Run & { added: number; rowsWritten: number }> {
  const { commitImport } = await import('../../src/main/services/import/registrations');
  const { openSession } = await import('../../src/main/session');
  const dir = mkdtempSync(join(tmpdir(), 'kupu-bench-schema-'));
  try {
    const imported = openSession(join(dir, 'imported.kupu.sqlite'));
    const report = await commitImport(imported.db, { fileName: basename(file), data: readFileSync(file).toString('base64') }, { parseInThread: true });
    const tables = ['skill', 'skill_alias', 'participant', 'participant_skill', 'preference'].map((table) => ({
      table,
      rows: imported.db.prepare(`SELECT * FROM ${table}`).raw(true).all() as unknown[][],
    }));
    imported.close();
    const fresh = openSession(join(dir, 'fresh.kupu.sqlite'));
    // As the import's writer does, no per-row undo trigger: the floor is the rows and their indexes.
    fresh.db.exec(tables.map(({ table }) => `DROP TRIGGER IF EXISTS temp.undo_${table}_insert;`).join('\n'));
    const started = performance.now();
    const cpu = process.cpuUsage();
    fresh.db.transaction(() => {
      for (const { table, rows } of tables) {
        if (rows.length === 0) continue;
        const insert = fresh.db.prepare(`INSERT INTO ${table} VALUES (${rows[0].map(() => '?').join(', ')})`);
        for (const row of rows) insert.run(row);
      }
    })();
    const used = process.cpuUsage(cpu);
    const wallMs = performance.now() - started;
    fresh.close();
    return { wallMs, cpuMs: (used.user + used.system) / 1000, peakRssMb: process.resourceUsage().maxRSS / 1024,
      added: report.added + report.duplicates, rowsWritten: tables.reduce((sum, t) => sum + t.rows.length, 0) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
