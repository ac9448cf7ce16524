import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freshCohort, type TestCohort } from '../../../tests/support/cohort';
import { repoRoot } from '../../../tests/support/cli';
import { benchInput, writeRegistrationCsv } from '../../../tests/support/matching/registrationCsv';
import { getParticipant, listMatchParticipants, listParticipants } from './participantsRepo';
import { mutate } from './undoLog';

// The whole-cohort listings read a person's skills and preferences for everyone at once (one row per
// person); getParticipant reads one person's rows alone. Both must give the same people.

let cohort: TestCohort;
afterEach(() => cohort.cleanup());

const registrations = join(repoRoot, 'tests', 'fixtures', 'registrations');
const generated = (dir: string): string => {
  const file = join(dir, 'form-balanced-400.csv');
  writeRegistrationCsv(benchInput('form-balanced', 400), file);
  return file;
};

/** SQLite's NOCASE: ASCII letters folded, everything else compared as is. */
const nocase = (text: string): string => text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
const byNameThenId = (a: { name: string; id: string }, b: { name: string; id: string }): number => {
  const [x, y] = [nocase(a.name), nocase(b.name)];
  return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
};

describe('listing the participants', () => {
  it.each([
    ['cohort-small.csv', () => join(repoRoot, 'tests', 'fixtures', 'cohort-small.csv')],
    ['google-forms-id.csv', () => join(registrations, 'google-forms-id.csv')],
    ['pendaftaran-batch8.csv', () => join(registrations, 'pendaftaran-batch8.csv')],
    ['registrations-batch3-en.xlsx', () => join(registrations, 'registrations-batch3-en.xlsx')],
    ['a generated 400-person form', () => generated(cohort.dir)],
  ])('%s: everyone present, by name then id, each as getParticipant reads them alone', async (_label, file) => {
    cohort = freshCohort();
    const path = file();
    const report = await cohort.handlers.importCommit({ fileName: basename(path), data: readFileSync(path).toString('base64') });
    expect(report.committed).toBe(true);
    const { db } = cohort.session;
    // One person leaves (soft removal) and one mentor's preference points nowhere any more.
    const [gone] = listParticipants(db);
    mutate(db, { label: 'history.import' }, (w) => {
      w.prepare('UPDATE participant SET removed_at = ? WHERE id = ?').run(new Date().toISOString(), gone.id);
      w.prepare('UPDATE preference SET mentor_id = NULL WHERE rowid = (SELECT min(rowid) FROM preference WHERE mentor_id IS NOT NULL)').run();
    });

    const listed = listParticipants(db);
    const present = db.prepare<[], { id: string; name: string }>('SELECT id, name FROM participant WHERE removed_at IS NULL').all();
    expect(listed).toEqual(present.sort(byNameThenId).map((p) => getParticipant(db, p.id)));
    expect(listed.map((p) => p.id)).not.toContain(gone.id);
    expect(listed.some((p) => p.offers.length > 0 && p.seeks.length > 0)).toBe(true);

    expect(listMatchParticipants(db)).toEqual(listed.map((p) => ({
      id: p.id, region: p.region, level: p.level, kind: p.kind, capacity: p.capacity, closed: p.closed,
      offers: p.offers, seeks: p.seeks, preferences: p.preferences,
    })));
  });

  it('keeps each list in the order the person gave it, not the vocabulary\'s', async () => {
    cohort = freshCohort();
    const csv = 'Full name,Skills you can mentor,Skills you want to learn\nAni,"Zumba, Baking, Canva","Yoga, Archery"\nBudi,"Canva, Zumba","Archery, Yoga"\n';
    await cohort.handlers.importCommit({ fileName: 'order.csv', data: Buffer.from(csv).toString('base64') });
    expect(listMatchParticipants(cohort.session.db).map((p) => [p.offers, p.seeks])).toEqual([
      [['Zumba', 'Baking', 'Canva'], ['Yoga', 'Archery']],
      [['Canva', 'Zumba'], ['Archery', 'Yoga']],
    ]);
  });
});
