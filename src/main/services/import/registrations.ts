import type { ImportReport, UnresolvedPreference } from '../../../shared/contract';
import type { ImportIssue, MentoringKind } from '../../../shared/domain';
import { issue } from '../../import/errors';
import { mergeImported, sameList, sameSnapshot } from './merge';
import { resolveImportedPreferences } from './preferences';
import { mentorsToRestore, restoreExportedPairings, type MenteeToRestore } from './roundTrip';
import { resolveSkills, sharedVocabulary, type KnownSkill, type SkillResolution } from '../../core/skills';
import { sharedFor } from '../skills';
import type { ParsedRegistration, RegistrationRow } from '../../import';
import { identityKey } from '../../import';
import { parseRegistrationInThread, parseRegistrationOffThread } from '../../import/worker';
import type { Db } from '../../store/connection';
import { mutate } from '../../store/undoLog';
import {
  loadImportMappings, saveImportMapping, type ImportMapping,
} from '../../store/importMappingsRepo';
import {
  createImportWriter, findExistingForImport, snapshotOf, type ExistingForImport,
  type ImportSnapshot, type ParticipantRecord,
} from '../../store/importRepo';
import { addAlias, insertSkill, loadVocabulary, type VocabularyEntry } from '../../store/skillsRepo';

// The store side of importing a registration export: classify each parsed row against the cohort
// (added / updated / unchanged, judged against the snapshot of what was imported last, not against
// hand edits), resolve skills through the vocabulary and preferred mentors by name, then write it all
// in one journaled transaction; an updated participant takes only the fields the form changed. A Kupu
// export's "Mentor email" column becomes pairings in that same transaction (roundTrip.ts), so one undo
// step takes back the import with its pairings.

export interface ImportRequest {
  fileName: string;
  data: string;
  sheet?: string;
  mapping?: ImportMapping;
}

const defaultKind: MentoringKind = 'both';
const defaultCapacity = 1;

/**
 * A row and what the import does with it. An updated row keeps the snapshot (and its JSON) it was
 * compared by, for writing; an added row's is made when it is written, so a first import does not
 * hold every row's JSON from planning to writing (~50 MB more peak memory at 50k rows).
 */
type PlannedRow = { row: RegistrationRow; record: ParticipantRecord } & (
  | { status: 'added' }
  | { status: 'unchanged' }
  | { status: 'updated'; existing: ExistingForImport; snapshot: ImportSnapshot; snapshotJson: string }
);

interface Plan {
  rows: PlannedRow[];
  /** The vocabulary the skills were resolved against, ids included. */
  vocabulary: VocabularyEntry[];
  newSkills: SkillResolution['added'];
  learnedKeys: SkillResolution['learned'];
}

export interface ImportOptions {
  /** Parse in this thread rather than a worker (see HandlerOptions.parseImportsInThread). */
  parseInThread?: boolean;
  /** Kupu's folder, with the coordinator's shared skills vocabulary; without it only the synonym list is known. */
  home?: string;
}

/** What the shared vocabulary knows: the synonym list with the coordinator's decisions. */
function knownSkills(db: Db, options: ImportOptions): readonly KnownSkill[] {
  return options.home === undefined ? sharedVocabulary([]).known : sharedFor(db, options.home).known;
}

async function parse(db: Db, request: ImportRequest, options: ImportOptions): Promise<ParsedRegistration> {
  const bytes = Buffer.from(request.data, 'base64');
  // A remembered mapping for this cohort's form applies header by header, so the next export of the
  // same form imports in one step; anything the coordinator picked now wins.
  const mapping = { ...loadImportMappings(db), ...(request.mapping ?? {}) };
  const parseFile = options.parseInThread ? parseRegistrationInThread : parseRegistrationOffThread;
  return parseFile(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), request.fileName, { sheet: request.sheet, mapping });
}

