import type { CohortInfo, HandlersFor, cohortContract } from '../../shared/contract';
import { ensureParentDir, recentCohorts } from '../config';
import type { Session } from '../session';
import { countRows, getSettings, updateSettings } from '../store/cohortRepo';
import { listHistory, mutate, redo, undo, undoState } from '../store/journal';
import { schemaVersion } from '../store/migrate';
import { listParticipants, updateParticipant } from '../store/participantsRepo';

function cohortInfo(session: Session): CohortInfo {
  const { db } = session;
  return { path: session.path, schemaVersion: schemaVersion(db), settings: getSettings(db), ...countRows(db), ...undoState(db) };
}

export function cohortHandlers(session: Session): HandlersFor<typeof cohortContract> {
  return {
    cohortInfo: () => cohortInfo(session),
    cohortOpen: ({ path }) => {
      session.open(path);
      return cohortInfo(session);
    },
    cohortCreate: ({ path, name }) => {
      ensureParentDir(path);
      session.open(path, { name });
      return cohortInfo(session);
    },
    cohortRecent: () => recentCohorts(),
    settingsUpdate: ({ patch }) => {
      const { result, changed } = mutate(session.db, { label: 'history.settings' }, () => updateSettings(session.db, patch));
      return { settings: result, changed };
    },
    participantsList: () => listParticipants(session.db),
    participantUpdate: ({ id, patch }) => {
      const { result, changed } = mutate(session.db, { label: 'history.edit', params: { name: patch.name ?? '' } }, () =>
        updateParticipant(session.db, id, patch),
      );
      return { participant: result, changed };
    },
    participantsUpdate: ({ ids, patch }) => {
      const { changed } = mutate(session.db, { label: 'history.bulkEdit', params: { count: ids.length } }, () => {
        for (const id of ids) updateParticipant(session.db, id, patch);
      });
      return { count: ids.length, changed };
    },
    historyList: ({ limit }) => listHistory(session.db, limit),
    historyUndo: () => {
      const { result, changed } = undo(session.db);
      return { entry: result, changed };
    },
    historyRedo: () => {
      const { result, changed } = redo(session.db);
      return { entry: result, changed };
    },
  };
}
