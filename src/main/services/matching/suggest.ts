import type { SuggestionSet } from '../../../shared/contract';
import { pairKey } from '../../../shared/rules';
import { matchOptimal, matchStable, type MatchInput } from '../../core/matching';
import { createPairingBatch } from '../board/pairingBatch';
import type { Db } from '../../store/connection';
import { getSettings } from '../../store/cohortRepo';
import { mutate } from '../../store/undoLog';
import { getParticipantRow, listMatchParticipants } from '../../store/participantsRepo';
import { declinedPairs, insertRejected, listPairings, rejectedPairs } from '../../store/pairingsRepo';

// The matcher over the cohort in the store: every current pairing stays (pinned, accepted or made by
// hand), the engine fills the rest, and applying a suggestion goes through the same rules and journal
// as a drag on the board.

export function matchInput(db: Db): MatchInput {
  const settings = getSettings(db);
  return {
    participants: listMatchParticipants(db),
    fixed: listPairings(db).map((p) => ({ mentorId: p.mentorId, menteeId: p.menteeId, skill: p.skill })),
    declined: declinedPairs(db),
    rejected: rejectedPairs(db),
    settings: {
      groupSizeLimit: settings.groupSizeLimit,
      mentorsPerMentee: settings.mentorsPerMentee,
      peerSameLevel: settings.peerSameLevel,
      allowMutual: settings.allowMutual,
      weights: settings.weights,
    },
  };
}

export function suggestPairs(db: Db, mode: 'optimal' | 'stable' = 'optimal', onProgress?: (done: number, total: number) => void): SuggestionSet {
  const input = matchInput(db);
  return mode === 'stable' ? matchStable(input, { onProgress }) : matchOptimal(input, { onProgress });
}

/** Applies suggestions as one undoable change; any that a rule now refuses (the board moved on) is skipped. */
export function applySuggestions(db: Db, pairs: Array<{ mentorId: string; menteeId: string; skill: string | null }>) {
  let applied = 0;
  const { changed } = mutate(db, { label: 'history.apply', params: { count: pairs.length } }, (db) => {
    const batch = createPairingBatch(db);
    for (const pair of pairs) {
      if (batch.check({ ...pair, fromMentorId: null }).length > 0) continue;
      batch.add({ ...pair, overrides: [], source: 'suggestion' });
      applied++;
    }
    batch.finish();
  });
  return { applied, skipped: pairs.length - applied, changed };
}

export function rejectSuggestion(db: Db, mentorId: string, menteeId: string) {
  getParticipantRow(db, mentorId); // unknown ids: not_found, not a foreign key failure
  getParticipantRow(db, menteeId);
  return mutate(db, { label: 'history.reject', params: { key: pairKey(mentorId, menteeId) } }, (db) => insertRejected(db, mentorId, menteeId));
}
