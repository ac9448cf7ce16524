import { describe, expect, it } from 'vitest';
import { behindCsv, behindWhatsAppText, type BehindDocument, type BehindLine } from './behindText';

const siti: BehindLine = {
  mentor: 'Siti Rahmawati', mentorPhone: '+6281211110001', mentees: ['Nur Aisyah', 'Indah Permata'], kind: 'group', skill: 'Canva', missingWeeks: [2, 3],
};
const dewi: BehindLine = { mentor: 'Dewi Lestari', mentorPhone: '', mentees: ['Lina Marlina'], kind: 'peer', skill: null, missingWeeks: [3] };
const doc = (patch: Partial<BehindDocument>): BehindDocument => ({
  language: 'id', program: 'Bunda Cekatan', cohort: 'Batch 7', throughWeek: 3, lines: [siti, dewi], ...patch,
});

describe('behindWhatsAppText', () => {
  it.each([
    {
      title: 'Indonesian: bold names, one line per pair/group, wa.me link for the mentor',
      doc: doc({}),
      expected: [
        '*Jurnal mingguan — Bunda Cekatan · Batch 7*',
        'Jurnal yang belum masuk sampai minggu ke-3:',
        '1. *Siti Rahmawati* bersama *Nur Aisyah*, *Indah Permata* — minggu ke-2, 3 — https://wa.me/6281211110001',
        '2. *Dewi Lestari* bersama *Lina Marlina* — minggu ke-3',
        '',
        'Mohon jurnalnya segera dikirim ya. Terima kasih.',
      ],
    },
    {
      title: 'English, singular and plural weeks',
      doc: doc({ language: 'en', cohort: '' }),
      expected: [
        '*Weekly journal — Bunda Cekatan*',
        'Journals not yet in, up to week 3:',
        '1. *Siti Rahmawati* with *Nur Aisyah*, *Indah Permata* — weeks 2, 3 — https://wa.me/6281211110001',
        '2. *Dewi Lestari* with *Lina Marlina* — week 3',
        '',
        'Please send them in soon. Thank you.',
      ],
    },
    {
      title: 'WhatsApp markers inside names cannot break the bold',
      doc: doc({ language: 'en', program: '', cohort: '', lines: [{ ...dewi, mentor: 'Dewi *Star*', mentees: ['Lina_M'] }] }),
      expected: ['*Weekly journal*', 'Journals not yet in, up to week 3:', '1. *Dewi ∗Star∗* with *Lina＿M* — week 3', '', 'Please send them in soon. Thank you.'],
    },
    { title: 'everyone is in', doc: doc({ lines: [] }), expected: ['*Jurnal mingguan — Bunda Cekatan · Batch 7*', 'Semua jurnal sudah masuk sampai minggu ke-3. Terima kasih!'] },
    { title: 'the phase has not started', doc: doc({ language: 'en', throughWeek: 0, lines: [] }), expected: ['*Weekly journal — Bunda Cekatan · Batch 7*', 'The mentoring phase has not started yet; no journal is due.'] },
    { title: 'no start date', doc: doc({ throughWeek: null, lines: [] }), expected: ['*Jurnal mingguan — Bunda Cekatan · Batch 7*', 'Tanggal mulai masa mentoring belum diisi, jadi belum ada jurnal yang terlambat.'] },
  ])('$title', ({ doc: input, expected }) => {
    expect(behindWhatsAppText(input)).toBe(`${expected.join('\n')}\n`);
  });
});

describe('behindCsv', () => {
  it.each([
    {
      language: 'id' as const,
      expected: [
        'No,Mentor,WhatsApp mentor,Mentee,Jenis,Keahlian,Minggu yang belum masuk',
        `1,Siti Rahmawati,'+6281211110001,"Nur Aisyah, Indah Permata",Kelompok,Canva,"2, 3"`,
        '2,Dewi Lestari,,Lina Marlina,Sebaya (1:1),,3',
      ],
    },
    {
      language: 'en' as const,
      expected: [
        'No,Mentor,Mentor WhatsApp,Mentees,Kind,Skill,Weeks missing',
        `1,Siti Rahmawati,'+6281211110001,"Nur Aisyah, Indah Permata",Group,Canva,"2, 3"`,
        '2,Dewi Lestari,,Lina Marlina,Peer (1:1),,3',
      ],
    },
  ])('$language: a header and one row per pair/group, Excel-safe', ({ language, expected }) => {
    expect(behindCsv(doc({ language }))).toBe(`\uFEFF${expected.join('\r\n')}\r\n`);
  });
});
