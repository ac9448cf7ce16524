import { randomUUID } from 'node:crypto';
import { closeSync, linkSync, lstatSync, openSync, readFileSync, readlinkSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { StoreError } from './errors';

// One writer per cohort file. SQLite would let two processes write the same file in turn, but two Kupu
// windows on one cohort would each keep a stale picture of it and overwrite each other's undo history.
// The lock is a file beside the cohort, created with O_EXCL, holding who owns it. A lock whose process
// is gone (same host, pid no longer alive) is stale and taken over, so a crash never locks a cohort out.
//
// One file, one lock, whatever name it is reached by: the lock sits beside the file's real path (links
// to the file or to its folder followed), and a file with a second name on disk (a hard link: same
// device and inode, another path) is refused, since nothing at one name can see a lock at the other,
// and SQLite itself would keep a separate -wal for each name.

export interface LockOwner {
  pid: number;
  hostname: string;
  /** Distinguishes two locks of the same process, so release never removes someone else's lock. */
  token: string;
  createdAt: string;
}

export interface CohortLock {
  readonly path: string;
  readonly owner: LockOwner;
  release(): void;
}

/** Where `path` really leads: symbolic links followed (a dangling one too, to where the file will be made). */
export function realCohortPath(path: string): string {
  let target = resolve(path);
  for (let hops = 0; hops < 40; hops++) {
    try {
      if (!lstatSync(target).isSymbolicLink()) return realpathSync(target);
    } catch {
      break; // nothing there yet
    }
    target = resolve(dirname(target), readlinkSync(target));
  }
  try {
    return join(realpathSync(dirname(target)), basename(target));
  } catch {
    return target;
  }
}

export const lockPathOf = (cohortPath: string) => `${realCohortPath(cohortPath)}.lock`;

/** Refuses a cohort file that has a second name on disk (see above). */
function refuseHardLinked(realPath: string, asked: string): void {
  let links = 1;
  try {
    links = statSync(realPath).nlink;
  } catch {
    return; // not made yet
  }
  if (links > 1) throw new StoreError('invalid', 'store.hardLinked', { file: asked });
}

/** A lock file still empty or half-written after this long was left by a crash while creating it. */
const unreadableGraceMs = 5_000;

function readOwner(lockPath: string): LockOwner | null {
  try {
    const parsed: unknown = JSON.parse(readFileSync(lockPath, 'utf8'));
    const owner = parsed as Partial<LockOwner>;
    return typeof owner.pid === 'number' && typeof owner.hostname === 'string' && typeof owner.token === 'string'
      ? (owner as LockOwner)
      : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isStale(lockPath: string, owner: LockOwner | null): boolean {
  if (owner) return owner.hostname === hostname() && !isAlive(owner.pid);
  try {
    return Date.now() - statSync(lockPath).mtimeMs > unreadableGraceMs;
  } catch {
    return false; // gone already: the next attempt creates it
  }
}

function tryCreate(lockPath: string, owner: LockOwner): boolean {
  let fd: number;
  try {
    fd = openSync(lockPath, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, JSON.stringify(owner));
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Moves a stale lock aside and deletes it, unless another process took it over meanwhile. The rename is
 * atomic, so of two processes racing for the same stale lock only one moves it; the loser finds a live
 * lock (or none) on its next attempt.
 */
function removeStale(lockPath: string, stale: LockOwner | null): void {
  const aside = `${lockPath}.stale-${process.pid}-${randomUUID().slice(0, 8)}`;
  try {
    renameSync(lockPath, aside);
  } catch {
    return;
  }
  const moved = readOwner(aside);
  if (stale && moved?.token !== stale.token) {
    // Another process replaced the stale lock between our read and our rename: give it back (link
    // fails rather than overwrite if yet another lock appeared; that newer one wins).
    try {
      linkSync(aside, lockPath);
    } catch {
      // a newer lock exists
    }
    unlinkQuietly(aside);
    return;
  }
  unlinkQuietly(aside);
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}

function lockedError(owner: LockOwner | null): StoreError {
  if (!owner) return new StoreError('locked', 'store.locked');
  if (owner.hostname === hostname()) return new StoreError('locked', 'store.lockedBy', { pid: owner.pid });
  return new StoreError('locked', 'store.lockedElsewhere', { pid: owner.pid, host: owner.hostname });
}

/** Takes the cohort's lock or throws StoreError('locked') naming the process that holds it. */
export function acquireCohortLock(cohortPath: string): CohortLock {
  const realPath = realCohortPath(cohortPath);
  refuseHardLinked(realPath, cohortPath);
  const lockPath = `${realPath}.lock`;
  const owner: LockOwner = { pid: process.pid, hostname: hostname(), token: randomUUID(), createdAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 5; attempt++) {
    if (tryCreate(lockPath, owner)) {
      let held = true;
      return {
        path: lockPath,
        owner,
        release() {
          if (!held) return;
          held = false;
          if (readOwner(lockPath)?.token === owner.token) unlinkSync(lockPath);
        },
      };
    }
    const current = readOwner(lockPath);
    if (!isStale(lockPath, current)) throw lockedError(current);
    removeStale(lockPath, current);
  }
  throw lockedError(readOwner(lockPath));
}
