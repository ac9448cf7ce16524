import { readdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runKupu, runKupuIn, scratchDir } from '../../../tests/support/cli';
import { serveCohort, type ServedHost } from '../../../tests/support/serve';

// The command line as an outsider probed it: oversized files, refusals said once and truthfully, a
// mapping key JavaScript would swallow, backups of imports that change nothing, and reading a cohort
// that a running host holds.

const { dir, remove } = scratchDir('kupu-cli-trust-');
afterAll(remove);
const kupu = (...args: string[]) => runKupu(dir, ...args);
const fixture = join(repoRoot, 'tests', 'fixtures', 'cohort-small.csv');
const db = join(dir, 'cohort.kupu.sqlite');
/** Every test here runs `kupu` in processes of its own, several each: on a loaded machine that takes a while. */
const slow = { timeout: 180_000 };
const participants = () => JSON.parse(kupu('participants', '--db', db, '--json').stdout) as unknown[];

beforeAll(() => {
  expect(kupu('import', fixture, '--db', db).code).toBe(0);
});

describe('an oversized file', slow, () => {
  it.each([60, 600])('is refused by its size, before it is read, naming it and the limit in words (%i MB)', (megabytes) => {
    const big = join(dir, `big-${megabytes}.csv`);
    writeFileSync(big, 'Full name,Email address\n');
    truncateSync(big, megabytes * 1024 * 1024);
    const english = kupu('import', big, '--db', db);
    expect(english.code).toBe(1);
    expect(english.stderr.trim()).toBe(`kupu: big-${megabytes}.csv: The file is larger than 50 MB; a registration export is much smaller.`);
    const indonesian = runKupuIn(dir, 'id_ID.UTF-8', 'import', big, '--db', db);
    expect(indonesian.stderr.trim()).toBe(`kupu: big-${megabytes}.csv: Berkas ini lebih besar dari 50 MB; ekspor pendaftaran jauh lebih kecil.`);
    expect(participants()).toHaveLength(10);
  });
});

describe('refusals', slow, () => {
  it.each([
    ['a backup that does not exist', ['backup', 'restore', 'nope'], /kupu: Invalid input/],
    ['a file that cannot be read', ['import', join(dir, 'missing.csv')], /kupu: Cannot read .*missing\.csv/],
    ['an unknown command', ['frobnicate'], /kupu: Unknown command "frobnicate"/],
    ['a bad row', ['import', 'RAGGED'], /ragged\.csv, row 3, column "Kind of mentoring"/],
  ])('say %s once', (_kind, args, said) => {
    writeFileSync(join(dir, 'ragged.csv'), 'Full name,Email address,Kind of mentoring\nAni,ani@example.com,peer\nBudi,budi@example.com,sometimes\n');
    const result = kupu(...args.map((a) => (a === 'RAGGED' ? join(dir, 'ragged.csv') : a)), '--db', db);
    expect(result.code).toBe(1);
    const lines = result.stderr.split('\n').filter((line) => said.test(line));
    expect(lines, result.stderr).toHaveLength(1);
  });

  it('a rejected import reports nothing added, since nothing was', () => {
    writeFileSync(join(dir, 'half-bad.csv'), 'Full name,Email address,Kind of mentoring\nAni,ani@example.com,peer\nBudi,budi@example.com,sometimes\n');
    const result = kupu('import', join(dir, 'half-bad.csv'), '--db', db, '--json');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ committed: false, added: 0, updated: 0, unchanged: 0, duplicates: 0 });
    expect(participants()).toHaveLength(10);
  });

  it('a mapping file that names "__proto__" is refused, not silently cut short', () => {
    const mapping = join(dir, 'proto.json');
    writeFileSync(mapping, '{"__proto__": "notes", "Full name": "name"}');
    const result = kupu('import', fixture, '--db', db, '--mapping', mapping);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(`kupu: ${mapping}: "__proto__" cannot be a column header in a mapping; rename that column in the spreadsheet.`);
  });
});

describe('backups', slow, () => {
  it('an import that changes nothing leaves no backup behind', () => {
    const before = readdirSync(`${db}.backups`).sort();
    const again = kupu('import', fixture, '--db', db, '--json');
    expect(JSON.parse(again.stdout)).toMatchObject({ committed: true, added: 0, updated: 0, unchanged: 10 });
    expect(readdirSync(`${db}.backups`).sort()).toEqual(before);
  });
});

describe('while a host holds the cohort', slow, () => {
  let host: ServedHost;
  beforeAll(async () => {
    host = await serveCohort(dir, db);
  });
  afterAll(async () => {
    await host.stop();
  });

  it('reading commands still work', () => {
    const listed = kupu('participants', '--db', db, '--json');
    expect(listed.stderr).toBe('');
    expect(JSON.parse(listed.stdout)).toHaveLength(10);
    expect(kupu('skills', '--db', db, '--json').code).toBe(0);
    expect(kupu('backup', 'list', '--db', db).code).toBe(0);
    const exported = join(dir, 'pairs.csv');
    expect(kupu('export', exported, '--db', db).code).toBe(0);
    expect(kupu('match', '--db', db, '--json').code).toBe(0);
  });

  it('so do the settings, the mentor directory and its posters', () => {
    expect(JSON.parse(kupu('settings', '--db', db, '--json').stdout)).toMatchObject({ duration: expect.any(Number) });
    const directory = kupu('directory', join(dir, 'mentors.txt'), '--db', db, '--json');
    expect(directory.stderr).toBe('');
    expect(JSON.parse(directory.stdout)).toMatchObject({ mentors: expect.any(Number) });
    const posters = kupu('posters', join(dir, 'posters'), '--db', db, '--json');
    expect(posters.stderr).toBe('');
    expect(JSON.parse(posters.stdout)).toMatchObject({ posters: expect.any(Number) });
  });

  it('writing commands are refused, naming the host', () => {
    const writes = [['import', fixture], ['match', '--apply'], ['settings', 'set', 'duration', '10'], ['skills', 'rename', 'Canva', 'Canva Pro'],
      ['skills', 'not-same', 'Canva', 'Mind Mapping']];
    for (const args of writes) {
      const refused = kupu(...args, '--db', db);
      expect(refused.code, args.join(' ')).toBe(1);
      expect(refused.stderr).toContain(`This cohort is open in another Kupu window or command (pid ${host.process.pid})`);
    }
  });
});
