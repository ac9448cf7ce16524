import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../shared/contract';
import { createHandlers } from '../../api';
import { dispatch } from '../../dispatch';
import { openSession } from '../../session';
import { freshCohort, type TestCohort } from '../../../../tests/support/cohort';

// The skills vocabulary end to end through the handlers: suggested merges accepted or dismissed, a
// rename, a split, every decision kept in Kupu's folder (and taken back by undo), applied in the
// coordinator's next cohort, and shared with another coordinator as a file.

const csv = [
  'Nama Lengkap,Alamat email,Keahlian yang ditawarkan,Bidang yang ingin dipelajari',
  'Siti Aminah,siti@example.com,"Menari, B. Inggris",Kebun',
  'Dewi Lestari,dewi@example.com,"Tari, Kepemimpinan",English',
  'Rina Marlina,rina@example.com,"Berkebun, Nyanyi","Menari, bahasa inggris"',
  'Sari Wulandari,sari@example.com,"Menyanyi, Leadership",Bahasa Inggris',
  'Ayu Kartika,ayu@example.com,"Parenting Islamy",Parenting Islami',
].join('\r\n');

let cohort: TestCohort;
beforeEach(() => {
  cohort = freshCohort();
});
afterEach(() => cohort.cleanup());

const importInto = (handlers: ReturnType<typeof createHandlers>, text = csv) =>
  dispatch(handlers, 'importCommit', { fileName: 'daftar.csv', data: Buffer.from(text).toString('base64') }) as Promise<ImportReport>;
