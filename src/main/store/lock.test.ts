import { spawn, spawnSync } from 'node:child_process';
import { existsSync, linkSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSession } from '../session';
import { freshCohort, type TestCohort } from '../../../tests/support/cohort';
import { acquireCohortLock, lockPathOf } from './lock';

// A second writer — another window, a `kupu` command — is refused while a session holds the cohort;
// a lock left by a crashed process is taken over.

const sessionModule = join(import.meta.dirname, '..', 'session.ts');
const secondWriter = `
  const { openSession } = await import(${JSON.stringify(sessionModule)});
  try {
    const session = openSession(process.argv[1]);
    process.stdout.write('opened');
    session.close();
  } catch (error) {
    process.stdout.write(error.message);
    process.exitCode = 3;
  }`;

/** Opens the cohort from another process, as a second Kupu window or command would. */
function openElsewhere(path: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', secondWriter, path], { encoding: 'utf8' });
  return { code: result.status, output: result.stdout + result.stderr };
}

/** A pid that certainly belonged to a process that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((done) => child.once('exit', done));
  return child.pid ?? 999_999;
}

let cohort: TestCohort | null = null;
afterEach(() => {
  cohort?.cleanup();
  cohort = null;
});

describe('single writer', () => {
  it('refuses a second process while a session holds the cohort, and lets it in after close', () => {
    cohort = freshCohort();
    const refused = openElsewhere(cohort.path);
    expect(refused.code).toBe(3);
    expect(refused.output).toBe(`This cohort is open in another Kupu window or command (pid ${process.pid}). Close it first.`);
    cohort.session.close();
    expect(existsSync(lockPathOf(cohort.path))).toBe(false);
    openSession(cohort.path).close(); // the next writer gets in
  }, 30_000);

  it('refuses a second session in the same process, but reopening through the holder works', () => {
    cohort = freshCohort();
    expect(() => openSession(cohort?.path ?? '')).toThrow(/open in another Kupu window or command \(pid \d+\)/);
    cohort.session.open(cohort.path);
    expect(cohort.session.db.open).toBe(true);
    expect(JSON.parse(readFileSync(lockPathOf(cohort.path), 'utf8'))).toMatchObject({ pid: process.pid, hostname: hostname() });
  });

  it('takes over a lock left by a process that died', async () => {
    cohort = freshCohort();
    const path = cohort.path;
    cohort.session.close();
    const pid = await deadPid();
    writeFileSync(lockPathOf(path), JSON.stringify({ pid, hostname: hostname(), token: 'crashed', createdAt: '2020-01-01T00:00:00Z' }));
    const session = openSession(path);
    try {
      expect(JSON.parse(readFileSync(lockPathOf(path), 'utf8'))).toMatchObject({ pid: process.pid });
    } finally {
      session.close();
    }
  });

  it('never takes over a lock from another computer (a cohort on a shared drive)', () => {
    cohort = freshCohort();
    const path = cohort.path;
    cohort.session.close();
    writeFileSync(lockPathOf(path), JSON.stringify({ pid: 1, hostname: 'laptop-of-bu-ani', token: 't', createdAt: '' }));
    expect(() => openSession(path)).toThrow('This cohort is open in another Kupu window or command (pid 1 on laptop-of-bu-ani). Close it first.');
  });

  it('refuses a second process that comes in through a symbolic link to the cohort', () => {
    cohort = freshCohort();
    const link = join(cohort.dir, 'shortcut.kupu.sqlite');
    symlinkSync(cohort.path, link);
    const refused = openElsewhere(link);
    expect(refused.code).toBe(3);
    expect(refused.output).toBe(`This cohort is open in another Kupu window or command (pid ${process.pid}). Close it first.`);
    // A link to the folder is the same folder.
    const folderLink = join(tmpdir(), `kupu-folder-link-${process.pid}`);
    symlinkSync(cohort.dir, folderLink);
    try {
      expect(() => openSession(join(folderLink, 'cohort.kupu.sqlite'))).toThrow(/open in another Kupu window or command/);
    } finally {
      rmSync(folderLink);
    }
  }, 30_000);

  it('locks a cohort created through a dangling link where the link leads', () => {
    cohort = freshCohort();
    const target = join(cohort.dir, 'made-later.kupu.sqlite');
    const link = join(cohort.dir, 'link-first.kupu.sqlite');
    symlinkSync(target, link);
    const session = openSession(link);
    try {
      expect(existsSync(target)).toBe(true);
      expect(() => openSession(target)).toThrow(/open in another Kupu window or command/);
    } finally {
      session.close();
    }
  });

  it('refuses a cohort file with a second name (a hard link), which SQLite and the lock would treat as two files', () => {
    cohort = freshCohort();
    const second = join(cohort.dir, 'second-name.kupu.sqlite');
    linkSync(cohort.path, second);
    const refused = openElsewhere(second);
    expect(refused.code).toBe(3);
    expect(refused.output).toBe(`${second} has a second name on disk (a hard link), so Kupu cannot keep two windows from writing it at once. Make a copy of it and open the copy.`);
    // Not the holder's own name either, once it has two.
    cohort.session.close();
    expect(() => openSession(cohort?.path ?? '')).toThrow(/has a second name on disk/);
  }, 30_000);

  it('switching cohorts releases the old lock; a refused switch keeps the current cohort', () => {
    cohort = freshCohort();
    const other = join(cohort.dir, 'other.kupu.sqlite');
    cohort.session.open(other);
    expect(existsSync(lockPathOf(cohort.path))).toBe(false);
    expect(existsSync(lockPathOf(other))).toBe(true);
    const held = acquireCohortLock(cohort.path);
    try {
      expect(() => cohort?.session.open(cohort.path)).toThrow(/another Kupu window/);
      expect(cohort.session.path).toBe(other);
      expect(cohort.session.db.open).toBe(true);
    } finally {
      held.release();
    }
  });
});
