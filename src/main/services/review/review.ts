import type { ReviewList, ReviewValue, TypedPreference } from '../../../shared/contract';
import type { ImportIssue } from '../../../shared/domain';
import type { Db } from '../../store/connection';
import { getParticipantRow } from '../../store/participantsRepo';
import { countFuzzyPreferences, countUnresolvedPreferences, listFuzzyPreferences, listTypedPreferences } from '../../store/preferencesRepo';
import { insertReviewDone, listReviewDone } from '../../store/reviewRepo';
import { mutate } from '../../store/undoLog';
import { lastImportWarnings, listUnresolved } from '../import';
import { suggestSkillMerges } from '../skills';

// What an import could not decide alone, kept until the coordinator has looked at it: preferred mentors
// matching nobody or several people (to choose), or matched only by part of a name or a close spelling
// (to confirm), values the last import could not read (to check), and suggested skill merges.

const maxListed = 200;

/** A value's review key: the same issue in the same place of the same file, import after import. */
export function valueKey(issue: ImportIssue): string {
  return JSON.stringify([issue.file, issue.row, issue.column, issue.key, issue.params]);
}

/** The last import's values kept as written or left out, that the coordinator has not checked yet. */
function valuesToCheck(db: Db): ReviewValue[] {
  const done = listReviewDone(db);
  return lastImportWarnings(db)
    // Preferred mentors are reviewed on their own, as they are now (not as the import found them).
    .filter(({ issue }) => issue.row !== null && !issue.key.startsWith('registration.preference'))
    .map(({ issue, name }) => ({ key: valueKey(issue), issue, name }))
    .filter((value) => !done.has(value.key));
}

export function reviewList(db: Db, home: string): ReviewList {
  const unresolved = listUnresolved(db);
  const fuzzy = listFuzzyPreferences(db);
  const values = valuesToCheck(db);
  const merges = suggestSkillMerges(db, home);
  return {
    unresolved: unresolved.listed,
    unresolvedCount: unresolved.count,
    fuzzy: fuzzy.slice(0, maxListed).map((f) => ({ menteeId: f.menteeId, menteeName: f.menteeName, rank: f.rank, typed: f.typed, mentor: { id: f.mentorId, name: f.mentorName } })),
    fuzzyCount: fuzzy.length,
    values,
    merges,
    count: unresolved.count + fuzzy.length + values.length + merges.length,
  };
}

/** How many items the list holds (the navigation shows it after every change, so no one is looked up by name here). */
export function reviewCount(db: Db, home: string): { count: number } {
  return { count: countUnresolvedPreferences(db) + countFuzzyPreferences(db) + valuesToCheck(db).length + suggestSkillMerges(db, home).length };
}

/** The coordinator has looked at a value: it leaves the list (undoable). */
export function checkValue(db: Db, key: string) {
  const { changed } = mutate(db, { label: 'history.reviewDone' }, (db) => insertReviewDone(db, key));
  return { changed };
}

/** A mentee's preferred mentors as typed, and what became of each (her details show the names still open). */
export function menteePreferences(db: Db, menteeId: string): TypedPreference[] {
  return listTypedPreferences(db, menteeId).map((p) => ({
    rank: p.rank,
    typed: p.typed,
    mentor: p.mentorId === null ? null : { id: p.mentorId, name: getParticipantRow(db, p.mentorId).name },
    status: p.mentorId === null ? 'unresolved' : p.matched === 'fuzzy' ? 'fuzzy' : 'matched',
  }));
}