const names = async (handlers = cohort.handlers) => (await handlers.skillsList({})).map((s) => s.name).sort();
const suggestions = async (handlers = cohort.handlers) => (await handlers.skillsSuggest({})).map((s) => `${s.from} → ${s.into}`);
const shared = () => {
  const file = join(cohort.home, 'vocabulary.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { decisions: Array<{ kind: string; name?: string }> }).decisions : [];
};

/** A second cohort of the same coordinator (same Kupu folder). */
function secondCohort() {
  const session = openSession(join(cohort.dir, 'batch-8.kupu.sqlite'));
  return { handlers: createHandlers(session, { home: cohort.home }), close: () => session.close() };
}

describe('skills vocabulary', () => {
  it('collapses the synonym list on import and suggests the rest, with reasons', async () => {
    await importInto(cohort.handlers);
    expect(await names()).toEqual(['Bahasa Inggris', 'Berkebun', 'Kebun', 'Kepemimpinan', 'Leadership', 'Menari', 'Menyanyi', 'Nyanyi', 'Parenting Islami', 'Parenting Islamy', 'Tari'].sort());
    const found = await cohort.handlers.skillsSuggest({});
    expect(found.map((s) => `${s.from} → ${s.into}`)).toEqual(expect.arrayContaining([
      'Kebun → Berkebun', 'Tari → Menari', 'Nyanyi → Menyanyi', 'Leadership → Kepemimpinan', 'Parenting Islamy → Parenting Islami',
    ]));
    expect(found.find((s) => s.from === 'Tari')?.why).toEqual([{ code: 'affix', from: 'tari', into: 'menari' }]);
    expect(found.find((s) => s.from === 'Leadership')?.why).toEqual([{ code: 'translation', from: 'Leadership', into: 'Kepemimpinan' }]);
  });

  it('an accepted merge is one undoable change, kept in Kupu’s folder until undone', async () => {
    await importInto(cohort.handlers);
    await dispatch(cohort.handlers, 'skillMerge', { from: 'Tari', into: 'Menari' });
    expect(await names()).not.toContain('Tari');
    expect(await suggestions()).not.toContain('Tari → Menari');
    expect(shared()).toMatchObject([{ kind: 'merge', name: 'Menari' }]);
    await cohort.handlers.historyUndo({});
    expect(await names()).toContain('Tari');
    expect(shared()).toEqual([]);
    await cohort.handlers.historyRedo({});
    expect(await names()).not.toContain('Tari');
    expect(shared()).toMatchObject([{ kind: 'merge', name: 'Menari' }]);
  });

  it('"not the same" drops the suggestion here and in the next cohort', async () => {
    await importInto(cohort.handlers);
    await dispatch(cohort.handlers, 'skillsNotSame', { a: 'Kebun', b: 'Berkebun' });
    expect(await suggestions()).not.toContain('Kebun → Berkebun');
    const next = secondCohort();
    try {
      await importInto(next.handlers);
      expect(await suggestions(next.handlers)).not.toContain('Kebun → Berkebun');
      expect(await suggestions(next.handlers)).toContain('Tari → Menari');
    } finally {
      next.close();
    }
  });

  it('a rename shows everywhere and names the skill in the next cohort; merges apply there too', async () => {
    await importInto(cohort.handlers);
    await dispatch(cohort.handlers, 'skillRename', { from: 'Menyanyi', to: 'Bernyanyi' });
    await dispatch(cohort.handlers, 'skillMerge', { from: 'Nyanyi', into: 'Bernyanyi' });
    await dispatch(cohort.handlers, 'skillMerge', { from: 'Leadership', into: 'Kepemimpinan' });
    expect((await cohort.handlers.participantsList({})).find((p) => p.name === 'Rina Marlina')?.offers).toEqual(['Berkebun', 'Bernyanyi']);
    const next = secondCohort();
    try {
      await importInto(next.handlers);
      const skills = await names(next.handlers);
      expect(skills).toContain('Bernyanyi');
      expect(skills).not.toContain('Nyanyi');
      expect(skills).not.toContain('Menyanyi');
      expect(skills).not.toContain('Leadership');
    } finally {
      next.close();
    }
  });

  it('a rename to another skill’s name is refused with a clear message', async () => {
    await importInto(cohort.handlers);
    await expect(dispatch(cohort.handlers, 'skillRename', { from: 'Tari', to: 'menari' })).rejects.toMatchObject({ message: '“menari” is already the skill “Menari”: merge the two instead.' });
  });

  it('a split takes a wrong merge apart, and the next cohort keeps them apart', async () => {
    await importInto(cohort.handlers);
    const english = (await cohort.handlers.skillsList({})).find((s) => s.name === 'Bahasa Inggris');
    expect(english?.spellings.map((s) => s.spelling).sort()).toEqual(['B. Inggris', 'Bahasa Inggris', 'English', 'bahasa inggris']);
    const { name } = await cohort.handlers.skillSplit({ skill: 'Bahasa Inggris', spellings: ['English'] });
    expect(name).toBe('English');
    const dewi = (await cohort.handlers.participantsList({})).find((p) => p.name === 'Dewi Lestari');
    expect(dewi?.seeks).toEqual(['English']);
    const next = secondCohort();
    try {
      await importInto(next.handlers);
      expect(await names(next.handlers)).toEqual(expect.arrayContaining(['English', 'Bahasa Inggris']));
    } finally {
      next.close();
    }
  });

  it('exports the vocabulary, and another coordinator’s import applies it to her cohort', async () => {
    await importInto(cohort.handlers);
    await dispatch(cohort.handlers, 'skillMerge', { from: 'Tari', into: 'Menari' });
    await dispatch(cohort.handlers, 'skillRename', { from: 'Menyanyi', to: 'Bernyanyi' });
    const file = await cohort.handlers.vocabularyExport({});
    const text = Buffer.from(file.data, 'base64').toString('utf8');
    expect(text).not.toContain('"cohort"');

    const other = freshCohort();
    try {
      await importInto(other.handlers);
      const result = await dispatch(other.handlers, 'vocabularyImport', { fileName: file.fileName, data: file.data });
      expect(result).toMatchObject({ imported: 2 });
      expect(await names(other.handlers)).toEqual(expect.arrayContaining(['Menari', 'Bernyanyi']));
      expect(await names(other.handlers)).not.toContain('Tari');
      // Importing the same file again adds nothing.
      expect(await dispatch(other.handlers, 'vocabularyImport', { fileName: file.fileName, data: file.data })).toMatchObject({ imported: 0 });
      await expect(dispatch(other.handlers, 'vocabularyImport', { fileName: 'x.json', data: Buffer.from('{"not":"it"}').toString('base64') }))
        .rejects.toMatchObject({ message: 'x.json is not a Kupu skills vocabulary (a file made by “Export vocabulary”).' });
    } finally {
      other.cleanup();
    }
  });
});
