import type { DeclineReason, Proposal } from '../../shared/domain';
import type { Db, WriteDb } from './connection';

interface ProposalRow {
  id: number;
  mentee_id: string;
  mentor_id: string;
  skill_name: string | null;
  status: Proposal['status'];
  decline_reason: DeclineReason | null;
  decline_note: string;
  created_at: string;
  decided_at: string | null;
}

function toProposal(row: ProposalRow): Proposal {
  return {
    id: row.id,
    menteeId: row.mentee_id,
    mentorId: row.mentor_id,
    skill: row.skill_name,
    status: row.status,
    declineReason: row.decline_reason,
    declineNote: row.decline_note,
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

export function decideProposal(db: WriteDb, id: number, decision: { status: 'accepted' | 'declined' | 'pending'; reason?: DeclineReason | null; note?: string }): void {
  db.prepare('UPDATE proposal SET status = ?, decline_reason = ?, decline_note = ?, decided_at = ? WHERE id = ?').run(
    decision.status,
    decision.status === 'declined' ? (decision.reason ?? 'other') : null,
    decision.note ?? '',
    decision.status === 'pending' ? null : new Date().toISOString(),
    id,
  );
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
