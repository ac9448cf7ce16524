import Database from 'better-sqlite3';
import { closeSync, constants, copyFileSync, existsSync, mkdtempSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StoreError } from './errors';

// Kupu opens only its own files. Each cohort file carries Kupu's mark in its header (SQLite's
// application_id, set when the file is made and by migration 6 on files made before the mark existed).
// Anything else is refused before it is opened for writing: not one byte of it changes, nothing is made
// beside it. The header is read as plain bytes; an unmarked database is looked into through a copy (even
// a read-only connection makes -shm and -wal files beside a WAL database).

/** "Kupu" in ASCII. Migration 6 writes the same number into cohort files made before the mark. */
export const kupuApplicationId = 0x4b757075;

/** Tables every Kupu cohort has had since schema 1: an unmarked file with all of them is a cohort made before the mark. */
const kupuTables = ['cohort', 'participant', 'skill', 'pairing', 'history'];
const sqliteMagic = Buffer.from('SQLite format 3\0', 'latin1');
/** An unmarked file larger than this is not looked into: a cohort made before the mark is a few megabytes. */
const maxUnmarkedBytes = 512 * 1024 * 1024;

/** What a path holds, when it is something Kupu may open: nothing yet, an empty database, or a cohort. */
export type CohortFileKind = 'new' | 'empty' | 'kupu' | 'unmarkedKupu';

const notKupuFile = (path: string) => new StoreError('invalid', 'store.notKupuFile', { file: path });
const notCohortFile = (path: string) => new StoreError('invalid', 'store.notCohortFile', { file: path });

function readHeader(path: string): Buffer {
  const header = Buffer.alloc(100);
  const fd = openSync(path, 'r');
  try {
    return header.subarray(0, readSync(fd, header, 0, header.length, 0));
  } finally {
    closeSync(fd);
  }
}

/** An unmarked database, looked into through a copy: empty, a cohort from before the mark, or someone else's. */
function inspectUnmarked(path: string, size: number, nativeBinding?: string): CohortFileKind {
  if (size > maxUnmarkedBytes) throw notKupuFile(path);
  const dir = mkdtempSync(join(tmpdir(), 'kupu-inspect-'));
  let db: Database.Database | null = null;
  try {
    const copy = join(dir, 'inspected.sqlite');
    copyFileSync(path, copy, constants.COPYFILE_FICLONE);
    if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`, constants.COPYFILE_FICLONE);
    db = new Database(copy, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    const applicationId = Number(db.pragma('application_id', { simple: true }));
    if (applicationId === kupuApplicationId) return 'kupu';
    const version = Number(db.pragma('user_version', { simple: true }));
    const names = new Set(db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").all().map((r) => r.name));
    if (applicationId === 0 && version === 0 && names.size === 0) return 'empty';
    if (applicationId === 0 && version >= 1 && kupuTables.every((name) => names.has(name))) return 'unmarkedKupu';
    throw notKupuFile(path);
  } catch (error) {
    if (error instanceof StoreError) throw error;
    throw notCohortFile(path);
  } finally {
    db?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * What `path` holds, or a StoreError naming it if it is not a file Kupu may open (another program's
 * database, or not a database at all). Writes nothing.
 */
export function inspectCohortFile(path: string, nativeBinding?: string): CohortFileKind {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw notCohortFile(path);
    size = stat.size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'new';
    throw error;
  }
  if (size === 0) return 'empty';
  const header = readHeader(path);
  if (header.length < 100 || !header.subarray(0, sqliteMagic.length).equals(sqliteMagic)) throw notCohortFile(path);
  const applicationId = header.readInt32BE(68);
  if (applicationId === kupuApplicationId) return 'kupu';
  if (applicationId !== 0) throw notKupuFile(path);
  return inspectUnmarked(path, size, nativeBinding);
}
