import type { FieldKey } from '../../shared/contract';
import type { ImportIssue, MentoringKind } from '../../shared/domain';
import { normalizePhone } from '../core/phone';
import { cleanSpelling, skillKey } from '../core/skills';
import { nameKey } from '../core/names';
import { columnLetter, issue } from './errors';
import { cleanText, parseCapacity, parseKind, splitMultiSelect } from './fields';
import { normalizeHeader, preferenceRank, type ColumnMapping } from './headers';
import { detectDateOrder, parseTimestamp } from './timestamps';

export interface RegistrationRow {
  /** 1-based spreadsheet row. */
  row: number;
  /** ISO "YYYY-MM-DDTHH:MM:SS" when readable, else the text as written ('' when absent). */
  submittedAt: string;
  email: string;
  name: string;
  nickname: string;
  /** E.164, or '' when absent or unreadable (unreadable is also an error). */
  phone: string;
  region: string;
  level: string;
  kind: MentoringKind | null;
  capacity: number | null;
  offers: string[];
  seeks: string[];
  /** Typed mentor names in rank order. */
  preferences: string[];
  notes: string;
  /** Unmapped columns: header -> value (null-prototype object; headers are user data). */
  extra: Record<string, string>;
}

/** Rows below a header row; `rows[i]` is spreadsheet row `firstRow + i`. */
export interface DataTable {
  headers: string[];
  rows: string[][];
  firstRow: number;
}

export interface NormalizedRows {
  /** Every non-empty row, including rows with errors (their faulty fields left empty/null). */
  rows: RegistrationRow[];
  errors: ImportIssue[];
  warnings: ImportIssue[];
}

// Caps that mirror the contract's schemas, so a normalized row always validates.
const maxShort = 500;
const maxLong = 10_000;
const maxSkillLength = 200;
const maxSkills = 100;
const maxPreferences = 20;
const noPreference = new Set(['-', 'tidak ada', 'belum ada', 'belum', 'bebas', 'siapa saja', 'terserah', 'none', 'any', 'n/a', 'na', 'no']);
const emailPattern = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

interface Plan {
  single: Map<FieldKey, number[]>;
  preferences: number[];
  extra: number[];
}

function plan(headers: readonly string[], mapping: ColumnMapping): Plan {
  const single = new Map<FieldKey, number[]>();
  const preferences: number[] = [];
  const extra: number[] = [];
  headers.forEach((header, i) => {
    const field = Object.hasOwn(mapping, header) ? mapping[header] : null;
    if (field === null || field === undefined) extra.push(i);
    else if (field === 'preference') preferences.push(i);
    else single.set(field, [...(single.get(field) ?? []), i]);
  });
  const rank = (i: number) => preferenceRank(headers[i]) ?? Number.MAX_SAFE_INTEGER;
  preferences.sort((a, b) => rank(a) - rank(b) || a - b);
  return { single, preferences, extra };
}

/**
 * Turns table rows into registrations: phones to E.164, emails lower-cased, names tidied, multi-selects
 * split, kind/capacity/timestamps read from free text. Problems are reported per row and column; a
 * row with errors is still returned (faulty fields emptied) so the preview can show it.
 */
