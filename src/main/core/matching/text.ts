import type { Reason, Unmatched } from './types';

export type TextLanguage = 'en' | 'id';

// Short sentences for the CLI (the UI translates the codes itself). Points are appended with their sign.

function signed(points: number): string {
  return points >= 0 ? `+${points}` : String(points);
}

const reasonSentences: Record<TextLanguage, Record<Reason['code'], (detail: string) => string>> = {
  en: {
    skill: (d) => `Skill match: ${d}`,
    preference: (d) => `Mentee's choice #${d}`,
    region: (d) => `Same region (${d})`,
    level: (d) => `Same level (${d})`,
    mentorPreference: (d) => `Mentor's choice #${d}`,
    spread: (d) => `Mentor's mentee no. ${d} (spreading the load)`,
  },
  id: {
    skill: (d) => `Keahlian cocok: ${d}`,
    preference: (d) => `Pilihan mentee ke-${d}`,
    region: (d) => `Satu domisili (${d})`,
    level: (d) => `Satu kelas (${d})`,
    mentorPreference: (d) => `Pilihan mentor ke-${d}`,
    spread: (d) => `Mentee ke-${d} mentor ini (pemerataan)`,
  },
};

export function reasonText(reason: Reason, lang: TextLanguage): string {
  return `${reasonSentences[lang][reason.code](reason.detail ?? '')} (${signed(reason.points)})`;
}

const unmatchedSentences: Record<TextLanguage, Record<Unmatched['code'], (skill: string) => string>> = {
  en: {
    seeks_nothing: () => 'Seeks no skill',
    nobody_offers: (s) => `Nobody offers ${s}`,
    other_level_only: (s) => `Only peer mentors from another level offer ${s}`,
    all_declined: (s) => `Every mentor for ${s} has declined`,
    all_full: (s) => `All mentors for ${s} are full or closed`,
    outscored: (s) => `Mentors for ${s} went to better-matching mentees`,
  },
  id: {
    seeks_nothing: () => 'Tidak mencari keahlian apa pun',
    nobody_offers: (s) => `Tidak ada yang menawarkan ${s}`,
    other_level_only: (s) => `${s} hanya ditawarkan mentor sebaya dari kelas lain`,
    all_declined: (s) => `Semua mentor ${s} sudah menolak`,
    all_full: (s) => `Semua mentor ${s} sudah penuh atau tutup`,
    outscored: (s) => `Mentor ${s} sudah diisi mentee yang lebih cocok`,
  },
};

export function unmatchedText(u: Unmatched, lang: TextLanguage): string {
  const sentence = unmatchedSentences[lang][u.code](u.skill ?? '');
  if (u.code !== 'outscored' || !u.detail) return sentence;
  const [mentor, takenBy] = u.detail.split(':');
  if (!takenBy) return sentence;
  return lang === 'en' ? `${sentence} (${mentor} took ${takenBy.split(',').join(', ')})` : `${sentence} (${mentor} memilih ${takenBy.split(',').join(', ')})`;
}
