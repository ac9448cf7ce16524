import type { AssignResult } from '../../../shared/contract';
import type { CoordinatorDeclineReason } from '../../../shared/domain';
import { pairSkill } from '../../../shared/rules';
import { assignPairing, ruleContext, ruleContextFor } from '../board/pairings';
import type { Db } from '../../store/connection';
import { StoreError } from '../../store/errors';
import { mutate } from '../../store/undoLog';
import { getParticipantRow, getParticipant } from '../../store/participantsRepo';
import { decideProposal, getProposal, insertProposal, unrecordedPreferences } from '../../store/proposalsRepo';
import { skillIdByName } from '../../store/skillsRepo';
import { followPairings } from './follow';

// Proposals as the program runs them: a mentee proposes to a mentor; the mentor accepts (the pairing is
// made, by the same rules as a drop on the board) or declines with a reason, which the matcher respects.

function names(db: Db, menteeId: string, mentorId: string) {
  return { mentee: getParticipantRow(db, menteeId).name, mentor: getParticipantRow(db, mentorId).name };
}

export function createProposal(db: Db, menteeId: string, mentorId: string, skill?: string | null) {
  if (menteeId === mentorId) throw new StoreError('invalid', 'proposals.self');
  const chosen = skill ?? pairSkill(getParticipant(db, mentorId), getParticipant(db, menteeId));
  const { result, changed } = mutate(db, { label: 'history.propose', params: names(db, menteeId, mentorId) }, (db) => {
    const id = insertProposal(db, { menteeId, mentorId, skillId: chosen ? skillIdByName(db, chosen) : null });
    // A mentee already paired, or a mentor closed or full, settles it at once: the coordinator is told where it landed.
    followPairings(db, { mentees: [menteeId], mentors: [] });
    return id;
  });
  const proposal = getProposal(db, result);
  if (!proposal) throw new Error('Proposal vanished after insert');
  return { proposal, changed };
}

export function proposalsFromPreferences(db: Db) {
  const pending = unrecordedPreferences(db);
  const { participants } = ruleContext(db);
  const { changed } = mutate(db, { label: 'history.proposeFromForm', params: { count: pending.length } }, (db) => {
    for (const p of pending) {
      const mentor = participants.get(p.mentorId);
      const mentee = participants.get(p.menteeId);
      const skill = mentor && mentee ? pairSkill(mentor, mentee) : null;
      insertProposal(db, { menteeId: p.menteeId, mentorId: p.mentorId, skillId: skill ? skillIdByName(db, skill) : null });
    }
    followPairings(db, { mentees: new Set(pending.map((p) => p.menteeId)), mentors: [] });
  });
  return { created: pending.length, changed };
}

function pendingProposal(db: Db, id: number) {
  const proposal = getProposal(db, id);
  if (!proposal) throw new StoreError('not_found', 'proposals.notFound', { id });
  if (proposal.status !== 'pending') throw new StoreError('conflict', 'proposals.decided');
  return proposal;
}

/** Accepting makes the pairing; a rule it breaks is refused unless overridden, exactly as on the board. */
export function acceptProposal(db: Db, id: number, override = false): AssignResult {
  const proposal = pendingProposal(db, id);
  const context = ruleContextFor(db, proposal.mentorId, proposal.menteeId);
  const alreadyPaired = context.pairings.some((p) => p.mentorId === proposal.mentorId && p.menteeId === proposal.menteeId);
  let assignment: AssignResult | null = null;
  const { changed } = mutate(db, { label: 'history.accept', params: names(db, proposal.menteeId, proposal.mentorId) }, (db) => {
    if (!alreadyPaired) {
      assignment = assignPairing(db, { menteeId: proposal.menteeId, mentorId: proposal.mentorId, skill: proposal.skill, override });
      if (!assignment.ok) return;
    }
    decideProposal(db, id, { status: 'accepted' });
  });
  const result: AssignResult = assignment ?? { ok: true, violations: [], pairing: null, changed: [] };
  return { ...result, changed };
}

export function declineProposal(db: Db, id: number, reason: CoordinatorDeclineReason, note = '') {
  const proposal = pendingProposal(db, id);
  return mutate(db, { label: 'history.decline', params: names(db, proposal.menteeId, proposal.mentorId) }, (db) =>
    decideProposal(db, id, { status: 'declined', reason, note }),
  );
}
