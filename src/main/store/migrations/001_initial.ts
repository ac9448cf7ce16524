// Migration 1: the whole domain, so later work extends rather than rewrites it.
// Never edit a migration after it has landed; add the next number instead.
export const migration001 = `
CREATE TABLE cohort (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  name TEXT NOT NULL DEFAULT '',
  program TEXT NOT NULL DEFAULT 'Bunda Cekatan',
  language TEXT NOT NULL DEFAULT 'id' CHECK (language IN ('id', 'en')),
  start_date TEXT,
  weeks INTEGER NOT NULL DEFAULT 8 CHECK (weeks BETWEEN 1 AND 52),
  group_size_limit INTEGER NOT NULL DEFAULT 5 CHECK (group_size_limit BETWEEN 1 AND 50),
  mentors_per_mentee INTEGER NOT NULL DEFAULT 1 CHECK (mentors_per_mentee BETWEEN 1 AND 10),
  peer_same_level INTEGER NOT NULL DEFAULT 1 CHECK (peer_same_level IN (0, 1)),
  allow_mutual INTEGER NOT NULL DEFAULT 1 CHECK (allow_mutual IN (0, 1)),
  weights TEXT NOT NULL DEFAULT '{}'
) STRICT;
INSERT INTO cohort (id) VALUES (1);

CREATE TABLE participant (
  id TEXT PRIMARY KEY,
  identity TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  nickname TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  region TEXT NOT NULL DEFAULT '',
  level TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL DEFAULT 'both' CHECK (kind IN ('peer', 'group', 'both')),
  capacity INTEGER NOT NULL DEFAULT 1 CHECK (capacity BETWEEN 0 AND 50),
  closed INTEGER NOT NULL DEFAULT 0 CHECK (closed IN (0, 1)),
  notes TEXT NOT NULL DEFAULT '',
  extra TEXT NOT NULL DEFAULT '{}',
  submitted_at TEXT NOT NULL DEFAULT '',
  -- The record as last imported, so a re-import changes only what the form changed, not hand edits.
  import_snapshot TEXT NOT NULL DEFAULT '{}',
  removed_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE skill (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
) STRICT;

-- Every spelling key that resolves to a skill; merged = 1 for a coordinator's merge.
CREATE TABLE skill_alias (
  key TEXT PRIMARY KEY,
  skill_id INTEGER NOT NULL REFERENCES skill (id) ON DELETE CASCADE,
  spelling TEXT NOT NULL,
  merged INTEGER NOT NULL DEFAULT 0 CHECK (merged IN (0, 1))
) STRICT;
CREATE INDEX skill_alias_skill ON skill_alias (skill_id);

CREATE TABLE participant_skill (
  participant_id TEXT NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('offer', 'seek')),
  skill_id INTEGER NOT NULL REFERENCES skill (id),
  position INTEGER NOT NULL,
  spelling TEXT NOT NULL,
  PRIMARY KEY (participant_id, role, skill_id)
) STRICT;
CREATE INDEX participant_skill_skill ON participant_skill (skill_id, role);

CREATE TABLE preference (
  mentee_id TEXT NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
  rank INTEGER NOT NULL CHECK (rank >= 1),
  typed TEXT NOT NULL,
  mentor_id TEXT REFERENCES participant (id) ON DELETE SET NULL,
  PRIMARY KEY (mentee_id, rank)
) STRICT;
CREATE INDEX preference_mentor ON preference (mentor_id);

CREATE TABLE proposal (
  id INTEGER PRIMARY KEY,
  mentee_id TEXT NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
  mentor_id TEXT NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
  skill_id INTEGER REFERENCES skill (id),
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'declined')),
  decline_reason TEXT CHECK (decline_reason IN ('skill_mismatch', 'mentor_full', 'other')),
  decline_note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  decided_at TEXT
) STRICT;
CREATE INDEX proposal_mentor ON proposal (mentor_id, status);
CREATE INDEX proposal_mentee ON proposal (mentee_id, status);

CREATE TABLE pairing (
  id INTEGER PRIMARY KEY,
  mentor_id TEXT NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
  mentee_id TEXT NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
  skill_id INTEGER REFERENCES skill (id),
  kind TEXT NOT NULL CHECK (kind IN ('peer', 'group')),
  sort_order REAL NOT NULL,
  pinned INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),
  overrides TEXT NOT NULL DEFAULT '[]',
  source TEXT NOT NULL CHECK (source IN ('manual', 'proposal', 'suggestion', 'import')),
  created_at TEXT NOT NULL,
  UNIQUE (mentor_id, mentee_id),
  CHECK (mentor_id <> mentee_id)
) STRICT;
CREATE INDEX pairing_mentee ON pairing (mentee_id);

CREATE TABLE rejected_suggestion (
  mentor_id TEXT NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
  mentee_id TEXT NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  PRIMARY KEY (mentor_id, mentee_id)
) STRICT;

-- A unit is one pair or group ('p:<mentor>:<mentee>' or 'g:<mentor>:<skill>').
CREATE TABLE journal_entry (
  id INTEGER PRIMARY KEY,
  mentor_id TEXT NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
  unit TEXT NOT NULL,
  week INTEGER NOT NULL CHECK (week >= 1),
  link TEXT NOT NULL DEFAULT '',
  recorded_at TEXT NOT NULL,
  UNIQUE (unit, week)
) STRICT;

CREATE TABLE import_mapping (
  signature TEXT PRIMARY KEY,
  mapping TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- The undo log: one entry per user-visible change, with every row it touched (before and after).
CREATE TABLE history (
  id INTEGER PRIMARY KEY,
  label TEXT NOT NULL,
  params TEXT NOT NULL DEFAULT '{}',
  topics TEXT NOT NULL DEFAULT '[]',
  created_at TEXT NOT NULL,
  undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1))
) STRICT;

CREATE TABLE history_change (
  history_id INTEGER NOT NULL REFERENCES history (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  tbl TEXT NOT NULL,
  op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
  row_id INTEGER NOT NULL,
  before TEXT,
  after TEXT,
  PRIMARY KEY (history_id, seq)
) STRICT;
`;
