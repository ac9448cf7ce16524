import type { Participant } from '../../../shared/domain';
import { pairSkill } from '../../../shared/rules';
import type { WriteDb } from '../../store/connection';
import { createPairingBatch } from '../board/pairingBatch';

// Kupu's own export carries each participant's mentors in a "Mentor email" ("Email mentor") column, which the importer
// keeps as an extra field. Importing such a file recreates those pairings, so an export re-imports into
// a new cohort with the same pairings (the round trip). Only the rows of the file being imported count,
// and only what their mentor column says anew: a pairing the coordinator removed by hand stays removed
// when another file, or the same one again, is imported.

const mentorColumn = /^(mentor\s*e-?mail|e-?mail\s*mentor)$/i;

/** The mentor emails an imported row lists (lower case), or none when the file has no mentor column. */
function listedMentors(extra: Readonly<Record<string, string>>): string[] {
  const column = Object.keys(extra).find((key) => mentorColumn.test(key.trim()));
  if (!column) return [];
  return [...new Set(extra[column].split(/[\s,;]+/).filter(Boolean).map((email) => email.toLowerCase()))];
}

/**
 * The mentors to pair an imported row with: for a new participant everyone the row lists; for an
 * updated one only those its last import did not list (as a re-import takes only the fields the form
 * changed, a mentor column that did not change leaves the board as the coordinator left it).
 */
export function mentorsToRestore(incoming: Readonly<Record<string, string>>, last?: Readonly<Record<string, string>>): string[] {
  const listed = listedMentors(incoming);
  if (listed.length === 0 || !last) return listed;
  const before = new Set(listedMentors(last));
  return listed.filter((email) => !before.has(email));
}

export interface MenteeToRestore {
  menteeId: string;
  /** Lower-case mentor emails (mentorsToRestore). */
  mentorEmails: string[];
}

/**
 * Recreates the listed pairings; call inside the import's own `mutate`, after its participants are
 * written, so one undo step takes back the import and its pairings together. A mentor not in the
 * cohort is skipped, an existing pairing is not made twice, and a rule a pairing breaks here is
 * recorded as an override (the pairing existed in the exported cohort).
 */
export function restoreExportedPairings(db: WriteDb, mentees: readonly MenteeToRestore[]): void {
  // Most imports are registration forms without a mentor column: they read nothing more.
  if (mentees.length === 0) return;
  const batch = createPairingBatch(db);
  const byEmail = new Map<string, Participant>();
  for (const p of batch.participants.values()) if (p.email) byEmail.set(p.email.toLowerCase(), p);
  for (const { menteeId, mentorEmails } of mentees) {
    const mentee = batch.participants.get(menteeId);
    if (!mentee) continue;
    for (const email of mentorEmails) {
      const mentor = byEmail.get(email);
      if (!mentor) continue;
      const violations = batch.check({ menteeId, mentorId: mentor.id });
      // Self and duplicate cannot be overridden: the row names its own email, or the pairing exists.
      if (violations.some((v) => !v.overridable)) continue;
      batch.add({ mentorId: mentor.id, menteeId, skill: pairSkill(mentor, mentee), overrides: violations.map((v) => v.code), source: 'import' });
    }
  }
  batch.finish();
}
