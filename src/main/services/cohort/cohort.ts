import type { CohortInfo } from '../../../shared/contract';
import type { SettingsPatch } from '../../../shared/domain';
import { maxDuration } from '../../../shared/phase';
import { StoreError } from '../../store/errors';
import { ensureParentDir, recentCohorts } from '../../config';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Session } from '../../session';
import type { CohortPlaces } from '../../cohortPlaces';
import { countRows, getSettings, updateSettings } from '../../store/cohortRepo';
import { schemaVersion } from '../../store/migrate';
import { mutate, undoState, type HistoryLabel } from '../../store/undoLog';
import { followPairings } from '../proposals/follow';

// The cohort as a whole: which file is open, its counts and its settings.

export function cohortInfo(session: Session): CohortInfo {
  const { db } = session;
  return { path: session.path, schemaVersion: schemaVersion(db), settings: getSettings(db), ...countRows(db), ...undoState(db) };
}

/**
 * Opens an existing cohort file; opening never creates one (that is `createCohort`, with its places).
 * An empty file would become a cohort, so it is treated as creating: only where `places` allows.
 */
export function openCohort(session: Session, places: CohortPlaces, path: string): CohortInfo {
  if (!existsSync(path)) throw new StoreError('not_found', 'store.noSuchCohort', { file: path });
  session.open(path, { beforeMakingEmpty: (empty) => places.newCohortPath(resolve(empty)) });
  return cohortInfo(session);
}

/**
 * Makes a new cohort named `name`. Its file is named after it in Kupu's folder, or is `requested` where
 * `places` allows that (a bare file name lands in Kupu's folder); an existing file is never reused.
 */
export function createCohort(session: Session, places: CohortPlaces, name: string, requested?: string): CohortInfo {
  const path = requested === undefined ? places.pathForName(name) : places.newCohortPath(requested);
  if (existsSync(path)) throw new StoreError('conflict', 'store.cohortExists', { file: path });
  ensureParentDir(path);
  session.open(path, { name: name.trim() });
  return cohortInfo(session);
}

/** Where the desktop app asks the coordinator for a new cohort's place; other hosts have no dialog. */
export type ChooseCohortPlace = (name: string) => Promise<string | null>;

/** The save dialog's choice for a new cohort named `name`, or a refusal where there is no dialog. */
export async function chooseCohortPlace(choose: ChooseCohortPlace | undefined, home: string, name: string): Promise<{ path: string } | null> {
  if (!choose) throw new StoreError('invalid', 'store.chooseInApp', { folder: home });
  const path = await choose(name);
  return path === null ? null : { path };
}

export { recentCohorts };

const settingGroups: ReadonlyArray<readonly [string, ReadonlyArray<keyof SettingsPatch>]> = [
  ['history.settingName', ['name']],
  ['history.settingProgram', ['program']],
  ['history.settingLanguage', ['language']],
  ['history.settingPhase', ['startDate', 'duration', 'durationUnit']],
  ['history.settingRules', ['groupSizeLimit', 'peerSameLevel', 'mentorsPerMentee', 'allowMutual']],
  ['history.settingWeights', ['weights']],
];

/** History names what changed when the change is about one thing (the name, the phase, …). */
export function settingsLabel(patch: SettingsPatch): HistoryLabel {
  const keys = Object.keys(patch);
  const group = settingGroups.find(([, fields]) => keys.length > 0 && keys.every((key) => (fields as readonly string[]).includes(key)));
  if (!group) return { label: 'history.settings' };
  const value = patch.name ?? patch.program;
  return { label: group[0], params: value === undefined ? {} : { value } };
}

export function changeSettings(session: Session, patch: SettingsPatch) {
  // The patch alone passed the contract; a unit change must still fit the duration already set.
  const next = { ...getSettings(session.db), ...patch };
  if (next.duration > maxDuration[next.durationUnit]) {
    throw new StoreError('invalid', 'settings.durationTooLong', { weeks: maxDuration.weeks, months: maxDuration.months });
  }
  const { result, changed } = mutate(session.db, settingsLabel(patch), (db) => {
    const settings = updateSettings(db, patch);
    // A new group size or mentors-per-mentee limit fills or frees seats: proposals follow.
    if (patch.groupSizeLimit !== undefined || patch.mentorsPerMentee !== undefined) followPairings(db, 'all');
    return settings;
  });
  return { settings: result, changed };
}
