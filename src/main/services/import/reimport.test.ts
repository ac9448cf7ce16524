import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../shared/contract';
import { dispatch } from '../../dispatch';
import { contentHash } from '../../store/inspect';
import { listHistory } from '../../store/undoLog';
import { freshCohort, type TestCohort } from '../../../../tests/support/cohort';

// A batch imported from its Indonesian Google Forms export, then the same form's export a week later:
// the preview says, per person, which fields change from what to what — and only those that really
// changed (not a phone written another way, a name in lower case, or a skill spelled another way);
// the report, duplicates included, stays in the cohort's import history. Also the English XLSX export,
// and the warnings before importing.

const fixtures = join(import.meta.dirname, '..', '..', '..', '..', 'tests', 'fixtures', 'registrations');
const file = (name: string) => ({ fileName: name, data: readFileSync(join(fixtures, name)).toString('base64') });
let cohort: TestCohort;
beforeEach(() => {
  cohort = freshCohort();
});
afterEach(() => cohort.cleanup());

const commit = (name: string, extra: object = {}) => dispatch(cohort.handlers, 'importCommit', { ...file(name), ...extra }) as Promise<ImportReport>;
const preview = (name: string, extra: object = {}) => dispatch(cohort.handlers, 'importPreview', { ...file(name), ...extra }) as Promise<ImportReport>;
const person = async (name: string) => (await cohort.handlers.participantsList({})).find((p) => p.name === name);

describe('re-importing a later export', () => {
  it('previews the field-level changes, writing nothing; what only looks different is unchanged', async () => {
    expect(await commit('pendaftaran-batch8.csv')).toMatchObject({ committed: true, added: 16, duplicates: 1 });
    const before = { hash: contentHash(cohort.session.db), history: listHistory(cohort.session.db, 100).length };
    const report = await preview('pendaftaran-batch8-minggu2.csv');
    expect(report).toMatchObject({ rows: 17, added: 1, updated: 5, unchanged: 11, duplicates: 1, changesCount: 5, committed: false });
    expect(report.changes.map(({ participant, field, from, to }) => ({ participant, field, from, to }))).toEqual([
      { participant: 'Siti Rahma', field: 'capacity', from: '2', to: '3' },
      { participant: 'Nurul Hidayah', field: 'kind', from: 'peer', to: 'group' },
      { participant: 'Wulan Safitri', field: 'kind', from: 'both', to: 'peer' },
      { participant: 'Eka Susilowati', field: 'capacity', from: '4', to: '2' },
      { participant: 'Mega Puspitasari', field: 'seeks', from: 'Baking, Kepemimpinan', to: 'Baking, Kepemimpinan, Public Speaking' },
    ]);
    expect({ hash: contentHash(cohort.session.db), history: listHistory(cohort.session.db, 100).length }).toEqual(before);
  });

  it('keeps a hand edit the form did not touch, and keeps the duplicates merged in the report after commit and in the history', async () => {
    await commit('pendaftaran-batch8.csv');
    const nurul = await person('Nurul Hidayah');
    await dispatch(cohort.handlers, 'participantUpdate', { id: nurul?.id, patch: { capacity: 6 } });
    const report = await commit('pendaftaran-batch8-minggu2.csv');
    expect(report).toMatchObject({ committed: true, updated: 5, duplicateList: [{ name: 'Rahmawati Susanti', keptRow: 18, droppedRow: 9 }] });
    expect(await person('Nurul Hidayah')).toMatchObject({ kind: 'group', capacity: 6 });
    expect(await person('Rina Marlina')).toBeDefined();
    expect(await person('rina marlina')).toBeUndefined();

    const history = await cohort.handlers.importHistory({});
    expect(history.map((h) => [h.file, h.added, h.updated, h.duplicates])).toEqual([
      ['pendaftaran-batch8-minggu2.csv', 1, 5, 1], ['pendaftaran-batch8.csv', 16, 0, 1],
    ]);
    const reopened = await dispatch(cohort.handlers, 'importRun', { id: history[0].id }) as ImportReport;
    expect(reopened).toMatchObject({ committed: true, runId: history[0].id, duplicateList: report.duplicateList, changes: report.changes });
    await cohort.handlers.historyUndo({});
    expect((await cohort.handlers.importHistory({})).map((h) => h.file)).toEqual(['pendaftaran-batch8.csv']);
  });

  it('imports the English XLSX from Google Sheets: columns found, kinds and capacities read, skills collapsed', async () => {
    const report = await preview('registrations-batch3-en.xlsx');
    expect(report.mapping).toMatchObject({ 'Mentoring you can offer': 'kind', 'How many mentees can you take?': 'capacity', 'Skills you can teach (tick all that apply)': 'offers' });
    expect(report).toMatchObject({ missingFields: [], columnProblems: [], errors: [] });
    expect(await commit('registrations-batch3-en.xlsx')).toMatchObject({ committed: true, added: 7 });
    expect(await person('Maya Anggraeni')).toMatchObject({ kind: 'group', capacity: 4, offers: ['Homeschooling', 'English'] });
    expect(await person('Sarah Wijaya')).toMatchObject({ kind: 'peer', offers: ['Ms. Excel', 'Public Speaking'] });
    expect((await person('Laila Fitriani'))?.seeks).toEqual(['Ms. Excel']);
  });

  it('warns before importing about fields the program needs that no column gives, and columns that mostly do not read', async () => {
    const csv = ['Nama lengkap,Email,Kota,Keahlian yang ditawarkan', 'Siti,siti@example.com,Bandung,Canva', 'Dewi,dewi@example.com,Bogor,Baking', 'Rina,rina@example.com,Peer,Tahsin'].join('\n');
    const data = Buffer.from(csv).toString('base64');
    const found = await dispatch(cohort.handlers, 'importPreview', { fileName: 'x.csv', data }) as ImportReport;
    expect(found.missingFields).toEqual(['kind', 'capacity', 'seeks']);
    const wrong = await dispatch(cohort.handlers, 'importPreview', { fileName: 'x.csv', data, mapping: { Kota: 'kind' } }) as ImportReport;
    expect(wrong.missingFields).toEqual(['capacity', 'seeks']);
    expect(wrong.columnProblems).toEqual([{ column: 'Kota', field: 'kind', failed: 2, total: 3 }]);
  });
});
