import type { FieldKey } from '../../shared/contract';
import type { ImportIssue, MentoringKind } from '../../shared/domain';
import type { MessageKey, MessageParams } from '../../shared/i18n';
import { normalizePhone } from '../core/phone';
import { cleanSpelling, skillKey } from '../core/skills';
import { nameKey } from '../core/names';
import { columnLetter, issue } from './errors';
import { cleanText, parseCapacity, parseKind, splitMultiSelect } from './fields';
import { normalizeHeader, preferenceRank, type ColumnMapping } from './headers';
import { detectDateOrder, parseTimestamp, type DateOrder } from './timestamps';

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

/** Everything one row's normalization needs; plain functions below take it (no closures per row). */
interface Context {
  file: string;
  headers: readonly string[];
  plan: Plan;
  order: DateOrder;
  errors: ImportIssue[];
  warnings: ImportIssue[];
  rowNumber: number;
  cells: readonly string[];
  /** Answers repeat a lot (kinds, capacities, skill lists): each distinct cell is read once. */
  kinds: Map<string, MentoringKind | null | undefined>;
  capacities: Map<string, number | null | undefined>;
  skillCells: Map<string, SkillAnswer[]>;
}

function cached<V>(cache: Map<string, V>, key: string, compute: (key: string) => V): V {
  const hit = cache.get(key);
  if (hit !== undefined || cache.has(key)) return hit as V; // V itself may include undefined
  const value = compute(key);
  if (cache.size < 10_000) cache.set(key, value);
  return value;
}

interface SkillAnswer {
  spelling: string;
  key: string;
  /** Over the contract's length for a skill name. */
  tooLong: boolean;
}

function readSkillCell(cell: string): SkillAnswer[] {
  return splitMultiSelect(cell).map((raw) => ({ spelling: cleanSpelling(raw), key: skillKey(raw), tooLong: raw.length > maxSkillLength }));
}

const noColumns: readonly number[] = [];

function columnsOf(ctx: Context, field: FieldKey): readonly number[] {
  return ctx.plan.single.get(field) ?? noColumns;
}

function report(ctx: Context, into: ImportIssue[], column: number | null, key: MessageKey, params?: MessageParams): void {
  into.push(issue(ctx.file, ctx.rowNumber, column === null ? null : ctx.headers[column] || columnLetter(column), key, params));
}

/** The column holding the field's first non-empty value in this row (or null). */
function firstColumn(ctx: Context, field: FieldKey): number | null {
  for (const c of columnsOf(ctx, field)) if (!isBlank(ctx.cells[c])) return c;
  return null;
}

function isBlank(value: string | undefined): boolean {
  return value === undefined || value === '' || value.trim() === '';
}

/** A short text field (cleaned); empty with an error when over the contract's length. */
function shortField(ctx: Context, field: FieldKey, lowerCase = false): string {
  const column = firstColumn(ctx, field);
  if (column === null) return '';
  const value = lowerCase ? cleanText(ctx.cells[column]).toLowerCase() : cleanText(ctx.cells[column]);
  if (value.length <= maxShort) return value;
  report(ctx, ctx.errors, column, 'registration.tooLong', { limit: maxShort });
  return '';
}

function timestampField(ctx: Context): string {
  const value = shortField(ctx, 'submittedAt');
  if (value === '') return '';
  const iso = parseTimestamp(value, ctx.order);
  if (iso !== null) return iso;
  report(ctx, ctx.warnings, firstColumn(ctx, 'submittedAt'), 'registration.notDate', { value });
  return value;
}

function phoneField(ctx: Context): string {
  const column = firstColumn(ctx, 'phone');
  if (column === null) return '';
  const result = normalizePhone(ctx.cells[column]);
  if (!result.ok) {
    report(ctx, ctx.errors, column, result.problem.key, result.problem.params);
    return '';
  }
  if (result.note) report(ctx, ctx.warnings, column, result.note.key, result.note.params);
  return result.e164;
}

function kindField(ctx: Context): MentoringKind | null {
  const column = firstColumn(ctx, 'kind');
  if (column === null) return null;
  const kind = cached(ctx.kinds, ctx.cells[column], parseKind);
  if (kind !== undefined) return kind;
  report(ctx, ctx.errors, column, 'registration.notKind', { value: cleanText(ctx.cells[column]) });
  return null;
}

function capacityField(ctx: Context): number | null {
  const column = firstColumn(ctx, 'capacity');
  if (column === null) return null;
  const capacity = cached(ctx.capacities, ctx.cells[column], parseCapacity);
  if (capacity !== undefined) return capacity;
  report(ctx, ctx.errors, column, 'registration.notCapacity', { value: cleanText(ctx.cells[column]) });
  return null;
}

/** Skill spellings from every column of the field, de-duplicated by key (first spelling kept). */
/** Scratch list of keys seen in the current cell group (reused: this runs for every row). */
const seenKeys: string[] = [];

