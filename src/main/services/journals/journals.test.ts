import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract } from '../../../shared/contract';
import { maxJournalWeeks } from '../../../shared/phase';
import { dispatch, toApiError } from '../../dispatch';
import { journalsHandlers } from '../../handlers/journals';
import { buildXlsx } from '../../../../tests/support/xlsxWriter';
import { freshCohort, seed, type TestCohort } from '../../../../tests/support/cohort';
import { localToday } from './journals';

const fixtures = join(import.meta.dirname, '..', '..', '..', '..', 'tests', 'fixtures');
const base64 = (text: string) => Buffer.from(text).toString('base64');

let cohort: TestCohort;
beforeEach(() => {
  cohort = freshCohort();
});
afterEach(() => cohort.cleanup());

/** The journal handlers with "today" pinned to 24 December 2026 (week 3 of a phase from 7 December). */
function journal(today = '2026-12-24') {
  return journalsHandlers(cohort.session, () => today);
}

async function pairUp(pairs: Array<[mentor: string, mentee: string]>, ids: Record<string, string>) {
  for (const [mentor, mentee] of pairs) {
    const result = await cohort.handlers.pairingAssign({ mentorId: ids[mentor], menteeId: ids[mentee], override: true });
    expect(result.ok).toBe(true);
  }
}

describe('journal grid and ticks', () => {
  it('shows one row per pair or group, the current week and a summary per week', async () => {
    const ids = seed(cohort.session, [
      { name: 'Siti', offers: ['Canva'], kind: 'group' },
      { name: 'Dewi', offers: ['Canva'], kind: 'peer', capacity: 1 },
      { name: 'Nur', seeks: ['Canva'] },
      { name: 'Lina', seeks: ['Canva'] },
      { name: 'Ayu', seeks: ['Canva'] },
    ]);
    await pairUp([['Siti', 'Nur'], ['Siti', 'Lina'], ['Dewi', 'Ayu']], ids);
    const empty = await journal().journalGrid({});
    expect(empty).toMatchObject({ currentWeek: null, weekStarts: [] });
    expect(empty.units.map((u) => [u.unit, u.menteeIds])).toEqual([
      [`p:${ids.Dewi}:${ids.Ayu}`, [ids.Ayu]],
      [`g:${ids.Siti}`, [ids.Nur, ids.Lina]],
    ]);

    await cohort.handlers.settingsUpdate({ patch: { startDate: '2026-12-07', duration: 4 } });
    await journal().journalTick({ unit: `g:${ids.Siti}`, week: 1, submitted: true });
    const grid = await journal().journalGrid({});
    expect(grid).toMatchObject({ weeks: 4, startDate: '2026-12-07', currentWeek: 3, weekStarts: ['2026-12-07', '2026-12-14', '2026-12-21', '2026-12-28'] });
    expect(grid.cells).toEqual([{ unit: `g:${ids.Siti}`, week: 1, link: '', recordedAt: expect.any(String) }]);
    expect(grid.summary).toEqual([
      { week: 1, submitted: 1, expected: 2 },
      { week: 2, submitted: 0, expected: 2 },
      { week: 3, submitted: 0, expected: 2 },
      { week: 4, submitted: 0, expected: 2 },
    ]);

    // A phase of 8 months has a journal for each of the 35 weeks those months span; undo brings back 4 weeks.
    await cohort.handlers.settingsUpdate({ patch: { startDate: '2026-01-05', duration: 8, durationUnit: 'months' } });
    const months = await journal().journalGrid({});
    expect(months).toMatchObject({ weeks: 35, startDate: '2026-01-05' });
    expect(months.weekStarts.at(-1)).toBe('2026-08-31');
    expect(await journal().journalTick({ unit: `g:${ids.Siti}`, week: 35, submitted: true })).toMatchObject({ changed: ['journal', 'history'] });
    await cohort.handlers.historyUndo({});
    await cohort.handlers.historyUndo({});
    expect(await journal().journalGrid({})).toMatchObject({ weeks: 4 });
  });

  it('ticks and unticks as undoable steps', async () => {
    const ids = seed(cohort.session, [{ name: 'Siti', offers: ['Canva'] }, { name: 'Nur', seeks: ['Canva'] }]);
    await pairUp([['Siti', 'Nur']], ids);
    const unit = `g:${ids.Siti}`;
    const cells = async () => (await journal().journalGrid({})).cells.map((c) => [c.week, c.link]);

    const ticked = await journal().journalTick({ unit, week: 2, submitted: true, link: ' https://docs.google.com/x ' });
    expect(ticked.changed).toEqual(['journal', 'history']);
    expect(await cells()).toEqual([[2, 'https://docs.google.com/x']]);
    expect((await cohort.handlers.historyList({}))[0]).toMatchObject({ label: 'history.journalTick', params: { week: 2, mentor: 'Siti' } });
    expect((await journal().journalTick({ unit, week: 2, submitted: true })).changed).toEqual([]); // already in: nothing to record

    await journal().journalTick({ unit, week: 2, submitted: false });
    expect(await cells()).toEqual([]);
    expect((await cohort.handlers.historyList({}))[0].label).toBe('history.journalUntick');

    await cohort.handlers.historyUndo({});
    expect(await cells()).toEqual([[2, 'https://docs.google.com/x']]);
    await cohort.handlers.historyUndo({});
    expect(await cells()).toEqual([]);
    await cohort.handlers.historyRedo({});
    expect(await cells()).toEqual([[2, 'https://docs.google.com/x']]);
  });

  it('refuses a unit that does not exist and a week past the phase', async () => {
    const ids = seed(cohort.session, [{ name: 'Siti', offers: ['Canva'] }, { name: 'Nur', seeks: ['Canva'] }]);
    await pairUp([['Siti', 'Nur']], ids);
    expect(() => journal().journalTick({ unit: 'g:nobody', week: 1, submitted: true })).toThrow(expect.objectContaining({ code: 'not_found' }));
    expect(() => journal().journalTick({ unit: `g:${ids.Siti}`, week: 9, submitted: true })).toThrow(expect.objectContaining({ code: 'invalid' }));
    await expect(dispatch(cohort.handlers, 'journalTick', { unit: `g:${ids.Siti}`, week: 0, submitted: true })).rejects.toThrow();
  });

  it('hides ticks of a pair that was dissolved, and shows them again when it is restored', async () => {
    const ids = seed(cohort.session, [{ name: 'Siti', offers: ['Canva'] }, { name: 'Nur', seeks: ['Canva'] }]);
    await pairUp([['Siti', 'Nur']], ids);
    await journal().journalTick({ unit: `g:${ids.Siti}`, week: 1, submitted: true });
    await cohort.handlers.pairingUnassign({ mentorId: ids.Siti, menteeId: ids.Nur });
    expect(await journal().journalGrid({})).toMatchObject({ units: [], cells: [] });
    await cohort.handlers.historyUndo({});
    expect((await journal().journalGrid({})).cells).toHaveLength(1);
  });
});

