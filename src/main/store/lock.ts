import { randomUUID } from 'node:crypto';
import { closeSync, linkSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { StoreError } from './errors';

// One writer per cohort file. SQLite would let two processes write the same file in turn, but two Kupu
// windows on one cohort would each keep a stale picture of it and overwrite each other's undo history.
// The lock is a file beside the cohort, created with O_EXCL, holding who owns it. A lock whose process
// is gone (same host, pid no longer alive) is stale and taken over, so a crash never locks a cohort out.

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

export const lockPathOf = (cohortPath: string) => `${cohortPath}.lock`;

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
  const lockPath = lockPathOf(cohortPath);
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
