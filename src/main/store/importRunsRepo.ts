import type { Db, WriteDb } from './connection';

// The import history: each committed import's report, kept in the cohort (and taken back with the
// import when it is undone).

export interface ImportRunRow {
  id: number;
  file: string;
  committed_at: string;
  report: string;
}

export function insertImportRun(db: WriteDb, file: string, committedAt: string, report: string): number {
  return Number(db.prepare('INSERT INTO import_run (file, committed_at, report) VALUES (?, ?, ?)').run(file, committedAt, report).lastInsertRowid);
}

/** The latest imports first. */
export function listImportRuns(db: Db, limit: number): ImportRunRow[] {
  return db.prepare<[number], ImportRunRow>('SELECT id, file, committed_at, report FROM import_run ORDER BY id DESC LIMIT ?').all(limit);
}

export function getImportRun(db: Db, id: number): ImportRunRow | null {
  return db.prepare<[number], ImportRunRow>('SELECT id, file, committed_at, report FROM import_run WHERE id = ?').get(id) ?? null;
}
