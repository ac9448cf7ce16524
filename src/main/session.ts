import type { Db } from './store/connection';
import { openCohortDb } from './store/connection';
import { installJournal } from './store/journal';
import { updateSettings, getSettings } from './store/cohortRepo';
import { rememberCohort } from './config';

/** The cohort the app is working on; every transport's handler map reads the database through it. */
export interface Session {
  readonly db: Db;
  readonly path: string;
  open(path: string, options?: { name?: string }): void;
  close(): void;
}

export interface SessionOptions {
  nativeBinding?: string;
  /** Remember opened cohorts as "last used" (off in tests and one-shot CLI runs that pass --db). */
  remember?: boolean;
}

export function openSession(path: string, options: SessionOptions = {}): Session {
  let db: Db | null = null;
  let currentPath = path;

  const open = (nextPath: string, init?: { name?: string }) => {
    const next = openCohortDb(nextPath, { nativeBinding: options.nativeBinding });
    installJournal(next);
    if (init?.name && getSettings(next).name === '') updateSettings(next, { name: init.name });
    db?.close();
    db = next;
    currentPath = nextPath;
    if (options.remember) rememberCohort(nextPath);
  };
  open(path);

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
    },
  };
}
