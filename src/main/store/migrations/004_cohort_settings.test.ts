import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getSettings } from '../cohortRepo';
import { openCohortDb } from '../connection';
import { installUndoLog, redo, undo } from '../undoLog';

// A version-1 cohort whose settings were changed before the upgrade: after migration 004 the phase is
// `duration` weeks, the program name is kept, and the old settings change still undoes and redoes.

const dir = mkdtempSync(join(tmpdir(), 'kupu-004-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const v1 = join(import.meta.dirname, '..', '..', '..', '..', 'tests', 'fixtures', 'schema', 'v1.kupu.sqlite');

describe('migration 004: duration in weeks or months', () => {
  it('keeps the weeks, the program and the undo history of a version-1 settings change', () => {
    const path = join(dir, 'v1.kupu.sqlite');
    copyFileSync(v1, path);
    // What version 1 recorded when a coordinator set 6 weeks: the row's images with a `weeks` column.
    const old = new Database(path);
    const image = (weeks: number) => JSON.stringify({ ...old.prepare('SELECT * FROM cohort').get() as object, weeks });
    old.prepare('UPDATE cohort SET weeks = 6').run();
    const { lastInsertRowid } = old.prepare("INSERT INTO history (label, params, topics, created_at) VALUES ('history.settings', '{}', '[\"cohort\"]', '2026-11-01T00:00:00Z')").run();
    old.prepare("INSERT INTO history_change (history_id, seq, tbl, op, row_id, before, after) VALUES (?, 1, 'cohort', 'update', 1, ?, ?)").run(lastInsertRowid, image(8), image(6));
    old.close();

    const db = openCohortDb(path);
    installUndoLog(db);
    expect(getSettings(db)).toMatchObject({ program: 'Bunda Cekatan', duration: 6, durationUnit: 'weeks' });
    // The cohort's uid (migration 003) survives the rebuild.
    expect(db.prepare('SELECT uid FROM cohort').get()).toEqual({ uid: expect.stringMatching(/^[0-9a-f]{32}$/) });
    undo(db);
    expect(getSettings(db)).toMatchObject({ duration: 8, durationUnit: 'weeks' });
    redo(db);
    expect(getSettings(db)).toMatchObject({ duration: 6, durationUnit: 'weeks' });
    db.close();
  });

  it('gives a new cohort no program name: the coordinator names it', () => {
    const db = openCohortDb(join(dir, 'fresh.kupu.sqlite'));
    expect(getSettings(db)).toMatchObject({ name: '', program: '', duration: 8, durationUnit: 'weeks' });
    expect(() => db.prepare("UPDATE cohort SET duration_unit = 'days'").run()).toThrow(/CHECK/);
    db.close();
  });
});
