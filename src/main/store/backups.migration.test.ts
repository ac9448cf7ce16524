import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSession } from '../session';
import { listBackups } from './backups';
import { latestSchemaVersion } from './migrations';
import { migration001 } from './migrations/001_initial';

// A cohort file of schema 1 shows that the session backs a cohort up before migrating it, and that
// the backup holds the old schema and data.

const dir = mkdtempSync(join(tmpdir(), 'kupu-migration-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('migration backup', () => {
  it('is taken before a pending migration runs', async () => {
    const path = join(dir, 'old.kupu.sqlite');
    const old = new Database(path);
    old.exec(migration001);
    old.pragma('user_version = 1');
    old.prepare("INSERT INTO participant (id, identity, name, created_at, updated_at) VALUES ('p_1', 'name:siti', 'Siti', '', '')").run();
    old.close();

    const session = openSession(path);
    try {
      expect(session.db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
      expect(latestSchemaVersion).toBeGreaterThan(1);
      const backups = listBackups(path).filter((b) => b.reason === 'migration');
      expect(backups).toMatchObject([{ participants: 1 }]);
      const copy = new Database(join(`${path}.backups`, `${backups[0].id}.sqlite`), { readonly: true });
      expect(copy.pragma('user_version', { simple: true })).toBe(1);
      copy.close();
    } finally {
      session.close();
    }
  });
});
