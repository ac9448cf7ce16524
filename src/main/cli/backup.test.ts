import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { openSession } from '../session';
import { listBackups } from '../store/backups';
import { main } from './main';

// `kupu backup list` and `kupu backup restore`, run in-process (cli.test.ts covers the real process).

const root = join(import.meta.dirname, '..', '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'kupu-cli-backup-'));
process.env.KUPU_HOME = join(dir, 'home');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

async function kupu(...args: string[]) {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  await main(args);
  vi.restoreAllMocks();
  const code = process.exitCode;
  process.exitCode = undefined;
  return { code, stdout, stderr };
}

describe('kupu backup', () => {
  const db = join(dir, 'cohort.sqlite');

  it('lists the backup taken before an import and restores it', async () => {
    expect((await kupu('import', join(root, 'tests', 'fixtures', 'cohort-small.csv'), '--db', db)).code).toBe(0);

    const listed = await kupu('backup', 'list', '--db', db, '--json');
    expect(listed.code).toBe(0);
    const backups: Array<{ id: string; reason: string; participants: number }> = JSON.parse(listed.stdout);
    const before = backups.find((b) => b.reason === 'import');
    expect(before?.participants).toBe(0);
    const id = before?.id ?? '';
    // The first command on a cohort with content each day also leaves the day's backup.
    expect((await kupu('backup', 'list', '--db', db)).stdout).toMatch(new RegExp(`^\\S+-daily\tdaily\t.*\t10 participants\n${id}\timport\t.*\t0 participants\n$`));

    const restored = await kupu('backup', 'restore', id, '--db', db);
    expect(restored.code).toBe(0);
    const undo = listBackups(db).find((b) => b.reason === 'restore');
    expect(undo?.participants).toBe(10);
    expect(restored.stderr).toBe(`Restored ${id}. To undo, restore ${undo?.id}.\n`);
    const session = openSession(db);
    expect(session.db.prepare('SELECT count(*) AS n FROM participant').get()).toEqual({ n: 0 });
    session.close();
  });

  it('explains a missing ID and an unknown backup', async () => {
    expect(await kupu('backup', 'restore', '--db', db)).toMatchObject({ code: 1, stderr: 'kupu: backup restore needs the ID of a backup (see `kupu backup list`)\n' });
    const unknown = await kupu('backup', 'restore', '2020-01-01T00-00-00-000Z-manual', '--db', db);
    expect(unknown).toMatchObject({ code: 1, stderr: 'kupu: There is no backup 2020-01-01T00-00-00-000Z-manual of this cohort.\n' });
  });
});
