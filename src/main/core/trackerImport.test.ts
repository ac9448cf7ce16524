import { describe, expect, it } from 'vitest';
import type { JournalUnit } from '../../shared/contract/journals';
import { detectJournalColumns, matchSubmissions, parseWeek, usableColumns, type Submitter } from './trackerImport';

describe('detectJournalColumns', () => {
  it.each([
    {
      headers: ['Stempel waktu', 'Nama', 'Nomor WhatsApp', 'Minggu ke-', 'Link jurnal'],
      expected: { timestamp: 0, name: 1, phone: 2, week: 3, link: 4 },
    },
    {
      headers: ['Timestamp', 'Email address', 'Full name', 'WhatsApp number', 'Week', 'Journal link'],
      expected: { timestamp: 0, email: 1, name: 2, phone: 3, week: 4, link: 5 },
    },
    {
      headers: ['Stempel waktu', 'Nama lengkap', 'Nama panggilan', 'No. HP', 'Nama mentor', 'Sebagai', 'Jurnal minggu ke-', 'Tautan'],
      expected: { timestamp: 0, name: 1, phone: 3, mentor: 4, role: 5, week: 6, link: 7 },
    },
    { headers: ['Nama', 'Catatan'], expected: { name: 0 } },
  ])('$headers', ({ headers, expected }) => expect(detectJournalColumns(headers)).toEqual(expected));

  it.each([
    { columns: { week: 1, name: 0 }, expected: true },
    { columns: { week: 1, phone: 0 }, expected: true },
    { columns: { name: 0, link: 1 }, expected: false },
    { columns: { week: 1, link: 0 }, expected: false },
  ])('usable: $columns -> $expected', ({ columns, expected }) => expect(usableColumns(columns)).toBe(expected));
});

describe('parseWeek', () => {
  it.each([
    ['3', 3], ['Minggu ke-3', 3], ['Week 12', 12], ['ke 2 (7–13 Des)', 2], ['ketiga', 3], ['Minggu pertama', 1], ['second week', 2],
    ['', null], ['belum tahu', null],
  ])('%j -> %j', (cell, expected) => expect(parseWeek(cell)).toBe(expected));
});

