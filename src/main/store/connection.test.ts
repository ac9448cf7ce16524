import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newFilePageSize, openCohortDb } from './connection';
import { migration001 } from './migrations/001_initial';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kupu-connection-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const settings = (db: Database.Database) => ({
  pageSize: db.pragma('page_size', { simple: true }),
  journalMode: db.pragma('journal_mode', { simple: true }),
  synchronous: db.pragma('synchronous', { simple: true }),
  foreignKeys: db.pragma('foreign_keys', { simple: true }),
});

describe('openCohortDb', () => {
  it('creates a new cohort file with 8 KB pages, WAL and full sync', () => {
    const db = openCohortDb(join(dir, 'new.sqlite'));
    expect(settings(db)).toEqual({ pageSize: newFilePageSize, journalMode: 'wal', synchronous: 2, foreignKeys: 1 });
    db.close();
  });

  it('keeps the page size of an existing file', () => {
    const path = join(dir, 'old.sqlite');
    const old = new Database(path);
    old.pragma('page_size = 4096');
    old.exec(`${migration001}; PRAGMA user_version = 1`);
    old.close();
    const db = openCohortDb(path);
    expect(settings(db)).toEqual({ pageSize: 4096, journalMode: 'wal', synchronous: 2, foreignKeys: 1 });
    db.close();
  });
});
