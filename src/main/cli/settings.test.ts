import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runKupu, runKupuIn, scratchDir } from '../../../tests/support/cli';

// `kupu settings`: read as JSON, set by KEY VALUE through the contract, refused in the terminal's language.

const { dir, remove } = scratchDir('kupu-settings-');
afterAll(remove);
const db = join(dir, 'cohort.kupu.sqlite');
const kupu = (...args: string[]) => runKupu(dir, ...args, '--db', db);

describe('kupu settings', () => {
  it('prints the settings as JSON, with the journal weeks they make', () => {
    const shown = kupu('settings', '--json');
    expect(shown.code).toBe(0);
    expect(JSON.parse(shown.stdout)).toMatchObject({ program: '', duration: 8, durationUnit: 'weeks', journalWeeks: 8, phaseEnd: null, weights: { skill: 40 } });
  });

  it('sets each kind of value and keeps what it set', () => {
    for (const [key, value] of [['program', 'Sekolah Ibu Profesional'], ['startDate', '2026-01-05'], ['duration', '8 months'], ['peerSameLevel', 'no']]) {
      expect(kupu('settings', 'set', key, value).code).toBe(0);
    }
    const last = kupu('settings', 'set', 'weights.spread', '12', '--json');
    expect(last.code).toBe(0);
    expect(JSON.parse(last.stdout)).toMatchObject({
      program: 'Sekolah Ibu Profesional', startDate: '2026-01-05', duration: 8, durationUnit: 'months', journalWeeks: 35, phaseEnd: '2026-09-04',
      peerSameLevel: false, weights: { skill: 40, spread: 12 },
    });
    expect(kupu('settings').stdout).toContain('weights.spread\t12\n');
  });

  it('refuses bad values on stderr with a non-zero exit, changing nothing', () => {
    const before = kupu('settings', '--json').stdout;
    for (const [args, message] of [
      [['groupSizeLimit', 'five'], /groupSizeLimit cannot be “five”: give a whole number/],
      [['groupSizeLimit', '0'], /groupSizeLimit/],
      [['duration', '30'], /at most 104 weeks or 24 months/],
      [['colour', 'blue'], /There is no setting “colour”/],
    ] as const) {
      const refused = kupu('settings', 'set', ...args);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(message);
    }
    expect(kupu('settings', '--json').stdout).toBe(before);
  });

  it('speaks Indonesian in an Indonesian terminal', () => {
    const refused = runKupuIn(dir, 'id_ID.UTF-8', 'settings', 'set', 'peerSameLevel', 'mungkin', '--db', db);
    expect(refused.stderr).toContain('peerSameLevel tidak bisa “mungkin”: isi ya atau tidak.');
    const ok = runKupuIn(dir, 'id_ID.UTF-8', 'settings', 'set', 'peerSameLevel', 'ya', '--db', db, '--json');
    expect(JSON.parse(ok.stdout)).toMatchObject({ peerSameLevel: true });
  });
});
