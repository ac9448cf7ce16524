import type { MentoringKind } from '../../shared/domain';
import type { Db } from './connection';
import { newParticipantId } from './participantsRepo';

// The SQL behind importing registrations: what the cohort already holds, keyed by identity, and the
// inserts/updates of imported participants with their skills and typed preferences.

export interface ParticipantRecord {
  identity: string;
  name: string;
  nickname: string;
  email: string;
  phone: string;
  region: string;
  level: string;
  kind: MentoringKind;
  capacity: number;
  notes: string;
  extra: Record<string, string>;
  submittedAt: string;
  offers: Array<{ name: string; spelling: string }>;
  seeks: Array<{ name: string; spelling: string }>;
  preferences: string[];
}

export interface ExistingForImport {
  id: string;
  name: string;
  nickname: string;
  email: string;
  phone: string;
  region: string;
  level: string;
  kind: MentoringKind;
  capacity: number;
  notes: string;
  extra: Record<string, string>;
  submittedAt: string;
  offers: string[];
  seeks: string[];
  typedPreferences: string[];
}

interface ExistingRow {
  id: string;
  identity: string;
  name: string;
  nickname: string;
  email: string;
  phone: string;
  region: string;
  level: string;
  kind: MentoringKind;
  capacity: number;
  notes: string;
  extra: string;
  submitted_at: string;
}

export function findExistingForImport(db: Db): Map<string, ExistingForImport> {
  const byId = new Map<string, ExistingForImport>();
  const byIdentity = new Map<string, ExistingForImport>();
  for (const row of db
    .prepare<[], ExistingRow>('SELECT id, identity, name, nickname, email, phone, region, level, kind, capacity, notes, extra, submitted_at FROM participant')
    .all()) {
    const entry: ExistingForImport = {
      id: row.id, name: row.name, nickname: row.nickname, email: row.email, phone: row.phone, region: row.region, level: row.level,
      kind: row.kind, capacity: row.capacity, notes: row.notes, extra: JSON.parse(row.extra), submittedAt: row.submitted_at,
      offers: [], seeks: [], typedPreferences: [],
    };
    byId.set(row.id, entry);
    byIdentity.set(row.identity, entry);
  }
  for (const row of db
    .prepare<[], { participant_id: string; role: string; name: string }>(
      'SELECT ps.participant_id, ps.role, s.name FROM participant_skill ps JOIN skill s ON s.id = ps.skill_id ORDER BY ps.participant_id, ps.role, ps.position',
    )
    .all()) {
    const entry = byId.get(row.participant_id);
    if (entry) (row.role === 'offer' ? entry.offers : entry.seeks).push(row.name);
  }
  for (const row of db.prepare<[], { mentee_id: string; typed: string }>('SELECT mentee_id, typed FROM preference ORDER BY mentee_id, rank').all()) {
    byId.get(row.mentee_id)?.typedPreferences.push(row.typed);
  }
  return byIdentity;
}

function writeSkills(db: Db, participantId: string, record: ParticipantRecord, skillIds: Map<string, number>): void {
  const insert = db.prepare('INSERT INTO participant_skill (participant_id, role, skill_id, position, spelling) VALUES (?, ?, ?, ?, ?)');
  for (const [role, list] of [['offer', record.offers], ['seek', record.seeks]] as const) {
    list.forEach((skill, position) => {
      const skillId = skillIds.get(skill.name);
      if (skillId !== undefined) insert.run(participantId, role, skillId, position, skill.spelling);
    });
  }
}

export function insertImportedParticipant(db: Db, record: ParticipantRecord, skillIds: Map<string, number>): string {
  const id = newParticipantId();
  const now = new Date().toISOString();
  db.prepare(
    `INSERT INTO participant (id, identity, name, nickname, email, phone, region, level, kind, capacity, notes, extra, submitted_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, record.identity, record.name, record.nickname, record.email, record.phone, record.region, record.level, record.kind,
    record.capacity, record.notes, JSON.stringify(record.extra), record.submittedAt, now, now);
  writeSkills(db, id, record, skillIds);
  return id;
}

export function updateImportedParticipant(db: Db, id: string, record: ParticipantRecord, skillIds: Map<string, number>): void {
  db.prepare(
    `UPDATE participant SET name = ?, nickname = ?, email = ?, phone = ?, region = ?, level = ?, kind = ?, capacity = ?, notes = ?,
       extra = ?, submitted_at = ?, removed_at = NULL, updated_at = ? WHERE id = ?`,
  ).run(record.name, record.nickname, record.email, record.phone, record.region, record.level, record.kind, record.capacity, record.notes,
    JSON.stringify(record.extra), record.submittedAt, new Date().toISOString(), id);
  db.prepare('DELETE FROM participant_skill WHERE participant_id = ?').run(id);
  writeSkills(db, id, record, skillIds);
}

export function replacePreferences(db: Db, menteeId: string, preferences: Array<{ typed: string; mentorId: string | null }>): void {
  db.prepare('DELETE FROM preference WHERE mentee_id = ?').run(menteeId);
  const insert = db.prepare('INSERT INTO preference (mentee_id, rank, typed, mentor_id) VALUES (?, ?, ?, ?)');
  preferences.forEach((p, i) => insert.run(menteeId, i + 1, p.typed, p.mentorId));
}
