import type { ImportReport } from '../shared/contract';
import type { ImportIssue, MentoringKind } from '../shared/domain';
import { createNameIndex } from './core/names';
import { resolveSkills, type VocabularySkill } from './core/skills';
import type { ParsedRegistration, RegistrationRow } from './import';
import { identityKey } from './import';
import { parseRegistrationOffThread } from './import/worker';
import type { Db } from './store/connection';
import { mutate } from './store/journal';
import {
  loadImportMappings, saveImportMapping, type ImportMapping,
} from './store/importMappingsRepo';
import {
  findExistingForImport, insertImportedParticipant, replacePreferences, updateImportedParticipant, type ExistingForImport,
  type ParticipantRecord,
} from './store/importRepo';
import { addAlias, insertSkill, loadVocabulary } from './store/skillsRepo';

// The store side of importing a registration export: classify each parsed row against the cohort
// (added / updated / unchanged), resolve skills through the vocabulary and preferred mentors by name,
// then write it all in one journaled transaction.

export interface ImportRequest {
  fileName: string;
  data: string;
  sheet?: string;
  mapping?: ImportMapping;
}

const defaultKind: MentoringKind = 'both';
const defaultCapacity = 1;

interface PlannedRow {
  row: RegistrationRow;
  record: ParticipantRecord;
  existing: ExistingForImport | undefined;
  status: 'added' | 'updated' | 'unchanged';
}

interface Plan {
  rows: PlannedRow[];
  newSkills: VocabularySkill[];
  learnedKeys: VocabularySkill[];
}

async function parse(db: Db, request: ImportRequest): Promise<ParsedRegistration> {
  const bytes = Buffer.from(request.data, 'base64');
  // A remembered mapping for this cohort's form applies header by header, so the next export of the
  // same form imports in one step; anything the coordinator picked now wins.
  const mapping = { ...loadImportMappings(db), ...(request.mapping ?? {}) };
  return parseRegistrationOffThread(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), request.fileName, {
    sheet: request.sheet,
    mapping,
  });
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

function toRecord(row: RegistrationRow, identity: string, canonical: (spelling: string) => string): ParticipantRecord {
  const unique = (spellings: string[]) => [...new Map(spellings.map((s) => [canonical(s), s])).entries()].map(([name, spelling]) => ({ name, spelling }));
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
    offers: unique(row.offers),
    seeks: unique(row.seeks),
    preferences: row.preferences,
  };
}

function isUnchanged(record: ParticipantRecord, existing: ExistingForImport): boolean {
  return (
    record.name === existing.name && record.nickname === existing.nickname && record.email === existing.email &&
    record.phone === existing.phone && record.region === existing.region && record.level === existing.level &&
    record.kind === existing.kind && record.capacity === existing.capacity && record.notes === existing.notes &&
    record.submittedAt === existing.submittedAt && JSON.stringify(record.extra) === JSON.stringify(existing.extra) &&
    sameList(record.offers.map((s) => s.name), existing.offers) && sameList(record.seeks.map((s) => s.name), existing.seeks) &&
    sameList(record.preferences, existing.typedPreferences)
  );
}

function plan(db: Db, parsed: ParsedRegistration): Plan {
  const spellings = parsed.rows.flatMap((r) => [...r.offers, ...r.seeks]);
  const { canonical, added, learned } = resolveSkills(loadVocabulary(db), spellings);
  const canonicalOf = (spelling: string) => canonical.get(spelling) ?? spelling;
  const existingByIdentity = findExistingForImport(db);
  const rows = parsed.rows.map((row): PlannedRow => {
    const identity = identityKey(row);
    const existing = existingByIdentity.get(identity);
    const record = toRecord(row, identity, canonicalOf);
    const status = !existing ? 'added' : isUnchanged(record, existing) ? 'unchanged' : 'updated';
    return { row, record, existing, status };
  });
  return { rows, newSkills: added, learnedKeys: learned };
}

function report(parsed: ParsedRegistration, planned: Plan, committed: boolean, warnings: ImportIssue[], changed: ImportReport['changed']): ImportReport {
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
    committed,
    changed,
  };
}

export async function previewImport(db: Db, request: ImportRequest): Promise<ImportReport> {
  const parsed = await parse(db, request);
  const planned = plan(db, parsed);
  return report(parsed, planned, false, [], []);
}

export async function commitImport(db: Db, request: ImportRequest, hooks: { beforeWrite?: () => Promise<unknown> } = {}): Promise<ImportReport> {
  const parsed = await parse(db, request);
  if (parsed.errors.length > 0) return report(parsed, plan(db, parsed), false, [], []);
  // The backup (or any other wait) comes before planning, so the plan sees the cohort it writes to.
  await hooks.beforeWrite?.();
  const planned = plan(db, parsed);
  const warnings: ImportIssue[] = [];
  const { changed } = mutate(db, { label: 'history.import', params: { file: parsed.file, rows: parsed.rows.length } }, () => {
    const skillIds = new Map(loadVocabulary(db).map((s) => [s.name, s.id]));
    for (const skill of planned.newSkills) {
      const id = insertSkill(db, skill.name);
      skillIds.set(skill.name, id);
      for (const key of skill.keys) addAlias(db, id, key, skill.name);
    }
    for (const skill of planned.learnedKeys) {
      const id = skillIds.get(skill.name);
      if (id !== undefined) for (const key of skill.keys) addAlias(db, id, key, skill.name);
    }
    const ids = planned.rows.map((entry) => {
      if (entry.status === 'added') return insertImportedParticipant(db, entry.record, skillIds);
      const existingId = entry.existing?.id ?? '';
      if (entry.status === 'updated') updateImportedParticipant(db, existingId, entry.record, skillIds);
      return existingId;
    });
    const index = createNameIndex(findNameEntries(db));
    planned.rows.forEach((entry, i) => {
      const { record } = entry;
      if (entry.status === 'unchanged') return;
      const resolved = record.preferences.map((typed, rank) => {
        const match = index.resolve(typed);
        if (match.kind !== 'found') {
          warnings.push({
            file: parsed.file,
            row: entry.row.row,
            column: `preference ${rank + 1}`,
            message: match.kind === 'ambiguous' ? `"${typed}" matches several participants; choose one by hand` : `"${typed}" matches no participant`,
          });
        }
        return { typed, mentorId: match.kind === 'found' && match.id !== ids[i] ? match.id : null };
      });
      replacePreferences(db, ids[i], resolved);
    });
    saveImportMapping(db, parsed.signature, Object.fromEntries(parsed.headers.map((h) => [h, parsed.mapping[h] ?? null])));
  });
  return report(parsed, planned, true, warnings, changed);
}

function findNameEntries(db: Db) {
  return [...findExistingForImport(db).values()].map((p) => ({ id: p.id, name: p.name, nickname: p.nickname }));
}
