import { randomBytes } from 'node:crypto';
import type { Participant, ParticipantPatch } from '../../shared/domain';
import type { Db, WriteDb } from './connection';
import { StoreError } from './errors';
import type { SqlRow } from './rows';

/** A `participant` row: the participant's own fields (skills and preferences have tables of their own) and the store's columns. */
export type ParticipantRow = SqlRow<Omit<Participant, 'offers' | 'seeks' | 'preferences'>> & {
  /** Who the person is across imports (see import/dedupe.ts identityKey). */
  identity: string;
  removed_at: string | null;
  created_at: string;
  updated_at: string;
};

/** "p_" and 12 random hex digits (48 bits). */
export function newParticipantId(): string {
  return newParticipantIds(1)[0];
}

/**
 * Fresh ids for a bulk insert, ascending: inserted in this order they land at the end of every index
 * keyed by participant id (a quarter less B-tree work for an import than random order); still random.
 */
export function newParticipantIds(count: number): string[] {
  // 48 random bits per id, all drawn in one go (a UUID per id is slow in bulk).
  const hex = randomBytes(6 * count).toString('hex');
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push(`p_${hex.slice(i * 12, i * 12 + 12)}`);
  ids.sort();
  // Two equal draws among 50,000 happen about once in 200,000 imports; then draw them all again.
  for (let i = 1; i < ids.length; i++) if (ids[i] === ids[i - 1]) return newParticipantIds(count);
  return ids;
}

function toParticipant(row: ParticipantRow, skills: SkillLists | undefined, preferences: string[] | undefined): Participant {
  return {
    id: row.id,
    name: row.name,
    nickname: row.nickname,
    email: row.email,
    phone: row.phone,
    region: row.region,
    level: row.level,
    kind: row.kind,
    capacity: row.capacity,
    closed: row.closed === 1,
    offers: skills?.offers ?? [],
    seeks: skills?.seeks ?? [],
    preferences: preferences ?? [],
    notes: row.notes,
    extra: JSON.parse(row.extra),
    submittedAt: row.submitted_at,
  };
}

interface SkillLists {
  offers: string[];
  seeks: string[];
}

function skillListsById(db: Db): Map<string, SkillLists> {
  const lists = new Map<string, SkillLists>();
  const rows = db
    .prepare<[], { participant_id: string; role: 'offer' | 'seek'; name: string }>(
      `SELECT ps.participant_id, ps.role, s.name FROM participant_skill ps JOIN skill s ON s.id = ps.skill_id
       ORDER BY ps.participant_id, ps.role, ps.position`,
    )
    .raw(false)
    .all();
  for (const row of rows) {
    let entry = lists.get(row.participant_id);
    if (!entry) lists.set(row.participant_id, (entry = { offers: [], seeks: [] }));
    (row.role === 'offer' ? entry.offers : entry.seeks).push(row.name);
  }
  return lists;
}

function preferencesById(db: Db): Map<string, string[]> {
  const lists = new Map<string, string[]>();
  const rows = db
    .prepare<[], { mentee_id: string; mentor_id: string }>(
      'SELECT mentee_id, mentor_id FROM preference WHERE mentor_id IS NOT NULL ORDER BY mentee_id, rank',
    )
    .all();
  for (const row of rows) {
    const list = lists.get(row.mentee_id);
    if (list) list.push(row.mentor_id);
    else lists.set(row.mentee_id, [row.mentor_id]);
  }
  return lists;
}

export function listParticipants(db: Db): Participant[] {
  const skills = skillListsById(db);
  const preferences = preferencesById(db);
  return db
    .prepare<[], ParticipantRow>('SELECT * FROM participant WHERE removed_at IS NULL ORDER BY name COLLATE NOCASE, id')
    .all()
    .map((row) => toParticipant(row, skills.get(row.id), preferences.get(row.id)));
}

export function getParticipantRow(db: Db, id: string): ParticipantRow {
  const row = db.prepare<[string], ParticipantRow>('SELECT * FROM participant WHERE id = ?').get(id);
  if (!row) throw new StoreError('not_found', 'store.participantNotFound', { id });
  return row;
}

export function getParticipant(db: Db, id: string): Participant {
  const row = getParticipantRow(db, id);
  const skills = db
    .prepare<[string], { role: 'offer' | 'seek'; name: string }>(
      'SELECT ps.role, s.name FROM participant_skill ps JOIN skill s ON s.id = ps.skill_id WHERE ps.participant_id = ? ORDER BY ps.role, ps.position',
    )
    .all(id);
  const preferences = db
    .prepare<[string], { mentor_id: string }>('SELECT mentor_id FROM preference WHERE mentee_id = ? AND mentor_id IS NOT NULL ORDER BY rank')
    .all(id)
    .map((r) => r.mentor_id);
  return toParticipant(
    row,
    { offers: skills.filter((s) => s.role === 'offer').map((s) => s.name), seeks: skills.filter((s) => s.role === 'seek').map((s) => s.name) },
    preferences,
  );
}

const patchColumns = {
  name: 'name', nickname: 'nickname', email: 'email', phone: 'phone', region: 'region', level: 'level',
  kind: 'kind', capacity: 'capacity', closed: 'closed', notes: 'notes',
} as const satisfies Record<keyof ParticipantPatch, keyof ParticipantRow>;

export function updateParticipant(db: WriteDb, id: string, patch: ParticipantPatch): Participant {
  getParticipantRow(db, id);
  const entries = Object.entries(patch).filter(([, value]) => value !== undefined) as Array<[keyof ParticipantPatch, unknown]>;
  if (entries.length > 0) {
    const sets = entries.map(([key]) => `${patchColumns[key]} = ?`).join(', ');
    const values = entries.map(([, value]) => (typeof value === 'boolean' ? (value ? 1 : 0) : value));
    db.prepare(`UPDATE participant SET ${sets}, updated_at = ? WHERE id = ?`).run(...values, new Date().toISOString(), id);
  }
  return getParticipant(db, id);
}