export function normalizeRows(table: DataTable, mapping: ColumnMapping, file: string): NormalizedRows {
  const { headers } = table;
  const { single, preferences, extra } = plan(headers, mapping);
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  const label = (i: number) => headers[i] || columnLetter(i);
  if (!single.has('name')) errors.push(issue(file, null, null, "No column was recognised as the participant's name; choose it in the column mapping."));

  const timestampColumn = single.get('submittedAt')?.[0];
  const order =
    timestampColumn === undefined
      ? 'dmy'
      : detectDateOrder(
          table.rows.map((row) => row[timestampColumn] ?? ''),
          /^(timestamp|submitted|date)/.test(normalizeHeader(headers[timestampColumn])) ? 'mdy' : 'dmy',
        );

  const rows: RegistrationRow[] = [];
  table.rows.forEach((cells, index) => {
    if (!cells.some((cell) => cell.trim() !== '')) return;
    const rowNumber = table.firstRow + index;
    const error = (column: number | null, message: string) => errors.push(issue(file, rowNumber, column === null ? null : label(column), message));
    const warn = (column: number | null, message: string) => warnings.push(issue(file, rowNumber, column === null ? null : label(column), message));
    const columnsOf = (field: FieldKey) => single.get(field) ?? [];
    /** First non-empty value among the field's columns, with the column it came from. */
    const first = (field: FieldKey): [string, number | null] => {
      for (const c of columnsOf(field)) if ((cells[c] ?? '').trim() !== '') return [cells[c], c];
      return ['', null];
    };
    const short = (field: FieldKey, value: string, column: number | null): string => {
      if (value.length <= maxShort) return value;
      error(column, `The ${field} value is longer than ${maxShort} characters.`);
      return '';
    };

    const [rawTime, timeColumn] = first('submittedAt');
    let submittedAt = short('submittedAt', cleanText(rawTime), timeColumn);
    if (submittedAt !== '') {
      const iso = parseTimestamp(submittedAt, order);
      if (iso === null) warn(timeColumn, `"${submittedAt}" is not a date and time I can read; kept as written.`);
      else submittedAt = iso;
    }

    const [rawEmail, emailColumn] = first('email');
    const email = short('email', cleanText(rawEmail).toLowerCase(), emailColumn);
    if (email !== '' && !emailPattern.test(email)) warn(emailColumn, `"${email}" does not look like an email address.`);

    const [rawName, nameColumn] = first('name');
    const name = short('name', cleanText(rawName), nameColumn);
    if (single.has('name') && rawName.trim() === '') error(columnsOf('name')[0], 'The name is empty.');
    const [rawNickname, nicknameColumn] = first('nickname');
    const nickname = short('nickname', cleanText(rawNickname), nicknameColumn);

    const [rawPhone, phoneColumn] = first('phone');
    let phone = '';
    if (rawPhone.trim() !== '') {
      const result = normalizePhone(rawPhone);
      if (!result.ok) error(phoneColumn, result.message);
      else {
        phone = result.e164;
        if (result.note) warn(phoneColumn, result.note);
      }
    }

    const [rawRegion, regionColumn] = first('region');
    const region = short('region', cleanText(rawRegion), regionColumn);
    const [rawLevel, levelColumn] = first('level');
    const level = short('level', cleanText(rawLevel), levelColumn);

    const [rawKind, kindColumn] = first('kind');
    const parsedKind = parseKind(rawKind);
    if (parsedKind === undefined) error(kindColumn, `"${cleanText(rawKind)}" is not a kind of mentoring (peer 1:1, kelompok/group, or keduanya/both).`);
    const kind = parsedKind ?? null;

    const [rawCapacity, capacityColumn] = first('capacity');
    const parsedCapacity = parseCapacity(rawCapacity);
    if (parsedCapacity === undefined) error(capacityColumn, `"${cleanText(rawCapacity)}" is not a number of mentees from 0 to 50.`);
    const capacity = parsedCapacity ?? null;

    const skills = (field: 'offers' | 'seeks'): string[] => {
      const seen = new Set<string>();
      const list: string[] = [];
      for (const c of columnsOf(field)) {
        for (const spelling of splitMultiSelect(cells[c] ?? '')) {
          const key = skillKey(spelling);
          if (key === '' || seen.has(key)) continue;
          if (spelling.length > maxSkillLength) {
            error(c, `A skill is longer than ${maxSkillLength} characters: "${spelling.slice(0, 40)}…".`);
            continue;
          }
          seen.add(key);
          list.push(cleanSpelling(spelling));
        }
      }
      if (list.length > maxSkills) {
        error(columnsOf(field)[0], `More than ${maxSkills} skills are listed.`);
        return list.slice(0, maxSkills);
      }
      return list;
    };
    const offers = skills('offers');
    const seeks = skills('seeks');

    const preferred: string[] = [];
    const seenNames = new Set<string>();
    for (const c of preferences) {
      for (const part of (cells[c] ?? '').split(/[\n;,]+/)) {
        const typed = cleanText(part);
        const key = nameKey(typed);
        if (key === '' || noPreference.has(typed.toLowerCase()) || seenNames.has(key)) continue;
        if (typed.length > maxShort) {
          error(c, `A mentor name is longer than ${maxShort} characters.`);
          continue;
        }
        seenNames.add(key);
        preferred.push(typed);
      }
    }
    if (preferred.length > maxPreferences) {
      warn(preferences[0], `More than ${maxPreferences} preferred mentors; only the first ${maxPreferences} are kept.`);
      preferred.length = maxPreferences;
    }

    const noteParts: string[] = [];
    let noteColumn: number | null = null;
    for (const c of columnsOf('notes')) {
      const note = (cells[c] ?? '').trim();
      if (note !== '') {
        noteParts.push(note);
        noteColumn ??= c;
      }
    }
    let notes = noteParts.join('\n');
    if (notes.length > maxLong) {
      error(noteColumn, `The notes are longer than ${maxLong.toLocaleString('en')} characters.`);
      notes = '';
    }

    const extras: Record<string, string> = Object.create(null);
    for (const c of extra) {
      const value = (cells[c] ?? '').trim();
      if (value === '') continue;
      if (value.length > maxLong) error(c, `The value is longer than ${maxLong.toLocaleString('en')} characters.`);
      else extras[headers[c] || columnLetter(c)] = value;
    }

    rows.push({ row: rowNumber, submittedAt, email, name, nickname, phone, region, level, kind, capacity, offers, seeks, preferences: preferred, notes, extra: extras });
  });
  return { rows, errors, warnings };
}
