import Database from 'better-sqlite3';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { backupIdPattern, type BackupInfo, type BackupReason } from '../../shared/contract/backup';
import { changeTopic, type ChangeTopic } from '../../shared/domain';
import { countRows } from './cohortRepo';
import type { Db } from './connection';
import { StoreError } from './errors';
import { latestSchemaVersion } from './migrations';
import { schemaVersion } from './migrate';

// Backups of a cohort, in a folder beside it: `<cohort file>.backups/<ISO time>-<reason>.sqlite`.
// They are made with SQLite's online backup API from the live connection (never by copying the live
// file, whose newest pages may still sit in the WAL), written to a `.partial` name and renamed when
// complete, so a crash mid-backup never leaves a half file that looks like a backup. Each backup is
// converted to a single self-contained file (rollback journal, no -wal/-shm) that can be copied or
// opened read-only anywhere. Beside it, `<id>.json` remembers its participant count, so listing twenty
// backups of a 50,000-person cohort does not mean scanning each of them.
//
// Retention, applied after every new backup: the newest 20 event backups (import, apply, migration,
// restore, manual) and the newest 7 daily ones are kept; older ones are deleted.

export const retention = { events: 20, daily: 7 } as const;

export const backupDirOf = (cohortPath: string) => `${cohortPath}.backups`;
const fileOf = (dir: string, id: string) => join(dir, `${id}.sqlite`);
const metaOf = (file: string) => `${file.slice(0, -'.sqlite'.length)}.json`;
const partialSuffix = '.partial';

/** Backups still running, per connection: a restore or a close waits for them. */
const running = new WeakMap<Db, Set<Promise<unknown>>>();
/**
 * Files this process is writing (two backups can start in the same millisecond) or restoring from;
 * retention never deletes them.
 */
const reserved = new Set<string>();

export function parseBackupId(id: string): { reason: BackupReason; createdAt: string } | null {
  const match = backupIdPattern.exec(id);
  if (!match) return null;
  const [date, time] = id.slice(0, 24).split('T');
  const [hh, mm, ss, ms] = time.slice(0, -1).split('-');
  return { reason: match[1] as BackupReason, createdAt: `${date}T${hh}:${mm}:${ss}.${ms}Z` };
}

function newBackupId(dir: string, reason: BackupReason, now: Date): string {
  const stamp = now.toISOString().replaceAll(':', '-').replace('.', '-');
  for (let n = 1; ; n++) {
    const id = n === 1 ? `${stamp}-${reason}` : `${stamp}-${reason}-${n}`;
    const file = fileOf(dir, id);
    if (!reserved.has(file) && !existsSync(file) && !existsSync(file + partialSuffix)) return id;
  }
}

function removeQuietly(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
}

function removeBackup(file: string): void {
  removeQuietly(file);
  rmSync(metaOf(file), { force: true });
}

function fsyncDir(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Windows cannot open a folder; its renames are durable enough
  }
}

function readInfo(dir: string, id: string): BackupInfo | null {
  const parsed = parseBackupId(id);
  if (!parsed) return null;
  const file = fileOf(dir, id);
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return null;
  }
  return { id, reason: parsed.reason, createdAt: parsed.createdAt, size, participants: participantsIn(file) };
}

function participantsIn(file: string): number | null {
  try {
    const { participants } = JSON.parse(readFileSync(metaOf(file), 'utf8')) as { participants?: unknown };
    if (typeof participants === 'number') return participants;
  } catch {
    // no note beside it (copied in by hand?): count in the file itself
  }
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return countRows(db).participants;
    } finally {
      db.close();
    }
  } catch {
    return null; // unreadable: listed without a count, so the coordinator still sees it
  }
}

/** Turns a finished backup into one self-contained file before it gets its final name. */
function finish(partial: string, file: string): void {
  const db = new Database(partial, { fileMustExist: true });
  let participants: number;
  try {
    db.pragma('journal_mode = DELETE');
    participants = countRows(db).participants;
  } finally {
    db.close();
  }
  writeFileSync(metaOf(file), JSON.stringify({ participants }));
  renameSync(partial, file);
  fsyncDir(join(file, '..'));
}

/** Backs the cohort up through its live connection; resolves when the backup file is complete. */
export function createBackup(db: Db, cohortPath: string, reason: BackupReason): Promise<BackupInfo> {
  const dir = backupDirOf(cohortPath);
  mkdirSync(dir, { recursive: true });
  const id = newBackupId(dir, reason, new Date());
  const file = fileOf(dir, id);
  const partial = file + partialSuffix;
  reserved.add(file);
  const work = (async () => {
    try {
      await db.backup(partial);
      finish(partial, file);
    } catch (error) {
      removeQuietly(partial);
      throw error;
    } finally {
      reserved.delete(file);
    }
    prune(cohortPath);
    const info = readInfo(dir, id);
    if (!info) throw new StoreError('invalid', 'store.backupUnreadable', { id });
    return info;
  })();
  track(db, work);
  return work;
}

/**
 * The same backup, synchronously, for the one place that cannot wait: just before a migration, inside
 * the synchronous open. `VACUUM INTO` writes a consistent snapshot through SQLite (again never a copy
 * of the live file); it must run outside a transaction, which is where the migration hook is called.
 */
export function createBackupSync(db: Db, cohortPath: string, reason: BackupReason): BackupInfo {
  const dir = backupDirOf(cohortPath);
  mkdirSync(dir, { recursive: true });
  const id = newBackupId(dir, reason, new Date());
  const file = fileOf(dir, id);
  const partial = file + partialSuffix;
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    finish(partial, file);
  } catch (error) {
    removeQuietly(partial);
    throw error;
  }
  prune(cohortPath);
  const info = readInfo(dir, id);
  if (!info) throw new StoreError('invalid', 'store.backupUnreadable', { id });
  return info;
}

