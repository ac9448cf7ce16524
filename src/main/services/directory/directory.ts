import type { DirectorySettings } from '../../../shared/domain';
import { buildDirectory, guessAboutColumn, type Directory, type DirectoryFilter } from '../../core/directory';
import type { Db } from '../../store/connection';
import { getSettings } from '../../store/cohortRepo';
import { getDirectorySettings, updateDirectorySettings } from '../../store/directoryRepo';
import { listPairings } from '../../store/pairingsRepo';
import { listParticipants } from '../../store/participantsRepo';
import { mutate } from '../../store/undoLog';
import type { DirectoryDocument } from '../../export/directory/html';

// The mentor directory as the cohort is now: who offers what, with open seats, in the roster language,
// with contacts only when the coordinator turned them on.

export interface DirectoryView {
  document: DirectoryDocument;
  settings: DirectorySettings;
  /** The about column in use (the chosen one, else the guessed one), and every extra column to choose from. */
  aboutColumn: string | null;
  extraColumns: string[];
}

export function directoryView(db: Db, filter: DirectoryFilter = {}, now = new Date()): DirectoryView {
  const participants = listParticipants(db);
  const settings = getDirectorySettings(db);
  const cohort = getSettings(db);
  // null: not chosen yet, so guessed from the headers; '': the coordinator chose none.
  const aboutColumn = settings.aboutColumn === null ? guessAboutColumn(participants) : settings.aboutColumn || null;
  const extraColumns = [...new Set(participants.flatMap((p) => Object.keys(p.extra)))].sort();
  const directory: Directory = buildDirectory({
    participants,
    pairings: listPairings(db),
    showContacts: settings.showContacts,
    aboutColumn,
    filter,
    now,
  });
  return {
    document: { directory, program: cohort.program, cohort: cohort.name, language: cohort.language },
    settings,
    aboutColumn,
    extraColumns,
  };
}

export function changeDirectorySettings(db: Db, patch: Partial<DirectorySettings>) {
  const label = patch.showContacts === undefined ? 'history.directoryAbout' : patch.showContacts ? 'history.directoryContactsOn' : 'history.directoryContactsOff';
  const { result, changed } = mutate(db, { label }, (writable) => updateDirectorySettings(writable, patch));
  return { settings: result, changed };
}
