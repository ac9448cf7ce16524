// Migration 5: proposals follow the pairings. A proposal can now be withdrawn (its mentee was paired
// with someone else: paired_mentor_id says with whom) or declined because its mentor closed; `automatic`
// marks what Kupu settled itself from the board, which the board may settle again (reopen), as opposed
// to a coordinator's own decision. SQLite cannot change a CHECK in place, so the table is rebuilt with
// the same rowids (the undo log refers to them).
export const migration005 = `
CREATE TABLE proposal_next (
  id INTEGER PRIMARY KEY,
  mentee_id TEXT NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
  mentor_id TEXT NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
  skill_id INTEGER REFERENCES skill (id),
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'declined', 'withdrawn')),
  decline_reason TEXT CHECK (decline_reason IN ('skill_mismatch', 'mentor_full', 'mentor_closed', 'other')),
  decline_note TEXT NOT NULL DEFAULT '',
  automatic INTEGER NOT NULL DEFAULT 0 CHECK (automatic IN (0, 1)),
  paired_mentor_id TEXT REFERENCES participant (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL,
  decided_at TEXT
) STRICT;
INSERT INTO proposal_next (id, mentee_id, mentor_id, skill_id, status, decline_reason, decline_note, created_at, decided_at)
  SELECT id, mentee_id, mentor_id, skill_id, status, decline_reason, decline_note, created_at, decided_at FROM proposal;
DROP TABLE proposal;
ALTER TABLE proposal_next RENAME TO proposal;
CREATE INDEX proposal_mentor ON proposal (mentor_id, status);
CREATE INDEX proposal_mentee ON proposal (mentee_id, status);
`;
