import type { JournalImportReport, JournalUnit } from '../../shared/contract/journals';
import { createNameIndex, nameKey } from './names';
import { normalizePhone } from './phone';

// Journal submissions (a Google Form's responses: timestamp, name or WhatsApp number, week, link) ->
// units. A submitter is found the way registrations find people: by phone number first, then email,
// then by name through the name index; then the pair or group they belong to, as mentor or mentee.

export type JournalField = 'timestamp' | 'name' | 'phone' | 'email' | 'week' | 'link' | 'mentor' | 'role';
export type JournalColumns = Partial<Record<JournalField, number>>;

export interface Submitter {
  id: string;
  name: string;
  nickname: string;
  phone: string;
  email: string;
}

export interface JournalSubmission {
  row: number;
  unit: string;
  mentorId: string;
  week: number;
  link: string;
  /** The timestamp cell as typed ('' when there is none). */
  timestamp: string;
}

export type Unmatched = JournalImportReport['unmatched'][number];

function fold(header: string): string {
  return nameKey(header);
}

/** Which header names which field; the first column to claim a field keeps it. Order matters. */
const headerRules: Array<[JournalField, RegExp]> = [
  ['timestamp', /^(stempel waktu|timestamp|waktu|tanggal|submitted|date)\b/],
  ['mentor', /\bmentor\b/],
  ['role', /^(peran|sebagai|role|posisi)\b/],
  ['link', /\b(link|tautan|url|tautan jurnal)\b/],
  ['week', /\b(minggu|pekan|week)\b/],
  ['email', /\b(e ?mail|surel|alamat email)\b/],
  ['phone', /\b(whatsapp|wa|hp|handphone|phone|telepon|telp|ponsel|nomor|no)\b/],
  ['name', /\b(nama|name)\b/],
  ['link', /\b(jurnal|journal)\b/],
];

export function detectJournalColumns(headers: readonly string[]): JournalColumns {
  const columns: JournalColumns = {};
  headers.forEach((header, index) => {
    const key = fold(header);
    if (key === '' || /\b(panggilan|nickname)\b/.test(key)) return;
    for (const [field, pattern] of headerRules) {
      if (columns[field] === undefined && pattern.test(key)) {
        columns[field] = index;
        return;
      }
      if (pattern.test(key)) return; // a second column for a claimed field stays unused
    }
  });
  return columns;
}

/** A header row is usable when it names the week and a way to find the person. */
export function usableColumns(columns: JournalColumns): boolean {
  return columns.week !== undefined && (columns.name !== undefined || columns.phone !== undefined || columns.email !== undefined);
}

const ordinals: Record<string, number> = {
  pertama: 1, kesatu: 1, kedua: 2, ketiga: 3, keempat: 4, kelima: 5, keenam: 6, ketujuh: 7, kedelapan: 8, kesembilan: 9, kesepuluh: 10,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};

/** "3", "Minggu ke-3", "Week 3", "ke 3 (7–13 Des)", "ketiga" -> 3; null when no week is written. */
export function parseWeek(cell: string): number | null {
  const text = cell.toLowerCase();
  const digits = /\d+/.exec(text);
  if (digits) return Number(digits[0]);
  for (const word of text.split(/[^a-z]+/)) if (word in ordinals) return ordinals[word];
  return null;
}

type Role = 'mentor' | 'mentee' | null;

function parseRole(cell: string): Role {
  const text = cell.toLowerCase();
  if (/mentee/.test(text)) return 'mentee';
  if (/mentor/.test(text)) return 'mentor';
  return null;
}

/** The units a person is in, as mentor and as mentee. */
export function unitsByPerson(units: readonly JournalUnit[]): Map<string, Array<{ unit: JournalUnit; role: 'mentor' | 'mentee' }>> {
  const byPerson = new Map<string, Array<{ unit: JournalUnit; role: 'mentor' | 'mentee' }>>();
  const add = (id: string, unit: JournalUnit, role: 'mentor' | 'mentee') => {
    const list = byPerson.get(id);
    if (list) list.push({ unit, role });
    else byPerson.set(id, [{ unit, role }]);
  };
  for (const unit of units) {
    add(unit.mentorId, unit, 'mentor');
    for (const mentee of unit.menteeIds) add(mentee, unit, 'mentee');
  }
  return byPerson;
}

export interface MatchInput {
  rows: readonly string[][];
  headerRow: number;
  columns: JournalColumns;
  people: readonly Submitter[];
  units: readonly JournalUnit[];
  weeks: number;
}

