import type { Language, PairKind } from '../../../shared/domain';
import { toCsv } from '../../export/csv';
import { waLink } from '../../export/roster';
import { whatsAppSafe } from '../../export/whatsapp';

// "Who is behind with the weekly journal" as text for the coordinator's WhatsApp group and as a CSV,
// in the cohort's language. Pure: plain rows in, text out.

export interface BehindLine {
  mentor: string;
  /** E.164, or '' when unknown. */
  mentorPhone: string;
  mentees: string[];
  kind: PairKind;
  skill: string | null;
  missingWeeks: number[];
}

export interface BehindDocument {
  language: Language;
  program: string;
  cohort: string;
  /** Weeks 1..throughWeek were counted; null when there is no start date to count from. */
  throughWeek: number | null;
  lines: BehindLine[];
}

const words = {
  id: {
    title: 'Jurnal mingguan',
    behind: (through: number) => `Jurnal yang belum masuk sampai minggu ke-${through}:`,
    allIn: (through: number) => `Semua jurnal sudah masuk sampai minggu ke-${through}. Terima kasih!`,
    notStarted: 'Masa mentoring belum dimulai; belum ada jurnal yang ditunggu.',
    noStart: 'Tanggal mulai masa mentoring belum diisi, jadi belum ada jurnal yang terlambat.',
    with: 'bersama',
    weeks: (list: string) => `minggu ke-${list}`,
    reminder: 'Mohon jurnalnya segera dikirim ya. Terima kasih.',
    csv: ['No', 'Mentor', 'WhatsApp mentor', 'Mentee', 'Jenis', 'Keahlian', 'Minggu yang belum masuk'],
    peer: 'Sebaya (1:1)',
    group: 'Kelompok',
  },
  en: {
    title: 'Weekly journal',
    behind: (through: number) => `Journals not yet in, up to week ${through}:`,
    allIn: (through: number) => `Every journal is in up to week ${through}. Thank you!`,
    notStarted: 'The mentoring phase has not started yet; no journal is due.',
    noStart: 'The phase has no start date yet, so no journal is late.',
    with: 'with',
    weeks: (list: string) => (list.includes(',') ? `weeks ${list}` : `week ${list}`),
    reminder: 'Please send them in soon. Thank you.',
    csv: ['No', 'Mentor', 'Mentor WhatsApp', 'Mentees', 'Kind', 'Skill', 'Weeks missing'],
    peer: 'Peer (1:1)',
    group: 'Group',
  },
} as const;

function bold(value: string): string {
  const safe = whatsAppSafe(value);
  return safe ? `*${safe}*` : '—';
}

function lineText(line: BehindLine, number: number, language: Language): string {
  const w = words[language];
  const mentees = line.mentees.map(bold).join(', ');
  const who = mentees ? `${bold(line.mentor)} ${w.with} ${mentees}` : bold(line.mentor);
  const contact = waLink(line.mentorPhone);
  return [`${number}. ${who}`, w.weeks(line.missingWeeks.join(', ')), contact].filter(Boolean).join(' — ');
}

/** One message: a bold title, one line per pair/group (bold names, missing weeks, the mentor's wa.me link). */
export function behindWhatsAppText(doc: BehindDocument): string {
  const w = words[doc.language];
  const title = [whatsAppSafe(doc.program), whatsAppSafe(doc.cohort)].filter(Boolean).join(' · ');
  const head = `*${w.title}${title ? ` — ${title}` : ''}*`;
  if (doc.throughWeek === null) return `${head}\n${w.noStart}\n`;
  if (doc.throughWeek === 0) return `${head}\n${w.notStarted}\n`;
  if (doc.lines.length === 0) return `${head}\n${w.allIn(doc.throughWeek)}\n`;
  const lines = doc.lines.map((line, i) => lineText(line, i + 1, doc.language));
  return `${[head, w.behind(doc.throughWeek), ...lines, '', w.reminder].join('\n')}\n`;
}

/** The same list as a spreadsheet, one row per pair/group (UTF-8 with BOM for Excel). */
export function behindCsv(doc: BehindDocument): string {
  const w = words[doc.language];
  const rows = doc.lines.map((line, i) => [
    String(i + 1), line.mentor, line.mentorPhone, line.mentees.join(', '), w[line.kind], line.skill ?? '', line.missingWeeks.join(', '),
  ]);
  return toCsv([[...w.csv], ...rows]);
}
