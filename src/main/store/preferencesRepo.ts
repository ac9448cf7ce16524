import type { Db, WriteDb } from './connection';

// The SQL behind resolving typed preferred mentors: who a name may mean, which typed names point to
// nobody yet, and the coordinator's choices. An import writes its own preferences through the import
// writer (importRepo), which prepares its statements once per file.

/** Who a typed mentor name may mean: every participant still in the cohort. */
export function listNamesForResolving(db: Db): Array<{ id: string; name: string; nickname: string }> {
  return db.prepare<[], { id: string; name: string; nickname: string }>('SELECT id, name, nickname FROM participant WHERE removed_at IS NULL').all();
}

export interface UnresolvedPreferenceRow {
  menteeId: string;
  menteeName: string;
  rank: number;
  typed: string;
}

/** Preferred mentors typed on the form that point to nobody yet. */
export function listUnresolvedPreferences(db: Db): UnresolvedPreferenceRow[] {
  return db
    .prepare<[], UnresolvedPreferenceRow>(
      `SELECT pr.mentee_id AS menteeId, p.name AS menteeName, pr.rank, pr.typed FROM preference pr
       JOIN participant p ON p.id = pr.mentee_id AND p.removed_at IS NULL
       WHERE pr.mentor_id IS NULL ORDER BY pr.mentee_id, pr.rank`,
    )
    .all();
}

/** Points one ranked preference at a participant. */
export function setPreferenceMentor(db: WriteDb, menteeId: string, rank: number, mentorId: string): void {
  db.prepare('UPDATE preference SET mentor_id = ? WHERE mentee_id = ? AND rank = ? AND mentor_id IS NOT ?').run(mentorId, menteeId, rank, mentorId);
}

/** Forgets one ranked preference (the name typed on the form names nobody in this cohort). */
export function deletePreference(db: WriteDb, menteeId: string, rank: number): void {
  db.prepare('DELETE FROM preference WHERE mentee_id = ? AND rank = ?').run(menteeId, rank);
}

export function hasPreference(db: Db, menteeId: string, rank: number): boolean {
  return db.prepare('SELECT 1 FROM preference WHERE mentee_id = ? AND rank = ?').get(menteeId, rank) !== undefined;
}
