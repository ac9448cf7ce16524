import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runKupu, runKupuIn, scratchDir } from '../../../tests/support/cli';

// `kupu skills …` as a script uses it: suggested merges as JSON, a rename, and the vocabulary exported by
// one coordinator and imported by another (her own Kupu folder).

const { dir, remove } = scratchDir('kupu-cli-skills-');
afterAll(remove);
const kupu = (...args: string[]) => runKupu(dir, ...args);
const db = join(dir, 'batch-7.sqlite');
const csv = join(dir, 'daftar.csv');
writeFileSync(csv, [
  'Nama Lengkap,Alamat email,Keahlian yang ditawarkan,Bidang yang ingin dipelajari',
  'Siti Aminah,siti@example.com,"Menari, Kepemimpinan",Kebun',
  'Dewi Lestari,dewi@example.com,"Tari, Leadership",Berkebun',
  'Rina Marlina,rina@example.com,Menari,Berkebun',
].join('\n'));

describe('kupu skills', () => {
  it('suggest --json lists {from, into, why} best first', () => {
    expect(kupu('import', csv, '--db', db).code).toBe(0);
    const result = kupu('skills', 'suggest', '--db', db, '--json');
    expect(result.code).toBe(0);
    const list: Array<{ from: string; into: string; why: string[]; score: number }> = JSON.parse(result.stdout);
    expect(list.map((s) => [s.from, s.into])).toEqual(expect.arrayContaining([['Tari', 'Menari'], ['Kebun', 'Berkebun'], ['Leadership', 'Kepemimpinan']]));
    expect(list.find((s) => s.from === 'Leadership')?.why).toEqual(['a translation: “Leadership” = “Kepemimpinan”']);
    expect([...list].sort((a, b) => b.score - a.score)).toEqual(list);
    const indonesian = JSON.parse(runKupuIn(dir, 'id_ID.UTF-8', 'skills', 'suggest', '--db', db, '--json').stdout);
    expect(indonesian.find((s: { from: string }) => s.from === 'Tari').why).toEqual(['“tari” dan “menari” satu kata, dengan dan tanpa imbuhan']);
  }, 120_000);

  it('rename, then export; another coordinator imports the file into her cohort', () => {
    expect(kupu('skills', 'rename', 'Menari', 'Tari Tradisional', '--db', db).code).toBe(0);
    expect(kupu('skills', 'merge', 'Tari', 'Tari Tradisional', '--db', db).code).toBe(0);
    const names = (path: string, home = dir) => JSON.parse(runKupu(home, 'skills', '--db', path, '--json').stdout).map((s: { name: string }) => s.name);
    expect(names(db)).toContain('Tari Tradisional');
    const file = join(dir, 'kosakata.json');
    expect(kupu('skills', 'export', file, '--db', db).code).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ kupuVocabulary: 1, decisions: [{ kind: 'rename' }, { kind: 'merge' }] });

    const other = join(dir, 'other');
    const otherDb = join(other, 'batch-1.sqlite');
    expect(runKupu(other, 'import', csv, '--db', otherDb).code).toBe(0);
    const imported = runKupu(other, 'skills', 'import', file, '--db', otherDb);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('Imported 2 vocabulary decisions');
    const theirs = names(otherDb, other);
    expect(theirs).toContain('Tari Tradisional');
    expect(theirs).not.toContain('Tari');
    expect(existsSync(join(other, 'home', 'vocabulary.json'))).toBe(true);
  }, 180_000);

  it('refuses a rename onto another skill, in the terminal’s language', () => {
    const result = runKupuIn(dir, 'id_ID.UTF-8', 'skills', 'rename', 'Kebun', 'berkebun', '--db', db);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('“berkebun” sudah menjadi keahlian “Berkebun”');
  });
});
