import type { RosterDocument, RosterPerson } from '../../src/main/export/types';

// A small roster used by the tests: two groups and a peer pair, one with a very long name and five mentees,
// one with names that need escaping in HTML and in WhatsApp.

function person(name: string, nickname: string, phone: string, extra: Partial<RosterPerson> = {}): RosterPerson {
  const user = name.toLowerCase().replace(/[^a-z]+/g, '.').replace(/^\.|\.$/g, '').slice(0, 40);
  return { name, nickname, phone, email: `${user}@contoh.id`, region: 'Bandung', level: 'Batch 7', skill: 'Memasak', ...extra };
}

export const longName =
  'Raden Ajeng Siti Nurhaliza Kusumawardhani Purbaningrum Setyaningsih Wulandari Prameswari Hadiningrat Soerjosoemarno';

export function sampleRoster(language: 'id' | 'en' = 'id', paper: 'A4' | 'Letter' = 'A4'): RosterDocument {
  return {
    program: 'Bunda Cekatan — Kupu-kupu',
    cohort: 'Batch 7 Regional Jawa Barat',
    startDate: '2026-12-07',
    duration: 8,
    durationUnit: 'weeks',
    language,
    note: 'Mohon buat grup WhatsApp dalam 3 hari & isi jurnal mingguan setiap Jumat.\nTerima kasih!',
    paper,
    counts: { group: 2, peer: 1 },
    groups: [
      {
        kind: 'peer',
        number: 1,
        skill: 'Public speaking',
        seats: { taken: 1, total: 1 },
        mentor: person('Dewi Lestari', 'Dewi', '+6281234567890', { mentorId: 'p1', region: 'Jakarta Selatan', skill: 'Public speaking' }),
        mentees: [person('Ayu Kartika', 'Ayu', '+6281311112222', { skill: 'Public speaking' })],
      },
      {
        kind: 'group',
        number: 1,
        skill: 'Manajemen keuangan keluarga',
        seats: { taken: 5, total: 5 },
        mentor: person(longName, 'Ajeng', '+6285712345678', {
          mentorId: 'p2',
          email: 'raden.ajeng.siti.nurhaliza.kusumawardhani.purbaningrum@universitas-contoh.ac.id',
          region: 'Kabupaten Bandung Barat',
          skill: 'Manajemen keuangan keluarga',
        }),
        mentees: [
          person('Sri Rahayu', 'Yayuk', '+6281522223333', { skill: 'Manajemen keuangan keluarga' }),
          person('Nur Aini Fitriani Maharani Kusumaningtyas Rahmawati', 'Aini', '+6281933334444', { region: 'Cimahi' }),
          person('Fitri Handayani', 'Fitri', '+6282144445555', { level: 'Batch 6' }),
          person('Rina Marlina', 'Rina', '+6287755556666'),
          person('Yuliana Putri', 'Yuli', '+6289966667777', { skill: 'Anggaran belanja' }),
        ],
      },
      {
        kind: 'group',
        number: 2,
        skill: 'Menjahit & <b>merajut</b>',
        seats: { taken: 2, total: 4 },
        mentor: person('Ibu "Tini" <Sutini> & Co', 'Tini*', '+6281377778888', { mentorId: 'p3', region: 'Bogor', skill: 'Menjahit & <b>merajut</b>' }),
        mentees: [
          person("Mega_Sari O'Neil", '~Mega~', '+6281288889999', { skill: 'Menjahit' }),
          person('Lia <script>alert(1)</script>', 'Lia', '', { email: '', region: '', skill: null }),
        ],
      },
    ],
  };
}
