import { describe, expect, it } from 'vitest';
import { detectColumns, fieldOfHeader, findHeaderRow, formSignature, preferenceRank } from './headers';

describe('fieldOfHeader', () => {
  it.each([
    // Google Forms, Indonesian
    ['Stempel waktu', 'submittedAt'],
    ['Alamat email', 'email'],
    ['Nama Lengkap', 'name'],
    ['Nama Panggilan', 'nickname'],
    ['Nomor WhatsApp', 'phone'],
    ['Domisili', 'region'],
    ['Kelas', 'level'],
    ['Keahlian yang ditawarkan (boleh lebih dari satu)', 'offers'],
    ['Bidang yang ingin dipelajari', 'seeks'],
    ['Jenis pendampingan yang diinginkan', 'kind'],
    ['Jumlah maksimal mentee', 'capacity'],
    ['Mentor pilihan 1', 'preference'],
    ['Catatan', 'notes'],
    // Google Forms, English
    ['Timestamp', 'submittedAt'],
    ['Email address', 'email'],
    ['Full name', 'name'],
    ['Nickname', 'nickname'],
    ['WhatsApp number', 'phone'],
    ['City', 'region'],
    ['Batch', 'level'],
    ['Skills you can mentor', 'offers'],
    ['Skills offered', 'offers'],
    ['Skills you want to learn', 'seeks'],
    ['Kind of mentoring', 'kind'],
    ['Max mentees', 'capacity'],
    ['Preferred mentor 2', 'preference'],
    ['Notes', 'notes'],
    // Google Forms, English, as coordinators word their questions
    ['Mentoring you can offer', 'kind'],
    ['Type of mentoring', 'kind'],
    ['Mentoring format (peer or group)', 'kind'],
    ['Mentoring skills you can offer', 'offers'],
    ['How many mentees can you take?', 'capacity'],
    ['How many people can you mentor at once?', 'capacity'],
    ['Number of mentees', 'capacity'],
    ['Skills you can teach (tick all that apply)', 'offers'],
    ['What skills can you share?', 'offers'],
    ['Who would you like as your mentor? (1st choice)', 'preference'],
    ['What should we call you?', 'nickname'],
    ['Anything else we should know?', 'notes'],
    // Google Forms, Indonesian, as coordinators word their questions
    ['Keahlian yang bisa Bunda bagikan (boleh pilih lebih dari satu)', 'offers'],
    ['Bentuk pendampingan yang Bunda tawarkan', 'kind'],
    ['Mentor pilihan pertama', 'preference'],
    ['Siapa mentor yang Bunda inginkan?', 'preference'],
    // as people name columns
    ['Email', 'email'],
    ['E-mail', 'email'],
    ['Nama', 'name'],
    ['NAMA LENGKAP (sesuai KTP)', 'name'],
    ['Panggilan', 'nickname'],
    ['No. HP', 'phone'],
    ['No WA', 'phone'],
    ['No. HP/WA aktif', 'phone'],
    ['Phone', 'phone'],
    ['Kota', 'region'],
    ['Region', 'region'],
    ['Wilayah', 'region'],
    ['Domisili (Kota/Kabupaten)', 'region'],
    ['Level', 'level'],
    ['Angkatan', 'level'],
    ['Kapasitas', 'capacity'],
    ['Berapa mentee yang sanggup Bunda dampingi?', 'capacity'],
    ['Keahlian yang bisa Bunda bagikan sebagai mentor', 'offers'],
    ['Skill yang ingin dipelajari (sebagai mentee)', 'seeks'],
    ['Jenis pendampingan: peer 1:1 atau kelompok?', 'kind'],
    ['Pilihan mentor ke-3', 'preference'],
    ['Mentor 2', 'preference'],
    ['1st choice mentor', 'preference'],
    ['Nama mentor yang diinginkan (urutan 1)', 'preference'],
    ['Keterangan', 'notes'],
    // not fields: kept as extras
    ['Tanggal lahir', null],
    ['Apakah bersedia menjadi mentor?', null],
    ['Jumlah anak', null],
    ['', null],
    ['__proto__', null],
    ['constructor', null],
  ])('%j -> %j', (header, field) => expect(fieldOfHeader(header)).toBe(field));
});

describe('detectColumns', () => {
  it('maps a whole form, keeping the first column of a field and every preference', () => {
    const mapping = detectColumns(['Timestamp', 'Nama', 'Nama Lengkap', 'Mentor pilihan 1', 'Mentor pilihan 2', 'Hobi', '__proto__']);
    expect({ ...mapping }).toEqual({
      Timestamp: 'submittedAt',
      Nama: 'name',
      'Nama Lengkap': null,
      'Mentor pilihan 1': 'preference',
      'Mentor pilihan 2': 'preference',
      Hobi: null,
      ['__proto__']: null,
    });
    expect(Object.getPrototypeOf(mapping)).toBeNull();
    expect(Object.keys(mapping)).toContain('__proto__');
  });
});

describe('findHeaderRow', () => {
  it.each([
    [[['Nama Lengkap', 'Email', 'Kota'], ['Siti', 's@x.id', 'Bandung']], 0, 3],
    [[['Pendaftaran Mentor Batch 5'], [], ['Nama Lengkap', 'Email', 'Kota'], ['Siti', 's@x.id', 'Bandung']], 2, 3],
    [[[], ['Produk', 'Harga'], ['Kopi', '10']], 1, 0], // no known field: the first non-empty row
    [[], 0, 0],
  ])('%j -> row %i', (rows, index, score) => expect(findHeaderRow(rows)).toEqual({ index, score }));
});

describe('preferenceRank', () => {
  it.each([
    ['Mentor pilihan 1', 1],
    ['Preferred mentor 3', 3],
    ['Pilihan mentor ke-2', 2],
    ['Mentor pilihan kedua', 2],
    ['Third choice mentor', 3],
    ['1st choice mentor', 1],
    ['Mentor pilihan', null],
  ])('%j -> %j', (header, rank) => expect(preferenceRank(header)).toBe(rank));
});

describe('formSignature', () => {
  it('ignores case, spacing and punctuation but not order or wording', () => {
    const a = formSignature(['Stempel waktu', 'Nama Lengkap', 'Alamat email']);
    expect(formSignature(['stempel  waktu', 'NAMA LENGKAP', 'Alamat e-mail'])).not.toBe(a); // e-mail vs email: different words
    expect(formSignature([' Stempel waktu ', 'nama lengkap:', 'ALAMAT EMAIL'])).toBe(a);
    expect(formSignature(['Nama Lengkap', 'Stempel waktu', 'Alamat email'])).not.toBe(a);
    expect(a).toMatch(/^form-[0-9a-z]{11}$/);
  });
});
