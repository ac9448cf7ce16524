import type { HandlersFor, cohortContract } from '../../shared/contract';
import type { Session } from '../session';
import type { CohortPlaces } from '../cohortPlaces';
import {
  changeSettings, chooseCohortPlace, cohortInfo, type ChooseCohortPlace, createCohort, editParticipant, editParticipants, listHistory, listParticipants, openCohort,
  recentCohorts, redoLast, undoLast,
} from '../services/cohort';

export function cohortHandlers(session: Session, home: string, places: CohortPlaces, choosePlace?: ChooseCohortPlace): HandlersFor<typeof cohortContract> {
  return {
    cohortInfo: () => cohortInfo(session),
    cohortOpen: ({ path }) => openCohort(session, places, path),
    cohortCreate: ({ name, path }) => createCohort(session, places, name, path),
    cohortChoosePlace: ({ name }) => chooseCohortPlace(choosePlace, home, name),
    cohortRecent: () => recentCohorts(),
    settingsUpdate: ({ patch }) => changeSettings(session, patch),
    participantsList: () => listParticipants(session.db),
    participantUpdate: ({ id, patch }) => editParticipant(session.db, id, patch),
    participantsUpdate: ({ ids, patch }) => editParticipants(session.db, ids, patch),
    historyList: ({ limit }) => listHistory(session.db, limit),
    historyUndo: () => undoLast(session.db, home),
    historyRedo: () => redoLast(session.db, home),
  };
}
