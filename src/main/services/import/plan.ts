import type { MentoringKind } from '../../../shared/domain';
import { resolveSkills, sharedVocabulary, type KnownSkill, type SkillResolution } from '../../core/skills';
import { identityKey, type ParsedRegistration, type RegistrationRow } from '../../import';
import type { Db } from '../../store/connection';
import {
  findExistingForImport, loadSkillNames, snapshotOf, type ExistingForImport, type ImportSnapshot, type ParticipantRecord,
} from '../../store/importRepo';
import { loadVocabulary, type VocabularyEntry } from '../../store/skillsRepo';
import { sharedFor } from '../skills';
import { compareReimport, type Reimport } from './diff';

// Planning an import: each parsed row becomes a record (skills resolved through the cohort's vocabulary
// and the shared one) and is classified against the cohort — added, unchanged, or updated with the
// fields its answer changed (diff.ts: judged against the last import's snapshot, not against hand edits).

const defaultKind: MentoringKind = 'both';
const defaultCapacity = 1;

/**
 * A row and what the import does with it. An updated row keeps the snapshot (and its JSON) it was
 * compared by, for writing; an added row's is made when it is written, so a first import does not
 * hold every row's JSON from planning to writing (~50 MB more peak memory at 50k rows).
 */
export type PlannedRow = { row: RegistrationRow; record: ParticipantRecord } & (
  | { status: 'added' }
  | { status: 'unchanged' }
  | { status: 'updated'; existing: ExistingForImport; snapshot: ImportSnapshot; snapshotJson: string; reimport: Reimport }
);

export interface Plan {
  rows: PlannedRow[];
  /** The vocabulary the skills were resolved against, ids included. */
  vocabulary: VocabularyEntry[];
  newSkills: SkillResolution['added'];
  learnedKeys: SkillResolution['learned'];
}

/** What the shared vocabulary knows: the synonym list with the coordinator's decisions (Kupu's folder). */
export function knownSkills(db: Db, home: string | undefined): readonly KnownSkill[] {
  return home === undefined ? sharedVocabulary([]).known : sharedFor(db, home).known;
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

const names = (skills: ParticipantRecord['offers']) => skills.map((s) => s.name);
const none = { offers: [], seeks: [] };

export function plan(db: Db, parsed: ParsedRegistration, known: readonly KnownSkill[]): Plan {
  const spellings: string[] = [];
  for (const r of parsed.rows) spellings.push(...r.offers, ...r.seeks);
  const vocabulary = loadVocabulary(db);
  const { canonical, added, learned } = resolveSkills(vocabulary, spellings, known);
  const canonicalOf = (spelling: string) => canonical.get(spelling) ?? spelling;
  const existingByIdentity = findExistingForImport(db);
  // Read only when some answer differs from its snapshot (never on a first import).
  let skillNames: ReturnType<typeof loadSkillNames> | null = null;
  const rows = parsed.rows.map((row): PlannedRow => {
    const identity = identityKey(row);
    const existing = existingByIdentity.get(identity);
    const record = toRecord(row, identity, canonicalOf);
    if (!existing) return { row, record, status: 'added' };
    const snapshot = snapshotOf(record);
    const snapshotJson = JSON.stringify(snapshot);
    // The very same answer: nothing to compare.
    if (snapshotJson === existing.snapshotJson) return { row, record, status: 'unchanged' };
    skillNames ??= loadSkillNames(db);
    const reimport = compareReimport(existing.current(), existing.snapshot(), snapshot, {
      now: skillNames.get(existing.id) ?? none,
      incoming: { offers: names(record.offers), seeks: names(record.seeks) },
    });
    if (!reimport.changed) return { row, record, status: 'unchanged' };
    return { row, record, status: 'updated', existing, snapshot, snapshotJson, reimport };
  });
  return { rows, vocabulary, newSkills: added, learnedKeys: learned };
}