describe('matchSubmissions', () => {
  const people: Submitter[] = [
    { id: 'siti', name: 'Siti Rahmawati', nickname: 'Siti', phone: '+6281211110001', email: 'siti@example.com' },
    { id: 'dewi', name: 'Dewi Lestari', nickname: 'Dewi', phone: '+6281211110002', email: '' },
    { id: 'nur', name: 'Nur Aisyah', nickname: 'Icha', phone: '+6281211110005', email: '' },
    { id: 'lina', name: 'Lina Marlina', nickname: 'Lina', phone: '+6281211110007', email: '' },
    { id: 'fitri', name: 'Fitri Handayani', nickname: 'Fitri', phone: '+6281211110006', email: '' },
    { id: 'rina', name: 'Rina Wulandari', nickname: 'Rina', phone: '+6281211110004', email: '' },
    { id: 'wulan', name: 'Wulan Septiani', nickname: 'Wulan', phone: '+6281211110010', email: '' },
    { id: 'maya', name: 'Maya Sari', nickname: 'Maya', phone: '+6281211110008', email: '' },
    { id: 'sari1', name: 'Sari Dewi', nickname: '', phone: '', email: '' },
    { id: 'sari2', name: 'Sari Indah', nickname: '', phone: '', email: '' },
  ];
  const units: JournalUnit[] = [
    { unit: 'g:siti', mentorId: 'siti', menteeIds: ['nur'], kind: 'group', skill: null },
    { unit: 'p:dewi:lina', mentorId: 'dewi', menteeIds: ['lina'], kind: 'peer', skill: null },
    { unit: 'g:rina', mentorId: 'rina', menteeIds: ['fitri'], kind: 'group', skill: null },
    { unit: 'p:fitri:wulan', mentorId: 'fitri', menteeIds: ['wulan'], kind: 'peer', skill: null },
    { unit: 'g:sari1', mentorId: 'sari1', menteeIds: ['maya'], kind: 'group', skill: null },
  ];
  const header = ['Stempel waktu', 'Nama', 'Nomor WhatsApp', 'Email', 'Minggu ke-', 'Link jurnal', 'Nama mentor', 'Sebagai'];
  const columns = detectJournalColumns(header);
  const run = (row: string[]) => matchSubmissions({ rows: [header, row], headerRow: 0, columns, people, units, weeks: 8 });

  it.each([
    { title: 'by phone, whatever its format', row: ['t', 'Bunda S', '0812-1111-0001', '', '1', 'L'], unit: 'g:siti' },
    { title: 'by email', row: ['', '', '', 'SITI@example.com', '2', ''], unit: 'g:siti' },
    { title: 'by name when the phone is unknown', row: ['', 'Lina Marlina', '0812-9999-0000', '', '2', ''], unit: 'p:dewi:lina' },
    { title: 'by name with an honorific', row: ['', 'Bunda Dewi', '', '', 'Minggu ke-1', ''], unit: 'p:dewi:lina' },
    { title: 'a mentee finds her mentor’s group', row: ['', 'Icha', '', '', '3', ''], unit: 'g:siti' },
    { title: 'a mentor column picks one of two units', row: ['', 'Fitri', '', '', '1', '', 'Rina Wulandari', ''], unit: 'g:rina' },
    { title: 'a role column picks one of two units', row: ['', 'Fitri', '', '', '1', '', '', 'Mentor'], unit: 'p:fitri:wulan' },
  ])('$title', ({ row, unit }) => {
    const result = run(row);
    expect(result.unmatched).toEqual([]);
    expect(result.submissions.map((s) => s.unit)).toEqual([unit]);
  });

  it.each([
    { title: 'no week', row: ['', 'Siti', '', '', '', ''], who: 'Siti', week: null, reason: 'no_week', detail: '' },
    { title: 'week past the end', row: ['', 'Siti', '', '', '9', ''], who: 'Siti', week: 9, reason: 'week_range', detail: '8' },
    { title: 'nobody named', row: ['t', '', '', '', '1', 'L'], who: '', week: 1, reason: 'no_person', detail: '' },
    { title: 'unknown person', row: ['', 'Bu Ratna', '0813-0000-1234', '', '1', ''], who: 'Bu Ratna', week: 1, reason: 'unknown', detail: '' },
    { title: 'ambiguous name', row: ['', 'Sari', '', '', '1', ''], who: 'Sari', week: 1, reason: 'ambiguous', detail: 'Maya Sari, Sari Dewi, Sari Indah' },
    { title: 'no pair or group', row: ['', 'Sari Indah', '', '', '1', ''], who: 'Sari Indah', week: 1, reason: 'no_unit', detail: 'Sari Indah' },
    {
      title: 'mentor in one unit, mentee in another', row: ['', 'Fitri Handayani', '0812 1111 0006', '', '1', ''], who: 'Fitri Handayani', week: 1,
      reason: 'several_units', detail: 'Rina Wulandari, Fitri Handayani',
    },
  ])('unmatched: $title', ({ row, who, week, reason, detail }) => {
    const result = run(row);
    expect(result.submissions).toEqual([]);
    expect(result.unmatched).toEqual([{ row: 2, who, week, reason, detail }]);
  });

  it('reports spreadsheet row numbers, skips blank rows, keeps link and timestamp', () => {
    const result = matchSubmissions({
      rows: [['Form title'], header, ['07/12/2026 20:15:03', 'Siti', '', '', '1', 'https://x/1'], ['', '', '', '', '', ''], ['', 'Bu Ratna', '', '', '1', '']],
      headerRow: 1, columns, people, units, weeks: 8,
    });
    expect(result.rows).toBe(2);
    expect(result.submissions).toEqual([{ row: 3, unit: 'g:siti', mentorId: 'siti', week: 1, link: 'https://x/1', timestamp: '07/12/2026 20:15:03' }]);
    expect(result.unmatched.map((u) => [u.row, u.who, u.reason])).toEqual([[5, 'Bu Ratna', 'unknown']]);
  });
});
