import type { Db } from './store/connection';
import { openCohortDb, openCohortDbForReading } from './store/connection';
import { StoreError } from './store/errors';
import { installUndoLog } from './store/undoLog';
import { createBackupSync, startDailyBackup } from './store/backups';
import { acquireCohortLock, realCohortPath, type CohortLock } from './store/lock';
import { inspectCohortFile } from './store/cohortFile';
import { rememberCohort } from './config';
import { redact } from './redact';
import { releasePooledArrays } from './core/matching/arrays';

/** The cohort the app is working on; every transport's handler map reads the database through it. */
export interface Session {
  readonly db: Db;
  readonly path: string;
  open(path: string, options?: OpenCohortOptions): void;
  close(): void;
  /** Closes the connection but keeps the cohort's lock while `work` runs, then reopens the cohort. */
  offline<T>(work: (path: string) => Promise<T>): Promise<T>;
}

export interface OpenCohortOptions {
  /** The name a new cohort gets. */
  name?: string;
  /** Called before an existing empty file is made a cohort; throws to refuse (the file stays as it was). */
  beforeMakingEmpty?: (path: string) => void;
}

export interface SessionOptions {
  nativeBinding?: string;
  /** Remember opened cohorts as "last used" (off in tests and one-shot CLI runs that pass --db). */
  remember?: boolean;
  /**
   * For a command that only reads: if another window or command holds the cohort, read it beside that
   * writer (SQLite's WAL lets readers in) instead of refusing. Such a session cannot switch cohorts, and
   * any write through it fails.
   */
  readIfHeld?: boolean;
}

const reportBackupFailure = (error: unknown) =>
  console.warn(`Kupu: the daily backup failed: ${redact(error instanceof Error ? error.message : String(error))}`);

/** A read-only session beside the cohort's writer: no lock, no backups, no migrations. */
function readerSession(path: string, options: SessionOptions): Session {
  let db: Db | null = openCohortDbForReading(path, options.nativeBinding);
  const held = () => new StoreError('locked', 'store.locked');
  return {
    get db() {
      if (!db) throw new Error('No cohort is open');
      return db;
    },
    path,
    open() {
      throw held();
    },
    close() {
      db?.close();
      db = null;
      releasePooledArrays();
    },
    offline() {
      return Promise.reject(held());
    },
  };
}

export function openSession(path: string, options: SessionOptions = {}): Session {
  let db: Db | null = null;
  let currentPath = path;
  // The session is the cohort's single writer: it holds the lock file from open until close or switch.
  let lock: CohortLock | null = null;
  let lockedPath = '';

  const open = (nextPath: string, init?: OpenCohortOptions) => {
    const samePath = lock !== null && realCohortPath(nextPath) === lockedPath;
    // A file that is not Kupu's is refused before anything is written, a lock file beside it included.
    if (!samePath && inspectCohortFile(nextPath, options.nativeBinding) === 'empty') init?.beforeMakingEmpty?.(nextPath);
    const nextLock = samePath && lock ? lock : acquireCohortLock(nextPath);
    let next: Db;
    try {
      next = openCohortDb(nextPath, {
        nativeBinding: options.nativeBinding,
        beforeMigrate: (opened) => void createBackupSync(opened, nextPath, 'migration'),
        name: init?.name,
      });
      installUndoLog(next);
    } catch (error) {
      if (nextLock !== lock) nextLock.release();
      throw error;
    }
    db?.close();
    if (lock && nextLock !== lock) lock.release();
    lock = nextLock;
    lockedPath = realCohortPath(nextPath);
    db = next;
    currentPath = nextPath;
    if (options.remember) rememberCohort(nextPath);
    startDailyBackup(next, nextPath, reportBackupFailure);
  };
  try {
    open(path);
  } catch (error) {
    if (options.readIfHeld && error instanceof StoreError && error.code === 'locked') return readerSession(path, options);
    throw error;
  }

  return {
    get db() {
      if (!db) throw new Error('No cohort is open');
      return db;
    },
    get path() {
      return currentPath;
    },
    open,
    close() {
      db?.close();
      db = null;
      lock?.release();
      lock = null;
      // The matching engine keeps its last runs' arrays for the next run; nothing runs on a closed cohort.
      releasePooledArrays();
    },
    async offline(work) {
      if (!db || !lock) throw new Error('No cohort is open');
      db.close();
      db = null;
      try {
        return await work(currentPath);
      } finally {
        open(currentPath);
      }
    },
  };
}
