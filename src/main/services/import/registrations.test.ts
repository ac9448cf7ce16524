import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../shared/contract';
import { dispatch, toApiError } from '../../dispatch';
import { uniqueSkills } from './plan';
import { contentHash } from '../../store/inspect';
import { listHistory, redo, undo } from '../../store/undoLog';
import { listPairings } from '../../store/pairingsRepo';
import { contentWithoutHistory, freshCohort, type TestCohort } from '../../../../tests/support/cohort';

// The store side of importing registrations: re-import merges with the coordinator's hand edits,
// unresolved preferred mentors, remembered mappings, and all-or-nothing safety.

const fixtures = join(import.meta.dirname, '..', '..', '..', '..', 'tests', 'fixtures', 'registrations');
const fixtureText = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const base64 = (text: string | Buffer) => Buffer.from(text).toString('base64');

let cohort: TestCohort;
beforeEach(() => {
  cohort = freshCohort();
});
afterEach(() => cohort.cleanup());

const commit = (fileName: string, data: string | Buffer, extra: { sheet?: string; mapping?: Record<string, string | null> } = {}) =>
  dispatch(cohort.handlers, 'importCommit', { fileName, data: base64(data), ...extra }) as Promise<ImportReport>;
const preview = (fileName: string, data: string | Buffer, extra: { sheet?: string; mapping?: Record<string, string | null> } = {}) =>
  dispatch(cohort.handlers, 'importPreview', { fileName, data: base64(data), ...extra }) as Promise<ImportReport>;
const people = () => cohort.handlers.participantsList({});
const person = async (name: string) => {
  const found = (await people()).find((p) => p.name === name);
  if (!found) throw new Error(`${name} not imported`);
  return found;
};
const fingerprint = () => ({ hash: contentHash(cohort.session.db), history: listHistory(cohort.session.db, 10_000).length });
const cohortRows = () => JSON.stringify(contentWithoutHistory(cohort.session));

/** Undo the re-import and the import, then redo both: each step lands exactly on the state before it. */
function expectExactUndoRedo(empty: string, imported: string, reimported: string): void {
  for (const state of [imported, empty]) {
    undo(cohort.session.db);
    expect(cohortRows()).toBe(state);
  }
  for (const state of [imported, reimported]) {
    redo(cohort.session.db);
    expect(cohortRows()).toBe(state);
  }
}

describe('uniqueSkills', () => {
  const canonical = (spelling: string) => (/canva/i.test(spelling) ? 'Desain Grafis' : spelling);
  it.each([
    [[], []],
    [['Menjahit'], [{ name: 'Menjahit', spelling: 'Menjahit' }]],
    [['Canva', 'Menjahit', 'Desain Grafis (Canva)'], [{ name: 'Desain Grafis', spelling: 'Desain Grafis (Canva)' }, { name: 'Menjahit', spelling: 'Menjahit' }]],
    [['Baking', 'Memasak', 'Baking'], [{ name: 'Baking', spelling: 'Baking' }, { name: 'Memasak', spelling: 'Memasak' }]],
  ])('%j -> one entry per skill, first place, last spelling', (spellings, expected) => {
    expect(uniqueSkills(spellings, canonical)).toEqual(expected);
  });
});

