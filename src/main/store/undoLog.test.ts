import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshCohort, seed, type TestCohort } from '../../../tests/support/cohort';
import { listHistory, mutate, redo, undo, undoState } from './undoLog';
import { listPairings } from './pairingsRepo';
import { listParticipants, updateParticipant } from './participantsRepo';

let cohort: TestCohort;
beforeEach(() => {
  cohort = freshCohort();
});
afterEach(() => cohort.cleanup());

const snapshot = () => JSON.stringify({ participants: listParticipants(cohort.session.db), pairings: listPairings(cohort.session.db) });

describe('undo log', () => {
  it('undoes and redoes an import, an assignment and an edit exactly', async () => {
    const empty = snapshot();
    const ids = seed(cohort.session, [
      { name: 'Siti', offers: ['Canva'] },
      { name: 'Nur', seeks: ['Canva'] },
    ]);
    const seeded = snapshot();
    const assign = await cohort.handlers.pairingAssign({ menteeId: ids.Nur, mentorId: ids.Siti });
    expect(assign.ok).toBe(true);
    const assigned = snapshot();
    await cohort.handlers.participantUpdate({ id: ids.Siti, patch: { capacity: 5, closed: true } });
    const edited = snapshot();

    const states = [edited, assigned, seeded, empty];
    for (let i = 1; i < states.length; i++) {
      expect(undo(cohort.session.db).result).not.toBeNull();
      expect(snapshot()).toBe(states[i]);
    }
    expect(undo(cohort.session.db).result).toBeNull();
    for (let i = states.length - 2; i >= 0; i--) {
      expect(redo(cohort.session.db).result).not.toBeNull();
      expect(snapshot()).toBe(states[i]);
    }
    expect(redo(cohort.session.db).result).toBeNull();
  });

  it('a new change after undo discards the redo stack', async () => {
    const ids = seed(cohort.session, [{ name: 'Siti', offers: ['Canva'] }, { name: 'Nur', seeks: ['Canva'] }, { name: 'Ayu', seeks: ['Canva'] }]);
    await cohort.handlers.pairingAssign({ menteeId: ids.Nur, mentorId: ids.Siti });
    undo(cohort.session.db);
    expect(undoState(cohort.session.db).canRedo).toBe(true);
    await cohort.handlers.pairingAssign({ menteeId: ids.Ayu, mentorId: ids.Siti });
    expect(undoState(cohort.session.db)).toEqual({ canUndo: true, canRedo: false });
    expect(listHistory(cohort.session.db).map((h) => h.label)).toEqual(['history.assign', 'history.import']);
  });

  it('survives a restart: undo works from the journal in the file', async () => {
    const ids = seed(cohort.session, [{ name: 'Siti', offers: ['Canva'] }, { name: 'Nur', seeks: ['Canva'] }]);
    await cohort.handlers.pairingAssign({ menteeId: ids.Nur, mentorId: ids.Siti });
    cohort.session.open(cohort.path);
    expect(listPairings(cohort.session.db)).toHaveLength(1);
    undo(cohort.session.db);
    expect(listPairings(cohort.session.db)).toHaveLength(0);
    redo(cohort.session.db);
    expect(listPairings(cohort.session.db)).toHaveLength(1);
  });

  it('a failed write records nothing and changes nothing', async () => {
    seed(cohort.session, [{ name: 'Siti', offers: ['Canva'] }]);
    const before = snapshot();
    const entries = listHistory(cohort.session.db).length;
    await expect(async () => cohort.handlers.participantUpdate({ id: 'p_missing', patch: { capacity: 2 } })).rejects.toThrow();
    expect(snapshot()).toBe(before);
    expect(listHistory(cohort.session.db)).toHaveLength(entries);
  });

  it('journals an insert as its rowid, keeping its image at undo time for redo (also when the same entry changed it again)', () => {
    const { db } = cohort.session;
    const ids = seed(cohort.session, [{ name: 'Siti', offers: ['Canva'] }]);
    mutate(db, { label: 'history.edit' }, (db) => {
      const [nur] = Object.values(seed(cohort.session, [{ name: 'Nur', seeks: ['Canva'] }]));
      updateParticipant(db, nur, { capacity: 5, notes: 'edited in the same entry' });
      updateParticipant(db, ids.Siti, { closed: true });
    });
    const inserts = () => db.prepare<[], { after: string | null }>("SELECT after FROM history_change WHERE op = 'insert'").all();
    expect(inserts().every((c) => c.after === null)).toBe(true);
    const edited = snapshot();
    undo(db);
    expect(listParticipants(db).map((p) => [p.name, p.closed])).toEqual([['Siti', false]]);
    redo(db);
    expect(snapshot()).toBe(edited);
    expect(inserts().some((c) => c.after !== null)).toBe(true);
  });
});