describe('importing journal submissions', () => {
  async function smallCohort() {
    const data = readFileSync(join(fixtures, 'cohort-small.csv')).toString('base64');
    const report = await cohort.handlers.importCommit({ fileName: 'cohort-small.csv', data });
    expect(report.added).toBe(10);
    const ids = Object.fromEntries((await cohort.handlers.participantsList({})).map((p) => [p.name.split(' ')[0], p.id]));
    await pairUp([['Siti', 'Nur'], ['Siti', 'Indah'], ['Dewi', 'Lina'], ['Rina', 'Fitri'], ['Fitri', 'Wulan']], ids);
    return ids;
  }

  it('matches by phone and by name, reports the rest with row numbers, in one undoable step', async () => {
    const ids = await smallCohort();
    const data = readFileSync(join(fixtures, 'journal-submissions.csv')).toString('base64');
    const report = await journal().journalImport({ fileName: 'journal-submissions.csv', data });
    expect(report).toMatchObject({ file: 'journal-submissions.csv', rows: 11, matched: 6, added: 5, alreadyIn: 1 });
    expect(report.changed).toContain('journal');
    expect(report.unmatched.map((u) => [u.row, u.who, u.reason])).toEqual([
      [7, 'Fitri Handayani', 'several_units'],
      [8, 'Bu Ratna', 'unknown'],
      [10, 'Maya Sari', 'no_unit'],
      [11, 'Wulan Septiani', 'week_range'],
      [12, 'Indah Permata', 'no_week'],
    ]);

    const grid = await journal().journalGrid({});
    const cells = Object.fromEntries(grid.cells.map((c) => [`${c.unit}@${c.week}`, c]));
    const siti = `g:${ids.Siti}`;
    const dewi = `p:${ids.Dewi}:${ids.Lina}`;
    expect(Object.keys(cells).sort()).toEqual([`g:${ids.Rina}@1`, `${dewi}@1`, `${dewi}@2`, `${siti}@1`, `${siti}@2`].sort());
    // Siti by phone (twice: the later resubmission's link wins), Nur by phone into Siti's group,
    // "Bunda Dewi" by phone, Lina by name (her number is not the registered one), Rina by phone.
    expect(cells[`${siti}@1`]).toMatchObject({ link: 'https://docs.google.com/document/d/siti-minggu-1-revisi', recordedAt: '2026-12-07T20:15:03' });
    expect(cells[`${dewi}@2`].link).toBe('https://drive.google.com/file/d/dewi-lina-2');
    expect((await cohort.handlers.historyList({}))[0]).toMatchObject({ label: 'history.journalImport', params: { file: 'journal-submissions.csv', count: 6 } });

    const again = await journal().journalImport({ fileName: 'journal-submissions.csv', data });
    expect(again).toMatchObject({ matched: 6, added: 0, alreadyIn: 6, changed: [] });

    await cohort.handlers.historyUndo({});
    expect((await journal().journalGrid({})).cells).toEqual([]);
  });

  it('reads Excel workbooks, with a title row above the header and numbers for weeks', async () => {
    const ids = await smallCohort();
    const workbook = buildXlsx([{
      name: 'Form Responses 1',
      rows: [
        ['Jurnal mentoring Batch 7'],
        [],
        ['Stempel waktu', 'Nama', 'Nomor WhatsApp', 'Minggu ke-', 'Link jurnal'],
        [{ serial: 46367.5, format: 'dd/mm/yyyy hh:mm:ss' }, 'Siti Rahmawati', '+6281211110001', 3, 'https://x/3'],
      ],
    }]);
    const report = await journal().journalImport({ fileName: 'jurnal.xlsx', data: Buffer.from(workbook).toString('base64') });
    expect(report).toMatchObject({ rows: 1, matched: 1, added: 1, unmatched: [] });
    expect((await journal().journalGrid({})).cells).toEqual([{ unit: `g:${ids.Siti}`, week: 3, link: 'https://x/3', recordedAt: '2026-12-11T12:00:00' }]);
  });

  it.each([
    { title: 'an empty file', fileName: 'kosong.csv', data: '', message: /kosong\.csv: The file is empty/ },
    { title: 'a file without a week column', fileName: 'peserta.csv', data: base64('Nama,Kota\nSiti,Bandung\n'), message: /peserta\.csv, row 1: Found no column for the week/ },
    { title: 'an old Excel file', fileName: 'jurnal.xls', data: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]).toString('base64'), message: /jurnal\.xls: .*\.xlsx or CSV/ },
  ])('refuses $title with a message naming the file, changing nothing', async ({ fileName, data, message }) => {
    await smallCohort();
    const before = (await cohort.handlers.historyList({})).length;
    const error = await dispatch(cohort.handlers, 'journalImport', { fileName, data }).catch((e: unknown) => e);
    expect(toApiError(error)).toMatchObject({ code: 'refused', message: expect.stringMatching(message) });
    expect((await cohort.handlers.historyList({})).length).toBe(before);
  });
});

