import type { HandlersFor, backupContract } from '../../shared/contract';
import type { Session } from '../session';
import { backUpNow, listCohortBackups, restoreCohortBackup } from '../services/cohort';

export function backupHandlers(session: Session): HandlersFor<typeof backupContract> {
  return {
    backupList: () => listCohortBackups(session),
    backupCreate: () => backUpNow(session),
    backupRestore: ({ id }) => restoreCohortBackup(session, id),
  };
}
