import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openCohortDb } from './connection';
import { latestSchemaVersion } from './migrations';

// A cohort file saved by every shipped schema version (tests/fixtures/schema/v<N>.kupu.sqlite) must
// migrate to the latest schema, end with exactly a fresh install's schema, and keep its data.
// When you add migration N+1, commit a v<N>.kupu.sqlite made by the app before it.

const fixtures = join(import.meta.dirname, '..', '..', '..', 'tests', 'fixtures', 'schema');
const dir = mkdtempSync(join(tmpdir(), 'kupu-schema-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function schemaOf(db: Database.Database): string[] {
  return db
    .prepare<[], { type: string; name: string; sql: string | null }>("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
    .all()
    .map((r) => `${r.type} ${r.name}: ${(r.sql ?? '').replace(/\s+/g, ' ')}`);
}

describe('shipped schema versions', () => {
  const files = readdirSync(fixtures).filter((f) => /^v\d+\.kupu\.sqlite$/.test(f));

  it('has a fixture for every shipped version', () => {
    const versions = files.map((f) => Number(/^v(\d+)/.exec(f)?.[1])).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: latestSchemaVersion }, (_, i) => i + 1));
  });

  it.each(files)('%s migrates to the latest schema with its data intact', (file) => {
    const copy = join(dir, file);
    copyFileSync(join(fixtures, file), copy);
    const before = new Database(copy, { readonly: true });
    const people = before.prepare<[], { name: string; phone: string }>('SELECT name, phone FROM participant ORDER BY name').all();
    before.close();
    expect(people.length).toBeGreaterThan(0);

    const migrated = openCohortDb(copy);
    const fresh = openCohortDb(join(dir, `fresh-${file}`));
    expect(migrated.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    expect(schemaOf(migrated)).toEqual(schemaOf(fresh));
    expect(migrated.prepare('SELECT name, phone FROM participant ORDER BY name').all()).toEqual(people);
    expect(migrated.pragma('integrity_check', { simple: true })).toBe('ok');
    migrated.close();
    fresh.close();
  });
});
