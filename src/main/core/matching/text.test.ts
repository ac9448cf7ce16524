import { describe, expect, it } from 'vitest';
import { reasonText, unmatchedText } from './text';
import type { Reason, Unmatched } from './types';

describe('reasonText', () => {
  it.each<[Reason, string, string]>([
    [{ code: 'skill', points: 40, detail: 'Canva' }, 'Skill match: Canva (+40)', 'Keahlian cocok: Canva (+40)'],
    [{ code: 'preference', points: 20, detail: '2' }, "Mentee's choice #2 (+20)", 'Pilihan mentee ke-2 (+20)'],
    [{ code: 'region', points: 10, detail: 'Bandung' }, 'Same region (Bandung) (+10)', 'Satu domisili (Bandung) (+10)'],
    [{ code: 'level', points: 10, detail: 'B1' }, 'Same level (B1) (+10)', 'Satu kelas (B1) (+10)'],
    [{ code: 'mentorPreference', points: 10, detail: '1' }, "Mentor's choice #1 (+10)", 'Pilihan mentor ke-1 (+10)'],
    [{ code: 'spread', points: -10, detail: '3' }, "Mentor's mentee no. 3 (spreading the load) (-10)", 'Mentee ke-3 mentor ini (pemerataan) (-10)'],
  ])('%o', (reason, en, id) => {
    expect(reasonText(reason, 'en')).toBe(en);
    expect(reasonText(reason, 'id')).toBe(id);
  });
});

describe('unmatchedText', () => {
  it.each<[Unmatched, string, string]>([
    [{ menteeId: 'e', skill: 'Canva', code: 'nobody_offers' }, 'Nobody offers Canva', 'Tidak ada yang menawarkan Canva'],
    [{ menteeId: 'e', skill: 'Canva', code: 'all_full' }, 'All mentors for Canva are full or closed', 'Semua mentor Canva sudah penuh atau tutup'],
    [{ menteeId: 'e', skill: 'Canva', code: 'other_level_only' }, 'Only peer mentors from another level offer Canva', 'Canva hanya ditawarkan mentor sebaya dari kelas lain'],
    [{ menteeId: 'e', skill: 'Canva', code: 'all_declined' }, 'Every mentor for Canva has declined', 'Semua mentor Canva sudah menolak'],
    [{ menteeId: 'e', skill: null, code: 'seeks_nothing' }, 'Seeks no skill', 'Tidak mencari keahlian apa pun'],
    [
      { menteeId: 'e', skill: 'Canva', code: 'outscored', detail: 'm1:e2,e3' },
      'Mentors for Canva went to better-matching mentees (m1 took e2, e3)',
      'Mentor Canva sudah diisi mentee yang lebih cocok (m1 memilih e2, e3)',
    ],
    [{ menteeId: 'e', skill: 'Canva', code: 'outscored', detail: 'm1:' }, 'Mentors for Canva went to better-matching mentees', 'Mentor Canva sudah diisi mentee yang lebih cocok'],
  ])('%o', (u, en, id) => {
    expect(unmatchedText(u, 'en')).toBe(en);
    expect(unmatchedText(u, 'id')).toBe(id);
  });
});
