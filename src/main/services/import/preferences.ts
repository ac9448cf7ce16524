import type { UnresolvedPreference } from '../../../shared/contract';
import type { ChangeTopic } from '../../../shared/domain';
import { createNameIndex, type NameMatch } from '../../core/names';
import type { Db } from '../../store/connection';
import { StoreError } from '../../store/errors';
import type { ImportWriter } from '../../store/importRepo';
import type { PreferenceMatched } from '../../store/preferencesRepo';
import { mutate } from '../../store/undoLog';
import { getParticipantRow } from '../../store/participantsRepo';
import {
  deletePreference, hasPreference, listNamesForResolving, listTypedPreferences, listUnresolvedPreferences, setPreferenceMentor,
} from '../../store/preferencesRepo';

// Preferred mentors typed on the form that the importer could not pin to one participant: listed in
// the import's result, and resolved by the coordinator one at a time (undoable).

export type MenteeMatch = NameMatch | { kind: 'self' };

/** Whom a typed name means for this mentee; naming oneself is neither a mentor nor a problem to report. */
export function matchForMentee(match: NameMatch, menteeId: string): MenteeMatch {
  if (match.kind === 'found') return match.id === menteeId ? { kind: 'self' } : match;
  if (match.kind === 'none') return match;
  // The common case (a popular name the mentee does not bear) keeps the shared match as it is.
  if (!match.ids.includes(menteeId)) return match.ids.length === 1 ? found(match.ids[0], match.fuzzy) : match;
  const ids = match.ids.filter((id) => id !== menteeId);
  // "Siti" matching only the mentee and one other Siti means that other Siti.
  if (ids.length === 1) return found(ids[0], match.fuzzy);
  return ids.length === 0 ? { kind: 'self' } : match.fuzzy ? { kind: 'ambiguous', ids, fuzzy: true } : { kind: 'ambiguous', ids };
}

const found = (id: string, fuzzy: true | undefined): NameMatch => (fuzzy ? { kind: 'found', id, fuzzy } : { kind: 'found', id });

/** How a preference was matched, as the preference table keeps it. */
export const matchedBy = (match: NameMatch): PreferenceMatched => (match.kind === 'found' && match.fuzzy ? 'fuzzy' : 'exact');

function unresolvedEntry(
  mentee: { id: string; name: string; row: number | null },
  rank: number,
  typed: string,
  match: MenteeMatch,
  nameOf: ReadonlyMap<string, string>,
): UnresolvedPreference {
  const ids = match.kind === 'ambiguous' ? match.ids : [];
  return {
    menteeId: mentee.id, menteeName: mentee.name, row: mentee.row, rank, typed,
    candidates: ids.map((id) => ({ id, name: nameOf.get(id) ?? id })),
  };
}

/** Unresolved preferred mentors listed in an import's report; the rest are counted. */
export const maxUnresolvedListed = 200;

interface Unresolved {
  mentee: { id: string; name: string; row: number | null };
  rank: number;
  typed: string;
  match: MenteeMatch;
}

export interface ImportedPreferences {
  id: string;
  name: string;
  /** Spreadsheet row of this person in the file being imported. */
  row: number;
  preferences: readonly string[];
  /** Replace the participant's current list (an updated answer), rather than write a new participant's. */
  replace: boolean;
}

/**
 * The preferences side of an import, after its participants are written: names left unresolved by
 * earlier imports are tried again (the person may have registered since), then the typed names of
 * the rows this import (re)writes are resolved and stored. Returns those still unresolved, this
 * file's first (with row numbers), the first few listed with their candidates.
 */
