import { skillAliases, skillKey, suggestMerges, type SkillDecision, type SuggestedMerge } from '../../core/skills';
import type { Db, WriteDb } from '../../store/connection';
import { StoreError } from '../../store/errors';
import { mutate } from '../../store/undoLog';
import { listDecisionRows, listSkillRecords, renameSkillRow, type SkillRecord } from '../../store/skillsRepo';
import { decisionsFor, recordDecisions, sharedFor, stripCohort } from './decisions';
import { applyMerge, applySplit } from './edit';
import { parseVocabulary, vocabularyText } from './sharedFile';

// The shared side of the vocabulary: suggested merges (judged with every "not the same" the coordinator
// ever said), and the vocabulary exported to a file or imported from another coordinator's.

/** Likely merges among the cohort's skills, best first. */
export function suggestSkillMerges(db: Db, home: string): SuggestedMerge[] {
  const { notSame } = sharedFor(db, home);
  const skills = listSkillRecords(db).map((s) => ({ name: s.name, keys: [skillKey(s.name), ...s.keys], users: s.users }));
  return suggestMerges(skills, notSame);
}

/** The coordinator's vocabulary (this cohort's decisions and her shared ones) as a file to give away. */
export function exportVocabulary(db: Db, home: string): { fileName: string; data: string } {
  return { fileName: 'kupu-vocabulary.json', data: Buffer.from(vocabularyText(stripCohort(decisionsFor(db, home)))).toString('base64') };
}

/** The cohort's skill holding each key, by its name and remembered keys. */
function skillsByKey(db: Db): Map<string, SkillRecord> {
  const byKey = new Map<string, SkillRecord>();
  for (const skill of listSkillRecords(db)) for (const key of [skillKey(skill.name), ...skill.keys]) if (!byKey.has(key)) byKey.set(key, skill);
  return byKey;
}

/** Applies one decision to the cohort's current skills, as far as they are there. */
function applyToCohort(db: WriteDb, decision: SkillDecision): void {
  const byKey = skillsByKey(db);
  const skillsOf = (spellings: readonly string[]) => {
    const found: SkillRecord[] = [];
    for (const spelling of spellings) for (const key of skillAliases(spelling)) {
      const skill = byKey.get(key);
      if (skill && !found.some((s) => s.id === skill.id)) found.push(skill);
    }
    return found;
  };
  const nameFree = (name: string, id: number) => ![...byKey.values()].some((s) => s.id !== id && s.name === name);
  if (decision.kind === 'merge' || decision.kind === 'rename') {
    const spellings = decision.kind === 'merge' ? [...decision.into, ...decision.from] : decision.spellings;
    const [target, ...others] = skillsOf(spellings);
    if (!target) return;
    for (const other of others) applyMerge(db, other, other.name, target.name);
    if (target.name !== decision.name && nameFree(decision.name, target.id)) renameSkillRow(db, target.id, decision.name);
  } else if (decision.kind === 'split') {
    for (const skill of skillsOf(decision.spellings)) {
      const moved = skill.spellings.filter((s) => decision.spellings.includes(s));
      if (moved.length > 0 && moved.length < skill.spellings.length) applySplit(db, skill, moved);
    }
  }
}

/** Another coordinator's vocabulary: her decisions join this coordinator's, and apply to this cohort now (one undoable change). */
export function importVocabulary(db: Db, home: string, file: { fileName: string; data: string }) {
  const decisions = parseVocabulary(Buffer.from(file.data, 'base64').toString('utf8'));
  if (!decisions) throw new StoreError('invalid', 'skills.notVocabulary', { file: file.fileName });
  const known = new Set([...decisionsFor(db, home), ...listDecisionRows(db)].map((d) => d.id));
  const fresh = decisions.filter((d) => !known.has(d.id));
  const { changed } = mutate(db, { label: 'history.vocabularyImport', params: { file: file.fileName, count: fresh.length } }, (db) => {
    for (const decision of fresh) applyToCohort(db, decision);
    recordDecisions(db, home, fresh.map(({ cohort: _, ...decision }) => decision));
  });
  return { imported: fresh.length, changed };
}
