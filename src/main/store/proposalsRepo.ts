import type { DeclineReason, MentoringKind, Proposal } from '../../shared/domain';
import type { FollowedState, ProposalFacts } from '../core/proposals';
import type { Db, WriteDb } from './connection';
import type { SqlRow } from './rows';

/** A `proposal` row joined with its skill's name (the column for `pairedWith` says whom it names). */
type ProposalRow = SqlRow<Omit<Proposal, 'skill' | 'pairedWith'>> & { skill_name: string | null; paired_mentor_id: string | null };

function toProposal(row: ProposalRow): Proposal {
  return {
    id: row.id,
    menteeId: row.mentee_id,
    mentorId: row.mentor_id,
    skill: row.skill_name,
    status: row.status,
    declineReason: row.decline_reason,
    declineNote: row.decline_note,
    automatic: row.automatic === 1,
    pairedWith: row.paired_mentor_id,
    createdAt: row.created_at,
    decidedAt: row.decided_at,
  };
}

const selectProposal = 'SELECT p.*, s.name AS skill_name FROM proposal p LEFT JOIN skill s ON s.id = p.skill_id';

export function listProposals(db: Db): Proposal[] {
  return db.prepare<[], ProposalRow>(`${selectProposal} ORDER BY p.created_at, p.id`).all().map(toProposal);
}

export function getProposal(db: Db, id: number): Proposal | null {
  const row = db.prepare<[number], ProposalRow>(`${selectProposal} WHERE p.id = ?`).get(id);
  return row ? toProposal(row) : null;
}

export function insertProposal(db: WriteDb, proposal: { menteeId: string; mentorId: string; skillId: number | null; createdAt?: string }): number {
  return Number(
    db
      .prepare('INSERT INTO proposal (mentee_id, mentor_id, skill_id, created_at) VALUES (?, ?, ?, ?)')
      .run(proposal.menteeId, proposal.mentorId, proposal.skillId, proposal.createdAt ?? new Date().toISOString()).lastInsertRowid,
  );
}

/** A coordinator's decision (automatic = 0): an acceptance stands while its pairing does, a decline for good. */
export function decideProposal(db: WriteDb, id: number, decision: { status: 'accepted' | 'declined'; reason?: DeclineReason | null; note?: string }): void {
  db.prepare('UPDATE proposal SET status = ?, decline_reason = ?, decline_note = ?, automatic = 0, paired_mentor_id = NULL, decided_at = ? WHERE id = ?').run(
    decision.status,
    decision.status === 'declined' ? (decision.reason ?? 'other') : null,
    decision.note ?? '',
    new Date().toISOString(),
    id,
  );
}

/** Which proposals to bring in line with the board: all, or those of these mentees and to these mentors. */
export type FollowScope = 'all' | { mentees: Iterable<string>; mentors: Iterable<string> };

interface FollowRow {
  id: number;
  mentee_id: string;
  mentor_id: string;
  status: Proposal['status'];
  decline_reason: DeclineReason | null;
  automatic: number;
  paired_mentor_id: string | null;
}

interface PairingFactRow {
  id: number;
  mentor_id: string;
  mentee_id: string;
}

interface SeatsRow {
  id: string;
  kind: MentoringKind;
  capacity: number;
  closed: number;
}

const add = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
const inList = (column: string) => `${column} IN (SELECT value FROM json_each(?))`;
const followColumns = 'SELECT id, mentee_id, mentor_id, status, decline_reason, automatic, paired_mentor_id FROM proposal';
const notDeclinedByHand = "NOT (status = 'declined' AND automatic = 0)";

/**
 * The proposals in scope that the board may settle (not those a coordinator declined), with the board's
 * facts about their two people: three reads (scans for 'all', indexed lookups for a scope) counted in
 * memory, so the work is linear in what is read, however many proposals one person has.
 */