describe('re-import keeps the coordinator’s hand edits', () => {
  const form = fixtureText('google-forms-id.csv');

  it('an unchanged answer is "unchanged" even after a hand edit, and the edit stays', async () => {
    const first = await commit('google-forms-id.csv', form);
    expect(first).toMatchObject({ committed: true, added: 16, updated: 0, unchanged: 0, duplicates: 1 });
    const siti = await person('Siti Nurhaliza Putri');
    await cohort.handlers.participantUpdate({ id: siti.id, patch: { capacity: 4, notes: 'Ditelepon: bisa 4' } });

    const again = await commit('google-forms-id.csv', form);
    expect(again).toMatchObject({ committed: true, added: 0, updated: 0, unchanged: 16 });
    expect(await person('Siti Nurhaliza Putri')).toMatchObject({ capacity: 4, notes: 'Ditelepon: bisa 4' });
  });

  it('a changed answer updates only what the form changed; hand edits, pairings, pins and the closed flag survive', async () => {
    await commit('google-forms-id.csv', form);
    const siti = await person('Siti Nurhaliza Putri');
    const dewi = await person('Dewi Lestari');
    await cohort.handlers.participantUpdate({ id: siti.id, patch: { capacity: 4, closed: true } });
    expect((await cohort.handlers.pairingAssign({ mentorId: siti.id, menteeId: dewi.id, override: true })).ok).toBe(true);
    await cohort.handlers.pairingPin({ mentorId: siti.id, menteeId: dewi.id, pinned: true });

    // Siti moved from Bandung to Cimahi and now also offers Menjahit; everything else is as before.
    const later = form.replace('0812-3456-7890,Bandung,Batch 5,"Desain Grafis (Canva), Public Speaking"', '0812-3456-7890,Cimahi,Batch 5,"Desain Grafis (Canva), Public Speaking, Menjahit"');
    expect(later).not.toBe(form);
    const again = await commit('google-forms-id.csv', later);
    expect(again).toMatchObject({ committed: true, added: 0, updated: 1, unchanged: 15 });

    const updated = await person('Siti Nurhaliza Putri');
    expect(updated).toMatchObject({ id: siti.id, region: 'Cimahi', capacity: 4, closed: true, phone: '+6281234567890' });
    expect(updated.offers).toContain('Menjahit');
    expect(updated.preferences).toEqual(siti.preferences);
    expect(listPairings(cohort.session.db)).toMatchObject([{ mentorId: siti.id, menteeId: dewi.id, pinned: true }]);
  });

  it('the form wins on a field it changed, even one edited by hand', async () => {
    await commit('google-forms-id.csv', form);
    const siti = await person('Siti Nurhaliza Putri');
    await cohort.handlers.participantUpdate({ id: siti.id, patch: { region: 'Bandung Barat', capacity: 4 } });
    await commit('google-forms-id.csv', form.replace('0812-3456-7890,Bandung,', '0812-3456-7890,Cimahi,'));
    expect(await person('Siti Nurhaliza Putri')).toMatchObject({ region: 'Cimahi', capacity: 4 });
  });

  it('participants imported before snapshots existed compare with their current values', async () => {
    await commit('google-forms-id.csv', form);
    cohort.session.db.prepare("UPDATE participant SET import_snapshot = '{}'").run();
    expect(await commit('google-forms-id.csv', form)).toMatchObject({ added: 0, updated: 0, unchanged: 16 });
    const later = form.replace('0812-3456-7890,Bandung,', '0812-3456-7890,Cimahi,');
    expect(await commit('google-forms-id.csv', later)).toMatchObject({ added: 0, updated: 1, unchanged: 15 });
    expect(cohort.session.db.prepare("SELECT count(*) AS n FROM participant WHERE import_snapshot = '{}'").get()).toEqual({ n: 15 });
  });

  it('a re-import that changes nothing records nothing to undo', async () => {
    await commit('google-forms-id.csv', form);
    const before = fingerprint();
    expect(await commit('google-forms-id.csv', form)).toMatchObject({ committed: true, unchanged: 16, changed: [] });
    expect(fingerprint()).toEqual(before);
  });

  it('undo and redo of an import and a re-import are exact (inserted rows are journaled by rowid only)', async () => {
    const empty = cohortRows();
    await commit('google-forms-id.csv', form);
    const imported = cohortRows();
    expect(cohort.session.db.prepare("SELECT count(*) AS n FROM history_change WHERE op = 'insert' AND after IS NOT NULL").get()).toEqual({ n: 0 });
    await commit('google-forms-id.csv', form.replace('0812-3456-7890,Bandung,Batch 5,"Desain Grafis (Canva), Public Speaking"', '0812-3456-7890,Cimahi,Batch 5,"Menjahit"'));
    const reimported = cohortRows();
    expectExactUndoRedo(empty, imported, reimported);
  });
});