/** One entry per canonical skill, in order; a later spelling of the same skill replaces the earlier one's spelling. */
export function uniqueSkills(spellings: readonly string[], canonical: (spelling: string) => string): Array<{ name: string; spelling: string }> {
  const skills: Array<{ name: string; spelling: string }> = [];
  for (const spelling of spellings) {
    const name = canonical(spelling);
    // A handful of skills per answer: a linear scan beats a Map per row.
    const same = skills.find((s) => s.name === name);
    if (same) same.spelling = spelling;
    else skills.push({ name, spelling });
  }
  return skills;
}

function toRecord(row: RegistrationRow, identity: string, canonical: (spelling: string) => string): ParticipantRecord {
  return {
    identity,
    name: row.name,
    nickname: row.nickname,
    email: row.email,
    phone: row.phone,
    region: row.region,
    level: row.level,
    kind: row.kind ?? defaultKind,
    capacity: row.capacity ?? defaultCapacity,
    notes: row.notes,
    extra: { ...row.extra },
    submittedAt: row.submittedAt,
    offers: uniqueSkills(row.offers, canonical),
    seeks: uniqueSkills(row.seeks, canonical),
    preferences: row.preferences,
  };
}

function isUnchanged(snapshot: ImportSnapshot, snapshotJson: string, existing: ExistingForImport): boolean {
  return existing.snapshotJson === null ? sameSnapshot(snapshot, existing.snapshot()) : snapshotJson === existing.snapshotJson;
}

function plan(db: Db, parsed: ParsedRegistration, known: readonly KnownSkill[]): Plan {
  const spellings: string[] = [];
  for (const r of parsed.rows) spellings.push(...r.offers, ...r.seeks);
  const vocabulary = loadVocabulary(db);
  const { canonical, added, learned } = resolveSkills(vocabulary, spellings, known);
  const canonicalOf = (spelling: string) => canonical.get(spelling) ?? spelling;
  const existingByIdentity = findExistingForImport(db);
  const rows = parsed.rows.map((row): PlannedRow => {
    const identity = identityKey(row);
    const existing = existingByIdentity.get(identity);
    const record = toRecord(row, identity, canonicalOf);
    if (!existing) return { row, record, status: 'added' };
    const snapshot = snapshotOf(record);
    const snapshotJson = JSON.stringify(snapshot);
    // Compared with the snapshot of the last import, not the current values: a hand edit is not a change of the form.
    if (isUnchanged(snapshot, snapshotJson, existing)) return { row, record, status: 'unchanged' };
    return { row, record, status: 'updated', existing, snapshot, snapshotJson };
  });
  return { rows, vocabulary, newSkills: added, learnedKeys: learned };
}

function report(
  parsed: ParsedRegistration, planned: Plan, committed: boolean, warnings: ImportIssue[], changed: ImportReport['changed'],
  unresolved: { listed: UnresolvedPreference[]; count: number } = { listed: [], count: 0 },
): ImportReport {
  const count = (status: string) => planned.rows.filter((r) => r.status === status).length;
  const preview = parsed.rows.slice(0, 20).map((r) => ({
    row: String(r.row), name: r.name, nickname: r.nickname, email: r.email, phone: r.phone, region: r.region, level: r.level,
    kind: r.kind ?? '', capacity: r.capacity === null ? '' : String(r.capacity), offers: r.offers.join(', '), seeks: r.seeks.join(', '),
    preferences: r.preferences.join(', '),
  }));
  return {
    file: parsed.file,
    sheet: parsed.sheet,
    sheets: parsed.sheets,
    headers: parsed.headers,
    mapping: Object.fromEntries(parsed.headers.map((h) => [h, parsed.mapping[h] ?? null])),
    preview,
    rows: parsed.rows.length,
    added: count('added'),
    updated: count('updated'),
    unchanged: count('unchanged'),
    duplicates: parsed.duplicates.length,
    errors: parsed.errors,
    warnings: [...parsed.warnings, ...warnings],
    unresolved: unresolved.listed,
    unresolvedCount: unresolved.count,
    committed,
    changed,
  };
}

