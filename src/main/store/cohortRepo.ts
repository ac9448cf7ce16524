import { defaultWeights, settings as settingsSchema, type Settings, type SettingsPatch } from '../../shared/domain';
import type { Db, WriteDb } from './connection';
import type { SqlRow } from './rows';

type CohortRow = SqlRow<Settings>;

function toSettings(row: CohortRow): Settings {
  return {
    name: row.name,
    program: row.program,
    language: row.language,
    startDate: row.start_date,
    duration: row.duration,
    durationUnit: row.duration_unit,
    groupSizeLimit: row.group_size_limit,
    mentorsPerMentee: row.mentors_per_mentee,
    peerSameLevel: row.peer_same_level === 1,
    allowMutual: row.allow_mutual === 1,
    weights: { ...defaultWeights, ...JSON.parse(row.weights) },
  };
}

function toRow(settings: Settings): CohortRow {
  return {
    name: settings.name,
    program: settings.program,
    language: settings.language,
    start_date: settings.startDate,
    duration: settings.duration,
    duration_unit: settings.durationUnit,
    group_size_limit: settings.groupSizeLimit,
    mentors_per_mentee: settings.mentorsPerMentee,
    peer_same_level: settings.peerSameLevel ? 1 : 0,
    allow_mutual: settings.allowMutual ? 1 : 0,
    weights: JSON.stringify(settings.weights),
  };
}

export function getSettings(db: Db): Settings {
  const row = db.prepare<[], CohortRow>('SELECT * FROM cohort WHERE id = 1').get();
  if (!row) throw new Error('The cohort file has no settings row');
  return toSettings(row);
}

/** Applies a change; the settings it makes are checked whole (a duration of 30 is fine in weeks, not in months). */
export function updateSettings(db: WriteDb, patch: SettingsPatch): Settings {
  const next = settingsSchema.parse({ ...getSettings(db), ...patch });
  db.prepare(
    `UPDATE cohort SET name = @name, program = @program, language = @language, start_date = @start_date, duration = @duration,
       duration_unit = @duration_unit, group_size_limit = @group_size_limit, mentors_per_mentee = @mentors_per_mentee,
       peer_same_level = @peer_same_level, allow_mutual = @allow_mutual, weights = @weights WHERE id = 1`,
  ).run(toRow(next));
  return next;
}

export function countRows(db: Db): { participants: number; pairings: number } {
  const row = db
    .prepare<[], { participants: number; pairings: number }>(
      'SELECT (SELECT count(*) FROM participant WHERE removed_at IS NULL) AS participants, (SELECT count(*) FROM pairing) AS pairings',
    )
    .get();
  return row ?? { participants: 0, pairings: 0 };
}
