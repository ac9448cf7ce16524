import Database from 'better-sqlite3';
import { migrate } from './migrate';

export type Db = Database.Database;

export interface OpenOptions {
  /** Path to a better-sqlite3 addon built for another ABI (the Electron build). */
  nativeBinding?: string;
  /** Called before a pending migration runs, with the version found on disk. */
  beforeMigrate?: (db: Db, fromVersion: number) => void;
}

/** Opens (creating if needed) a cohort file, applies pragmas and brings its schema up to date. */
export function openCohortDb(path: string, options: OpenOptions = {}): Db {
  const db = new Database(path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, options.beforeMigrate);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
