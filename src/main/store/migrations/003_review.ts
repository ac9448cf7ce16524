// Migration 3: what the coordinator reviews after an import — the skills vocabulary's decisions, how each
// preferred mentor was matched, each import's report, and the review items she has checked.
export const migration003 = `
-- Names this cohort among the coordinator's cohorts (her shared vocabulary records which cohort decided what).
ALTER TABLE cohort ADD COLUMN uid TEXT NOT NULL DEFAULT '';
UPDATE cohort SET uid = lower(hex(randomblob(16)));

-- The coordinator's decisions about the skills vocabulary (merge, rename, split, not the same), in the
-- order made; Kupu's folder keeps them too, so every later cohort resolves skills the same way.
CREATE TABLE skill_decision (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('merge', 'rename', 'split', 'notSame')),
  body TEXT NOT NULL,
  made_at TEXT NOT NULL
) STRICT;

-- How a typed preferred mentor was matched: by a whole name or nickname ('exact'), only by part of a name
-- or a close spelling ('fuzzy', to be confirmed), or by the coordinator ('coordinator').
ALTER TABLE preference ADD COLUMN matched TEXT NOT NULL DEFAULT 'exact' CHECK (matched IN ('exact', 'fuzzy', 'coordinator'));

-- Each committed import's report (counts, duplicates merged, field changes, warnings), to reopen later.
CREATE TABLE import_run (
  id INTEGER PRIMARY KEY,
  file TEXT NOT NULL,
  committed_at TEXT NOT NULL,
  report TEXT NOT NULL
) STRICT;

-- Review items the coordinator has checked (a value kept as written), by a key naming file, row, column and issue.
CREATE TABLE review_done (
  key TEXT PRIMARY KEY,
  done_at TEXT NOT NULL
) STRICT;
`;
