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

/** The participant columns a listing shows: all but the store's own (the import snapshot alone is most of a row). */
type ListedRow = Omit<ParticipantRow, 'identity' | 'removed_at' | 'created_at' | 'updated_at'>;

function toParticipant(row: ListedRow, skills: SkillLists | undefined, preferences: string[] | undefined): Participant {
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
    // Most people have no extra fields: skip the parse for them.
    extra: row.extra === '{}' ? {} : JSON.parse(row.extra),
    submittedAt: row.submitted_at,
  };
}

interface SkillLists {
  offers: string[];
  seeks: string[];
}

/** The fields the matcher reads of each person. */
export type MatchFields = Pick<Participant, 'id' | 'region' | 'level' | 'kind' | 'capacity' | 'closed' | 'offers' | 'seeks' | 'preferences'>;

/**
 * Everyone present, in the board's order (name, then id), with their skill lists: one row per person,
 * each list its skill ids in the person's order as "3,1,7". A row per skill would be 4-5 times the
 * values to build, and building values, not SQLite, is what a load of 50,000 people spends its time on.
 */
function listedRows<Row>(db: Db, columns: string): Array<Row & { offers: string | null; seeks: string | null }> {
  return db
    .prepare<[], Row & { offers: string | null; seeks: string | null }>(
      `SELECT ${columns}, s.offers, s.seeks FROM participant p
       LEFT JOIN (SELECT participant_id,
           group_concat(skill_id, ',' ORDER BY position) FILTER (WHERE role = 'offer') AS offers,
           group_concat(skill_id, ',' ORDER BY position) FILTER (WHERE role = 'seek') AS seeks
         FROM participant_skill GROUP BY participant_id) s ON s.participant_id = p.id
       WHERE p.removed_at IS NULL ORDER BY p.name COLLATE NOCASE, p.id`,
    )
    .all();
}

/** Skill names by id, so every person's list shares the same few strings. */
function skillNamesById(db: Db): string[] {
  const names: string[] = [];
  for (const [id, name] of db.prepare<[], [number, string]>('SELECT id, name FROM skill').raw().all()) names[id] = name;
  return names;
}

function skillList(ids: string | null, names: string[]): string[] {
  return ids === null ? [] : ids.split(',').map((id) => names[Number(id)]);
}

function preferencesById(db: Db): Map<string, string[]> {
  const lists = new Map<string, string[]>();
  const rows = db
    .prepare<[], [string, string]>('SELECT mentee_id, mentor_id FROM preference WHERE mentor_id IS NOT NULL ORDER BY mentee_id, rank')
    .raw()
    .all();
  for (const [menteeId, mentorId] of rows) {
    const list = lists.get(menteeId);
    if (list) list.push(mentorId);
    else lists.set(menteeId, [mentorId]);
  }
  return lists;
}

const listedColumns = 'p.id, p.name, p.nickname, p.email, p.phone, p.region, p.level, p.kind, p.capacity, p.closed, p.notes, p.extra, p.submitted_at';

export function listParticipants(db: Db): Participant[] {
  const names = skillNamesById(db);
  const preferences = preferencesById(db);
  return listedRows<ListedRow>(db, listedColumns).map((row) =>
    toParticipant(row, { offers: skillList(row.offers, names), seeks: skillList(row.seeks, names) }, preferences.get(row.id)));
}

/** What `listParticipants` gives, cut to the fields the matcher reads (and only those are loaded). */
export function listMatchParticipants(db: Db): MatchFields[] {
  const names = skillNamesById(db);
  const preferences = preferencesById(db);
  return listedRows<Pick<ParticipantRow, 'id' | 'region' | 'level' | 'kind' | 'capacity' | 'closed'>>(db, 'p.id, p.region, p.level, p.kind, p.capacity, p.closed')
    .map((row) => ({
      id: row.id, region: row.region, level: row.level, kind: row.kind, capacity: row.capacity, closed: row.closed === 1,
      offers: skillList(row.offers, names), seeks: skillList(row.seeks, names), preferences: preferences.get(row.id) ?? [],
    }));
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