export interface MatchResult {
  /** Data rows that hold anything. */
  rows: number;
  submissions: JournalSubmission[];
  unmatched: Unmatched[];
}

/** Matches every data row below the header to a unit and week, or says why it could not. */
export function matchSubmissions(input: MatchInput): MatchResult {
  const { rows, headerRow, columns, people, units, weeks } = input;
  const byPhone = new Map<string, string[]>();
  const byEmail = new Map<string, string[]>();
  for (const person of people) {
    const phone = normalizePhone(person.phone);
    if (phone.ok && phone.e164) byPhone.set(phone.e164, [...(byPhone.get(phone.e164) ?? []), person.id]);
    const email = person.email.trim().toLowerCase();
    if (email) byEmail.set(email, [...(byEmail.get(email) ?? []), person.id]);
  }
  const names = createNameIndex(people);
  const nameOf = new Map(people.map((p) => [p.id, p.name]));
  const memberships = unitsByPerson(units);
  const cell = (row: readonly string[], field: JournalField) => (columns[field] === undefined ? '' : (row[columns[field]] ?? '').trim());

  const submissions: JournalSubmission[] = [];
  const unmatched: Unmatched[] = [];
  let count = 0;
  for (let r = headerRow + 1; r < rows.length; r++) {
    const row = rows[r];
    if (row.every((value) => value.trim() === '')) continue;
    count++;
    const rowNumber = r + 1;
    const [name, phone, email] = [cell(row, 'name'), cell(row, 'phone'), cell(row, 'email')];
    const who = name || phone || email;
    const week = parseWeek(cell(row, 'week'));
    const miss = (reason: Unmatched['reason'], detail = '') => unmatched.push({ row: rowNumber, who, week, reason, detail });
    if (week === null) {
      miss('no_week');
      continue;
    }
    if (week < 1 || week > weeks) {
      miss('week_range', String(weeks));
      continue;
    }
    if (!who) {
      miss('no_person');
      continue;
    }

    // The most specific identifier that finds exactly one person wins; a number shared by two
    // registrations (a family phone) falls through to the name.
    let personId: string | null = null;
    let ambiguous: string[] = [];
    const normalized = phone ? normalizePhone(phone) : null;
    const phoneIds = normalized?.ok && normalized.e164 ? (byPhone.get(normalized.e164) ?? []) : [];
    const emailIds = email ? (byEmail.get(email.toLowerCase()) ?? []) : [];
    if (phoneIds.length === 1) personId = phoneIds[0];
    else if (emailIds.length === 1) personId = emailIds[0];
    else if (name) {
      const match = names.resolve(name);
      if (match.kind === 'found') personId = match.id;
      else if (match.kind === 'ambiguous') ambiguous = match.ids;
    }
    if (personId === null && ambiguous.length === 0 && phoneIds.length > 1) ambiguous = phoneIds;
    if (personId === null) {
      if (ambiguous.length > 0) miss('ambiguous', ambiguous.map((id) => nameOf.get(id) ?? id).join(', '));
      else miss('unknown');
      continue;
    }

    let candidates = memberships.get(personId) ?? [];
    if (candidates.length === 0) {
      miss('no_unit', nameOf.get(personId) ?? '');
      continue;
    }
    // A person is often both a mentor and a mentee; an optional "mentor" or "role" column says which.
    const mentorTyped = cell(row, 'mentor');
    if (candidates.length > 1 && mentorTyped) {
      const mentor = names.resolve(mentorTyped);
      if (mentor.kind === 'found') {
        const narrowed = candidates.filter((c) => c.unit.mentorId === mentor.id);
        if (narrowed.length > 0) candidates = narrowed;
      }
    }
    const role = parseRole(cell(row, 'role'));
    if (candidates.length > 1 && role) {
      const narrowed = candidates.filter((c) => c.role === role);
      if (narrowed.length > 0) candidates = narrowed;
    }
    if (candidates.length > 1) {
      miss('several_units', candidates.map((c) => nameOf.get(c.unit.mentorId) ?? c.unit.mentorId).join(', '));
      continue;
    }
    const { unit } = candidates[0];
    submissions.push({ row: rowNumber, unit: unit.unit, mentorId: unit.mentorId, week, link: cell(row, 'link'), timestamp: cell(row, 'timestamp') });
  }
  return { rows: count, submissions, unmatched };
}
