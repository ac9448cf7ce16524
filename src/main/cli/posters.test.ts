import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { freshCohort, seed, type TestCohort } from '../../../tests/support/cohort';
import { parseCliArgs } from './args';
import { postersCommand } from './directory';

// `kupu posters DIR` asks for the posters a batch at a time (here 2, in the app 100), so a large cohort
// never makes one reply of gigabytes; the files are the ones a single batch would have written, names
// numbered across batches included. Real Chromium.

let cohort: TestCohort;
beforeEach(() => {
  cohort = freshCohort();
  seed(cohort.session, [
    { name: 'Siti Aminah', capacity: 2, offers: ['Memasak'], kind: 'group' },
    // Three people whose names make the same file name.
    { name: 'Siti  Aminah', capacity: 1, offers: ['Memasak'], kind: 'peer' },
    { name: 'Siti Aminah!', capacity: 3, offers: ['Memasak', 'Menjahit'], kind: 'group' },
    { name: 'Dewi Lestari', capacity: 1, offers: ['Menjahit'], kind: 'peer' },
    { name: 'Rina Marlina', capacity: 2, offers: ['Tahsin'], kind: 'group' },
    { name: 'Ani Mentee', capacity: 0, seeks: ['Memasak'], kind: 'group' },
  ]);
});
afterEach(() => cohort.cleanup());

const isPng = (file: string) => readFileSync(file).subarray(1, 4).toString('latin1') === 'PNG';

it('writes every mentor once, in batches, with names numbered across batches', async () => {
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const calls = vi.spyOn(cohort.handlers, 'directoryPosters');
  const dir = join(cohort.dir, 'posters');
  try {
    expect(await postersCommand(cohort.handlers, parseCliArgs(['posters', dir, '--json']), 2)).toBe(0);
    const report = JSON.parse(String(stdout.mock.calls.at(-1)?.[0]));
    const files = readdirSync(dir).sort();
    expect(files).toEqual(['Dewi-Lestari.png', 'Rina-Marlina.png', 'Siti-Aminah-2.png', 'Siti-Aminah-3.png', 'Siti-Aminah.png']);
    expect(report).toMatchObject({ dir, posters: 5 });
    expect([...report.files].sort()).toEqual(files);
    expect(files.every((file) => isPng(join(dir, file)))).toBe(true);
    expect(calls.mock.calls.map(([request]) => request.mentorIds?.length)).toEqual([2, 2, 1]);
  } finally {
    stdout.mockRestore();
  }
}, 120_000);

it('writes nothing for a directory without mentors, and says so', async () => {
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const dir = join(cohort.dir, 'none');
  try {
    expect(await postersCommand(cohort.handlers, parseCliArgs(['posters', dir, '--skill', 'Origami', '--json']), 2)).toBe(0);
    expect(JSON.parse(String(stdout.mock.calls.at(-1)?.[0]))).toMatchObject({ posters: 0, files: [] });
    expect(existsSync(dir) ? readdirSync(dir) : []).toEqual([]);
  } finally {
    stdout.mockRestore();
  }
}, 60_000);
