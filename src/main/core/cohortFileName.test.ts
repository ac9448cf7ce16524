import { describe, expect, it } from 'vitest';
import { cohortFileStem, numberedStem } from './cohortFileName';

describe('cohortFileStem', () => {
  it.each([
    ['Batch 7', 'Batch 7'],
    ['  Bunda Cekatan   Batch 7  ', 'Bunda Cekatan Batch 7'],
    ['Angkatan 2026/2027', 'Angkatan 2026 2027'],
    ['..\\..\\Windows\\System32', 'Windows System32'],
    ['../../etc/passwd', 'etc passwd'],
    ['Kelas: "Canva" <dasar>?', 'Kelas Canva dasar'],
    ['a|b*c', 'a b c'],
    ['tab\there\nnewline', 'tab here newline'],
    ['.hidden', 'hidden'],
    ['ends with dots...', 'ends with dots'],
    ['', 'cohort'],
    ['   ', 'cohort'],
    ['///', 'cohort'],
    ['...', 'cohort'],
    ['CON', 'CON cohort'],
    ['nul', 'nul cohort'],
    ['com1', 'com1 cohort'],
    ['LPT9.txt', 'LPT9.txt cohort'],
    ['Console', 'Console'],
    ['Bunda Cekatan — Batch 7 ✿', 'Bunda Cekatan — Batch 7 ✿'],
  ])('%j → %j', (name, stem) => expect(cohortFileStem(name)).toBe(stem));

  it('keeps long names within the file systems’ limit, counting bytes, without cutting a character', () => {
    const stem = cohortFileStem('Kelompok belajar ✿ '.repeat(40));
    expect(new TextEncoder().encode(stem).length).toBeLessThanOrEqual(180);
    expect(stem).toMatch(/^Kelompok belajar ✿/);
    expect(stem).not.toMatch(/[\s.]$/);
    expect(stem).not.toContain('\uFFFD');
  });

  it('numbers the second and later tries', () => {
    expect([1, 2, 3].map((n) => numberedStem('Batch 7', n))).toEqual(['Batch 7', 'Batch 7 (2)', 'Batch 7 (3)']);
  });
});
