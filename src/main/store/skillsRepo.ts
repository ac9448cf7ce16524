import type { Skill } from '../../shared/domain';
import type { Db, WriteDb } from './connection';

export interface VocabularyEntry {
  id: number;
  name: string;
  keys: string[];
}

export function loadVocabulary(db: Db): VocabularyEntry[] {
  const skills = db.prepare<[], { id: number; name: string }>('SELECT id, name FROM skill ORDER BY id').all();
  const keys = new Map<number, string[]>();
  for (const alias of db.prepare<[], { key: string; skill_id: number }>('SELECT key, skill_id FROM skill_alias').all()) {
    const list = keys.get(alias.skill_id);
    if (list) list.push(alias.key);
    else keys.set(alias.skill_id, [alias.key]);
  }
  return skills.map((s) => ({ id: s.id, name: s.name, keys: keys.get(s.id) ?? [] }));
}

const insertSkillSql = 'INSERT INTO skill (name) VALUES (?)';
const addAliasSql =
  'INSERT INTO skill_alias (key, skill_id, spelling, merged) VALUES (?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET skill_id = excluded.skill_id, merged = max(merged, excluded.merged)';

export function insertSkill(db: WriteDb, name: string): number {
  return Number(db.prepare(insertSkillSql).run(name).lastInsertRowid);
}

export function addAlias(db: WriteDb, skillId: number, key: string, spelling: string, merged = false): void {
  db.prepare(addAliasSql).run(key, skillId, spelling, merged ? 1 : 0);
}

/** insertSkill and addAlias with their statements prepared once, for an import's thousands of spellings. */
export function createVocabularyWriter(db: WriteDb) {
  const skill = db.prepare(insertSkillSql);
  const alias = db.prepare(addAliasSql);
  return {
    insertSkill: (name: string): number => Number(skill.run(name).lastInsertRowid),
    addAlias: (skillId: number, key: string, spelling: string): void => void alias.run(key, skillId, spelling, 0),
  };
}

export function skillIdByName(db: Db, name: string): number | null {
  return db.prepare<[string], { id: number }>('SELECT id FROM skill WHERE name = ?').get(name)?.id ?? null;
}

export function listSkills(db: Db): Skill[] {
  const counts = db
    .prepare<[], { skill_id: number; offered: number; sought: number }>(
      `SELECT skill_id, sum(role = 'offer') AS offered, sum(role = 'seek') AS sought FROM participant_skill ps
       JOIN participant p ON p.id = ps.participant_id AND p.removed_at IS NULL GROUP BY skill_id`,
    )
    .all();
  const countById = new Map(counts.map((c) => [c.skill_id, c]));
  const spellings = db
    .prepare<[], { skill_id: number; spelling: string; n: number }>(
      'SELECT skill_id, spelling, count(*) AS n FROM participant_skill GROUP BY skill_id, spelling ORDER BY n DESC',
    )
    .all();
  const spellingsById = new Map<number, Array<{ spelling: string; count: number }>>();
  for (const s of spellings) {
    const list = spellingsById.get(s.skill_id) ?? [];
    list.push({ spelling: s.spelling, count: s.n });
    spellingsById.set(s.skill_id, list);
  }
  return db
    .prepare<[], { id: number; name: string }>('SELECT id, name FROM skill ORDER BY name COLLATE NOCASE')
    .all()
    .map((s) => ({
      name: s.name,
      spellings: spellingsById.get(s.id) ?? [],
      offeredBy: countById.get(s.id)?.offered ?? 0,
      soughtBy: countById.get(s.id)?.sought ?? 0,
    }));
}

/** Moves everything filed under one skill to another, then removes the first (a coordinator's merge). */
export function reassignSkill(db: WriteDb, fromId: number, intoId: number): void {
  db.prepare(
    `DELETE FROM participant_skill WHERE skill_id = ? AND EXISTS (
       SELECT 1 FROM participant_skill other WHERE other.participant_id = participant_skill.participant_id
         AND other.role = participant_skill.role AND other.skill_id = ?)`,
  ).run(fromId, intoId);
  db.prepare('UPDATE participant_skill SET skill_id = ? WHERE skill_id = ?').run(intoId, fromId);
  db.prepare('UPDATE pairing SET skill_id = ? WHERE skill_id = ?').run(intoId, fromId);
  db.prepare('UPDATE proposal SET skill_id = ? WHERE skill_id = ?').run(intoId, fromId);
  db.prepare('UPDATE skill_alias SET skill_id = ?, merged = 1 WHERE skill_id = ?').run(intoId, fromId);
  db.prepare('DELETE FROM skill WHERE id = ?').run(fromId);
}