export async function previewImport(db: Db, request: ImportRequest, options: ImportOptions = {}): Promise<ImportReport> {
  const parsed = await parse(db, request, options);
  const planned = plan(db, parsed, knownSkills(db, options));
  return report(parsed, planned, false, [], []);
}

export async function commitImport(
  db: Db, request: ImportRequest, hooks: ImportOptions & { beforeWrite?: () => Promise<unknown> } = {},
): Promise<ImportReport> {
  const parsed = await parse(db, request, hooks);
  const known = knownSkills(db, hooks);
  if (parsed.errors.length > 0) return report(parsed, plan(db, parsed, known), false, [], []);
  // The backup (or any other wait) comes before planning, so the plan sees the cohort it writes to.
  await hooks.beforeWrite?.();
  const planned = plan(db, parsed, known);
  const warnings: ImportIssue[] = [];
  const { result: unresolved, changed } = mutate(db, { label: 'history.import', params: { file: parsed.file, rows: parsed.rows.length } }, (db) => {
    // Planned just before, with no await in between: the vocabulary is still what the plan read.
    const skillIds = new Map(planned.vocabulary.map((s) => [s.name, s.id]));
    for (const skill of planned.newSkills) {
      const id = insertSkill(db, skill.name);
      skillIds.set(skill.name, id);
      for (const alias of skill.aliases) addAlias(db, id, alias.key, alias.spelling);
    }
    for (const skill of planned.learnedKeys) {
      const id = skillIds.get(skill.name);
      if (id !== undefined) for (const alias of skill.aliases) addAlias(db, id, alias.key, alias.spelling);
    }
    const writer = createImportWriter(db, skillIds, planned.rows.filter((r) => r.status === 'added').length);
    // Rows whose typed preferences are (re)written now: new people, and people whose answer changed them.
    const rewritten: Array<{ entry: PlannedRow; id: string; replace: boolean }> = [];
    // Only this file's new and changed rows: old participants' mentor columns were restored when imported.
    const mentees: MenteeToRestore[] = [];
    for (const entry of planned.rows) {
      if (entry.status === 'added') {
        const id = writer.insert(entry.record);
        rewritten.push({ entry, id, replace: false });
        const mentorEmails = mentorsToRestore(entry.record.extra);
        if (mentorEmails.length > 0) mentees.push({ menteeId: id, mentorEmails });
        continue;
      }
      if (entry.status === 'unchanged') continue;
      const { existing, record, snapshot, snapshotJson } = entry;
      const last = existing.snapshot();
      const skills = !sameList(snapshot.offers, last.offers) || !sameList(snapshot.seeks, last.seeks);
      writer.update(existing.id, mergeImported(existing.current(), last, snapshot), record, snapshotJson, { skills });
      const mentorEmails = mentorsToRestore(snapshot.extra, last.extra);
      if (mentorEmails.length > 0) mentees.push({ menteeId: existing.id, mentorEmails });
      // Preferences the form did not change keep whatever the coordinator resolved by hand.
      if (!sameList(snapshot.preferences, last.preferences)) rewritten.push({ entry, id: existing.id, replace: true });
    }
    const preferences = resolveImportedPreferences(
      db, writer, rewritten.map(({ entry, id, replace }) => ({ id, name: entry.record.name, row: entry.row.row, preferences: entry.record.preferences, replace })),
    );
    writer.finish();
    // After finish, so the pairings' own bulk writer may open; their inserts are journaled after the
    // participants they need.
    restoreExportedPairings(db, mentees);
    for (const u of preferences.fromThisFile) {
      warnings.push(issue(parsed.file, u.row, null, u.ambiguous ? 'registration.preferenceAmbiguous' : 'registration.preferenceUnknown', { rank: u.rank, typed: u.typed }));
    }
    saveImportMapping(db, parsed.signature, Object.fromEntries(parsed.headers.map((h) => [h, parsed.mapping[h] ?? null])));
    return preferences.unresolved;
  });
  return report(parsed, planned, true, warnings, changed, unresolved);
}