function track(db: Db, work: Promise<unknown>): void {
  let set = running.get(db);
  if (!set) running.set(db, (set = new Set()));
  const entry = work.catch(() => undefined);
  set.add(entry);
  void entry.then(() => set.delete(entry));
}

/** Resolves when every backup started from this connection has finished (or failed). */
export async function waitForBackups(db: Db): Promise<void> {
  const set = running.get(db);
  while (set && set.size > 0) await Promise.all([...set]);
}

/** Removes one backup (the backup of a bulk write that turned out to change nothing). */
export function discardBackup(cohortPath: string, id: string): void {
  if (parseBackupId(id)) removeBackup(fileOf(backupDirOf(cohortPath), id));
}

/** Every backup of the cohort, newest first. */
export function listBackups(cohortPath: string): BackupInfo[] {
  const dir = backupDirOf(cohortPath);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.sqlite'))
    .map((name) => readInfo(dir, name.slice(0, -'.sqlite'.length)))
    .filter((info): info is BackupInfo => info !== null)
    .sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

/** Applies the retention rule and clears leftovers of backups a crash interrupted. */
export function prune(cohortPath: string): void {
  const dir = backupDirOf(cohortPath);
  if (!existsSync(dir)) return;
  const names = readdirSync(dir);
  for (const name of names) {
    const file = join(dir, name);
    // Only this process writes backups of a locked cohort, so a partial it is not writing is a crash's.
    const partialOf = name.includes(partialSuffix) ? join(dir, name.slice(0, name.indexOf(partialSuffix))) : null;
    if (partialOf && !reserved.has(partialOf)) rmSync(file, { force: true });
    // A note whose backup never got its final name.
    const noteOf = name.endsWith('.json') ? join(dir, `${name.slice(0, -'.json'.length)}.sqlite`) : null;
    if (noteOf && !reserved.has(noteOf) && !existsSync(noteOf)) rmSync(file, { force: true });
  }
  const ids = names
    .filter((name) => name.endsWith('.sqlite') && parseBackupId(name.slice(0, -'.sqlite'.length)))
    .map((name) => name.slice(0, -'.sqlite'.length))
    .sort()
    .reverse();
  const daily = ids.filter((id) => parseBackupId(id)?.reason === 'daily');
  const events = ids.filter((id) => parseBackupId(id)?.reason !== 'daily');
  for (const id of [...daily.slice(retention.daily), ...events.slice(retention.events)]) {
    if (!reserved.has(fileOf(dir, id))) removeBackup(fileOf(dir, id));
  }
}

const localDay = (iso: string) => new Date(iso).toDateString();

/** Whether the cohort needs today's daily backup: it has content and no daily backup from today. */
export function needsDailyBackup(db: Db, cohortPath: string, now = new Date()): boolean {
  const today = now.toDateString();
  const done = listBackupIds(cohortPath).some((id) => {
    const parsed = parseBackupId(id);
    return parsed?.reason === 'daily' && localDay(parsed.createdAt) === today;
  });
  return !done && countRows(db).participants > 0;
}

function listBackupIds(cohortPath: string): string[] {
  const dir = backupDirOf(cohortPath);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((n) => n.endsWith('.sqlite')).map((n) => n.slice(0, -'.sqlite'.length));
}

/**
 * Starts today's daily backup in the background when one is due. Closing the connection meanwhile
 * aborts it quietly (nothing half-written is left); any other failure is reported but never blocks work.
 */
export function startDailyBackup(db: Db, cohortPath: string, onError: (error: unknown) => void): void {
  if (!needsDailyBackup(db, cohortPath)) return;
  createBackup(db, cohortPath, 'daily').catch((error: unknown) => {
    if (db.open) onError(error);
  });
}

/** A session, as far as restoring needs it: its connection, its file, and a way to take it offline. */
export interface RestorableCohort {
  readonly db: Db;
  readonly path: string;
  /** Closes the connection (keeping the cohort's lock), runs `work`, then reopens the cohort. */
  offline<T>(work: (path: string) => Promise<T>): Promise<T>;
}

function checkRestorable(file: string, id: string): void {
  let db: Db | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new StoreError('invalid', 'store.backupDamaged', { id, detail: String(check) });
    if (schemaVersion(db) > latestSchemaVersion) {
      throw new StoreError('newer_schema', 'store.backupNewer', { id });
    }
  } catch (error) {
    if (error instanceof StoreError) throw error;
    throw new StoreError('invalid', 'store.backupCannotRead', { id });
  } finally {
    db?.close();
  }
}

/**
 * Replaces the cohort's content with a backup. The current state is backed up first (reason
 * `restore`), so restoring that one undoes the restore. The copy runs through the online backup API
 * onto the cohort's own path while its connection is closed: SQLite writes it as one transaction, and
 * since the closed connection checkpointed and removed its WAL, no old page can come back from it.
 */
export async function restoreBackup(cohort: RestorableCohort, id: string): Promise<{ changed: ChangeTopic[] }> {
  const file = fileOf(backupDirOf(cohort.path), id);
  if (!parseBackupId(id) || !existsSync(file)) throw new StoreError('not_found', 'store.backupMissing', { id });
  checkRestorable(file, id);
  reserved.add(file); // the `restore` backup's retention must not delete the one being restored
  try {
    await waitForBackups(cohort.db);
    await createBackup(cohort.db, cohort.path, 'restore');
    await cohort.offline(async (path) => {
      const source = new Database(file, { readonly: true, fileMustExist: true });
      try {
        await source.backup(path);
      } finally {
        source.close();
      }
    });
  } finally {
    reserved.delete(file);
  }
  return { changed: [...changeTopic.options] };
}
