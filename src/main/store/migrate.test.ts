import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCohortDb } from './connection';
import { latestSchemaVersion } from './migrations';
import { schemaVersion } from './migrate';
import { migration001 } from './migrations/001_initial';

const dirs: string[] = [];
const tempPath = () => {
  const dir = mkdtempSync(join(tmpdir(), 'kupu-migrate-'));
  dirs.push(dir);
  return join(dir, 'c.sqlite');
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('cohort file', () => {
  it('is created at the latest schema with WAL, full sync, foreign keys and strict tables', () => {
    const db = openCohortDb(tempPath());
    expect(schemaVersion(db)).toBe(latestSchemaVersion);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = db.prepare<[], { name: string; strict: number }>("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'").all();
    expect(tables.length).toBeGreaterThan(8);
    expect(tables.filter((t) => t.strict !== 1)).toEqual([]);
    db.close();
  });

  it('refuses a file from a newer Kupu with a clear message and leaves it alone', () => {
    const path = tempPath();
    openCohortDb(path).close();
    const raw = new Database(path);
    raw.pragma(`user_version = ${latestSchemaVersion + 1}`);
    raw.close();
    expect(() => openCohortDb(path)).toThrow(/newer version of Kupu/);
    const again = new Database(path);
    expect(again.pragma('user_version', { simple: true })).toBe(latestSchemaVersion + 1);
    again.close();
  });

  it('reopening applies nothing twice', () => {
    const path = tempPath();
    openCohortDb(path).close();
    const db = openCohortDb(path);
    expect(schemaVersion(db)).toBe(latestSchemaVersion);
    db.close();
  });
});

describe('migration 5 (proposals follow the pairings)', () => {
  it('keeps every proposal, its rowid and its decision; old decisions count as the coordinator’s', () => {
    const path = tempPath();
    const old = new Database(path);
    old.exec(migration001);
    old.pragma('user_version = 1');
    old.exec(`INSERT INTO participant (id, identity, name, created_at, updated_at) VALUES ('a', 'a', 'Siti', '', ''), ('b', 'b', 'Nur', '', '');
      INSERT INTO proposal (id, mentee_id, mentor_id, status, decline_reason, decline_note, created_at, decided_at) VALUES
        (7, 'b', 'a', 'declined', 'mentor_full', 'cuti', '2025-01-01', '2025-01-02'), (9, 'b', 'a', 'pending', NULL, '', '2025-01-03', NULL);`);
    old.close();
    const db = openCohortDb(path);
    expect(db.prepare('SELECT id, status, decline_reason, decline_note, automatic, paired_mentor_id, decided_at FROM proposal ORDER BY id').all()).toEqual([
      { id: 7, status: 'declined', decline_reason: 'mentor_full', decline_note: 'cuti', automatic: 0, paired_mentor_id: null, decided_at: '2025-01-02' },
      { id: 9, status: 'pending', decline_reason: null, decline_note: '', automatic: 0, paired_mentor_id: null, decided_at: null },
    ]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});
