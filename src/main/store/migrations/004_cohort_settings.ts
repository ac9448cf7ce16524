// Cohort settings a coordinator can change: the phase lasts a number of weeks or of months
// (`weeks` becomes `duration` with its `duration_unit`; 24 months is 104 weeks at most), and a new
// cohort has no program name until the coordinator gives one (001 assumed one program for everybody).
// SQLite cannot alter a column's default or CHECK, so the one-row table is rebuilt; the undo log's
// images of that row are renamed to match, so settings changes made before still undo.
export const migration004 = `
CREATE TABLE cohort_next (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  name TEXT NOT NULL DEFAULT '',
  program TEXT NOT NULL DEFAULT '',
  language TEXT NOT NULL DEFAULT 'id' CHECK (language IN ('id', 'en')),
  start_date TEXT,
  duration INTEGER NOT NULL DEFAULT 8 CHECK (duration BETWEEN 1 AND 104),
  duration_unit TEXT NOT NULL DEFAULT 'weeks' CHECK (duration_unit IN ('weeks', 'months')),
  group_size_limit INTEGER NOT NULL DEFAULT 5 CHECK (group_size_limit BETWEEN 1 AND 50),
  mentors_per_mentee INTEGER NOT NULL DEFAULT 1 CHECK (mentors_per_mentee BETWEEN 1 AND 10),
  peer_same_level INTEGER NOT NULL DEFAULT 1 CHECK (peer_same_level IN (0, 1)),
  allow_mutual INTEGER NOT NULL DEFAULT 1 CHECK (allow_mutual IN (0, 1)),
  weights TEXT NOT NULL DEFAULT '{}',
  uid TEXT NOT NULL DEFAULT ''
) STRICT;
INSERT INTO cohort_next (id, name, program, language, start_date, duration, group_size_limit, mentors_per_mentee, peer_same_level, allow_mutual, weights, uid)
  SELECT id, name, program, language, start_date, weeks, group_size_limit, mentors_per_mentee, peer_same_level, allow_mutual, weights, uid FROM cohort;
DROP TABLE cohort;
ALTER TABLE cohort_next RENAME TO cohort;
-- 001 gave every file that program's name; a cohort nobody has used yet (a fresh file) drops it.
UPDATE cohort SET program = '' WHERE program = 'Bunda Cekatan' AND NOT EXISTS (SELECT 1 FROM participant) AND NOT EXISTS (SELECT 1 FROM history);

UPDATE history_change SET before = json_remove(json_set(before, '$.duration', json_extract(before, '$.weeks')), '$.weeks')
  WHERE tbl = 'cohort' AND json_type(before, '$.weeks') IS NOT NULL;
UPDATE history_change SET after = json_remove(json_set(after, '$.duration', json_extract(after, '$.weeks')), '$.weeks')
  WHERE tbl = 'cohort' AND json_type(after, '$.weeks') IS NOT NULL;
`;
