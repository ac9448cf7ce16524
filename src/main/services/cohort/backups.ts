import type { BackupInfo } from '../../../shared/contract';
import type { Session } from '../../session';
import { createBackup, listBackups, restoreBackup } from '../../store/backups';

// Backups of the open cohort. The one rule every bulk write follows lives here: back the cohort up
// before an import or a bulk apply touches it, so the coordinator can always go back to the file as it was.

export type BulkWriteKind = 'import' | 'apply';

export function backupBeforeBulkWrite(session: Session, kind: BulkWriteKind): Promise<BackupInfo> {
  return createBackup(session.db, session.path, kind);
}

export const listCohortBackups = (session: Session) => listBackups(session.path);
export const backUpNow = (session: Session) => createBackup(session.db, session.path, 'manual');
export const restoreCohortBackup = (session: Session, id: string) => restoreBackup(session, id);
