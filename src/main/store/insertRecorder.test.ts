import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshCohort, type TestCohort } from '../../../tests/support/cohort';
import type { WriteDb } from './connection';
import { dumpContent } from './inspect';
import { createInsertRecorder, maxRunRows, mutate, redo, undo } from './undoLog';

// A bulk writer journaling its own inserts as runs of rowids (createInsertRecorder): undo and redo
// stay exact whatever else the same entry did to those rows.

let cohort: TestCohort;
beforeEach(() => {
  cohort = freshCohort();
});
afterEach(() => cohort.cleanup());

const db = () => cohort.session.db;
const content = () => {
  const { history: _history, history_change: _changes, ...rest } = dumpContent(db());
  return JSON.stringify(rest);
};
const addSkill = (name: string) => Number(db().prepare('INSERT INTO skill (name) VALUES (?)').run(name).lastInsertRowid);
const changes = () => db().prepare<[], { tbl: string; op: string; row_id: number; before: string | null }>(
  'SELECT tbl, op, row_id, before FROM history_change ORDER BY history_id, seq',
).all();

function expectExactUndoRedo(before: string, after: string): void {
  for (let round = 0; round < 2; round++) {
    undo(db());
    expect(content()).toBe(before);
    redo(db());
    expect(content()).toBe(after);
  }
}

describe('createInsertRecorder', () => {
  it('journals consecutive inserts as one run per table, parents before children', () => {
    const before = content();
    mutate(db(), { label: 'history.import' }, (writable) => {
      const recorder = createInsertRecorder(writable, ['skill', 'skill_alias']);
      for (let i = 0; i < 100; i++) {
        const skill = addSkill(`skill ${i}`);
        recorder.inserted('skill', skill);
        const alias = db().prepare('INSERT INTO skill_alias (key, skill_id, spelling) VALUES (?, ?, ?)').run(`key${i}`, skill, `Skill ${i}`);
        recorder.inserted('skill_alias', Number(alias.lastInsertRowid));
      }
      recorder.finish();
    });
    expect(changes()).toEqual([
      { tbl: 'skill', op: 'insert', row_id: 1, before: '{"lastRowId":100}' },
      { tbl: 'skill_alias', op: 'insert', row_id: 1, before: '{"lastRowId":100}' },
    ]);
    expectExactUndoRedo(before, content());
  });

  it('starts a new run when rowids are not consecutive, and keeps the order of updates and deletes around flushes', () => {
    const kept = addSkill('kept');
    const before = content();
    mutate(db(), { label: 'history.import' }, (writable) => {
      const recorder = createInsertRecorder(writable, ['skill']);
      const a = addSkill('a');
      recorder.inserted('skill', a);
      recorder.flush();
      db().prepare("UPDATE skill SET name = 'a, renamed' WHERE id = ?").run(a);
      db().prepare('UPDATE skill SET name = ? WHERE id = ?').run('kept, renamed', kept);
      const far = Number(db().prepare("INSERT INTO skill (id, name) VALUES (50, 'far')").run().lastInsertRowid);
      recorder.inserted('skill', far);
      recorder.flush();
      // A row inserted in this entry and deleted again must not come back on undo.
      db().prepare('DELETE FROM skill WHERE id = ?').run(far);
      recorder.inserted('skill', addSkill('b'));
      recorder.finish();
      // After finish, the triggers record inserts again.
      addSkill('c');
    });
    expect(changes().map((c) => [c.op, c.row_id, c.before === null ? null : c.op === 'insert' ? c.before : 'image'])).toEqual([
      ['insert', 2, '{"lastRowId":2}'],
      ['update', 2, 'image'],
      ['update', kept, 'image'],
      ['insert', 50, '{"lastRowId":50}'],
      ['delete', 50, 'image'],
      // The deleted row's rowid is free again: b takes the next one after a.
      ['insert', 3, '{"lastRowId":3}'],
      ['insert', 4, null],
    ]);
    expectExactUndoRedo(before, content());
  });

  it('journals runs parents first, whichever table a run started in (a re-import rewrites a child before adding parents)', () => {
    const addAlias = (key: string, skill: number) =>
      Number(db().prepare('INSERT INTO skill_alias (key, skill_id, spelling) VALUES (?, ?, ?)').run(key, skill, key).lastInsertRowid);
    const before = content();
    mutate(db(), { label: 'history.import' }, (writable) => {
      const recorder = createInsertRecorder(writable, ['skill', 'skill_alias']);
      const a = addSkill('a');
      recorder.inserted('skill', a);
      recorder.inserted('skill_alias', addAlias('a1', a));
      recorder.flush();
      db().prepare("DELETE FROM skill_alias WHERE key = 'a1'").run();
      // The alias run starts before the skill run, and goes on with the new skill's alias.
      recorder.inserted('skill_alias', addAlias('a2', a));
      const b = addSkill('b');
      recorder.inserted('skill', b);
      recorder.inserted('skill_alias', addAlias('b1', b));
      recorder.finish();
    });
    expect(changes().slice(-2).map((c) => c.tbl)).toEqual(['skill', 'skill_alias']);
    expectExactUndoRedo(before, content());
  });

  it(`starts a new run after ${maxRunRows} rows`, () => {
    const before = content();
    mutate(db(), { label: 'history.import' }, (writable) => {
      const recorder = createInsertRecorder(writable, ['skill']);
      for (let i = 0; i < maxRunRows + 5; i++) recorder.inserted('skill', addSkill(`skill ${i}`));
    });
    expect(changes().map((c) => [c.row_id, c.before])).toEqual([[1, `{"lastRowId":${maxRunRows}}`], [maxRunRows + 1, `{"lastRowId":${maxRunRows + 5}}`]]);
    expectExactUndoRedo(before, content());
  });

  it('does nothing outside mutate, and refuses a second recorder inside one or a table it was not given', () => {
    // Only mutate hands out a WriteDb; forged here to check the recorder stays idle outside one.
    // eslint-disable-next-line no-restricted-syntax
    const idle = createInsertRecorder(db() as WriteDb, ['skill']);
    idle.inserted('skill', addSkill('x'));
    idle.finish();
    expect(changes()).toEqual([]);
    expect(() => mutate(db(), { label: 'history.import' }, (writable) => {
      createInsertRecorder(writable, ['skill']);
      createInsertRecorder(writable, ['skill_alias']);
    })).toThrow(/one bulk writer/);
    expect(() => mutate(db(), { label: 'history.import' }, (writable) => {
      createInsertRecorder(writable, ['skill']).inserted('skill_alias', 1);
    })).toThrow(/does not journal inserts into skill_alias/);
  });

  it('hands inserts back to the triggers when the write returns, or when it fails', () => {
    expect(() => mutate(db(), { label: 'history.import' }, (writable) => {
      createInsertRecorder(writable, ['skill']);
      addSkill('rolled back');
      throw new Error('failed write');
    })).toThrow('failed write');
    mutate(db(), { label: 'history.import' }, (writable) => {
      const recorder = createInsertRecorder(writable, ['skill']);
      recorder.inserted('skill', addSkill('a'));
      // No finish: the write returning finishes it.
    });
    mutate(db(), { label: 'history.edit' }, () => addSkill('b'));
    expect(changes().map((c) => [c.op, c.row_id, c.before])).toEqual([['insert', 1, '{"lastRowId":1}'], ['insert', 2, null]]);
    const before = content();
    undo(db());
    undo(db());
    expect(db().prepare('SELECT count(*) AS n FROM skill').get()).toEqual({ n: 0 });
    redo(db());
    redo(db());
    expect(content()).toBe(before);
  });
});
