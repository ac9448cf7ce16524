import type { ImportedFields } from '../../shared/domain';
import type { Db, WriteDb } from './connection';
import { createInsertRecorder } from './undoLog';
import { newParticipantId, newParticipantIds, type ParticipantRow } from './participantsRepo';
import type { PreferenceMatched } from './preferencesRepo';

// The SQL behind importing registrations: what the cohort already holds, keyed by identity, and the
// inserts/updates of imported participants with their skills and typed preferences. Statements are
// prepared once per import (a writer), not once per row.

/** A participant as last imported (the `import_snapshot` column): what the form said, not hand edits. */
export type ImportSnapshot = ImportedFields & {
  /** Skill spellings as typed, in order. */
  offers: string[];
  seeks: string[];
  /** Typed mentor names in rank order. */
  preferences: string[];
};

/** A participant as an import writes her: the form's fields, skills resolved to their canonical names. */
export type ParticipantRecord = ImportedFields & Pick<ParticipantRow, 'identity'> & {
  offers: Array<{ name: string; spelling: string }>;
  seeks: Array<{ name: string; spelling: string }>;
  /** Typed mentor names in rank order. */
  preferences: string[];
};

export interface ExistingForImport {
  id: string;
  /**
   * The stored snapshot as JSON, so an unchanged answer is recognised without parsing anything; null
   * for a participant imported before snapshots existed.
   */
  snapshotJson: string | null;
  /** The fields as they are now, hand edits included. */
  current(): ImportedFields;
  /** As last imported; for a participant imported before snapshots existed, the current values. */
  snapshot(): ImportSnapshot;
}

/** The columns an import may change, as they are now. */
type CurrentRow = Omit<ParticipantRow, 'identity' | 'closed' | 'removed_at' | 'created_at' | 'updated_at'>;

const noSnapshot = '{}';

/** The snapshot of a record; its JSON (key order fixed here) is what `import_snapshot` holds. */
export function snapshotOf(record: ParticipantRecord): ImportSnapshot {
  return {
    name: record.name, nickname: record.nickname, email: record.email, phone: record.phone, region: record.region, level: record.level,
    kind: record.kind, capacity: record.capacity, notes: record.notes, extra: record.extra, submittedAt: record.submittedAt,
    offers: record.offers.map((s) => s.spelling), seeks: record.seeks.map((s) => s.spelling), preferences: record.preferences,
  };
}

function currentOf(row: CurrentRow): ImportedFields {
  return {
    name: row.name, nickname: row.nickname, email: row.email, phone: row.phone, region: row.region, level: row.level,
    kind: row.kind, capacity: row.capacity, notes: row.notes, extra: JSON.parse(row.extra), submittedAt: row.submitted_at,
  };
}

/**
 * Everyone the cohort holds, by identity. Only identities and snapshots are read up front; the
 * current values (needed for the rows an import changes) are read in one go on first use.
 */
export function findExistingForImport(db: Db): Map<string, ExistingForImport> {
  let currentById: Map<string, CurrentRow> | null = null;
  const current = (id: string): ImportedFields => {
    currentById ??= new Map(
      db.prepare<[], CurrentRow>('SELECT id, name, nickname, email, phone, region, level, kind, capacity, notes, extra, submitted_at FROM participant')
        .all()
        .map((row) => [row.id, row]),
    );
    const row = currentById.get(id);
    if (!row) throw new Error(`Participant ${id} vanished during an import`);
    return currentOf(row);
  };
  const byIdentity = new Map<string, ExistingForImport>();
  // Participants imported before snapshots existed compare with their current values, skills and preferences.
  const legacy = new Map<string, ImportSnapshot>();
  const rows = db.prepare<[], [string, string, string]>('SELECT id, identity, import_snapshot FROM participant').raw(true).all();
  for (const [id, identity, snapshotJson] of rows) {
    if (snapshotJson === noSnapshot) {
      const snapshot: ImportSnapshot = { ...current(id), offers: [], seeks: [], preferences: [] };
      legacy.set(id, snapshot);
      byIdentity.set(identity, { id, snapshotJson: null, current: () => current(id), snapshot: () => snapshot });
    } else {
      byIdentity.set(identity, { id, snapshotJson, current: () => current(id), snapshot: () => JSON.parse(snapshotJson) });
    }
  }
  if (legacy.size === 0) return byIdentity;
  for (const row of db
    .prepare<[], { participant_id: string; role: string; spelling: string }>(
      `SELECT participant_id, role, spelling FROM participant_skill WHERE participant_id IN (SELECT id FROM participant WHERE import_snapshot = '${noSnapshot}')
       ORDER BY participant_id, role, position`,
    )
    .all()) {
    const snapshot = legacy.get(row.participant_id);
    if (snapshot) (row.role === 'offer' ? snapshot.offers : snapshot.seeks).push(row.spelling);
  }
  for (const row of db
    .prepare<[], { mentee_id: string; typed: string }>(
      `SELECT mentee_id, typed FROM preference WHERE mentee_id IN (SELECT id FROM participant WHERE import_snapshot = '${noSnapshot}') ORDER BY mentee_id, rank`,
    )
    .all()) {
    legacy.get(row.mentee_id)?.preferences.push(row.typed);
  }
  return byIdentity;
}

export type ImportWriter = ReturnType<typeof createImportWriter>;

/**
 * The import's writes, with each statement prepared once for the whole file. `expectedInserts` (the
 * number of new participants) lets the writer hand out ascending ids, which keeps the indexes cheap.
 */
