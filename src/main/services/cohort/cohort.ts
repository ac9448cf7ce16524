import type { CohortInfo } from '../../../shared/contract';
import type { Settings } from '../../../shared/domain';
import { ensureParentDir, recentCohorts } from '../../config';
import type { Session } from '../../session';
import { countRows, getSettings, updateSettings } from '../../store/cohortRepo';
import { schemaVersion } from '../../store/migrate';
import { mutate, undoState } from '../../store/undoLog';
import { followPairings } from '../proposals/follow';

// The cohort as a whole: which file is open, its counts and its settings.

export function cohortInfo(session: Session): CohortInfo {
  const { db } = session;
  return { path: session.path, schemaVersion: schemaVersion(db), settings: getSettings(db), ...countRows(db), ...undoState(db) };
}

export function openCohort(session: Session, path: string): CohortInfo {
  session.open(path);
  return cohortInfo(session);
}

export function createCohort(session: Session, path: string, name?: string): CohortInfo {
  ensureParentDir(path);
  session.open(path, { name });
  return cohortInfo(session);
}

export { recentCohorts };

export function changeSettings(session: Session, patch: Partial<Settings>) {
  const { result, changed } = mutate(session.db, { label: 'history.settings' }, (db) => {
    const settings = updateSettings(db, patch);
    // A new group size or mentors-per-mentee limit fills or frees seats: proposals follow.
    if (patch.groupSizeLimit !== undefined || patch.mentorsPerMentee !== undefined) followPairings(db, 'all');
    return settings;
  });
  return { settings: result, changed };
}