export function resolveImportedPreferences(db: Db, writer: ImportWriter, rows: readonly ImportedPreferences[]) {
  const people = listNamesForResolving(db);
  const index = createNameIndex(people);
  const nameOf = new Map(people.map((p) => [p.id, p.name]));
  // Mentees type the same few popular names again and again: resolve each spelling once.
  const matches = new Map<string, NameMatch>();
  const resolve = (typed: string, menteeId: string) => {
    let match = matches.get(typed);
    if (!match) matches.set(typed, (match = index.resolve(typed)));
    return matchForMentee(match, menteeId);
  };
  let count = 0;
  const thisFile: Unresolved[] = [];
  const earlier: Unresolved[] = [];
  const note = (list: Unresolved[], entry: Unresolved) => {
    count++;
    if (list.length < maxUnresolvedListed) list.push(entry);
  };
  /** Every one of this file's, for the report's warnings (file, row, column). */
  const fromThisFile: Array<{ row: number; rank: number; typed: string; ambiguous: boolean }> = [];

  // Read before this import writes its own preferences, so only earlier ones are retried.
  const written = new Set(rows.map((r) => r.id));
  for (const pref of listUnresolvedPreferences(db)) {
    if (written.has(pref.menteeId)) continue;
    const match = resolve(pref.typed, pref.menteeId);
    if (match.kind === 'found') writer.resolvePreference(pref.menteeId, pref.rank, match.id, matchedBy(match));
    else if (match.kind !== 'self') note(earlier, { mentee: { id: pref.menteeId, name: pref.menteeName, row: null }, rank: pref.rank, typed: pref.typed, match });
  }
  for (const row of rows) {
    const mentee = { id: row.id, name: row.name, row: row.row };
    writer.writePreferences(row.id, row.preferences.map((typed, i) => {
      const match = resolve(typed, row.id);
      if (match.kind === 'found') return { typed, mentorId: match.id, matched: matchedBy(match) };
      if (match.kind !== 'self') {
        note(thisFile, { mentee, rank: i + 1, typed, match });
        fromThisFile.push({ row: row.row, rank: i + 1, typed, ambiguous: match.kind === 'ambiguous' });
      }
      return { typed, mentorId: null, matched: 'exact' as const };
    }), { replace: row.replace });
  }
  return {
    fromThisFile,
    unresolved: {
      listed: [...thisFile, ...earlier].slice(0, maxUnresolvedListed).map((u) => unresolvedEntry(u.mentee, u.rank, u.typed, u.match, nameOf)),
      count,
    },
  };
}

export function resolvePreference(db: Db, params: { menteeId: string; rank: number; mentorId: string | null }): { changed: ChangeTopic[] } {
  const mentee = getParticipantRow(db, params.menteeId);
  if (!hasPreference(db, params.menteeId, params.rank)) {
    throw new StoreError('not_found', 'preferences.noSuchRank', { name: mentee.name, rank: params.rank });
  }
  const mentor = params.mentorId === null ? null : getParticipantRow(db, params.mentorId);
  if (mentor && (mentor.id === mentee.id || mentor.removed_at !== null)) {
    throw new StoreError('invalid', 'preferences.self');
  }
  // "Nobody in this cohort" drops the typed name, so later imports of the same answer do not list it again.
  const { changed } = mutate(db, { label: 'history.resolvePreference', params: { mentee: mentee.name, mentor: mentor?.name ?? '—', rank: params.rank } }, (db) =>
    mentor ? setPreferenceMentor(db, params.menteeId, params.rank, mentor.id) : deletePreference(db, params.menteeId, params.rank),
  );
  return { changed };
}

/** The cohort's preferred mentors still naming nobody or several people, each with who it may mean (the first 200), and how many in all. */
export function listUnresolved(db: Db): { listed: UnresolvedPreference[]; count: number } {
  const open = listUnresolvedPreferences(db);
  if (open.length === 0) return { listed: [], count: 0 };
  const people = listNamesForResolving(db);
  const index = createNameIndex(people);
  const nameOf = new Map(people.map((p) => [p.id, p.name]));
  const listed = open.slice(0, maxUnresolvedListed).map((pref) => {
    const match = matchForMentee(index.resolve(pref.typed), pref.menteeId);
    return unresolvedEntry({ id: pref.menteeId, name: pref.menteeName, row: null }, pref.rank, pref.typed, match, nameOf);
  });
  return { listed, count: open.length };
}

/** The coordinator confirms a preferred mentor matched only by part of a name or a close spelling. */
export function confirmPreference(db: Db, params: { menteeId: string; rank: number }): { changed: ChangeTopic[] } {
  const mentee = getParticipantRow(db, params.menteeId);
  const preference = listTypedPreferences(db, params.menteeId).find((p) => p.rank === params.rank);
  if (!preference || preference.mentorId === null) throw new StoreError('not_found', 'preferences.noSuchRank', { name: mentee.name, rank: params.rank });
  const mentor = getParticipantRow(db, preference.mentorId);
  const { changed } = mutate(db, { label: 'history.confirmPreference', params: { mentee: mentee.name, mentor: mentor.name, rank: params.rank } }, (db) =>
    setPreferenceMentor(db, params.menteeId, params.rank, mentor.id),
  );
  return { changed };
}