describe('undo of an import journaled as runs of rows', () => {
  it('is exact for a re-import that rewrites one person’s skills and preferences and adds people after them', async () => {
    const lines = fixtureText('google-forms-id.csv').trimEnd().split(/\r?\n/);
    const header = lines[0];
    const first = lines.slice(0, lines.length - 5).join('\r\n');
    const changed = lines[1].replace('"Desain Grafis (Canva), Public Speaking"', '"Menjahit, Merajut"').replace(',Dewi Lestari,Rina,', ',Rina,Dewi Lestari,');
    const second = [header, changed, ...lines.slice(2)].join('\r\n');
    const empty = cohortRows();
    expect(await commit('form.csv', first)).toMatchObject({ committed: true });
    const imported = cohortRows();
    // The changed row is updated (so is one whose later answer is among the new rows), the rest added after it.
    expect(await commit('form.csv', second)).toMatchObject({ committed: true, updated: 2, added: 4 });
    const reimported = cohortRows();
    for (let round = 0; round < 2; round++) expectExactUndoRedo(empty, imported, reimported);
  });
});

describe('unresolved preferred mentors', () => {
  it('lists names that match nobody or several people, and the coordinator resolves them by hand (undoable)', async () => {
    const csv = [
      'Full name,Email address,Skills you can mentor,Skills you want to learn,Preferred mentor 1,Preferred mentor 2',
      'Siti Aminah,siti.a@example.com,Canva,,Rina,',
      'Siti Badriah,siti.b@example.com,Canva,,,',
      'Rina Marlina,rina@example.com,Baking,Canva,Siti,Bu Yanti',
    ].join('\n');
    const report = await commit('prefs.csv', csv);
    expect(report.committed).toBe(true);
    expect(report.unresolvedCount).toBe(2);
    const rina = await person('Rina Marlina');
    const [ambiguous, unknown] = report.unresolved;
    expect(ambiguous).toMatchObject({ menteeId: rina.id, menteeName: 'Rina Marlina', row: 4, rank: 1, typed: 'Siti' });
    expect(ambiguous.candidates.map((c) => c.name).sort()).toEqual(['Siti Aminah', 'Siti Badriah']);
    expect(unknown).toMatchObject({ rank: 2, typed: 'Bu Yanti', candidates: [] });
    expect(report.warnings.map((w) => [w.row, w.params.rank])).toEqual([[4, 1], [4, 2]]);
    // Siti Aminah named Rina: found, not listed.
    expect((await person('Siti Aminah')).preferences).toEqual([rina.id]);

    const badriah = await person('Siti Badriah');
    const resolved = await dispatch(cohort.handlers, 'preferenceResolve', { menteeId: rina.id, rank: 1, mentorId: badriah.id });
    expect(resolved).toEqual({ changed: ['participants', 'history'] });
    expect((await person('Rina Marlina')).preferences).toEqual([badriah.id]);
    expect(listHistory(cohort.session.db)[0]).toMatchObject({ label: 'history.resolvePreference', params: { mentee: 'Rina Marlina', mentor: 'Siti Badriah', rank: 1 } });

    // A re-import of the same answers keeps the choice made by hand.
    expect(await commit('prefs.csv', csv)).toMatchObject({ unchanged: 3, unresolvedCount: 1 });
    expect((await person('Rina Marlina')).preferences).toEqual([badriah.id]);

    // "Nobody in this cohort" drops the typed name: later imports of the same answer do not ask again.
    await dispatch(cohort.handlers, 'preferenceResolve', { menteeId: rina.id, rank: 2, mentorId: null });
    expect(await commit('prefs.csv', csv)).toMatchObject({ unchanged: 3, unresolvedCount: 0 });

    undo(cohort.session.db); // dropping "Bu Yanti" (the unchanged re-imports recorded nothing)
    undo(cohort.session.db); // choosing Siti Badriah
    expect((await person('Rina Marlina')).preferences).toEqual([]);
    expect(await commit('prefs.csv', csv)).toMatchObject({ unchanged: 3, unresolvedCount: 2 });
  });

  it('refuses a mentor who is the mentee, or a preference that does not exist', async () => {
    await commit('prefs.csv', 'Full name,Email address,Preferred mentor 1\nRina Marlina,rina@example.com,Bu Yanti\n');
    const rina = await person('Rina Marlina');
    const refused = (params: unknown) => dispatch(cohort.handlers, 'preferenceResolve', params).then(() => 'resolved', (e: unknown) => toApiError(e).code);
    expect(await refused({ menteeId: rina.id, rank: 1, mentorId: rina.id })).toBe('invalid_params');
    expect(await refused({ menteeId: rina.id, rank: 2, mentorId: null })).toBe('not_found');
    expect(await refused({ menteeId: rina.id, rank: 1, mentorId: 'p_nobody' })).toBe('not_found');
  });

  it('a later import resolves a name once that person has registered', async () => {
    await commit('first.csv', 'Full name,Email address,Preferred mentor 1\nRina Marlina,rina@example.com,Bu Yanti Susanti\n');
    const report = await commit('second.csv', 'Full name,Email address\nYanti Susanti,yanti@example.com\n');
    expect(report.unresolvedCount).toBe(0);
    const yanti = await person('Yanti Susanti');
    expect((await person('Rina Marlina')).preferences).toEqual([yanti.id]);
  });
});

