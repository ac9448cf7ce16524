import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultWeights, type Settings } from '../../shared/domain';
import { runKupu, runKupuIn, scratchDir } from '../../../tests/support/cli';
import { settingsPatchFor } from './settings';

// `kupu settings`: read as JSON, set by KEY VALUE through the contract, refused in the terminal's language.
// How VALUE is read is tested in-process; a few real processes prove the command end to end.

const current: Settings = {
  name: '', program: '', language: 'id', startDate: null, duration: 8, durationUnit: 'weeks',
  groupSizeLimit: 5, mentorsPerMentee: 1, peerSameLevel: true, allowMutual: true, weights: defaultWeights,
};

describe('settings set KEY VALUE', () => {
  it.each([
    ['program', 'Sekolah Ibu Profesional', { program: 'Sekolah Ibu Profesional' }],
    ['startDate', '2026-01-05', { startDate: '2026-01-05' }],
    ['startDate', 'none', { startDate: null }],
    ['duration', '8', { duration: 8 }],
    ['duration', '8 months', { duration: 8, durationUnit: 'months' }],
    ['duration', '6 minggu', { duration: 6, durationUnit: 'weeks' }],
    ['durationUnit', 'months', { durationUnit: 'months' }],
    ['peerSameLevel', 'no', { peerSameLevel: false }],
    ['allowMutual', 'ya', { allowMutual: true }],
    ['groupSizeLimit', '0', { groupSizeLimit: 0 }], // the contract refuses it, with its range
    ['weights.spread', '12', { weights: { ...defaultWeights, spread: 12 } }],
  ])('%s %j', (key, value, patch) => {
    expect(settingsPatchFor(key, value, current, 'en')).toEqual(patch);
  });

  it.each([
    ['groupSizeLimit', 'five', 'en', 'groupSizeLimit cannot be “five”: give a whole number.'],
    ['peerSameLevel', 'mungkin', 'id', 'peerSameLevel tidak bisa “mungkin”: isi ya atau tidak.'],
    ['language', 'fr', 'en', 'language cannot be “fr”: give id or en.'],
    ['weights.luck', '3', 'en', /^There is no setting “weights.luck”. The settings are: name, program, language, durationUnit, startDate, duration/],
  ] as const)('refuses %s %j in %s', (key, value, language, message) => {
    expect(() => settingsPatchFor(key, value, current, language)).toThrow(message);
  });
});

describe('kupu settings', () => {
  const { dir, remove } = scratchDir('kupu-settings-');
  afterAll(remove);
  const db = join(dir, 'cohort.kupu.sqlite');
  const kupu = (...args: string[]) => runKupu(dir, ...args, '--db', db);

  it('sets a value and prints the settings as JSON, with the journal weeks they make', () => {
    const set = kupu('settings', 'set', 'duration', '8 months', '--json');
    expect(set.code).toBe(0);
    expect(JSON.parse(set.stdout)).toMatchObject({ program: '', duration: 8, durationUnit: 'months', journalWeeks: 35, phaseEnd: null, weights: { skill: 40 } });
  }, 120_000);

  it('refuses a value out of range on stderr, in the terminal’s language, with a non-zero exit, changing nothing', () => {
    const refused = runKupuIn(dir, 'id_ID.UTF-8', 'settings', 'set', 'duration', '30', '--db', db);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Masa mentoring paling lama 104 minggu atau 24 bulan.');
    expect(kupu('settings').stdout).toContain('duration\t8\ndurationUnit\tmonths\n');
  }, 120_000);
});
