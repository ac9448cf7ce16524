import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, runKupu, runKupuIn, scratchDir } from '../../../tests/support/cli';
import { matchProgressLine } from './main';

// The command line as scripts use it: a real process, a real cohort file, JSON on stdout.

const root = repoRoot;
const { dir, remove } = scratchDir('kupu-cli-');
afterAll(remove);
const kupu = (...args: string[]) => runKupu(dir, ...args);

describe('kupu CLI', () => {
  const db = join(dir, 'cohort.sqlite');

  it('imports a registration CSV and lists the participants as JSON', () => {
    const imported = kupu('import', join(root, 'tests', 'fixtures', 'cohort-small.csv'), '--db', db, '--json');
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ added: 10, updated: 0, unchanged: 0, duplicates: 0, errors: [] });

    const listed = kupu('participants', '--db', db, '--json');
    expect(listed.code).toBe(0);
    const people: Array<Record<string, unknown>> = JSON.parse(listed.stdout);
    expect(people).toHaveLength(10);
    const siti = people.find((p) => p.name === 'Siti Rahmawati');
    expect(siti).toMatchObject({ phone: '+6281211110001', email: 'siti.rahma@example.com', kind: 'group', capacity: 3, closed: false, offers: ['Canva', 'Public Speaking'], seeks: ['Mind Mapping'] });
    const dewi = people.find((p) => p.name === 'Dewi Lestari');
    expect(siti?.preferences).toEqual([dewi?.id]);
  });

  it('re-importing the same file adds nothing', () => {
    const again = kupu('import', join(root, 'tests', 'fixtures', 'cohort-small.csv'), '--db', db, '--json');
    expect(JSON.parse(again.stdout)).toMatchObject({ added: 0, updated: 0, unchanged: 10 });
  });

  it('refuses a bad file on stderr with a non-zero exit, changing nothing', () => {
    const bad = join(dir, 'ragged.csv');
    writeFileSync(bad, 'Full name,Email address,Kind of mentoring\nAni,ani@example.com,sometimes\n');
    const result = kupu('import', bad, '--db', db);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/ragged\.csv.*row 2.*Kind of mentoring/s);
    expect(JSON.parse(kupu('participants', '--db', db, '--json').stdout)).toHaveLength(10);
  });

  it('says a refusal once per issue, in the terminal\'s language', () => {
    const bad = join(dir, 'ragged.csv');
    writeFileSync(bad, 'Full name,Email address,Kind of mentoring\nAni,ani@example.com,sometimes\n');
    const english = kupu('import', bad, '--db', db);
    expect(english.stderr.match(/not a kind of mentoring/g)).toHaveLength(1);
    const indonesian = runKupuIn(dir, 'id_ID.UTF-8', 'import', bad, '--db', db);
    expect(indonesian.code).not.toBe(0);
    expect(indonesian.stderr).toContain('ragged.csv, baris 2, kolom "Kind of mentoring": "sometimes" bukan jenis mentoring');
    expect(indonesian.stderr).toContain('Tidak ada yang diimpor');
    expect(indonesian.stderr).not.toMatch(/is not a kind|Nothing was imported/);
    const empty = join(dir, 'empty.csv');
    writeFileSync(empty, '');
    const refused = runKupuIn(dir, 'id_ID.UTF-8', 'import', empty, '--db', db);
    expect(refused.stderr.trim().split('\n')).toEqual(['kupu: empty.csv: Berkas ini kosong.']);
  });

  it('explains unknown commands', () => {
    const result = kupu('frobnicate');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Unknown command');
  });
});

describe('kupu match progress on a terminal', () => {
  const stream = (isTTY: boolean) => {
    const written: string[] = [];
    return { written, stream: { isTTY, write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream };
  };

  it('says nothing on a pipe', () => {
    expect(matchProgressLine(stream(false).stream)).toBeUndefined();
  });

  it('shows a line after the first second, rewritten in place, cleared at the end', () => {
    const { written, stream: tty } = stream(true);
    let now = 0;
    const progress = matchProgressLine(tty, () => now);
    progress?.(10, 100);
    expect(written).toEqual([]);
    now = 1500;
    progress?.(40, 100);
    expect(written.at(-1)).toMatch(/^\rMatching: 40 of 100 mentees placed \(1\.5 s\)/);
    progress?.(100, 100);
    expect(written.at(-1)).toBe('\r\x1b[K');
  });
});
