import Database from 'better-sqlite3';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch, toApiError } from '../dispatch';
import { freshCohort, seed, type TestCohort } from '../../../tests/support/cohort';
import { backupDirOf, createBackup, createBackupSync, listBackups, needsDailyBackup, prune, retention, waitForBackups } from './backups';
import { checkIntegrity, dumpContent } from './inspect';

let cohort: TestCohort | null = null;
afterEach(() => {
  cohort?.cleanup();
  cohort = null;
});

function seeded(): TestCohort & { ids: Record<string, string> } {
  const fresh = freshCohort();
  cohort = fresh;
  const ids = seed(fresh.session, [
    { name: 'Siti', offers: ['Canva'], seeks: ['Excel'] },
    { name: 'Dewi', offers: ['Excel'], seeks: ['Canva'] },
    { name: 'Ayu', offers: ['Canva'], seeks: ['Excel'] },
  ]);
  return { ...fresh, ids };
}

const csv = (rows: string[]) => Buffer.from(['Full name,Email address,Skills you can mentor,Skills you want to learn', ...rows].join('\n')).toString('base64');

describe('backups', () => {
  it('backs up through the live connection into one self-contained file beside the cohort', async () => {
    const { session, path } = seeded();
    const info = await createBackup(session.db, path, 'manual');
    expect(info).toMatchObject({ reason: 'manual', participants: 3 });
    expect(info.id).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z-manual$/);
    expect(Math.abs(Date.parse(info.createdAt) - Date.now())).toBeLessThan(60_000);
    expect(readdirSync(backupDirOf(path)).sort()).toEqual([`${info.id}.json`, `${info.id}.sqlite`]); // no -wal, -shm or .partial
    const copy = new Database(join(backupDirOf(path), `${info.id}.sqlite`), { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(dumpContent(copy)).toEqual(dumpContent(session.db));
    copy.close();
    expect(listBackups(path)).toEqual([info]);
  });

  it('restores a backup, and restoring the automatic "restore" backup undoes that', async () => {
    const { session, handlers, path, ids } = seeded();
    const before = dumpContent(session.db);
    const { id } = await handlers.backupCreate({});
    await handlers.pairingAssign({ mentorId: ids.Siti, menteeId: ids.Dewi });
    await handlers.participantUpdate({ id: ids.Ayu, patch: { closed: true } });
    const after = dumpContent(session.db);

    const restored = await dispatch(handlers, 'backupRestore', { id });
    expect(restored).toEqual({ changed: ['cohort', 'participants', 'pairings', 'proposals', 'skills', 'history', 'journal'] });
    expect(dumpContent(session.db)).toEqual(before);
    expect(checkIntegrity(session.db)).toMatchObject({ integrity: 'ok', foreignKeyViolations: 0 });

    // The replaced state is itself a backup; the old WAL did not bring back any page on reopen.
    const undo = listBackups(path).find((b) => b.reason === 'restore');
    expect(undo?.participants).toBe(3);
    session.open(path);
    expect(dumpContent(session.db)).toEqual(before);
    await handlers.backupRestore({ id: undo?.id ?? '' });
    expect(dumpContent(session.db)).toEqual(after);
    expect(await handlers.historyUndo({})).toMatchObject({ entry: { label: 'history.close', params: { name: 'Ayu' } } }); // the undo history came back too
  });

  it('restores over a WAL that another connection keeps alive without old pages coming back', async () => {
    const { session, handlers, path, ids } = seeded();
    const { id } = await handlers.backupCreate({});
    const before = dumpContent(session.db);
    await handlers.participantUpdate({ id: ids.Ayu, patch: { closed: true, name: 'Ayu Kartika' } });
    // A second connection keeps the -wal and -shm files (and the new rows in them) after the session closes.
    const reader = new Database(path, { readonly: true });
    expect(reader.prepare("SELECT count(*) AS n FROM participant WHERE name = 'Ayu Kartika'").get()).toEqual({ n: 1 });
    await handlers.backupRestore({ id });
    reader.close();
    session.open(path);
    expect(dumpContent(session.db)).toEqual(before);
    expect(checkIntegrity(session.db)).toMatchObject({ integrity: 'ok', foreignKeyViolations: 0 });
  });

  it('refuses unknown and malformed ids without touching the cohort', async () => {
    const { handlers, session } = seeded();
    const before = dumpContent(session.db);
    const missing = await dispatch(handlers, 'backupRestore', { id: '2020-01-01T00-00-00-000Z-manual' }).catch(toApiError);
    expect(missing).toMatchObject({ code: 'not_found' });
    for (const id of ['../cohort.kupu.sqlite', '2020-01-01T00-00-00-000Z-manual/../../x', '']) {
      expect(await dispatch(handlers, 'backupRestore', { id }).catch(toApiError)).toMatchObject({ code: 'invalid_params' });
    }
    expect(dumpContent(session.db)).toEqual(before);
  });

  it(`keeps the newest ${retention.events} event backups and ${retention.daily} daily ones, and clears crashed partials`, () => {
    const { path, session } = seeded();
    const dir = backupDirOf(path);
    createBackupSync(session.db, path, 'manual');
    const stamp = (day: number, hour: number) => `2024-01-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}-00-00-000Z`;
    for (let i = 0; i < 25; i++) writeFileSync(join(dir, `${stamp(1 + (i % 28), i % 24)}-import.sqlite`), '');
    for (let day = 1; day <= 10; day++) writeFileSync(join(dir, `${stamp(day, 6)}-daily.sqlite`), '');
    writeFileSync(join(dir, `${stamp(2, 2)}-apply.sqlite.partial`), 'half');
    writeFileSync(join(dir, `${stamp(2, 2)}-apply.json`), '{"participants": 3}');
    prune(path);
    const left = listBackups(path);
    expect(left.filter((b) => b.reason === 'daily').map((b) => b.id.slice(8, 10))).toEqual(['10', '09', '08', '07', '06', '05', '04']);
    expect(left.filter((b) => b.reason !== 'daily')).toHaveLength(retention.events);
    expect(left[0].reason).toBe('manual'); // the newest survives
    expect(readdirSync(dir).filter((name) => name.includes('.partial') || name.includes('-apply'))).toEqual([]);
    expect(readdirSync(dir).filter((name) => name.endsWith('.json'))).toEqual([`${left[0].id}.json`]); // notes go with their backups
  });

  it('takes one daily backup when a cohort with content opens, none for an empty one', async () => {
    cohort = freshCohort();
    const { session, path } = cohort;
    session.open(path);
    await waitForBackups(session.db);
    expect(existsSync(backupDirOf(path))).toBe(false);
    seed(session, [{ name: 'Siti' }]);
    session.open(path);
    await waitForBackups(session.db);
    expect(listBackups(path).map((b) => b.reason)).toEqual(['daily']);
    expect(needsDailyBackup(session.db, path)).toBe(false);
    session.open(path);
    await waitForBackups(session.db);
    expect(listBackups(path)).toHaveLength(1);
  });

  it('backs up before an import commit and before applying suggestions', async () => {
    const { handlers, path, ids } = seeded();
    const report = await handlers.importCommit({ fileName: 'more.csv', data: csv(['Rina,rina@example.com,Excel,Canva']) });
    expect(report).toMatchObject({ committed: true, added: 1 });
    expect(listBackups(path).map((b) => [b.reason, b.participants])).toEqual([['import', 3]]);

    const failed = await handlers.importCommit({ fileName: 'bad.csv', data: Buffer.from('Full name,Max mentees\nX,lots\n').toString('base64') });
    expect(failed.committed).toBe(false);
    expect(listBackups(path)).toHaveLength(1); // nothing written, nothing to back up

    await handlers.matchApply({ pairs: [{ mentorId: ids.Siti, menteeId: ids.Dewi, skill: 'Canva' }] });
    expect(listBackups(path).map((b) => [b.reason, b.participants])).toEqual([['apply', 4], ['import', 3]]);
  });
});
