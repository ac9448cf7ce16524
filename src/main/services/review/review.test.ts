import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReviewList } from '../../../shared/contract';
import { dispatch } from '../../dispatch';
import { freshCohort, type TestCohort } from '../../../../tests/support/cohort';

// The "Needs review" list after an Indonesian Google Forms export: preferred mentors naming nobody (to
// choose) or matched only by part of a name or a close spelling (to confirm), values the import kept
// as written, and suggested skill merges. It is kept in the cohort file, each answer takes an item off
// (undoably), and a re-import does not bring back what the coordinator has answered.

const fixtures = join(import.meta.dirname, '..', '..', '..', '..', 'tests', 'fixtures', 'registrations');
const file = (name: string) => ({ fileName: name, data: readFileSync(join(fixtures, name)).toString('base64') });
let cohort: TestCohort;
beforeEach(async () => {
  cohort = freshCohort();
  await dispatch(cohort.handlers, 'importCommit', file('pendaftaran-batch8.csv'));
});
afterEach(() => cohort.cleanup());

const list = () => dispatch(cohort.handlers, 'reviewList', {}) as Promise<ReviewList>;
const idOf = async (name: string) => {
  const person = (await cohort.handlers.participantsList({})).find((p) => p.name === name);
  if (!person) throw new Error(`no ${name}`);
  return person.id;
};
const typedPreferences = (menteeId: string) => cohort.handlers.menteePreferences({ menteeId });
const fuzzyTyped = (l: ReviewList) => l.fuzzy.map((f) => `${f.menteeName}: ${f.typed} → ${f.mentor.name}`);

describe('the review list', () => {
  it('holds what the import could not decide alone, counted as the navigation shows it', async () => {
    const l = await list();
    expect(l.unresolved.map((u) => [u.menteeName, u.typed, u.candidates])).toEqual([['Rina Marlina', 'Bu Yanti', []]]);
    expect(fuzzyTyped(l)).toEqual([
      'Dewi Lestari Handayani: Sitii Rahma → Siti Rahma', // a close spelling
      'Indah Permatasari: Rahmawati → Rahmawati Susanti', // her first name only
      'Rahmawati Susanti: Siti → Siti Rahma',
      'Rina Marlina: Mbak Siti → Siti Rahma',
      'Siti Rahma: Bu Dewi → Dewi Lestari Handayani', // one word of her name, not her nickname
    ]);
    expect(l.values.map((v) => [v.name, v.issue.column, v.issue.key])).toEqual([
      ['Indah Permatasari', 'Stempel waktu', 'registration.notDate'],
      ['Ratna Anggraini', 'Alamat email', 'registration.notEmail'],
      ['Putri Ramadhani', 'Nomor WhatsApp (aktif)', 'registration.severalPhones'],
    ]);
    expect(l.merges.map((m) => `${m.from} → ${m.into}`)).toEqual(expect.arrayContaining(['Leadership → Kepemimpinan', 'Tari → Menari', 'Tahsim → Tahsin']));
    expect(l.count).toBe(1 + 5 + 3 + l.merges.length);
    expect(await dispatch(cohort.handlers, 'reviewCount', {})).toEqual({ count: l.count });
  });

  it('a fuzzy match confirmed in one click leaves the list, stays confirmed through a re-import, and comes back on undo', async () => {
    const siti = await idOf('Siti Rahma');
    const dewi = await idOf('Dewi Lestari Handayani');
    expect(await typedPreferences(siti)).toEqual([
      { rank: 1, typed: 'Bu Dewi', mentor: { id: dewi, name: 'Dewi Lestari Handayani' }, status: 'fuzzy' },
      { rank: 2, typed: 'Nurul Hidayah', mentor: { id: await idOf('Nurul Hidayah'), name: 'Nurul Hidayah' }, status: 'matched' },
    ]);
    await dispatch(cohort.handlers, 'preferenceConfirm', { menteeId: siti, rank: 1 });
    expect(fuzzyTyped(await list())).not.toContain('Siti Rahma: Bu Dewi → Dewi Lestari Handayani');
    expect((await typedPreferences(siti))[0]).toMatchObject({ status: 'matched', mentor: { id: dewi } });
    expect((await cohort.handlers.participantsList({})).find((p) => p.id === siti)?.preferences[0]).toBe(dewi);

    await dispatch(cohort.handlers, 'importCommit', file('pendaftaran-batch8-minggu2.csv'));
    expect(fuzzyTyped(await list())).not.toContain('Siti Rahma: Bu Dewi → Dewi Lestari Handayani');

    await dispatch(cohort.handlers, 'historyUndo', {}); // the re-import
    await dispatch(cohort.handlers, 'historyUndo', {}); // the confirmation
    expect(fuzzyTyped(await list())).toContain('Siti Rahma: Bu Dewi → Dewi Lestari Handayani');
  });

  it('someone else chosen for a fuzzy match, or nobody for an unknown name, takes it off the list', async () => {
    const rina = await idOf('Rina Marlina');
    await dispatch(cohort.handlers, 'preferenceResolve', { menteeId: rina, rank: 1, mentorId: await idOf('Siti Rahma') });
    await dispatch(cohort.handlers, 'preferenceResolve', { menteeId: rina, rank: 2, mentorId: null });
    const l = await list();
    expect(fuzzyTyped(l)).not.toContain('Rina Marlina: Mbak Siti → Siti Rahma');
    expect(l.unresolvedCount).toBe(0);
    expect(await typedPreferences(rina)).toEqual([
      { rank: 1, typed: 'Mbak Siti', mentor: { id: await idOf('Siti Rahma'), name: 'Siti Rahma' }, status: 'matched' },
    ]);
  });

  it('a value marked as checked stays checked (the same file again records nothing new), and undo brings it back', async () => {
    const [first] = (await list()).values;
    await dispatch(cohort.handlers, 'reviewValueDone', { key: first.key });
    expect((await list()).values.map((v) => v.key)).not.toContain(first.key);
    await dispatch(cohort.handlers, 'importCommit', file('pendaftaran-batch8.csv'));
    expect((await list()).values.map((v) => v.key)).not.toContain(first.key);
    await dispatch(cohort.handlers, 'historyUndo', {});
    expect((await list()).values.map((v) => v.key)).toContain(first.key);
  });

  it('a suggested merge accepted or dismissed leaves the list', async () => {
    await dispatch(cohort.handlers, 'skillMerge', { from: 'Tari', into: 'Menari' });
    await dispatch(cohort.handlers, 'skillsNotSame', { a: 'Leadership', b: 'Kepemimpinan' });
    const merges = (await list()).merges.map((m) => `${m.from} → ${m.into}`);
    expect(merges).not.toContain('Tari → Menari');
    expect(merges).not.toContain('Leadership → Kepemimpinan');
  });
});
