import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, runKupu, scratchDir } from '../../../tests/support/cli';

// `kupu import --mapping FILE.json`: a saved column mapping applied from the command line, and
// remembered for the cohort like the wizard's.

const root = repoRoot;
const { dir, remove } = scratchDir('kupu-cli-mapping-');
afterAll(remove);
const kupu = (...args: string[]) => runKupu(dir, ...args);
const workbook = join(root, 'tests', 'fixtures', 'registrations', 'multi-sheet.xlsx');

describe('kupu import --mapping', () => {
  const db = join(dir, 'cohort.sqlite');
  const participants = () => JSON.parse(kupu('participants', '--db', db, '--json').stdout) as Array<Record<string, unknown>>;

  it('refuses a mapping file that is not JSON or names no field, importing nothing', () => {
    const notJson = join(dir, 'not-json.json');
    writeFileSync(notJson, 'Tanggal lahir = notes');
    const wrongField = join(dir, 'wrong-field.json');
    writeFileSync(wrongField, JSON.stringify({ Kota: 'city' }));
    for (const [mapping, message] of [[notJson, /not-json\.json is not a JSON mapping/], [wrongField, /mapping\.Kota/]] as const) {
      const result = kupu('import', workbook, '--db', db, '--mapping', mapping);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(message);
    }
    expect(participants()).toEqual([]);
  });

  it('applies a saved mapping, which the next import of the same form then uses by itself', () => {
    const mapping = join(dir, 'mapping.json');
    writeFileSync(mapping, JSON.stringify({ 'Tanggal lahir': 'notes', Kota: null }));
    const first = kupu('import', workbook, '--db', db, '--sheet', 'Pendaftaran', '--mapping', mapping, '--json');
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ added: 16, errors: [], sheet: 'Pendaftaran' });
    const siti = participants().find((p) => p.name === 'Siti Nurhaliza Putri');
    expect(siti).toMatchObject({ region: '', phone: '+6281234567890' });

    const again = kupu('import', workbook, '--db', db, '--json');
    expect(JSON.parse(again.stdout)).toMatchObject({ added: 0, updated: 0, unchanged: 16, sheet: 'Pendaftaran' });
  });
});
