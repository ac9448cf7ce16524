import type { AssignRequest, AssignResult } from '../../../shared/contract';
import type { Pairing, Participant, Violation } from '../../../shared/domain';
import { checkAssignment, pairKey, pairKindFor, pairSkill, type RuleContext } from '../../../shared/rules';
import type { Db } from '../../store/connection';
import { getSettings } from '../../store/cohortRepo';
import { mutate } from '../../store/undoLog';
import { getParticipant, getParticipantRow, listParticipants } from '../../store/participantsRepo';
import {
  columnOrder, declinedPairs, deletePairing, findPairing, insertPairing, listPairings, listPairingsAround, setPinned, setSortOrder,
} from '../../store/pairingsRepo';
import { skillIdByName } from '../../store/skillsRepo';
import { StoreError } from '../../store/errors';
import { followPairings } from '../proposals/follow';

// Board operations: every assignment is checked against the program's rules, then written through the
// journal so it can be undone.

/** The rules' context as read from the store: whole participants and pairings (sort keys included). */
export type StoreRuleContext = Omit<RuleContext, 'participants' | 'pairings'> & { participants: Map<string, Participant>; pairings: Pairing[] };

export function ruleContext(db: Db): StoreRuleContext {
  return {
    participants: new Map(listParticipants(db).map((p) => [p.id, p])),
    pairings: listPairings(db),
    declined: new Set(declinedPairs(db).map((d) => pairKey(d.mentorId, d.menteeId))),
    settings: getSettings(db),
  };
}

/**
 * The same context for just what one assignment of menteeId to mentorId involves (its two people and the
 * pairings around them): what a drop needs, fast on a big cohort.
 */
export function ruleContextFor(db: Db, mentorId: string, menteeId: string): StoreRuleContext {
  const participants = new Map<string, Participant>();
  for (const id of [menteeId, mentorId]) {
    try {
      participants.set(id, getParticipant(db, id));
    } catch (error) {
      if (!(error instanceof StoreError && error.code === 'not_found')) throw error;
    }
  }
  return {
    participants,
    pairings: listPairingsAround(db, mentorId, menteeId),
    declined: new Set(declinedPairs(db).map((d) => pairKey(d.mentorId, d.menteeId))),
    settings: getSettings(db),
  };
}

export function checkPairing(db: Db, intent: Pick<AssignRequest, 'menteeId' | 'mentorId' | 'fromMentorId' | 'skill'>): Violation[] {
  return checkAssignment(ruleContextFor(db, intent.mentorId, intent.menteeId), intent);
}

/** A sort key that places an item at `index` among the column's current keys. */
export function sortKeyAt(keys: number[], index: number): number {
  const at = Math.max(0, Math.min(index, keys.length));
  const before = at > 0 ? keys[at - 1] : undefined;
  const after = at < keys.length ? keys[at] : undefined;
  if (before === undefined && after === undefined) return 1;
  if (before === undefined) return (after as number) - 1;
  if (after === undefined) return before + 1;
  return (before + after) / 2;
}

export function assignPairing(db: Db, request: AssignRequest): AssignResult {
  const context = ruleContextFor(db, request.mentorId, request.menteeId);
  const violations = checkAssignment(context, request);
  const refused = violations.some((v) => !v.overridable) || (violations.length > 0 && !request.override);
  if (refused) return { ok: false, violations, pairing: null, changed: [] };

  const mentor = context.participants.get(request.mentorId);
  const mentee = context.participants.get(request.menteeId);
  if (!mentor || !mentee) throw new StoreError('not_found', 'board.unknownPerson');
  const moving = request.fromMentorId ?? null;
  const skill = pairSkill(mentor, mentee, request.skill);
  const previous = moving ? findPairing(db, moving, request.menteeId) : null;
  if (moving && !previous) throw new StoreError('conflict', 'board.moved');

  // Within one mentor, a different skill is a move between their groups (group board), not a reorder.
  const reorder = moving === request.mentorId && (request.skill == null || request.skill === previous?.skill);
  const label = reorder ? 'history.reorder' : moving ? 'history.move' : 'history.assign';
  const { result, changed } = mutate(db, { label, params: { mentee: mentee.name, mentor: mentor.name } }, (db) => {
    const keys = columnOrder(db, request.mentorId)
      .filter((entry) => entry.menteeId !== request.menteeId)
      .map((entry) => entry.sortOrder);
    const sortOrder = sortKeyAt(keys, request.index ?? keys.length);
    if (reorder) {
      setSortOrder(db, request.mentorId, request.menteeId, sortOrder);
      return findPairing(db, request.mentorId, request.menteeId);
    }
    if (moving) deletePairing(db, moving, request.menteeId);
    const made = insertPairing(db, {
      mentorId: request.mentorId,
      menteeId: request.menteeId,
      skillId: skill ? skillIdByName(db, skill) : null,
      kind: pairKindFor(mentor),
      sortOrder,
      pinned: previous?.pinned ?? false,
      overrides: violations.map((v) => v.code),
      source: 'manual',
    });
    followPairings(db, { mentees: [request.menteeId], mentors: moving ? [request.mentorId, moving] : [request.mentorId] });
    return made;
  });
  return { ok: true, violations, pairing: result, changed };
}

export function unassignPairing(db: Db, mentorId: string, menteeId: string) {
  const pairing = findPairing(db, mentorId, menteeId);
  if (!pairing) return { changed: [] };
  const params = { mentee: getParticipantRow(db, menteeId).name, mentor: getParticipantRow(db, mentorId).name };
  return mutate(db, { label: 'history.unassign', params }, (db) => {
    deletePairing(db, mentorId, menteeId);
    followPairings(db, { mentees: [menteeId], mentors: [mentorId] });
  });
}

export function pinPairing(db: Db, mentorId: string, menteeId: string, pinned: boolean) {
  return mutate(db, { label: pinned ? 'history.pin' : 'history.unpin' }, (db) => setPinned(db, mentorId, menteeId, pinned));
}