function skillsField(ctx: Context, field: 'offers' | 'seeks'): string[] {
  const keys = seenKeys;
  keys.length = 0;
  const list: string[] = [];
  for (const c of columnsOf(ctx, field)) {
    if (isBlank(ctx.cells[c])) continue;
    for (const { spelling, key, tooLong } of cached(ctx.skillCells, ctx.cells[c], readSkillCell)) {
      if (key === '' || keys.includes(key)) continue;
      if (tooLong) {
        report(ctx, ctx.errors, c, 'registration.skillTooLong', { limit: maxSkillLength, start: spelling.slice(0, 40) });
        continue;
      }
      keys.push(key);
      list.push(spelling);
    }
  }
  if (list.length <= maxSkills) return list;
  report(ctx, ctx.errors, columnsOf(ctx, field)[0], 'registration.tooManySkills', { limit: maxSkills });
  return list.slice(0, maxSkills);
}

/** Typed mentor names in rank order; a cell may hold several (one per line, or ";"/","-separated). */
function preferencesField(ctx: Context): string[] {
  const names: string[] = [];
  const seen = seenKeys;
  seen.length = 0;
  for (const c of ctx.plan.preferences) {
    if (isBlank(ctx.cells[c])) continue;
    for (const part of ctx.cells[c].split(/[\n;,]+/)) {
      const typed = cleanText(part);
      if (typed === '' || (typed.length <= 10 && noPreference.has(typed.toLowerCase()))) continue;
      const key = nameKey(typed);
      if (key === '' || seen.includes(key)) continue;
      if (typed.length > maxShort) {
        report(ctx, ctx.errors, c, 'registration.mentorNameTooLong', { limit: maxShort });
        continue;
      }
      seen.push(key);
      names.push(typed);
    }
  }
  if (names.length <= maxPreferences) return names;
  report(ctx, ctx.warnings, ctx.plan.preferences[0], 'registration.tooManyPreferences', { limit: maxPreferences });
  return names.slice(0, maxPreferences);
}

function notesField(ctx: Context): string {
  let notes = '';
  let column: number | null = null;
  for (const c of columnsOf(ctx, 'notes')) {
    if (isBlank(ctx.cells[c])) continue;
    notes = column === null ? ctx.cells[c].trim() : `${notes}\n${ctx.cells[c].trim()}`;
    column ??= c;
  }
  if (notes.length <= maxLong) return notes;
  report(ctx, ctx.errors, column, 'registration.notesTooLong', { limit: maxLong });
  return '';
}

function extraField(ctx: Context): Record<string, string> {
  const extra: Record<string, string> = Object.create(null);
  for (const c of ctx.plan.extra) {
    if (isBlank(ctx.cells[c])) continue;
    const value = ctx.cells[c].trim();
    if (value.length > maxLong) report(ctx, ctx.errors, c, 'registration.tooLong', { limit: maxLong });
    else extra[ctx.headers[c] || columnLetter(c)] = value;
  }
  return extra;
}

function normalizeRow(ctx: Context): RegistrationRow {
  const submittedAt = timestampField(ctx);
  const email = shortField(ctx, 'email', true);
  if (email !== '' && !emailPattern.test(email)) report(ctx, ctx.warnings, firstColumn(ctx, 'email'), 'registration.notEmail', { value: email });
  const name = shortField(ctx, 'name');
  if (ctx.plan.single.has('name') && firstColumn(ctx, 'name') === null) report(ctx, ctx.errors, columnsOf(ctx, 'name')[0], 'registration.nameEmpty');
  return {
    row: ctx.rowNumber,
    submittedAt,
    email,
    name,
    nickname: shortField(ctx, 'nickname'),
    phone: phoneField(ctx),
    region: shortField(ctx, 'region'),
    level: shortField(ctx, 'level'),
    kind: kindField(ctx),
    capacity: capacityField(ctx),
    offers: skillsField(ctx, 'offers'),
    seeks: skillsField(ctx, 'seeks'),
    preferences: preferencesField(ctx),
    notes: notesField(ctx),
    extra: extraField(ctx),
  };
}

/**
 * Turns table rows into registrations: phones to E.164, emails lower-cased, names tidied, multi-selects
 * split, kind/capacity/timestamps read from free text. Problems are reported per row and column; a
 * row with errors is still returned (faulty fields emptied) so the preview can show it.
 */
export function normalizeRows(table: DataTable, mapping: ColumnMapping, file: string): NormalizedRows {
  const { headers } = table;
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  const columns = plan(headers, mapping);
  if (!columns.single.has('name')) errors.push(issue(file, null, null, 'registration.noNameColumn'));

  const timestampColumn = columns.single.get('submittedAt')?.[0];
  const hint: DateOrder = timestampColumn !== undefined && /^(timestamp|submitted|date)/.test(normalizeHeader(headers[timestampColumn])) ? 'mdy' : 'dmy';
  const order = timestampColumn === undefined ? hint : detectDateOrder(table.rows.map((row) => row[timestampColumn] ?? ''), hint);

  const ctx: Context = {
    file, headers, plan: columns, order, errors, warnings, rowNumber: 0, cells: [], kinds: new Map(), capacities: new Map(), skillCells: new Map(),
  };
  const rows: RegistrationRow[] = [];
  for (let index = 0; index < table.rows.length; index++) {
    const cells = table.rows[index];
    if (cells.every(isBlank)) continue;
    ctx.rowNumber = table.firstRow + index;
    ctx.cells = cells;
    rows.push(normalizeRow(ctx));
  }
  return { rows, errors, warnings };
}
