import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, runKupu, scratchDir } from '../../../tests/support/cli';

// `kupu import FILE --dry-run --json`: the wizard's preview for scripts — counts and field-level
// changes — and nothing written.

const { dir, remove } = scratchDir('kupu-cli-dry-');
afterAll(remove);
const fixture = (name: string) => join(repoRoot, 'tests', 'fixtures', 'registrations', name);
const db = join(dir, 'batch-8.sqlite');

describe('kupu import --dry-run', () => {
  it('prints the preview with its changes, and writes nothing', () => {
    expect(runKupu(dir, 'import', fixture('pendaftaran-batch8.csv'), '--db', db).code).toBe(0);
    const before = runKupu(dir, 'participants', '--db', db, '--json').stdout;
    const result = runKupu(dir, 'import', fixture('pendaftaran-batch8-minggu2.csv'), '--db', db, '--dry-run', '--json');
    expect(result.code).toBe(0);
    const preview = JSON.parse(result.stdout);
    expect(preview).toMatchObject({ added: 1, updated: 5, unchanged: 11, duplicates: 1, committed: false });
    expect(preview.changes).toContainEqual({ participant: 'Nurul Hidayah', field: 'kind', from: 'peer', to: 'group' });
    expect(preview.changes).toHaveLength(5);
    expect(runKupu(dir, 'participants', '--db', db, '--json').stdout).toBe(before);
  }, 120_000);

  it('previews against an empty cohort when --db does not exist, and creates no file', () => {
    const missing = join(dir, 'not-yet', 'batch-9.sqlite');
    const result = runKupu(dir, 'import', fixture('pendaftaran-batch8.csv'), '--db', missing, '--dry-run', '--json');
    expect(result.code).toBe(0);
    const preview = JSON.parse(result.stdout);
    expect(preview).toMatchObject({ updated: 0, unchanged: 0, committed: false });
    expect(preview.added).toBeGreaterThan(10);
    expect(existsSync(missing)).toBe(false);
    expect(existsSync(join(dir, 'not-yet'))).toBe(false);
  }, 120_000);
});