describe('who is behind', () => {
  it('lists the pairs and groups missing past weeks, as WhatsApp text and CSV in the cohort’s language', async () => {
    const ids = seed(cohort.session, [
      { name: 'Siti', offers: ['Canva'] },
      { name: 'Dewi', offers: ['Canva'], kind: 'peer', capacity: 1 },
      { name: 'Nur', seeks: ['Canva'] },
      { name: 'Lina', seeks: ['Canva'] },
    ]);
    await pairUp([['Siti', 'Nur'], ['Dewi', 'Lina']], ids);
    expect(await journal().journalBehind({})).toMatchObject({ throughWeek: null, rows: [] });

    await cohort.handlers.settingsUpdate({ patch: { startDate: '2026-12-07', name: 'Batch 7', language: 'en' } });
    await journal().journalTick({ unit: `g:${ids.Siti}`, week: 1, submitted: true });
    const behind = await journal().journalBehind({});
    expect(behind.throughWeek).toBe(2);
    expect(behind.rows).toEqual([
      { unit: `p:${ids.Dewi}:${ids.Lina}`, mentor: 'Dewi', mentorPhone: '', mentees: ['Lina'], missingWeeks: [1, 2] },
      { unit: `g:${ids.Siti}`, mentor: 'Siti', mentorPhone: '', mentees: ['Nur'], missingWeeks: [2] },
    ]);
    expect(behind.whatsapp).toContain('1. *Dewi* with *Lina* — weeks 1, 2');
    expect(behind.csv.split('\r\n')[0]).toBe('\uFEFFNo,Mentor,Mentor WhatsApp,Mentees,Kind,Skill,Weeks missing');

    const throughOne = await journal().journalBehind({ week: 1 });
    expect(throughOne.rows.map((r) => r.mentor)).toEqual(['Dewi']);
    await cohort.handlers.settingsUpdate({ patch: { language: 'id' } });
    expect((await journal().journalBehind({ week: 1 })).whatsapp).toContain('1. *Dewi* bersama *Lina* — minggu ke-1');
    expect((await journal().journalBehind({ week: 30 })).throughWeek).toBe(8);
    expect(contract.journalBehind.params.safeParse({ week: maxJournalWeeks + 1 }).success).toBe(false);
  });

  it('counts the days on the coordinator’s calendar', () => {
    expect(localToday(new Date(2026, 11, 7, 23, 59))).toBe('2026-12-07');
  });
});
