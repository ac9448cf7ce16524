import { cleanSpelling, skillAliases, skillKey, spellingKeys, titleCase, type SkillDecision } from '../../core/skills';
import type { Db, WriteDb } from '../../store/connection';
import { StoreError } from '../../store/errors';
import { mutate } from '../../store/undoLog';
import {
  addAlias, insertSkill, listSkillRecords, moveSpellings, reassignSkill, renameSkillRow, skillIdByKey, skillRecord, type SkillRecord,
} from '../../store/skillsRepo';
import { recordDecisions } from './decisions';

// The coordinator's changes to the skills vocabulary: merge two skills, rename one, split spellings out of
// one (a wrong merge taken back), or say two are not the same. Each is one undoable change of the cohort
// and a decision kept in Kupu's folder for her later cohorts.

function found(db: Db, name: string): SkillRecord {
  const record = skillRecord(db, name);
  if (!record) throw new StoreError('not_found', 'skills.noSuchSkill', { name });
  return record;
}

/** Gives a skill the keys of a spelling, leaving keys another skill holds with that skill. */
function teach(db: WriteDb, id: number, spelling: string, merged = false): void {
  for (const key of skillAliases(spelling)) {
    const holder = skillIdByKey(db, key);
    if (holder === null || holder === id) addAlias(db, id, key, spelling, merged);
  }
}

/** A name no other skill has (or answers to, leaving out keys about to move): the name itself, else the name with a number. */
function freeName(db: Db, name: string, exceptId: number | null, moving: readonly string[] = []): string {
  const others = listSkillRecords(db).filter((s) => s.id !== exceptId);
  const taken = (candidate: string) => others.some((s) => s.name === candidate || (s.keys.includes(skillKey(candidate)) && !moving.includes(skillKey(candidate))));
  let result = name;
  for (let n = 2; taken(result); n++) result = `${name} (${n})`;
  return result;
}

/** Inside a change: `from` into `into` (created if the cohort has no such skill). */
export function applyMerge(db: WriteDb, from: SkillRecord | null, fromName: string, intoName: string): number {
  const into = skillRecord(db, intoName);
  const intoId = into?.id ?? insertSkill(db, intoName);
  teach(db, intoId, intoName);
  if (from && from.id !== intoId) reassignSkill(db, from.id, intoId);
  teach(db, intoId, fromName, true);
  return intoId;
}

export function applyRename(db: WriteDb, record: SkillRecord, name: string): void {
  renameSkillRow(db, record.id, name);
  teach(db, record.id, name);
}

/** Inside a change: the given spellings (and only their own keys) into a new skill; returns its name. */
export function applySplit(db: WriteDb, record: SkillRecord, moved: readonly string[]): string {
  const rest = record.spellings.filter((s) => !moved.includes(s));
  const staying = new Set(rest.flatMap((s) => spellingKeys(s)));
  const keys = [...new Set(moved.flatMap((s) => skillAliases(s)))].filter((key) => !staying.has(key) && record.keys.includes(key));
  const name = freeName(db, titleCase(moved[0]), null, keys);
  const id = insertSkill(db, name);
  moveSpellings(db, record.id, id, moved, keys);
  teach(db, id, name);
  // The name itself went: the skill left behind is named after what it still holds.
  if (moved.includes(record.name) && rest.length > 0) renameSkillRow(db, record.id, freeName(db, titleCase(rest[0]), record.id));
  return name;
}

/** "Peta Pikiran" into "Mind Mapping": one skill from now on, remembered for every later import and cohort. */
export function mergeSkills(db: Db, home: string, from: string, into: string) {
  if (from === into) throw new StoreError('invalid', 'skills.sameSkill');
  return mutate(db, { label: 'history.merge', params: { from, into } }, (db) => {
    const source = skillRecord(db, from);
    const target = skillRecord(db, into);
    const decision: SkillDecision = { kind: 'merge', from: source?.spellings ?? [from], into: target?.spellings ?? [into], name: into };
    applyMerge(db, source, from, into);
    recordDecisions(db, home, [decision]);
  });
}

/** A skill's display name, as the coordinator wants it shown (and named in her later cohorts). */
export function renameSkill(db: Db, home: string, from: string, to: string) {
  const name = cleanSpelling(to);
  const record = found(db, from);
  if (name === '' || skillKey(name) === '') throw new StoreError('invalid', 'skills.emptyName');
  if (name === record.name) return { changed: [] };
  const clash = listSkillRecords(db).find((s) => s.id !== record.id && (s.name === name || s.keys.includes(skillKey(name))));
  if (clash) throw new StoreError('conflict', 'skills.nameTaken', { name, skill: clash.name });
  return mutate(db, { label: 'history.renameSkill', params: { from: record.name, to: name } }, (db) => {
    applyRename(db, record, name);
    recordDecisions(db, home, [{ kind: 'rename', spellings: record.spellings, name }]);
  });
}

/** Takes spellings back out of a skill into a skill of their own (a merge that was wrong). */
export function splitSkill(db: Db, home: string, skill: string, spellings: readonly string[]) {
  const record = found(db, skill);
  const moved = record.spellings.filter((s) => spellings.includes(s));
  if (moved.length === 0) throw new StoreError('invalid', 'skills.splitNothing', { skill });
  if (moved.length === record.spellings.length) throw new StoreError('invalid', 'skills.splitAll', { skill });
  return mutate(db, { label: 'history.splitSkill', params: { skill, spellings: moved.join(', ') } }, (db) => {
    const name = applySplit(db, record, moved);
    recordDecisions(db, home, [{ kind: 'split', spellings: moved, name, rest: record.spellings.filter((s) => !moved.includes(s)) }]);
    return name;
  });
}

/** The coordinator says two skills are different: no longer suggested as a merge, here or in later cohorts. */
export function markNotSame(db: Db, home: string, a: string, b: string) {
  const first = found(db, a);
  const second = found(db, b);
  if (first.id === second.id) throw new StoreError('invalid', 'skills.sameSkill');
  return mutate(db, { label: 'history.notSame', params: { a, b } }, (db) => {
    recordDecisions(db, home, [{ kind: 'notSame', a: first.spellings, b: second.spellings }]);
  });
}

