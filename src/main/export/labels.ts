import type { RosterLanguage } from './types';

// The rosters' and WhatsApp texts' words, in both cohort languages. Kept here (not in the renderer's
// i18n files) so the backend can print without the UI.

const id = {
  rosterTitle: 'Daftar Kelompok Mentoring',
  mentor: 'Mentor',
  mentee: 'Mentee',
  mentees: 'Mentee',
  skill: 'Keahlian',
  skillTaught: 'Keahlian yang diajarkan',
  skillSought: 'Keahlian yang dicari',
  region: 'Domisili',
  level: 'Kelas',
  kind: 'Jenis',
  peer: 'Sebaya (1:1)',
  group: 'Kelompok',
  nickname: 'Panggilan',
  whatsapp: 'WhatsApp',
  email: 'Email',
  phase: 'Masa mentoring',
  weeks: 'minggu',
  week: 'minggu',
  note: 'Catatan koordinator',
  groupNumber: 'Kelompok',
  of: 'dari',
  noGroups: 'Belum ada kelompok untuk dicetak.',
  noMentees: 'Belum ada mentee.',
  months: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
};

export type Labels = typeof id;

const en: Labels = {
  rosterTitle: 'Mentoring roster',
  mentor: 'Mentor',
  mentee: 'Mentee',
  mentees: 'Mentees',
  skill: 'Skill',
  skillTaught: 'Skill taught',
  skillSought: 'Skill sought',
  region: 'City',
  level: 'Level',
  kind: 'Kind',
  peer: 'Peer (1:1)',
  group: 'Group',
  nickname: 'Nickname',
  whatsapp: 'WhatsApp',
  email: 'Email',
  phase: 'Mentoring phase',
  weeks: 'weeks',
  week: 'week',
  note: "Coordinator's note",
  groupNumber: 'Group',
  of: 'of',
  noGroups: 'There are no groups to print yet.',
  noMentees: 'No mentees yet.',
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

export const labelCatalog = { id, en } satisfies Record<RosterLanguage, Labels>;

export function labelsFor(language: RosterLanguage): Labels {
  return labelCatalog[language] ?? labelCatalog.id;
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses YYYY-MM-DD as a calendar date (UTC, so no time zone can shift the day); null if invalid. */
export function parseIsoDate(value: string): Date | null {
  const m = isoDate.exec(value);
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().startsWith(value) ? date : null;
}

/** "7 Desember 2026" / "7 December 2026": the same day-month-year order in both languages. */
export function formatDate(date: Date, language: RosterLanguage): string {
  return `${date.getUTCDate()} ${labelsFor(language).months[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** The last day of a phase of `weeks` weeks starting on `start` (8 weeks from a Monday end on a Sunday). */
export function phaseEnd(start: Date, weeks: number): Date {
  return new Date(start.getTime() + (Math.max(1, weeks) * 7 - 1) * 86_400_000);
}

export function weeksText(weeks: number, language: RosterLanguage): string {
  const l = labelsFor(language);
  return `${weeks} ${weeks === 1 ? l.week : l.weeks}`;
}

/** "7 Desember 2026 – 31 Januari 2027 (8 minggu)", or just "8 minggu" without a start date. */
export function phaseText(startDate: string | null, weeks: number, language: RosterLanguage): string {
  const start = startDate ? parseIsoDate(startDate) : null;
  if (!start) return weeksText(weeks, language);
  const end = phaseEnd(start, weeks);
  return `${formatDate(start, language)} – ${formatDate(end, language)} (${weeksText(weeks, language)})`;
}

export function kindLabel(kind: 'peer' | 'group', language: RosterLanguage): string {
  return labelsFor(language)[kind];
}
