import type { Pairing } from '../../shared/domain';
import type { Db, WriteDb } from './connection';
import type { SqlRow } from './rows';
import { createInsertRecorder } from './undoLog';

/** A `pairing` row joined with its skill's name. */
type PairingRow = SqlRow<Omit<Pairing, 'skill'>> & { skill_id: number | null; skill_name: string | null };

function toPairing(row: PairingRow): Pairing {
  return {
    id: row.id,
    mentorId: row.mentor_id,
    menteeId: row.mentee_id,
    skill: row.skill_name,
    kind: row.kind,
    sortOrder: row.sort_order,
    pinned: row.pinned === 1,
    overrides: JSON.parse(row.overrides),
    source: row.source,
    createdAt: row.created_at,
  };
}

const selectPairing = `SELECT p.*, s.name AS skill_name FROM pairing p LEFT JOIN skill s ON s.id = p.skill_id`;

export function listPairings(db: Db): Pairing[] {
  return db.prepare<[], PairingRow>(`${selectPairing} ORDER BY p.mentor_id, p.sort_order, p.id`).all().map(toPairing);
}

/**
 * The pairings one assignment's rules look at: the mentor's mentees, the mentee's mentors and the mentee's
 * own mentees (the mutual rule). Both columns are indexed, so a drop on a big cohort reads a handful of rows.
 */
export function listPairingsAround(db: Db, mentorId: string, menteeId: string): Pairing[] {
  return db
    .prepare<[string, string, string], PairingRow>(`${selectPairing} WHERE p.mentor_id IN (?, ?) OR p.mentee_id = ? ORDER BY p.mentor_id, p.sort_order, p.id`)
    .all(mentorId, menteeId, menteeId)
    .map(toPairing);
}

export function findPairing(db: Db, mentorId: string, menteeId: string): Pairing | null {
  const row = db.prepare<[string, string], PairingRow>(`${selectPairing} WHERE p.mentor_id = ? AND p.mentee_id = ?`).get(mentorId, menteeId);
  return row ? toPairing(row) : null;
}

export type NewPairing = Omit<Pairing, 'id' | 'skill' | 'createdAt'> & { skillId: number | null };

const insertSql = `INSERT INTO pairing (mentor_id, mentee_id, skill_id, kind, sort_order, pinned, overrides, source, created_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`;

function valuesOf(pairing: NewPairing, createdAt: string) {
  return [
    pairing.mentorId, pairing.menteeId, pairing.skillId, pairing.kind, pairing.sortOrder, pairing.pinned ? 1 : 0,
    JSON.stringify(pairing.overrides), pairing.source, createdAt,
  ];
}

export function insertPairing(db: WriteDb, pairing: NewPairing): Pairing {
  db.prepare(insertSql).run(...valuesOf(pairing, new Date().toISOString()));
  const created = findPairing(db, pairing.mentorId, pairing.menteeId);
  if (!created) throw new Error('Pairing vanished after insert');
  return created;
}

/**
 * Inserts for a batch of pairings (applying suggestions, restoring an import's pairings): the statement
 * is prepared once, nothing is read back, and inside `mutate` the inserts are recorded as runs by the
 * undo log's bulk-insert recorder instead of one undo row per pairing. Until `finish` (or the end of the
 * write) only this writer may insert pairings.
 */
export function createPairingWriter(db: WriteDb): { insert(pairing: NewPairing): void; finish(): void } {
  // The recorder drops the insert trigger first: a statement prepared before would be re-prepared.
  const recorder = createInsertRecorder(db, ['pairing']);
  const statement = db.prepare(insertSql);
  const createdAt = new Date().toISOString();
  return {
    insert: (pairing) => recorder.inserted('pairing', Number(statement.run(...valuesOf(pairing, createdAt)).lastInsertRowid)),
    finish: () => recorder.finish(),
  };
}

export function deletePairing(db: WriteDb, mentorId: string, menteeId: string): boolean {
  return db.prepare('DELETE FROM pairing WHERE mentor_id = ? AND mentee_id = ?').run(mentorId, menteeId).changes > 0;
}

export function setPinned(db: WriteDb, mentorId: string, menteeId: string, pinned: boolean): boolean {
  return db.prepare('UPDATE pairing SET pinned = ? WHERE mentor_id = ? AND mentee_id = ?').run(pinned ? 1 : 0, mentorId, menteeId).changes > 0;
}

/** Sort keys of a mentor's column, in order, so a drop index becomes a fractional key between neighbours. */
export function columnOrder(db: Db, mentorId: string): Array<{ menteeId: string; sortOrder: number }> {
  return db
    .prepare<[string], { mentee_id: string; sort_order: number }>('SELECT mentee_id, sort_order FROM pairing WHERE mentor_id = ? ORDER BY sort_order, id')
    .all(mentorId)
    .map((r) => ({ menteeId: r.mentee_id, sortOrder: r.sort_order }));
}

export function setSortOrder(db: WriteDb, mentorId: string, menteeId: string, sortOrder: number): void {
  db.prepare('UPDATE pairing SET sort_order = ? WHERE mentor_id = ? AND mentee_id = ?').run(sortOrder, mentorId, menteeId);
}

/** Pairs a coordinator declined (the board's own declines, closed or full, end when the mentor reopens). */
export function declinedPairs(db: Db): Array<{ mentorId: string; menteeId: string }> {
  return db
    .prepare<[], { mentor_id: string; mentee_id: string }>("SELECT DISTINCT mentor_id, mentee_id FROM proposal WHERE status = 'declined' AND automatic = 0")
    .all()
    .map((r) => ({ mentorId: r.mentor_id, menteeId: r.mentee_id }));
}

export function rejectedPairs(db: Db): Array<{ mentorId: string; menteeId: string }> {
  return db
    .prepare<[], { mentor_id: string; mentee_id: string }>('SELECT mentor_id, mentee_id FROM rejected_suggestion')
    .all()
    .map((r) => ({ mentorId: r.mentor_id, menteeId: r.mentee_id }));
}

export function insertRejected(db: WriteDb, mentorId: string, menteeId: string): void {
  db.prepare('INSERT OR IGNORE INTO rejected_suggestion (mentor_id, mentee_id, created_at) VALUES (?, ?, ?)').run(mentorId, menteeId, new Date().toISOString());
}