export function proposalsToFollow(db: Db, scope: FollowScope): Array<ProposalFacts & { id: number }> {
  const ids = (list: Iterable<string>) => JSON.stringify([...list]);
  const proposals = scope === 'all'
    ? db.prepare<[], FollowRow>(`${followColumns} WHERE ${notDeclinedByHand}`).all()
    : db.prepare<[string, string], FollowRow>(`${followColumns} WHERE ${notDeclinedByHand} AND (${inList('mentee_id')} OR ${inList('mentor_id')})`)
      .all(ids(scope.mentees), ids(scope.mentors));
  if (proposals.length === 0) return [];
  // Every pairing of these mentees and mentors (their counts), and the seats of these mentors.
  const mentees = new Set(proposals.map((p) => p.mentee_id));
  const mentors = new Set(proposals.map((p) => p.mentor_id));
  const pairings = scope === 'all'
    ? db.prepare<[], PairingFactRow>('SELECT id, mentor_id, mentee_id FROM pairing').all()
    : db.prepare<[string, string], PairingFactRow>(`SELECT id, mentor_id, mentee_id FROM pairing WHERE ${inList('mentee_id')} OR ${inList('mentor_id')}`)
      .all(ids(mentees), ids(mentors));
  const seats = scope === 'all'
    ? db.prepare<[], SeatsRow>('SELECT id, kind, capacity, closed FROM participant WHERE id IN (SELECT mentor_id FROM proposal)').all()
    : db.prepare<[string], SeatsRow>(`SELECT id, kind, capacity, closed FROM participant WHERE ${inList('id')}`).all(ids(mentors));

  const paired = new Set<string>();
  const menteeMentors = new Map<string, number>();
  const newest = new Map<string, { id: number; mentorId: string }>();
  const mentorMentees = new Map<string, number>();
  for (const p of pairings) {
    paired.add(`${p.mentor_id}|${p.mentee_id}`);
    add(menteeMentors, p.mentee_id);
    add(mentorMentees, p.mentor_id);
    const last = newest.get(p.mentee_id);
    if (!last || p.id > last.id) newest.set(p.mentee_id, { id: p.id, mentorId: p.mentor_id });
  }
  const mentorById = new Map(seats.map((m) => [m.id, m]));
  return proposals.flatMap((p) => {
    const mentor = mentorById.get(p.mentor_id);
    if (!mentor) return [];
    return [{
      id: p.id,
      status: p.status,
      declineReason: p.decline_reason,
      automatic: p.automatic === 1,
      pairedMentorId: p.paired_mentor_id,
      paired: paired.has(`${p.mentor_id}|${p.mentee_id}`),
      menteeMentors: menteeMentors.get(p.mentee_id) ?? 0,
      newestMentorId: newest.get(p.mentee_id)?.mentorId ?? null,
      mentorKind: mentor.kind,
      mentorCapacity: mentor.capacity,
      mentorClosed: mentor.closed === 1,
      mentorMentees: mentorMentees.get(p.mentor_id) ?? 0,
    }];
  });
}

/** Writes the states the board gives proposals (prepared once for a batch of them). */
export function createFollowWriter(db: WriteDb): (id: number, state: FollowedState) => void {
  const statement = db.prepare(
    'UPDATE proposal SET status = ?, decline_reason = ?, decline_note = \'\', automatic = ?, paired_mentor_id = ?, decided_at = ? WHERE id = ?',
  );
  const now = new Date().toISOString();
  return (id, state) => {
    const pending = state.status === 'pending';
    statement.run(state.status, state.declineReason, pending ? 0 : 1, state.pairedMentorId, pending ? null : now, id);
  };
}

/** Preferred mentors from the form, resolved to participants, that have no proposal recorded yet. */
export function unrecordedPreferences(db: Db): Array<{ menteeId: string; mentorId: string; rank: number }> {
  return db
    .prepare<[], { mentee_id: string; mentor_id: string; rank: number }>(
      `SELECT pr.mentee_id, pr.mentor_id, pr.rank FROM preference pr
       WHERE pr.mentor_id IS NOT NULL AND NOT EXISTS (
         SELECT 1 FROM proposal p WHERE p.mentee_id = pr.mentee_id AND p.mentor_id = pr.mentor_id)
       ORDER BY pr.mentee_id, pr.rank`,
    )
    .all()
    .map((r) => ({ menteeId: r.mentee_id, mentorId: r.mentor_id, rank: r.rank }));
}
