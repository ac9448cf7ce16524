import Database from 'better-sqlite3';
import { inspectCohortFile, kupuApplicationId } from './cohortFile';
import { getSettings, updateSettings } from './cohortRepo';
import { StoreError } from './errors';
import { migrate, schemaVersion } from './migrate';
import { latestSchemaVersion } from './migrations';

/** A cohort connection, for reading. Repo functions that write require a `WriteDb`. */
export type Db = Database.Database;

declare const writable: unique symbol;
/**
 * The same connection inside a `mutate` transaction (store/undoLog.ts), the only place that hands it out:
 * a repo write function takes this type, so a write outside the undoable path does not compile.
 */
export type WriteDb = Db & { readonly [writable]: true };

export interface OpenOptions {
  /** Path to a better-sqlite3 addon built for another ABI (the Electron build). */
  nativeBinding?: string;
  /** Called before a pending migration runs, with the version found on disk. */
  beforeMigrate?: (db: Db, fromVersion: number) => void;
  /** A name for a cohort that has none yet (one being created). */
  name?: string;
}

export const newFilePageSize = 8192;

/**
 * Opens a cohort that another process holds, to read it beside that writer (WAL readers see its last
 * commit). Nothing is created, migrated or written; the schema must be this app's.
 */
export function openCohortDbForReading(path: string, nativeBinding?: string): Db {
  if (inspectCohortFile(path, nativeBinding) !== 'kupu') throw new StoreError('locked', 'store.locked');
  const db = new Database(path, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    db.pragma('busy_timeout = 5000');
    const found = schemaVersion(db);
    if (found !== latestSchemaVersion) {
      throw found > latestSchemaVersion
        ? new StoreError('newer_schema', 'store.newerSchema', { found, known: latestSchemaVersion })
        : new StoreError('locked', 'store.locked');
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Opens (creating if needed) a cohort file, applies pragmas and brings its schema up to date. A file that
 * is not Kupu's (see cohortFile.ts) is refused before it is opened for writing.
 */
export function openCohortDb(path: string, options: OpenOptions = {}): Db {
  const kind = inspectCohortFile(path, options.nativeBinding);
  const db = new Database(path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    // A new file gets 8 KB pages (SQLite's default is 4 KB): bulk imports write 8% faster; small edits
    // do not notice. Only possible before the first write; an existing cohort keeps its page size.
    if (db.pragma('page_count', { simple: true }) === 0) db.pragma(`page_size = ${newFilePageSize}`);
    if (kind === 'new' || kind === 'empty') db.pragma(`application_id = ${kupuApplicationId}`);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, options.beforeMigrate);
    // Part of setting the file up, like a migration: nothing before it to undo, so not through `mutate`.
    if (options.name && getSettings(db).name === '') updateSettings(db as WriteDb, { name: options.name });
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
