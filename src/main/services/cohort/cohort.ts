import type { CohortInfo } from '../../../shared/contract';
import type { Settings } from '../../../shared/domain';
import { ensureParentDir, recentCohorts } from '../../config';
import { existsSync } from 'node:fs';
import type { Session } from '../../session';
import { StoreError } from '../../store/errors';
import type { CohortPlaces } from '../../cohortPlaces';
import { countRows, getSettings, updateSettings } from '../../store/cohortRepo';
import { schemaVersion } from '../../store/migrate';
import { mutate, undoState } from '../../store/undoLog';

// The cohort as a whole: which file is open, its counts and its settings.

export function cohortInfo(session: Session): CohortInfo {
  const { db } = session;
  return { path: session.path, schemaVersion: schemaVersion(db), settings: getSettings(db), ...countRows(db), ...undoState(db) };
}

/** Opens an existing cohort file; opening never creates one (that is `createCohort`, with its places). */
export function openCohort(session: Session, path: string): CohortInfo {
  if (!existsSync(path)) throw new StoreError('not_found', 'store.noSuchCohort', { file: path });
  session.open(path);
  return cohortInfo(session);
}

/** Makes a new cohort file where `places` allows it (a bare name lands in Kupu's folder); never reuses a file. */
export function createCohort(session: Session, places: CohortPlaces, requested: string, name?: string): CohortInfo {
  const path = places.newCohortPath(requested);
  if (existsSync(path)) throw new StoreError('conflict', 'store.cohortExists', { file: path });
  ensureParentDir(path);
  session.open(path, { name });
  return cohortInfo(session);
}

export { recentCohorts };

export function changeSettings(session: Session, patch: Partial<Settings>) {
  const { result, changed } = mutate(session.db, { label: 'history.settings' }, (db) => updateSettings(db, patch));
  return { settings: result, changed };
}