export function createImportWriter(db: WriteDb, skillIds: ReadonlyMap<string, number>, expectedInserts = 0) {
  const insertParticipant = db.prepare(
    `INSERT INTO participant (id, identity, name, nickname, email, phone, region, level, kind, capacity, notes, extra, submitted_at,
       import_snapshot, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const updateParticipant = db.prepare(
    `UPDATE participant SET name = ?, nickname = ?, email = ?, phone = ?, region = ?, level = ?, kind = ?, capacity = ?, notes = ?,
       extra = ?, submitted_at = ?, import_snapshot = ?, removed_at = NULL, updated_at = ? WHERE id = ?`,
  );
  const deleteSkills = db.prepare('DELETE FROM participant_skill WHERE participant_id = ?');
  const insertSkill = db.prepare('INSERT INTO participant_skill (participant_id, role, skill_id, position, spelling) VALUES (?, ?, ?, ?, ?)');
  const deletePreferences = db.prepare('DELETE FROM preference WHERE mentee_id = ?');
  const insertPreference = db.prepare('INSERT INTO preference (mentee_id, rank, typed, mentor_id, matched) VALUES (?, ?, ?, ?, ?)');
  const resolvePreference = db.prepare('UPDATE preference SET mentor_id = ?, matched = ? WHERE mentee_id = ? AND rank = ? AND mentor_id IS NULL');
  const now = new Date().toISOString();
  // Inside mutate, this writer records its own inserts as runs of rowids (far cheaper than a trigger per row).
  const recorder = createInsertRecorder(db, ['participant', 'participant_skill', 'preference']);
  const freshIds = newParticipantIds(expectedInserts);
  let nextId = 0;

  // Plain loops: this runs for every skill of every row.
  const writeRole = (participantId: string, role: 'offer' | 'seek', list: ParticipantRecord['offers']) => {
    for (let position = 0; position < list.length; position++) {
      const skill = list[position];
      const skillId = skillIds.get(skill.name);
      if (skillId === undefined) continue;
      recorder.inserted('participant_skill', Number(insertSkill.run(participantId, role, skillId, position, skill.spelling).lastInsertRowid));
    }
  };
  const writeSkills = (participantId: string, record: ParticipantRecord) => {
    writeRole(participantId, 'offer', record.offers);
    writeRole(participantId, 'seek', record.seeks);
  };

  return {
    insert(record: ParticipantRecord): string {
      const snapshotJson = JSON.stringify(snapshotOf(record));
      const id = nextId < freshIds.length ? freshIds[nextId++] : newParticipantId();
      const { lastInsertRowid } = insertParticipant.run(id, record.identity, record.name, record.nickname, record.email, record.phone, record.region,
        record.level, record.kind, record.capacity, record.notes, JSON.stringify(record.extra), record.submittedAt, snapshotJson, now, now);
      recorder.inserted('participant', Number(lastInsertRowid));
      writeSkills(id, record);
      return id;
    },
    /** Writes the given fields (already merged with hand edits) and the new snapshot (as in `insert`); skills only when asked. */
    update(id: string, fields: ImportedFields, record: ParticipantRecord, snapshotJson: string, options: { skills: boolean }): void {
      recorder.flush();
      updateParticipant.run(fields.name, fields.nickname, fields.email, fields.phone, fields.region, fields.level, fields.kind, fields.capacity,
        fields.notes, JSON.stringify(fields.extra), fields.submittedAt, snapshotJson, now, id);
      if (options.skills) {
        deleteSkills.run(id);
        writeSkills(id, record);
      }
    },
    /** A new participant's preferences, or a participant's new list (`replace`), in rank order. */
    writePreferences(menteeId: string, preferences: ReadonlyArray<{ typed: string; mentorId: string | null; matched: PreferenceMatched }>, options: { replace: boolean }): void {
      if (options.replace) {
        recorder.flush();
        deletePreferences.run(menteeId);
      }
      for (let i = 0; i < preferences.length; i++) {
        const p = preferences[i];
        recorder.inserted('preference', Number(insertPreference.run(menteeId, i + 1, p.typed, p.mentorId, p.matched).lastInsertRowid));
      }
    },
    /** Links a still-unresolved preference, leaving one the coordinator already chose alone. */
    resolvePreference(menteeId: string, rank: number, mentorId: string, matched: PreferenceMatched): void {
      recorder.flush();
      resolvePreference.run(mentorId, matched, menteeId, rank);
    },
    /** Journals what is left; call when done writing (before any other write in the same mutate). */
    finish(): void {
      recorder.finish();
    },
  };
}

/** One participant, as the seeding helpers and tests add them. */
export function insertImportedParticipant(db: WriteDb, record: ParticipantRecord, skillIds: ReadonlyMap<string, number>): string {
  const writer = createImportWriter(db, skillIds);
  const id = writer.insert(record);
  writer.finish();
  return id;
}

/** Each participant's skills as the cohort names them now, in order: what a re-import compares its answer with. */
export function loadSkillNames(db: Db): Map<string, { offers: string[]; seeks: string[] }> {
  const byId = new Map<string, { offers: string[]; seeks: string[] }>();
  for (const row of db
    .prepare<[], { participant_id: string; role: string; name: string }>(
      `SELECT ps.participant_id, ps.role, s.name FROM participant_skill ps JOIN skill s ON s.id = ps.skill_id ORDER BY ps.participant_id, ps.role, ps.position`,
    )
    .all()) {
    let lists = byId.get(row.participant_id);
    if (!lists) byId.set(row.participant_id, (lists = { offers: [], seeks: [] }));
    (row.role === 'offer' ? lists.offers : lists.seeks).push(row.name);
  }
  return byId;
}
