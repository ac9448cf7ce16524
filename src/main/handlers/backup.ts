import type { HandlersFor, backupContract } from '../../shared/contract';
import type { Session } from '../session';
import { createBackup, listBackups, restoreBackup } from '../store/backups';

export function backupHandlers(session: Session): HandlersFor<typeof backupContract> {
  return {
    backupList: () => listBackups(session.path),
    backupCreate: () => createBackup(session.db, session.path, 'manual'),
    backupRestore: ({ id }) => restoreBackup(session, id),
  };
}