describe('the mapping is remembered for the cohort', () => {
  const xlsx = readFileSync(join(fixtures, 'multi-sheet.xlsx'));

  it('finds the registration sheet, lists the others, and names a sheet without registrations', async () => {
    const first = await preview('multi-sheet.xlsx', xlsx);
    expect(first).toMatchObject({ sheet: 'Pendaftaran', sheets: ['Judul', 'Pendaftaran', 'Rekap'], rows: 16 });
    const other = await preview('multi-sheet.xlsx', xlsx, { sheet: 'Rekap' });
    expect(other.errors[0]).toMatchObject({ file: 'multi-sheet.xlsx', message: expect.stringContaining('name') });
  });

  it('a corrected column is used by the next import of the same form in one step', async () => {
    const first = await commit('multi-sheet.xlsx', xlsx, { sheet: 'Pendaftaran', mapping: { 'Tanggal lahir': 'notes', Kota: null } });
    expect(first).toMatchObject({ committed: true, added: 16 });
    const siti = await person('Siti Nurhaliza Putri');
    expect(siti.notes).toBe('1985-01-01');
    expect(siti.region).toBe('');
    expect(siti.extra).toMatchObject({ Kota: 'Bandung' });

    const next = await preview('multi-sheet.xlsx', xlsx);
    expect(next.mapping).toMatchObject({ 'Tanggal lahir': 'notes', Kota: null, 'Nama Lengkap': 'name' });
    expect(next).toMatchObject({ added: 0, unchanged: 16, errors: [] });
  });
});

describe('an import is all or nothing', () => {
  it('a file with one bad row commits nothing', async () => {
    const form = fixtureText('google-forms-en.csv').split('\r\n');
    form[3] = form[3].replace(',Both,', ',sometimes,');
    const before = fingerprint();
    const report = await commit('google-forms-en.csv', form.join('\r\n'));
    expect(report.committed).toBe(false);
    expect(report.errors).toEqual([expect.objectContaining({ file: 'google-forms-en.csv', row: 4, column: 'Kind of mentoring' })]);
    expect(fingerprint()).toEqual(before);
    expect(await people()).toEqual([]);
  });

  it('refuses a 10 MB cell, naming file, row and column, and changes nothing', async () => {
    const before = fingerprint();
    const huge = `Full name,Email address,Notes\nSiti,siti@example.com,"${'x'.repeat(10 * 1024 * 1024)}"\n`;
    const outcome = await commit('huge.csv', huge).then(() => null, (e: unknown) => toApiError(e));
    expect(outcome).toMatchObject({ code: 'refused', details: [expect.objectContaining({ file: 'huge.csv', row: 2, column: 'C' })] });
    expect(fingerprint()).toEqual(before);
  });

  it('a broken file is refused before anything is written, and no backup is made for it', async () => {
    const before = fingerprint();
    for (const name of ['garbage.csv', 'ragged.csv', 'truncated.xlsx', 'zipbomb.xlsx', 'empty.csv', 'header-only.csv']) {
      const outcome = await commit(name, readFileSync(join(fixtures, name))).then(() => null, (e: unknown) => toApiError(e));
      expect(outcome, name).toMatchObject({ code: 'refused', details: [expect.objectContaining({ file: name })] });
    }
    expect(fingerprint()).toEqual(before);
    expect(await cohort.handlers.backupList({})).toEqual([]);
  });
});

