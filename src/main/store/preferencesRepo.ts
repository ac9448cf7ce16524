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

/** How many preferred mentors point to nobody yet. */
export function countUnresolvedPreferences(db: Db): number {
  return db.prepare<[], { n: number }>(
    'SELECT count(*) AS n FROM preference pr JOIN participant p ON p.id = pr.mentee_id AND p.removed_at IS NULL WHERE pr.mentor_id IS NULL',
  ).get()?.n ?? 0;
}

/** How many preferred mentors were matched only by part of a name or a close spelling, not yet confirmed. */
export function countFuzzyPreferences(db: Db): number {
  return db.prepare<[], { n: number }>(
    "SELECT count(*) AS n FROM preference pr JOIN participant p ON p.id = pr.mentee_id AND p.removed_at IS NULL WHERE pr.matched = 'fuzzy' AND pr.mentor_id IS NOT NULL",
  ).get()?.n ?? 0;
}

/** Points one ranked preference at a participant: the coordinator's choice, needing no confirmation. */
export function setPreferenceMentor(db: WriteDb, menteeId: string, rank: number, mentorId: string): void {
  db.prepare("UPDATE preference SET mentor_id = ?, matched = 'coordinator' WHERE mentee_id = ? AND rank = ? AND (mentor_id IS NOT ? OR matched <> 'coordinator')")
    .run(mentorId, menteeId, rank, mentorId);
}

/** How a typed preferred mentor was matched (see migration 3). */
export type PreferenceMatched = 'exact' | 'fuzzy' | 'coordinator';

export interface FuzzyPreferenceRow extends UnresolvedPreferenceRow {
  mentorId: string;
  mentorName: string;
}

/** Preferred mentors matched only by part of a name or a close spelling, not yet confirmed. */
export function listFuzzyPreferences(db: Db): FuzzyPreferenceRow[] {
  return db
    .prepare<[], FuzzyPreferenceRow>(
      `SELECT pr.mentee_id AS menteeId, p.name AS menteeName, pr.rank, pr.typed, pr.mentor_id AS mentorId, m.name AS mentorName FROM preference pr
       JOIN participant p ON p.id = pr.mentee_id AND p.removed_at IS NULL JOIN participant m ON m.id = pr.mentor_id
       WHERE pr.matched = 'fuzzy' ORDER BY p.name, pr.rank`,
    )
    .all();
}

export interface TypedPreferenceRow {
  rank: number;
  typed: string;
  mentorId: string | null;
  matched: PreferenceMatched;
}

/** One mentee's preferred mentors as typed, with whom each was matched to (if anyone) and how. */
export function listTypedPreferences(db: Db, menteeId: string): TypedPreferenceRow[] {
  return db
    .prepare<[string], TypedPreferenceRow>('SELECT rank, typed, mentor_id AS mentorId, matched FROM preference WHERE mentee_id = ? ORDER BY rank')
    .all(menteeId);
}

/** Forgets one ranked preference (the name typed on the form names nobody in this cohort). */
export function deletePreference(db: WriteDb, menteeId: string, rank: number): void {
  db.prepare('DELETE FROM preference WHERE mentee_id = ? AND rank = ?').run(menteeId, rank);
}

export function hasPreference(db: Db, menteeId: string, rank: number): boolean {
  return db.prepare('SELECT 1 FROM preference WHERE mentee_id = ? AND rank = ?').get(menteeId, rank) !== undefined;
}