/** A skill with what a decision about it records: its id, name, every key and every spelling it is known by. */
export interface SkillRecord {
  id: number;
  name: string;
  keys: string[];
  /** Its name, the spellings its keys came from, and the spellings participants typed (most used first). */
  spellings: string[];
  /** Participants offering or seeking it. */
  users: number;
}

/** Every skill with its keys, spellings and number of participants, in one pass over each table. */
export function listSkillRecords(db: Db): SkillRecord[] {
  const records = new Map<number, SkillRecord>();
  for (const s of db.prepare<[], { id: number; name: string }>('SELECT id, name FROM skill ORDER BY id').all()) {
    records.set(s.id, { id: s.id, name: s.name, keys: [], spellings: [s.name], users: 0 });
  }
  const addSpelling = (record: SkillRecord | undefined, spelling: string) => {
    if (record && !record.spellings.includes(spelling) && record.spellings.length < maxSpellings) record.spellings.push(spelling);
  };
  for (const row of db
    .prepare<[], { skill_id: number; spelling: string; n: number }>(
      `SELECT skill_id, spelling, count(*) AS n FROM participant_skill ps JOIN participant p ON p.id = ps.participant_id AND p.removed_at IS NULL
       GROUP BY skill_id, spelling ORDER BY n DESC`,
    )
    .all()) {
    addSpelling(records.get(row.skill_id), row.spelling);
  }
  for (const alias of db.prepare<[], { key: string; skill_id: number; spelling: string }>('SELECT key, skill_id, spelling FROM skill_alias').all()) {
    const record = records.get(alias.skill_id);
    record?.keys.push(alias.key);
    addSpelling(record, alias.spelling);
  }
  for (const row of db
    .prepare<[], { skill_id: number; n: number }>(
      `SELECT skill_id, count(DISTINCT participant_id) AS n FROM participant_skill ps
       JOIN participant p ON p.id = ps.participant_id AND p.removed_at IS NULL GROUP BY skill_id`,
    )
    .all()) {
    const record = records.get(row.skill_id);
    if (record) record.users = row.n;
  }
  return [...records.values()];
}

/** A decision records at most this many spellings per skill. */
const maxSpellings = 200;

export function skillRecord(db: Db, name: string): SkillRecord | null {
  return listSkillRecords(db).find((s) => s.name === name) ?? null;
}

export function renameSkillRow(db: WriteDb, id: number, name: string): void {
  db.prepare('UPDATE skill SET name = ? WHERE id = ?').run(name, id);
}

/** Which skill holds a key (as a remembered alias), if any. */
export function skillIdByKey(db: Db, key: string): number | null {
  return db.prepare<[string], { skill_id: number }>('SELECT skill_id FROM skill_alias WHERE key = ?').get(key)?.skill_id ?? null;
}

/** Moves the participants' typed spellings and the keys given from one skill to another (a split). */
export function moveSpellings(db: WriteDb, fromId: number, intoId: number, spellings: readonly string[], keys: readonly string[]): void {
  const moveSkill = db.prepare('UPDATE participant_skill SET skill_id = ? WHERE skill_id = ? AND spelling = ?');
  for (const spelling of spellings) moveSkill.run(intoId, fromId, spelling);
  const moveAlias = db.prepare('UPDATE skill_alias SET skill_id = ? WHERE skill_id = ? AND key = ?');
  for (const key of keys) moveAlias.run(intoId, fromId, key);
}

export interface DecisionRow {
  id: string;
  kind: string;
  body: string;
  made_at: string;
}

export function listDecisionRows(db: Db): DecisionRow[] {
  return db.prepare<[], DecisionRow>('SELECT id, kind, body, made_at FROM skill_decision ORDER BY made_at, rowid').all();
}

export function insertDecisionRow(db: WriteDb, row: DecisionRow): void {
  db.prepare('INSERT OR IGNORE INTO skill_decision (id, kind, body, made_at) VALUES (@id, @kind, @body, @made_at)').run(row);
}

export function cohortUid(db: Db): string {
  return db.prepare<[], { uid: string }>('SELECT uid FROM cohort WHERE id = 1').get()?.uid ?? '';
}