describe('__proto__ as a header', () => {
  it('survives as an extra field through the contract, and pollutes nothing', async () => {
    const data = readFileSync(join(fixtures, 'proto-header.csv'));
    const report = await preview('proto-header.csv', data);
    expect(Object.keys(report.mapping)).toContain('__proto__');
    // The wizard sends the mapping back as JSON; zod's z.record drops the __proto__ key at the contract
    // boundary, so that column falls back to detection (an extra field) rather than vanishing.
    const mapping: Record<string, string | null> = JSON.parse(JSON.stringify(report.mapping));
    const committed = await commit('proto-header.csv', data, { mapping });
    expect(committed).toMatchObject({ committed: true, added: 2 });
    const siti = await person('Siti Nurhaliza');
    expect(Object.getPrototypeOf(siti.extra)).toBe(Object.prototype);
    expect(Object.entries(siti.extra)).toEqual([['__proto__', 'polluted'], ['constructor', 'also polluted'], ['toString', 'x'], ['hasOwnProperty', 'y']]);
    expect((await person('Dewi Lestari')).extra['__proto__']).toBe('{"isAdmin":true}');
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(await commit('proto-header.csv', data, { mapping })).toMatchObject({ added: 0, unchanged: 2 });
  });
});

describe('properties', () => {
  const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
  const first = ['Siti', 'Dewi', 'Nur’aini', 'Ayu', 'Rina', 'Sri', 'Ni Made', 'Putri'];
  const last = ['Lestari', 'Nurhaliza', 'Marlina', 'Wulandari', "O'Neil", 'Hasanah'];
  const skills = ['Canva', 'canva', 'Desain Grafis (Canva)', 'Mind-Mapping', 'mind mapping', 'Baking', 'Public Speaking', 'Tahsin'];
  const person = fc.record({
    name: fc.tuple(fc.constantFrom(...first), fc.constantFrom(...last), fc.nat(30)).map(([a, b, n]) => `${a} ${b}${n > 20 ? '' : ` ${n}`}`),
    email: fc.option(fc.nat(40).map((n) => `orang${n}@example.com`), { nil: '' }),
    phone: fc.option(fc.tuple(fc.constantFrom('0812', '+62 812', '62812', '(0812) '), fc.integer({ min: 1_000_000, max: 99_999_999 })).map(([p, n]) => `${p}${n}`), { nil: '' }),
    offers: fc.uniqueArray(fc.constantFrom(...skills), { maxLength: 3 }).map((list) => list.join(', ')),
    seeks: fc.uniqueArray(fc.constantFrom(...skills), { maxLength: 2 }).map((list) => list.join(', ')),
    kind: fc.constantFrom('Peer 1:1', 'Kelompok', 'Keduanya', ''),
    capacity: fc.constantFrom('1', '2', '3 orang', 'maks 4', ''),
    mentor: fc.option(fc.tuple(fc.constantFrom('', 'Bunda ', 'Mbak '), fc.constantFrom(...first)).map(([h, n]) => `${h}${n}`), { nil: '' }),
    notes: fc.option(fc.string({ maxLength: 30 }), { nil: '' }),
  });

  it('importing the same file twice adds, updates and records nothing the second time', async () => {
    let committedRuns = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(person, { minLength: 1, maxLength: 25 }), async (rows) => {
        const fresh = freshCohort();
        try {
          const csv = [['Nama Lengkap', 'Alamat email', 'Nomor WhatsApp', 'Keahlian yang ditawarkan', 'Bidang yang ingin dipelajari', 'Jenis pendampingan', 'Jumlah maksimal mentee', 'Mentor pilihan 1', 'Catatan'],
            ...rows.map((r) => [r.name, r.email, r.phone, r.offers, r.seeks, r.kind, r.capacity, r.mentor, r.notes])]
            .map((cells) => cells.map(quote).join(',')).join('\r\n');
          const request = { fileName: 'random.csv', data: base64(csv) };
          const once = (await dispatch(fresh.handlers, 'importCommit', request)) as ImportReport;
          if (!once.committed) return;
          committedRuns++;
          const before = contentHash(fresh.session.db);
          const twice = (await dispatch(fresh.handlers, 'importCommit', request)) as ImportReport;
          expect(twice).toMatchObject({ committed: true, added: 0, updated: 0, unchanged: once.rows, changed: [] });
          expect(contentHash(fresh.session.db)).toBe(before);
        } finally {
          fresh.cleanup();
        }
      }),
      { numRuns: 8, seed: 20_261_129 },
    );
    // A file the import refuses proves nothing here; most generated files must import.
    expect(committedRuns).toBeGreaterThanOrEqual(4);
  }, 120_000);
});
