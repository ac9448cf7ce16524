import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveSkills } from '../core/skills';
import { ImportFailure } from './errors';
import { parseRegistration, uniqueHeaders } from './parse';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../tests/fixtures/registrations/${name}`, import.meta.url)));
const parse = (name: string, options = {}) => parseRegistration(fixture(name), name, options);
const text = (csv: string) => new TextEncoder().encode(csv);

describe('parseRegistration on the fixtures', () => {
  it('Google Forms (Indonesian): every column mapped, one duplicate merged, latest answer kept', () => {
    const parsed = parse('google-forms-id.csv');
    expect(parsed).toMatchObject({ file: 'google-forms-id.csv', sheet: null, sheets: [], headerRow: 1, errors: [], warnings: [] });
    expect(Object.values(parsed.mapping).filter((f) => f === null)).toEqual([]);
    expect(parsed.rows).toHaveLength(16);
    expect(parsed.duplicates).toHaveLength(1);
    const [{ kept, dropped }] = parsed.duplicates;
    expect([kept.row, dropped.row]).toEqual([18, 3]);
    expect(kept).toMatchObject({ email: 'dewi.lestari@yahoo.co.id', capacity: 4, notes: 'Revisi jawaban', phone: '+6281311112222' });
    expect(parsed.rows.find((r) => r.email === 'dewi.lestari@yahoo.co.id')).toBe(kept);
    expect(parsed.rows[0]).toEqual({
      row: 2, submittedAt: '2026-11-10T08:15:00', email: 'siti.nurhaliza@gmail.com', name: 'Siti Nurhaliza Putri', nickname: 'Siti',
      phone: '+6281234567890', region: 'Bandung', level: 'Batch 5', kind: 'peer', capacity: 2,
      offers: ['Desain Grafis (Canva)', 'Public Speaking'], seeks: ['Mind Mapping', 'Menulis Kreatif'], preferences: ['Dewi Lestari', 'Rina'],
      notes: '', extra: {},
    });
  });

  it('every phone format in the fixture becomes E.164, every kind and capacity is read', () => {
    const parsed = parse('google-forms-id.csv');
    expect(parsed.rows.map((r) => r.phone).every((p) => /^\+62\d{9,12}$/.test(p))).toBe(true);
    expect(parsed.rows.map((r) => r.kind)).not.toContain(null);
    expect(parsed.rows.map((r) => r.capacity)).toEqual([2, 3, 4, 3, 1, 2, 4, 1, 2, 5, 3, 2, 1, 4, 2, 4]);
  });

  it('Google Forms (English): month-first timestamps and English headers give the same people', () => {
    const en = parse('google-forms-en.csv');
    const id = parse('google-forms-id.csv');
    expect(en.errors).toEqual([]);
    expect(en.rows.length).toBe(12);
    // Dewi answered twice; her kept answer differs between the two exports, so compare everyone else.
    for (const row of en.rows.filter((r) => !r.email.startsWith('dewi'))) {
      const same = id.rows.find((r) => r.email === row.email);
      expect(row).toEqual({ ...same, row: row.row, preferences: row.preferences });
    }
  });

  it.each([
    ['utf8-bom.csv', 9],
    ['utf16le-bom.txt', 9],
    ['cr-only.csv', 9],
    ['excel-id-semicolon-1252.csv', 11],
    ['tabs.tsv', 10],
  ])('%s gives the same registrations', (name, count) => {
    const parsed = parse(name);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toHaveLength(count);
    const id = parse('google-forms-id.csv').rows;
    for (const row of parsed.rows.filter((r) => !r.email.startsWith('dewi'))) {
      const same = id.find((r) => r.email === row.email);
      expect(same).toBeDefined();
      expect({ ...row, name: '', notes: '', offers: [], preferences: [] }).toEqual({ ...same, row: row.row, name: '', notes: '', offers: [], preferences: [] });
    }
  });

  it('keeps the curly apostrophe of the windows-1252 export', () => {
    expect(parse('excel-id-semicolon-1252.csv').rows.find((r) => r.nickname === 'Aini')?.name).toBe('Nur’aini Hasanah');
  });

  it('XLSX: picks the sheet, finds the header under a title, turns number cells into phones and capacities', () => {
    const parsed = parse('multi-sheet.xlsx');
    expect(parsed).toMatchObject({ sheet: 'Pendaftaran', sheets: ['Judul', 'Pendaftaran', 'Rekap'], headerRow: 3, errors: [], warnings: [] });
    expect(parsed.mapping['Tanggal lahir']).toBeNull();
    expect(parsed.rows).toHaveLength(16);
    expect(parsed.rows[0]).toMatchObject({ row: 4, submittedAt: '2026-11-10T08:15:00', phone: '+6281234567890', capacity: 2, extra: { 'Tanggal lahir': '1985-01-01' } });
    const byEmail = new Map(parse('google-forms-id.csv').rows.map((r) => [r.email, r]));
    for (const row of parsed.rows) expect(row.phone).toBe(byEmail.get(row.email)?.phone);
  });

  it('messy skill spellings collapse to one skill each', () => {
    const parsed = parse('google-forms-id.csv');
    const spellings = parsed.rows.flatMap((r) => [...r.offers, ...r.seeks]);
    expect(spellings).toEqual(expect.arrayContaining(['canva', 'Desain Grafis (Canva)', 'Mind-mapping', 'mind mapping', 'Mind Mapping']));
    const { canonical } = resolveSkills([], spellings);
    expect(new Set(['canva', 'Canva', 'Desain Grafis (Canva)', 'Desain Grafis (Canva, Figma)', 'Desain Grafis'].map((s) => canonical.get(s))).size).toBe(1);
    expect(new Set(['Mind-mapping', 'mind mapping', 'Mind Mapping', 'Mind-Mapping'].map((s) => canonical.get(s))).size).toBe(1);
  });

  it('refuses a header-only file', () => {
    expect(() => parse('header-only.csv')).toThrow(ImportFailure);
    expect(() => parse('header-only.csv')).toThrow(/header row but no registrations/);
  });

  it('treats __proto__ and friends as ordinary extra columns', () => {
    const parsed = parse('proto-header.csv');
    expect(Object.keys(parsed.mapping)).toEqual(['__proto__', 'constructor', 'Nama Lengkap', 'Alamat email', 'toString', 'hasOwnProperty']);
    expect(Object.getPrototypeOf(parsed.mapping)).toBeNull();
    expect(Object.keys(parsed.rows[0].extra)).toEqual(['__proto__', 'constructor', 'toString', 'hasOwnProperty']);
    expect(parsed.rows[0].extra.constructor).toBe('also polluted');
    expect(parsed.rows[1].extra['__proto__']).toBe('{"isAdmin":true}');
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(JSON.parse(JSON.stringify(parsed.rows[0].extra))).toEqual(JSON.parse('{"__proto__":"polluted","constructor":"also polluted","toString":"x","hasOwnProperty":"y"}'));
  });
});

describe('parseRegistration with a coordinator mapping', () => {
  const csv = text('Nama,Kelas,Kota asal,Catatan\nSiti,Batch 5,Bandung,halo\n');

  it('overrides detection per header, and ignores values that are not fields', () => {
    const parsed = parseRegistration(csv, 'm.csv', { mapping: { Kelas: null, 'Kota asal': 'level', Catatan: 'bogus' } });
    expect({ ...parsed.mapping }).toEqual({ Nama: 'name', Kelas: null, 'Kota asal': 'level', Catatan: 'notes' });
    expect(parsed.rows[0]).toMatchObject({ level: 'Bandung', region: '', notes: 'halo', extra: { Kelas: 'Batch 5' } });
  });

  it('keeps the signature stable across exports of the same form', () => {
    const again = text('Nama,Kelas,Kota asal,Catatan\nDewi,Batch 4,Solo,\n');
    expect(parseRegistration(again, 'b.csv').signature).toBe(parseRegistration(csv, 'a.csv').signature);
  });
});

describe('headers and issues', () => {
  it('names blank headers by letter and numbers repeats', () => {
    expect(uniqueHeaders(['Catatan', '', 'Catatan', ' Nama  Lengkap ', 'x'.repeat(600)])).toEqual([
      'Catatan', 'Column B', 'Catatan (2)', 'Nama Lengkap', `${'x'.repeat(490)}…`,
    ]);
  });

  it('drops the problems of answers that a later answer replaced', () => {
    const csv = text('Nama,Email,No HP\nSiti,s@x.id,bukan nomor\nSiti,s@x.id,0812-3456-7890\nDewi,d@x.id,salah\n');
    const parsed = parseRegistration(csv, 'd.csv');
    expect(parsed.duplicates.map((d) => [d.kept.row, d.dropped.row])).toEqual([[3, 2]]);
    expect(parsed.errors).toEqual([{ file: 'd.csv', row: 4, column: 'No HP', key: 'registration.notPhone', params: { value: expect.any(String) }, message: expect.stringContaining('not a phone number') }]);
  });
});
