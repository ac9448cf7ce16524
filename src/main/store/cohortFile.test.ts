import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSession } from '../session';
import { openCohortDb } from './connection';
import { kupuApplicationId } from './cohortFile';
import { StoreError } from './errors';
import { migration001 } from './migrations/001_initial';

// A cohort file is only a cohort file: Kupu marks its own files (PRAGMA application_id) and opens only
// those, or an empty file to make one. Any other database, or any other file, is refused with a message
// naming it, and is left exactly as it was: not one byte written, nothing created beside it.

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kupu-cohortfile-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const applicationId = (path: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return db.pragma('application_id', { simple: true });
  } finally {
    db.close();
  }
};

function foreignDb(name: string, setup: (db: Database.Database) => void): string {
  const path = join(dir, name);
  const db = new Database(path);
  setup(db);
  db.close();
  return path;
}

const foreignFiles: Record<string, () => string> = {
  "another program's database": () => foreignDb('notes.sqlite', (db) => db.exec("CREATE TABLE note (body TEXT); INSERT INTO note VALUES ('keep me')")),
  "another program's database in WAL mode": () =>
    foreignDb('wal.db', (db) => {
      db.pragma('journal_mode = WAL');
      db.exec("CREATE TABLE note (body TEXT); INSERT INTO note VALUES ('keep me')");
    }),
  'a database with its own schema version': () => foreignDb('versioned.sqlite', (db) => db.exec('CREATE TABLE t (x); PRAGMA user_version = 1')),
  'a database marked by another application': () => foreignDb('other-app.sqlite', (db) => db.exec('PRAGMA application_id = 1234; CREATE TABLE t (x)')),
  'an empty database marked by another application': () => foreignDb('other-empty.sqlite', (db) => db.exec('PRAGMA application_id = 1234')),
  'a CSV file': () => {
    const path = join(dir, 'registrations.csv');
    writeFileSync(path, 'Nama,Email\nSiti,siti@example.com\n'.repeat(200));
    return path;
  },
  'a short text file': () => {
    const path = join(dir, 'short.sqlite');
    writeFileSync(path, 'hello');
    return path;
  },
};

describe('opening a file that is not a Kupu cohort', () => {
  it.each(Object.keys(foreignFiles))('refuses %s with a message naming it, and writes nothing', (kind) => {
    const path = foreignFiles[kind]();
    const before = { digest: digest(path), files: readdirSync(dir).sort() };
    let caught: unknown;
    try {
      openCohortDb(path);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(StoreError);
    expect((caught as StoreError).said.key).toMatch(/^store\.(notKupuFile|notCohortFile)$/);
    expect((caught as StoreError).message).toContain(path);
    expect({ digest: digest(path), files: readdirSync(dir).sort() }).toEqual(before);
  });

  it('refuses it through a session too, taking no lock and leaving the open cohort open', () => {
    const session = openSession(join(dir, 'mine.kupu.sqlite'));
    try {
      const path = foreignFiles["another program's database"]();
      // Another process holds a lock beside it: were the lock taken first, the refusal would say "open elsewhere".
      writeFileSync(`${path}.lock`, JSON.stringify({ pid: process.pid, hostname: hostname(), token: 'another', createdAt: '' }));
      const before = { digest: digest(path), files: readdirSync(dir).sort() };
      expect(() => session.open(path)).toThrow(/is not a Kupu cohort/);
      expect({ digest: digest(path), files: readdirSync(dir).sort() }).toEqual(before);
      expect(session.path).toBe(join(dir, 'mine.kupu.sqlite'));
      expect(session.db.open).toBe(true);
    } finally {
      session.close();
    }
  });
});

describe("Kupu's own files", () => {
  it('marks a new cohort file as Kupu\'s from its creation', () => {
    const path = join(dir, 'new.kupu.sqlite');
    openCohortDb(path).close();
    expect(applicationId(path)).toBe(kupuApplicationId);
  });

  it('makes an empty (zero-byte) file a cohort', () => {
    const path = join(dir, 'touched.kupu.sqlite');
    writeFileSync(path, '');
    openCohortDb(path).close();
    expect(applicationId(path)).toBe(kupuApplicationId);
  });

  it('marks a cohort saved before the mark existed, keeping its data', () => {
    const path = join(dir, 'v1.kupu.sqlite');
    copyFileSync(join(import.meta.dirname, '..', '..', '..', 'tests', 'fixtures', 'schema', 'v1.kupu.sqlite'), path);
    expect(applicationId(path)).toBe(0);
    const db = openCohortDb(path);
    expect(db.prepare('SELECT count(*) AS n FROM participant').get()).toEqual({ n: expect.any(Number) });
    db.close();
    expect(applicationId(path)).toBe(kupuApplicationId);
  });

  it('opens an unmarked cohort cut short after its first migration', () => {
    const path = foreignDb('half.kupu.sqlite', (db) => db.exec(`${migration001}; PRAGMA user_version = 1`));
    openCohortDb(path).close();
    expect(applicationId(path)).toBe(kupuApplicationId);
  });
});
