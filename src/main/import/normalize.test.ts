import { describe, expect, it } from 'vitest';
import { detectColumns } from './headers';
import { normalizeRows, type DataTable } from './normalize';

const file = 'form.csv';
const headers = [
  'Timestamp', 'Email', 'Nama Lengkap', 'Panggilan', 'No WA', 'Kota', 'Kelas', 'Keahlian yang ditawarkan', 'Ingin dipelajari',
  'Jenis pendampingan', 'Kapasitas', 'Mentor pilihan 2', 'Mentor pilihan 1', 'Catatan', 'Hobi', '__proto__',
];
const row = (values: Record<string, string>) => headers.map((h) => (Object.hasOwn(values, h) ? values[h] : ''));
const table = (...rows: string[][]): DataTable => ({ headers, rows, firstRow: 2 });
const normalize = (...rows: string[][]) => normalizeRows(table(...rows), detectColumns(headers), file);

describe('normalizeRows', () => {
  it('normalizes a complete row', () => {
    const { rows, errors, warnings } = normalize(
      row({
        Timestamp: '29/11/2026 14:03:05', Email: '  Siti.N@Gmail.COM ', 'Nama Lengkap': '  Siti   Nurhaliza\u00a0Putri ', Panggilan: 'Siti',
        'No WA': '0812-3456-7890', Kota: ' Bandung ', Kelas: 'Batch 5', 'Keahlian yang ditawarkan': 'Desain Grafis (Canva, Figma), Mind-mapping, mind mapping',
        'Ingin dipelajari': 'Baking;Memasak\nBaking', 'Jenis pendampingan': 'Peer 1:1', Kapasitas: '3 orang', 'Mentor pilihan 2': 'Mbak Rina',
        'Mentor pilihan 1': 'Bunda Dewi', Catatan: ' Bisa malam\nhari ', Hobi: 'Merajut', ['__proto__']: 'x', // computed: a literal __proto__ would set the prototype
      }),
    );
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(rows).toEqual([{
      row: 2, submittedAt: '2026-11-29T14:03:05', email: 'siti.n@gmail.com', name: 'Siti Nurhaliza Putri', nickname: 'Siti', phone: '+6281234567890',
      region: 'Bandung', level: 'Batch 5', kind: 'peer', capacity: 3, offers: ['Desain Grafis (Canva, Figma)', 'Mind-mapping'], seeks: ['Baking', 'Memasak'],
      preferences: ['Bunda Dewi', 'Mbak Rina'], notes: 'Bisa malam\nhari', extra: expect.anything(),
    }]);
    expect(Object.getPrototypeOf(rows[0].extra)).toBeNull();
    expect(Object.entries(rows[0].extra)).toEqual([['Hobi', 'Merajut'], ['__proto__', 'x']]);
  });

  it('reports bad fields by row and column header, and keeps the row with the field emptied', () => {
    const { rows, errors, warnings } = normalize(
      row({ 'Nama Lengkap': 'Siti', 'No WA': 'nomor saya 0812', 'Jenis pendampingan': 'belum tahu', Kapasitas: 'banyak', Email: 'siti(at)gmail', Timestamp: 'kemarin' }),
      row({ 'Nama Lengkap': '', Email: 'x@y.id' }),
    );
    expect(errors).toEqual([
      { file, row: 2, column: 'No WA', key: 'registration.notPhone', params: expect.any(Object), message: expect.stringContaining('not a phone number') },
      { file, row: 2, column: 'Jenis pendampingan', key: 'registration.notKind', params: expect.any(Object), message: expect.stringContaining('not a kind of mentoring') },
      { file, row: 2, column: 'Kapasitas', key: 'registration.notCapacity', params: expect.any(Object), message: expect.stringContaining('not a number of mentees') },
      { file, row: 3, column: 'Nama Lengkap', key: 'registration.nameEmpty', params: expect.any(Object), message: 'The name is empty.' },
    ]);
    expect(warnings).toEqual([
      { file, row: 2, column: 'Timestamp', key: 'registration.notDate', params: expect.any(Object), message: expect.stringContaining('kept as written') },
      { file, row: 2, column: 'Email', key: 'registration.notEmail', params: expect.any(Object), message: expect.stringContaining('does not look like an email') },
    ]);
    expect(rows[0]).toMatchObject({ phone: '', kind: null, capacity: null, submittedAt: 'kemarin', email: 'siti(at)gmail' });
  });

  it('decides day/month order for the whole column, and skips blank rows', () => {
    const { rows } = normalize(
      row({ 'Nama Lengkap': 'A', Timestamp: '11/01/2026 10:00:00' }),
      row({}),
      row({ 'Nama Lengkap': 'B', Timestamp: '11/29/2026 10:00:00' }),
    );
    expect(rows.map((r) => [r.row, r.submittedAt])).toEqual([[2, '2026-11-01T10:00:00'], [4, '2026-11-29T10:00:00']]);
  });

  it('orders preferences by the number in their header, splits and de-duplicates them', () => {
    const { rows } = normalize(row({ 'Nama Lengkap': 'A', 'Mentor pilihan 1': 'Rina\nDewi', 'Mentor pilihan 2': 'rina; -' }));
    expect(rows[0].preferences).toEqual(['Rina', 'Dewi']);
  });

  it('notes a second phone number as a warning', () => {
    const { rows, warnings } = normalize(row({ 'Nama Lengkap': 'A', 'No WA': '0812-3456-7890 / 0813-1111-2222' }));
    expect(rows[0].phone).toBe('+6281234567890');
    expect(warnings[0]).toMatchObject({ row: 2, column: 'No WA', message: expect.stringContaining('first') });
  });

  it('enforces the contract limits on lengths and counts', () => {
    const { errors } = normalize(row({
      'Nama Lengkap': 'x'.repeat(501),
      'Keahlian yang ditawarkan': Array.from({ length: 101 }, (_, i) => `Skill ${i}`).join(', '),
      'Ingin dipelajari': 'y'.repeat(201),
      Catatan: 'z'.repeat(10_001),
    }));
    expect(errors.map((e) => [e.column, e.message])).toEqual([
      ['Nama Lengkap', expect.stringContaining('longer than 500')],
      ['Keahlian yang ditawarkan', expect.stringContaining('More than 100 skills')],
      ['Ingin dipelajari', expect.stringContaining('longer than 200')],
      ['Catatan', expect.stringContaining('longer than 10,000')],
    ]);
  });

  it('says once when no column holds names', () => {
    const { errors } = normalizeRows({ headers: ['Email'], rows: [['a@b.id']], firstRow: 2 }, { Email: 'email' }, file);
    expect(errors).toEqual([{ file, row: null, column: null, key: 'registration.noNameColumn', params: {}, message: expect.stringContaining("participant's name") }]);
  });
});
